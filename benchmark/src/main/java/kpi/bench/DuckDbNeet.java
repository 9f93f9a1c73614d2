package kpi.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The reference: DuckDB computing, over the same neet-tracking CSV, the aggregates the NEET
 * scorecard needs for the latest academic year: the December-February mean NEET, not known and
 * cohort counts for academic ages 16-17 (custody out) by district and for the county, and the
 * March participation. Prints the county NEET rate so the benchmark can check both agree.
 */
public final class DuckDbNeet {
  private DuckDbNeet() {}

  public static void main(String[] args) throws Exception {
    String csv = args[0].replace("'", "''");
    String sql = """
        WITH t AS (
          SELECT district, activity_code AS code, snapshot_date AS d,
                 (CASE WHEN month(snapshot_date) >= 9 THEN year(snapshot_date)
                       ELSE year(snapshot_date) - 1 END) AS ay,
                 date_of_birth AS dob
          FROM read_csv('%s', header = true,
                        columns = {'person_id': 'VARCHAR', 'snapshot_date': 'DATE',
                                   'date_of_birth': 'DATE', 'district': 'VARCHAR',
                                   'activity_code': 'INTEGER', 'send': 'VARCHAR',
                                   'looked_after': 'VARCHAR', 'care_leaver': 'VARCHAR',
                                   'gender': 'VARCHAR'})
        ), aged AS (
          SELECT *, ay - year(dob) - (CASE WHEN month(dob) >= 9 THEN 1 ELSE 0 END) AS age
          FROM t WHERE code NOT IN (710, 720)
        ), latest AS (SELECT max(ay) - (CASE WHEN max(d) < make_date(max(ay) + 1, 3, 1)
                                               THEN 1 ELSE 0 END) AS y FROM aged),
        winter AS (
          SELECT district, month(d) AS m,
                 count(*) FILTER (WHERE code IN (540,610,615,616,619,620,630,640,650,660,670,680))
                   AS neet,
                 count(*) FILTER (WHERE code IN (810,820,830) OR code BETWEEN 110 AND 150) AS nk,
                 count(*) AS cohort
          FROM aged, latest
          WHERE age IN (16, 17) AND ((ay = y AND month(d) IN (12, 1, 2)))
          GROUP BY district, month(d)
        ), march AS (
          SELECT district,
                 count(*) FILTER (WHERE code IN (210,220,230,240,250,270,280,290,310,320,381,410,
                                                 430,440,450,460,550)) AS part,
                 count(*) AS cohort
          FROM aged, latest
          WHERE age IN (16, 17) AND ay = y AND month(d) = 3
          GROUP BY district
        )
        SELECT 100.0 * sum(neet) / sum(cohort), 100.0 * sum(nk) / sum(cohort),
               (SELECT 100.0 * sum(part) / sum(cohort) FROM march),
               (SELECT count(DISTINCT district) FROM winter)
        FROM winter
        """.formatted(csv);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      System.out.printf("neet=%.6f not_known=%.6f participation=%.6f districts=%d%n",
          r.getDouble(1), r.getDouble(2), r.getDouble(3), r.getInt(4));
    }
  }
}
