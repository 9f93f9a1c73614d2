package kpi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The reference for a full drop (P4): DuckDB computing, over the same folder's files, the
 * aggregates the 14-24 scorecard's KPIs need from every kind. NEET: the December-February
 * NEET, not known and cohort counts for ages 16-17 and the March participation, by district
 * and month, over every tracking file. Apprenticeships: starts by academic year (1 August - 31
 * July), district, age band, level and employer type; employers with starts by year; the
 * public-sector share by reporting year (1 April - 31 March). Attainment: KS4 pupils, mean
 * Attainment 8, English and maths pass counts by year, district and disadvantage; 16-18
 * entries and points by year, district and qualification type; age-19 level 2 and 3 counts by
 * cohort and district. September Guarantee: offers by year, district and year group. Prints
 * one line of totals (so the work cannot be skipped).
 */
public final class DuckDbDrop {
  private DuckDbDrop() {}

  public static void main(String[] args) throws Exception {
    String dir = args[0].replace("'", "''");
    String[] queries = {
        // NEET, every tracking file of the drop
        """
        WITH t AS (
          SELECT district, activity_code AS code, snapshot_date AS d, date_of_birth AS dob,
                 academic_age,
                 (CASE WHEN month(snapshot_date) >= 9 THEN year(snapshot_date)
                       ELSE year(snapshot_date) - 1 END) AS ay
          FROM read_csv('%1$s/neet-tracking*.csv', header = true, union_by_name = true)
        ), aged AS (
          SELECT *, coalesce(academic_age,
                             ay - year(dob) - (CASE WHEN month(dob) >= 9 THEN 1 ELSE 0 END)) AS age
          FROM t WHERE code NOT IN (710, 720)
        )
        SELECT count(*) FROM (
          SELECT ay, district, month(d),
                 count(*) FILTER (WHERE code IN (540,610,615,616,619,620,630,640,650,660,670,
                                                 680)) AS neet,
                 count(*) FILTER (WHERE code IN (810,820,830) OR code BETWEEN 110 AND 150) AS nk,
                 count(*) FILTER (WHERE code IN (210,220,230,240,250,270,280,290,310,320,381,
                                                 410,430,440,450,460,550)) AS part,
                 count(*) AS cohort
          FROM aged WHERE age IN (16, 17) AND month(d) IN (12, 1, 2, 3)
          GROUP BY ay, district, month(d))
        """,
        // apprenticeship starts
        """
        WITH s AS (
          SELECT *, (CASE WHEN month(start_date) >= 8 THEN year(start_date)
                          ELSE year(start_date) - 1 END) AS ay,
                    (CASE WHEN month(start_date) >= 4 THEN year(start_date)
                          ELSE year(start_date) - 1 END) AS fy,
                    (CASE WHEN age_at_start < 19 THEN '16-18' WHEN age_at_start < 25
                          THEN '19-24' ELSE '25+' END) AS band
          FROM read_csv('%1$s/apprenticeship-starts*.csv', header = true)
        )
        SELECT (SELECT count(*) FROM (SELECT ay, district, band, level, employer_type,
                                             status, count(*) FROM s
                                      GROUP BY ay, district, band, level, employer_type,
                                               status))
             + (SELECT count(*) FROM (SELECT ay, district, employer_type,
                                             count(DISTINCT employer_id) FROM s
                                      GROUP BY ay, district, employer_type))
             + (SELECT count(*) FROM (SELECT fy, count(*) FILTER (WHERE employer_type IN
                                             ('council', 'school', 'nhs', 'public')), count(*)
                                      FROM s GROUP BY fy))
        """,
        // KS4
        """
        SELECT count(*) FROM (
          SELECT academic_year, district, disadvantaged, count(*), avg(attainment8),
                 avg(progress8),
                 count(*) FILTER (WHERE CAST(english_grade AS VARCHAR) IN ('9','8','7','6','5','4','A*','A','B',
                                    'C') AND CAST(maths_grade AS VARCHAR) IN ('9','8','7','6','5','4','A*','A',
                                    'B','C'))
          FROM read_csv('%1$s/attainment-ks4*.csv', header = true, all_varchar = false)
          GROUP BY academic_year, district, disadvantaged)
        """,
        // 16-18
        """
        SELECT count(*) FROM (
          SELECT academic_year, district, qualification_type, fsm, count(*), sum(entries),
                 sum(points), avg(english_progress), avg(maths_progress)
          FROM read_csv('%1$s/attainment-16-18*.csv', header = true)
          GROUP BY academic_year, district, qualification_type, fsm)
        """,
        // age 19
        """
        SELECT count(*) FROM (
          SELECT cohort_year, district, fsm, count(*),
                 count(*) FILTER (WHERE em_pass_by_19 = 'Y'),
                 count(*) FILTER (WHERE level2_by_19 = 'Y'),
                 count(*) FILTER (WHERE level3_by_19 = 'Y')
          FROM read_csv('%1$s/attainment-age19*.csv', header = true)
          GROUP BY cohort_year, district, fsm)
        """,
        // September Guarantee
        """
        SELECT count(*) FROM (
          SELECT academic_year, district, year_group, count(*),
                 count(*) FILTER (WHERE offer_code < 90)
          FROM read_csv('%1$s/september-guarantee*.csv', header = true)
          GROUP BY academic_year, district, year_group)
        """};
    long groups = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (String q : queries) {
        try (ResultSet r = s.executeQuery(q.formatted(dir))) {
          r.next();
          groups += r.getLong(1);
        }
      }
    }
    System.out.println("groups=" + groups);
  }
}
