package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kpi.app.ProjectFiles;
import kpi.core.catalog.ComparatorSpec;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Unit;
import kpi.core.comparator.ComparatorTable;
import kpi.core.comparator.ComparatorValue;
import kpi.core.comparator.Observation;
import kpi.core.period.Period;
import org.junit.jupiter.api.Test;

/**
 * Reads DfE's own published files (see the real-data provenance notes beside them) as comparators
 * and checks the figures DfE printed for England and Kent come out unchanged.
 */
class ComparatorRealDataTest {

  static Path realData(String name) {
    Path p = ProjectFiles.realData().resolve(name);
    assertThat(p).as("real DfE file " + name + " beside the checkout").exists();
    return p;
  }

  private static ComparatorTable table(String file, Set<String> indicators, List<String> sn)
      throws Exception {
    Problems problems = new Problems();
    List<Observation> obs = new ArrayList<>();
    Path p = realData(file);
    FileSummary s =
        new ComparatorReader(indicators, problems)
            .read(new InputFile(p, file, "comparators", InputFile.Format.CSV), obs);
    assertThat(s.rowsRead()).isEqualTo(Files.readAllLines(p).size() - 1);
    assertThat(s.rowsRejected()).isZero();
    assertThat(problems.errors()).isZero();
    return new ComparatorTable(obs, sn);
  }

  private static KpiDefinition kpi(String measure, ComparatorSpec spec, Polarity polarity) {
    return new KpiDefinition(
        "T-1",
        "test",
        null,
        measure,
        null,
        null,
        Unit.PERCENT,
        polarity,
        null,
        null,
        spec,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void neetDashboard2023GivesEnglandAndKentAsPublished() throws Exception {
    ComparatorTable t =
        table(
            "neet_nccis_la_dashboard_2023.csv",
            Set.of("NEET_not_known_percent", "NEET_NK_SENDsupport_percent"),
            List.of());
    ComparatorSpec spec =
        new ComparatorSpec(
            "NEET_not_known_percent",
            List.of("England", "South East", "Kent", "E10000016"),
            "Local authority",
            0,
            Map.of("Age", "16-17"));
    // DfE labels Dec 2022-Feb 2023 as 2023: academic year 2022/23 on the scorecard.
    List<ComparatorValue> v =
        t.values(
            kpi("neet.neet_or_not_known_rate", spec, Polarity.LOWER_IS_BETTER),
            new Period.AcademicYear(2022));
    assertThat(v)
        .extracting(ComparatorValue::name)
        .containsExactly("England", "South East", "Kent", "E10000016");
    assertThat(v.get(0).value()).isEqualTo(5.2);
    assertThat(v.get(0).period()).isEqualTo("2023");
    assertThat(v.get(2).value()).isEqualTo(5.8);
    assertThat(v.get(3).value()).isEqualTo(5.8);
    assertThat(v.get(1).value()).isNotNull();
  }

  @Test
  void suppressedAndNotApplicableFiguresStaySymbolsNeverZero() throws Exception {
    ComparatorTable t =
        table("neet_nccis_la_dashboard_2023.csv", Set.of("NEET_NK_SENDsupport_percent"), List.of());
    ComparatorSpec spec =
        new ComparatorSpec(
            "NEET_NK_SENDsupport_percent",
            List.of("Lincolnshire", "Rutland"),
            null,
            0,
            Map.of("Age", "16-17"));
    List<ComparatorValue> v =
        t.values(
            kpi("neet.neet_or_not_known_rate", spec, Polarity.LOWER_IS_BETTER),
            new Period.AcademicYear(2022));
    // Lincolnshire's SEN support figure is published as c, Rutland's as z.
    assertThat(v.get(0).value()).isNull();
    assertThat(v.get(0).symbol()).isEqualTo("c");
    assertThat(v.get(1).value()).isNull();
    assertThat(v.get(1).symbol()).isEqualTo("z");
  }

  @Test
  void kentRanksAmongAuthoritiesWithTiesTakingTheBestRank() throws Exception {
    ComparatorTable t =
        table("neet_nccis_la_dashboard_2023.csv", Set.of("NEET_not_known_percent"), List.of());
    ComparatorSpec spec =
        new ComparatorSpec(
            "NEET_not_known_percent",
            List.of("England"),
            "Local authority",
            0,
            Map.of("Age", "16-17"));
    KpiDefinition k = kpi("neet.neet_or_not_known_rate", spec, Polarity.LOWER_IS_BETTER);
    kpi.core.comparator.Ranking r = t.rank(k, new Period.AcademicYear(2022), "Kent").orElseThrow();
    // Counted from the file independently: authorities with a lower (better) figure than
    // Kent's 5.8, plus one.
    long better;
    try (var parser =
        org.apache.commons.csv.CSVParser.parse(
            realData("neet_nccis_la_dashboard_2023.csv"),
            java.nio.charset.StandardCharsets.UTF_8,
            org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().build())) {
      better =
          parser.stream()
              .filter(f -> f.get("geographic_level").equals("Local authority"))
              .filter(
                  f ->
                      ComparatorReader.number(f.get("NEET_not_known_percent"))
                          .map(x -> x < 5.8)
                          .orElse(false))
              .count();
    }
    assertThat(r.rank()).isEqualTo(better + 1);
    assertThat(r.value()).isEqualTo(5.8);
    assertThat(r.quartile()).isEqualTo((int) ((r.rank() - 1) * 4L / r.of()) + 1);
    assertThat(r.of()).isGreaterThan(140);
  }

  @Test
  void characteristicsFileReadByGeographyCode() throws Exception {
    ComparatorTable t =
        table(
            "neet_ud_neet_characteristics_2023_age16-17_total_allLAs.csv",
            Set.of("NEETNKprop", "NEETprop", "Notknownprop"),
            List.of());
    ComparatorSpec spec =
        new ComparatorSpec("NEETNKprop", List.of("England", "Kent"), null, 0, Map.of());
    List<ComparatorValue> v =
        t.values(
            kpi("neet.neet_or_not_known_rate", spec, Polarity.LOWER_IS_BETTER),
            new Period.AcademicYear(2022));
    // This file carries unrounded proportions: England 5.2, Kent 5.785... (5.8 rounded).
    assertThat(v.get(0).value()).isEqualTo(5.2);
    assertThat(v.get(1).value()).isEqualTo(5.78503533999513);
  }

  @Test
  void statisticalNeighboursAreTheMeanOfTheNamedAuthorities() throws Exception {
    ComparatorTable t =
        table(
            "neet_nccis_la_dashboard_2023.csv",
            Set.of("NEET_not_known_percent"),
            List.of("Derby", "Derbyshire"));
    ComparatorSpec spec =
        new ComparatorSpec(
            "NEET_not_known_percent",
            List.of("Statistical neighbours"),
            null,
            0,
            Map.of("Age", "16-17"));
    List<ComparatorValue> v =
        t.values(
            kpi("neet.neet_or_not_known_rate", spec, Polarity.LOWER_IS_BETTER),
            new Period.AcademicYear(2022));
    // Derby 4.3 and Derbyshire 2.5 in the published file.
    assertThat(v.get(0).value())
        .isCloseTo((4.3 + 2.5) / 2, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void ks4FileRanksKentAmongAllAuthorities() throws Exception {
    ComparatorTable t = table("ks4_2223_la_data_revised.csv", Set.of("avg_att8"), List.of());
    ComparatorSpec spec =
        new ComparatorSpec("avg_att8", List.of("England", "Kent"), "Local authority", 0, Map.of());
    KpiDefinition k = kpi("ks4.attainment8_mean", spec, Polarity.HIGHER_IS_BETTER);
    Period y2223 = new Period.AcademicYear(2022);
    List<ComparatorValue> v = t.values(k, y2223);
    assertThat(v.get(1).value()).isEqualTo(47.0);
    assertThat(v.get(1).period()).isEqualTo("202223");
    kpi.core.comparator.Ranking r = t.rank(k, y2223, "Kent").orElseThrow();
    // Counted independently with a CSV parser: authorities above Kent's 47.0, plus one.
    long better;
    try (var parser =
        org.apache.commons.csv.CSVParser.parse(
            realData("ks4_2223_la_data_revised.csv"),
            java.nio.charset.StandardCharsets.UTF_8,
            org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().build())) {
      better =
          parser.stream()
              .filter(
                  f ->
                      f.get(0).endsWith("202223")
                          && f.get("gender").equals("Total")
                          && f.get("geographic_level").equals("Local authority"))
              .filter(
                  f -> ComparatorReader.number(f.get("avg_att8")).map(x -> x > 47.0).orElse(false))
              .count();
    }
    assertThat(r.rank()).isEqualTo(better + 1);
    assertThat(r.of()).isEqualTo(152);
  }

  @Test
  void anAreaThatIsNotThereHasNoValueAndNoSymbol() throws Exception {
    ComparatorTable t =
        table("neet_nccis_la_dashboard_2023.csv", Set.of("NEET_not_known_percent"), List.of());
    ComparatorSpec spec =
        new ComparatorSpec("NEET_not_known_percent", List.of("Atlantis"), null, 0, Map.of());
    ComparatorValue v =
        t.values(
                kpi("neet.neet_rate", spec, Polarity.LOWER_IS_BETTER),
                new Period.AcademicYear(2022))
            .get(0);
    assertThat(v.value()).isNull();
    assertThat(v.symbol()).isNull();
  }
}
