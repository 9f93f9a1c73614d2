package kpi.app.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kpi.app.load.CatalogChoice;
import kpi.core.catalog.Catalog;
import kpi.core.measure.Measures;
import org.junit.jupiter.api.Test;

/**
 * Catalog checking at load: parameters a measure does not read and filter values outside their
 * dimension's domain are errors located by JSON path, with a "did you mean".
 */
class CatalogLoaderTest {
  private final CatalogLoader loader = new CatalogLoader(Measures.builtIn());

  /** One KPI of {@code measure} with the given extra members. */
  private static String catalog(String measure, String members) {
    return "{\"id\": \"c\", \"kpis\": [{\"id\": \"OK\", \"title\": \"t\", \"measure\":"
        + " \"neet.neet_rate\", \"unit\": \"percent\", \"polarity\": \"lower_is_better\"},"
        + " {\"id\": \"A\", \"title\": \"t\", \"measure\": \""
        + measure
        + "\", \"unit\":"
        + " \"count\", \"polarity\": \"higher_is_better\", "
        + members
        + "}]}";
  }

  private List<String> errors(String text) {
    try {
      loader.parse(text, "kpi-catalog.json");
    } catch (CatalogException e) {
      return e.entries().stream().map(CatalogException.Entry::line).toList();
    }
    return List.of();
  }

  @Test
  void aMisspeltParameterIsAnErrorNotADefault() {
    // before: min_strats was ignored and champion employers counted with the default of 10
    assertThat(
            errors(
                catalog("apprenticeships.champion_employers", "\"params\": {\"min_strats\": 5}")))
        .containsExactly(
            "kpi-catalog.json:"
                + " kpis[1].params.min_strats: measure apprenticeships.champion_employers has no"
                + " parameter \"min_strats\"; did you mean \"min_starts\"?; it takes from,"
                + " min_starts, to");
  }

  @Test
  void aParameterOfAnotherMeasureIsRefused() {
    assertThat(errors(catalog("neet.neet_rate", "\"params\": {\"grade\": 5}")))
        .singleElement()
        .asString()
        .contains("kpis[1].params.grade: measure neet.neet_rate has no parameter" + " \"grade\"")
        .endsWith("; it takes month");
    assertThat(errors(catalog("ks4.attainment8_mean", "\"params\": {\"grade\": 5}")))
        .singleElement()
        .asString()
        .endsWith("; it takes none");
  }

  @Test
  void everyParameterTheMeasuresReadIsAccepted() {
    assertThat(
            errors(
                catalog(
                    "apprenticeships.public_sector_rate",
                    "\"params\": {\"since_year\": 2017, \"in_year\": true, \"organisation\": \"KCC\"}")))
        .isEmpty();
    assertThat(
            errors(
                catalog(
                    "ks4.gap",
                    "\"params\": {\"group\": \"fsm\", \"of\": \"ks4.em_pass_rate\", \"grade\": 5}")))
        .isEmpty();
    assertThat(
            errors(
                catalog(
                    "neet.participation_rate",
                    "\"params\": {\"month\": 3, \"route\": \"apprenticeship\"}")))
        .isEmpty();
  }

  @Test
  void aFlagFilterTakesOnlyYesNoOrUnknown() {
    // before: "ture" matched no record and the KPI became NO_DATA on the board's scorecard
    assertThat(
            errors(catalog("apprenticeships.starts", "\"filter\": {\"care_leaver\": [\"ture\"]}")))
        .containsExactly(
            "kpi-catalog.json:"
                + " kpis[1].filter.care_leaver[0]: \"ture\" is not a yes/no value (true, false or"
                + " unknown) for care_leaver; did you mean \"true\"?");
    assertThat(
            errors(
                catalog(
                    "apprenticeships.starts",
                    "\"filter\": {\"care_leaver\": [true, \"1\", \"Yes\", \"unknown\"]}")))
        .isEmpty();
  }

  @Test
  void sendTakesTheNccisCodesEverywhere() {
    assertThat(
            errors(catalog("apprenticeships.starts", "\"filter\": {\"send\": [\"K\", \"EHCP\"]}")))
        .containsExactly(
            "kpi-catalog.json:"
                + " kpis[1].filter.send[1]: \"EHCP\" is not a SEND code (N none, K SEN support, E"
                + " EHC plan, Y any SEND, or unknown) for send");
    assertThat(errors(catalog("apprenticeships.starts", "\"filter\": {\"send\": [\"true\"]}")))
        .hasSize(1);
    assertThat(errors(catalog("ks4.em_pass_rate", "\"filter\": {\"send\": [\"Y\"]}"))).isEmpty();
  }

  @Test
  void codeDimensionsSuggestTheNearestCode() {
    assertThat(
            errors(
                catalog(
                    "apprenticeships.starts",
                    "\"filter\": {\"level_band\": [\"advnced\"], \"age_band\": [\"19-25\"]}")))
        .containsExactly(
            "kpi-catalog.json: kpis[1].filter.level_band[0]: \"advnced\" is not one of"
                + " intermediate, advanced, higher, degree, 2, 3, 4, 5, 6, 7 for level_band;"
                + " did you mean \"advanced\"?",
            "kpi-catalog.json: kpis[1].filter.age_band[0]: \"19-25\" is not one of 16-18,"
                + " 19-24, 25+ for age_band; did you mean \"19-24\"?");
    assertThat(errors(catalog("neet.neet_rate", "\"filter\": {\"academic_age\": [16, \"x\"]}")))
        .containsExactly(
            "kpi-catalog.json: kpis[1].filter.academic_age[1]: \"x\" is not a"
                + " whole number from 10 to 25 for academic_age");
  }

  @Test
  void aBreakdownTheMeasureDoesNotHaveIsRefused() {
    // before: accepted at load, the scorecard then could not break the KPI down
    assertThat(errors(catalog("levy.spent_share", "\"breakdown\": [\"district\"]")))
        .containsExactly(
            "kpi-catalog.json: kpis[1].breakdown[0]: measure levy.spent_share"
                + " cannot be broken down by \"district\"");
    assertThat(errors(catalog("levy.spent_share", "\"breakdown\": [\"employer_type\"]"))).isEmpty();
  }

  @Test
  void everyBundledCatalogPassesTheChecks() {
    for (String id : CatalogChoice.bundledIds()) {
      Catalog c = CatalogChoice.bundled(id);
      assertThat(c.kpis()).as(id).isNotEmpty();
    }
  }

  @Test
  void allProblemsAreReportedAtOnce() {
    assertThatThrownBy(
            () ->
                loader.parse(
                    catalog(
                        "apprenticeships.starts",
                        "\"params\": {\"form\": \"2017-01-01\"}, \"filter\": {\"looked_after\": [\"2\"]}"),
                    "k.json"))
        .isInstanceOf(CatalogException.class)
        .satisfies(e -> assertThat(((CatalogException) e).entries()).hasSize(2));
  }

  @Test
  void aKeyGivenTwiceIsInvalidJsonWithItsPlace() {
    // the second "id" is on line 1 at column 22 (1-based, counting the opening brace as 1)
    assertThat(errors("{\"id\": \"c\", \"id\": \"d\", \"kpis\": []}"))
        .singleElement()
        .asString()
        .startsWith("kpi-catalog.json: line 1, column ")
        .contains("not valid JSON: Duplicate field 'id'");
  }

  @Test
  void textThatHoldsNoObjectIsNotACatalog() {
    for (String text : List.of("", "   ", "[]", "\"kpis\"", "42", "null")) {
      assertThat(errors(text))
          .as(text)
          .containsExactly("kpi-catalog.json: a catalog must be a JSON object");
    }
  }

  /** One NEET KPI with the given JSON values for its title and min_denominator. */
  private static String neetKpi(String title, String minDenominator) {
    return "{\"id\": \"c\", \"kpis\": [{\"id\": \"A\", \"title\": "
        + title
        + ", \"measure\": \"neet.neet_rate\", \"unit\": \"percent\","
        + " \"polarity\": \"lower_is_better\", \"min_denominator\": "
        + minDenominator
        + "}]}";
  }

  @Test
  void aNullMemberReadsAsAbsentAndNumbersAreCheckedByKind() {
    // "title": null is the same as no title, which is required
    assertThat(errors(neetKpi("null", "12")))
        .containsExactly("kpi-catalog.json: kpis[0].title: is required");
    // min_denominator must be a whole number: 12 is, 12.5 and "12" are not
    assertThat(errors(neetKpi("\"t\"", "12"))).isEmpty();
    assertThat(errors(neetKpi("\"t\"", "12.5")))
        .containsExactly("kpi-catalog.json: kpis[0].min_denominator: must be a whole number");
    assertThat(errors(neetKpi("\"t\"", "\"12\"")))
        .containsExactly("kpi-catalog.json: kpis[0].min_denominator: must be a whole number");
  }
}
