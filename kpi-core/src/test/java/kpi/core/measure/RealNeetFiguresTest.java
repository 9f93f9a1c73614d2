package kpi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kpi.core.ProjectFiles;
import kpi.core.measure.NeetMeasure.Kind;
import kpi.core.neet.NeetCube;
import kpi.core.neet.Send;
import kpi.core.period.Period.AcademicYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The NEET arithmetic against DfE's published 2023 figures (EES "Participation in education,
 * training and NEET age 16 to 17 by local authority", 16-17 year olds, all LAs; see
 * realdata/PROVENANCE.md). DfE labels the December 2022 - February 2023 average "2023", which is
 * academic year 2022/23.
 *
 * <p>The file gives, per LA, the Dec-Feb mean counts ({@code avgcohort, avgNEET, avgNK}) and the
 * percentages. Three times a mean count is the whole Dec+Jan+Feb total, so for each LA the test
 * builds a cube whose three months sum to those totals (split unevenly over the months, with
 * custody and 18-year-old records that must be left out), runs the measures and expects DfE's
 * counts and percentages back.
 *
 * <p>The real files are in {@code shared/realdata} beside the project folder. A missing file fails
 * the test; it never skips.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RealNeetFiguresTest {
  private static final String CHARACTERISTICS =
      "neet_ud_neet_characteristics_2023_age16-17_total_allLAs.csv";
  private static final String DASHBOARD = "neet_nccis_la_dashboard_2023.csv";
  private static final AcademicYear Y2022 = new AcademicYear(2022);
  private static final List<YearMonth> WINTER =
      List.of(YearMonth.of(2022, 12), YearMonth.of(2023, 1), YearMonth.of(2023, 2));

  /** One LA row of the characteristics file. */
  record Published(
      String code,
      String name,
      double avgCohort,
      double avgNeet,
      double avgNk,
      double avgNeetNk,
      double neetNkProp,
      double neetProp,
      double nkProp) {}

  /** What the measures give for one LA. */
  record Computed(MeasureResult neet, MeasureResult notKnown, MeasureResult both) {}

  private final Map<String, Published> byName = new LinkedHashMap<>();
  private final Map<String, Computed> computed = new LinkedHashMap<>();

  @BeforeAll
  void readAndCompute() throws IOException {
    List<Map<String, String>> rows = readCsv(realData(CHARACTERISTICS));
    for (Map<String, String> r : rows) {
      if (r.get("la_name").isEmpty()) {
        continue; // England and regions: counts rounded to 10, percentages to 1 dp
      }
      assertThat(r.get("date")).isEqualTo("2023");
      assertThat(r.get("Age")).isEqualTo("16-17");
      assertThat(r.get("Characteristic")).isEqualTo("Total");
      Published p =
          new Published(
              r.get("new_la_code"),
              r.get("la_name"),
              number(r, "avgcohort"),
              number(r, "avgNEET"),
              number(r, "avgNK"),
              number(r, "avgNEETNK"),
              number(r, "NEETNKprop"),
              number(r, "NEETprop"),
              number(r, "Notknownprop"));
      byName.put(p.name(), p);
      computed.put(p.name(), compute(p));
    }
  }

  @Test
  void everyLocalAuthorityIsReproducedExactly() {
    assertThat(byName).as("LA rows in " + CHARACTERISTICS).hasSize(152);
    for (Published p : byName.values()) {
      Computed c = computed.get(p.name());
      String la = p.name();
      assertThat(c.neet().denominator()).as("%s cohort", la).isCloseTo(p.avgCohort(), within(1e-6));
      assertThat(c.neet().numerator()).as("%s NEET", la).isCloseTo(p.avgNeet(), within(1e-6));
      assertThat(c.notKnown().numerator())
          .as("%s not known", la)
          .isCloseTo(p.avgNk(), within(1e-6));
      assertThat(c.both().numerator()).as("%s NEET+NK", la).isCloseTo(p.avgNeetNk(), within(1e-6));
      assertThat(c.neet().value()).as("%s NEETprop", la).isCloseTo(p.neetProp(), within(1e-9));
      assertThat(c.notKnown().value())
          .as("%s Notknownprop", la)
          .isCloseTo(p.nkProp(), within(1e-9));
      assertThat(c.both().value()).as("%s NEETNKprop", la).isCloseTo(p.neetNkProp(), within(1e-9));
    }
  }

  /**
   * The headline figures as DfE's dashboard shows them (1 dp), for Kent and two other LAs. Kent
   * 2023: cohort 34,191.67 (102,575 over three months), NEET 1,137.33 (3,412), not known 840.67
   * (2,522): 100 x 1978 / 34191.67 = 5.785% -> 5.8.
   */
  @ParameterizedTest(name = "{0}: NEET+NK {1}, NEET {2}, NK {3}")
  @CsvSource({
    "Kent,       5.8, 3.3, 2.5",
    "Lancashire, 5.3, 2.6, 2.7",
    "Nottingham, 5.1, 4.7, 0.4"
  })
  void headlineFigures(String la, String neetNk, String neet, String nk) {
    Computed c = computed.get(la);
    assertThat(c).as("%s in %s", la, CHARACTERISTICS).isNotNull();
    assertThat(oneDp(c.both().value())).isEqualTo(neetNk);
    assertThat(oneDp(c.neet().value())).isEqualTo(neet);
    assertThat(oneDp(c.notKnown().value())).isEqualTo(nk);
  }

  @Test
  void kentsCountsAreTheThreeMonthMeans() {
    Computed kent = computed.get("Kent");
    assertThat(kent.neet().denominator()).isCloseTo(102575.0 / 3, within(1e-9));
    assertThat(kent.neet().numerator()).isCloseTo(3412.0 / 3, within(1e-9));
    assertThat(kent.notKnown().numerator()).isCloseTo(2522.0 / 3, within(1e-9));
    assertThat(kent.both().numerator()).isEqualTo(1978.0);
    assertThat(kent.neet().workings())
        .contains("mean of 3 months: NEET 1137.3333, cohort 34191.6667");
  }

  /** DfE's dashboard file gives every LA's three percentages to 1 dp: all must match. */
  @Test
  void everyLocalAuthorityMatchesTheDashboardToOneDecimalPlace() throws IOException {
    Map<String, Computed> byCode = new LinkedHashMap<>();
    byName.values().forEach(p -> byCode.put(p.code(), computed.get(p.name())));
    int compared = 0;
    for (Map<String, String> r : readCsv(realData(DASHBOARD))) {
      if (!r.get("geographic_level").equals("Local authority")) {
        continue;
      }
      Computed c = byCode.get(r.get("new_la_code"));
      assertThat(c).as("%s in %s", r.get("la_name"), CHARACTERISTICS).isNotNull();
      String la = r.get("la_name");
      assertThat(oneDp(c.both().value()))
          .as("%s NEET_not_known_percent", la)
          .isEqualTo(r.get("NEET_not_known_percent"));
      assertThat(oneDp(c.neet().value()))
          .as("%s NEET_percent", la)
          .isEqualTo(r.get("NEET_percent"));
      assertThat(oneDp(c.notKnown().value()))
          .as("%s Notknown_percent", la)
          .isEqualTo(r.get("Notknown_percent"));
      assertThat(
              new BigDecimal(Double.toString(c.neet().denominator()))
                  .setScale(0, RoundingMode.HALF_UP)
                  .toPlainString())
          .as("%s Cohort_DJFavg", la)
          .isEqualTo(r.get("Cohort_DJFavg"));
      compared++;
    }
    assertThat(compared).isEqualTo(150);
  }

  // ---------------------------------------------------------------------------------------

  /** A cube for one LA whose Dec, Jan and Feb counts sum to three times DfE's means. */
  private static Computed compute(Published p) {
    long cohortTotal = wholeTotal(p.avgCohort(), p.name());
    long neetTotal = wholeTotal(p.avgNeet(), p.name());
    long nkTotal = wholeTotal(p.avgNk(), p.name());
    long[] cohort = split(cohortTotal, 100);
    long[] neet = split(neetTotal, 10);
    long[] nk = split(nkTotal, 5);
    NeetCube.Builder cube = NeetCube.builder();
    for (int m = 0; m < 3; m++) {
      YearMonth month = WINTER.get(m);
      long participating = cohort[m] - neet[m] - nk[m];
      assertThat(participating).as("%s month %d", p.name(), m).isNotNegative();
      add(cube, month, 16, 540, neet[m] / 2);
      add(cube, month, 17, 630, neet[m] - neet[m] / 2);
      add(cube, month, 16, 810, nk[m] - nk[m] / 4);
      add(cube, month, 17, 120, nk[m] / 4); // a pre-16 code counts as not known
      add(cube, month, 16, 210, participating / 2);
      add(cube, month, 17, 310, participating - participating / 2);
      add(cube, month, 17, 710, 7); // custody: out of the cohort
      add(cube, month, 18, 540, 20); // academic age 18: outside the 16-17 headline
      add(cube, month, 15, 810, 3); // and 15
    }
    DataSet data = DataSet.builder().neet(cube.build()).build();
    MeasureQuery q = new MeasureQuery(Y2022, null, null);
    return new Computed(
        new NeetMeasure(Kind.NEET_RATE).compute(data, q),
        new NeetMeasure(Kind.NOT_KNOWN_RATE).compute(data, q),
        new NeetMeasure(Kind.NEET_OR_NOT_KNOWN_RATE).compute(data, q));
  }

  private static void add(NeetCube.Builder cube, YearMonth month, int age, int code, long n) {
    if (n > 0) {
      cube.add(new NeetCube.Cell(month, age, "LA", Send.N, null, null, "", code), n);
    }
  }

  /** 3 x a Dec-Feb mean, which must be a whole number of young people. */
  private static long wholeTotal(double mean, String la) {
    double total = mean * 3;
    long whole = (long) Math.rint(total);
    assertThat(total)
        .as("%s: 3 x %s is a whole count", la, mean)
        .isCloseTo((double) whole, within(1e-6));
    return whole;
  }

  /** Splits a total over three months unevenly: q - s, q + s, and the rest. */
  private static long[] split(long total, long divisor) {
    long q = total / 3;
    long s = q / divisor;
    return new long[] {q - s, q + s, total - 2 * q};
  }

  private static String oneDp(double v) {
    return new BigDecimal(Double.toString(v)).setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static double number(Map<String, String> row, String column) {
    String v = row.get(column);
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new AssertionError(row.get("la_name") + ": " + column + " is not a number: " + v, e);
    }
  }

  // --- plain-JDK CSV reading -------------------------------------------------------------

  static Path realData(String name) {
    Path dir = ProjectFiles.realData();
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      fail(
          "real DfE data file missing: "
              + file.toAbsolutePath().normalize()
              + ". This test needs it and does not skip; see "
              + "realdata/PROVENANCE.md for where it comes from.");
    }
    return file;
  }

  /** Rows of a header-first CSV as column -> value, every row checked against the header. */
  static List<Map<String, String>> readCsv(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = parseCsv(text);
    assertThat(records).as("%s has a header and rows", file.getFileName()).hasSizeGreaterThan(1);
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (int i = 1; i < records.size(); i++) {
      List<String> fields = records.get(i);
      if (fields.size() == 1 && fields.get(0).isEmpty()) {
        continue; // trailing blank line
      }
      assertThat(fields).as("%s record %d", file.getFileName(), i + 1).hasSameSizeAs(header);
      Map<String, String> row = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        row.put(header.get(c), fields.get(c));
      }
      rows.add(row);
    }
    return rows;
  }

  /** RFC 4180: quoted fields with embedded commas, newlines and doubled quotes; CRLF or LF. */
  static List<List<String>> parseCsv(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        field.append(ch);
      }
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }

  @Test
  void theCsvSplitterHandlesQuotes() {
    assertThat(parseCsv("a,\"b,c\",\"say \"\"hi\"\"\"\r\n1,\"two\nlines\",\n"))
        .containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("1", "two\nlines", ""));
    assertThat(parseCsv("x,y")).containsExactly(List.of("x", "y"));
  }
}
