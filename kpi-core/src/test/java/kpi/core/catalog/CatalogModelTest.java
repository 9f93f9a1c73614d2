package kpi.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kpi.core.neet.ActivityGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The catalog records: their defaults and validation. */
class CatalogModelTest {

  static KpiDefinition kpi(String id) {
    return new KpiDefinition(
        id,
        "Title " + id,
        null,
        "neet.neet_rate",
        null,
        null,
        Unit.PERCENT,
        Polarity.LOWER_IS_BETTER,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Nested
  class Filters {

    @Test
    void acceptsListedValuesIgnoringCase() {
      Filter f = new Filter(Map.of("send", List.of("K", "E")));
      assertThat(f.accepts("send", "k")).isTrue();
      assertThat(f.accepts("send", "E")).isTrue();
      assertThat(f.accepts("send", "N")).isFalse();
      assertThat(f.accepts("send", null)).isFalse();
      assertThat(f.accepts("district", "anything")).as("unrestricted").isTrue();
      assertThat(f.restricts("send")).isTrue();
      assertThat(f.restricts("district")).isFalse();
      assertThat(f.get("send")).contains(List.of("K", "E"));
      assertThat(f.get("district")).isEmpty();
    }

    @Test
    void andNarrowsToOneValueOrToNothing() {
      Filter f = new Filter(Map.of("send", List.of("K", "E")));
      assertThat(f.and("send", "K").get("send")).contains(List.of("K"));
      Filter none = f.and("send", "N");
      assertThat(none.accepts("send", "N")).isFalse();
      assertThat(none.accepts("send", "K")).isFalse();
      assertThat(Filter.none().and("district", "D1").get("district")).contains(List.of("D1"));
      assertThat(f.get("send")).as("the original is unchanged").contains(List.of("K", "E"));
    }

    @Test
    void withReplacesADimension() {
      Filter f = Filter.none().with("academic_age", List.of("16", "17"));
      assertThat(f.accepts("academic_age", "16")).isTrue();
      assertThat(f.accepts("academic_age", "18")).isFalse();
      assertThat(f.with("academic_age", List.of("18")).accepts("academic_age", "16")).isFalse();
      assertThat(Filter.none().restricts("academic_age")).isFalse();
    }

    @Test
    void everyDimensionNeedsAValueAndTheMapIsCopied() {
      assertThatThrownBy(() -> new Filter(Map.of("send", List.of())))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("send");
      Map<String, List<String>> m = new java.util.HashMap<>(Map.of("send", List.of("K")));
      Filter f = new Filter(m);
      m.put("district", List.of("D1"));
      assertThat(f.restricts("district")).isFalse();
      assertThat(Filter.text("  Yes ")).isEqualTo("yes");
      assertThat(Filter.text(null)).isEmpty();
    }
  }

  @Nested
  class ParamsValues {

    @Test
    void readsNumbersTextFlagsAndLists() {
      Params p =
          new Params(
              Map.of(
                  "month",
                  1,
                  "grade",
                  "5",
                  "since",
                  "2014/15",
                  "in_year",
                  true,
                  "rate",
                  "2.3",
                  "flag",
                  "TRUE",
                  "areas",
                  List.of("England", "South East")));
      assertThat(p.integer("month")).contains(1);
      assertThat(p.integer("grade")).contains(5);
      assertThat(p.integer("since")).isEmpty();
      assertThat(p.integer("missing")).isEmpty();
      assertThat(p.number("rate")).contains(2.3);
      assertThat(p.number("month")).contains(1.0);
      assertThat(p.number("since")).isEmpty();
      assertThat(p.text("since")).contains("2014/15");
      assertThat(p.text("month")).contains("1");
      assertThat(p.flag("in_year", false)).isTrue();
      assertThat(p.flag("flag", false)).isTrue();
      assertThat(p.flag("missing", true)).isTrue();
      assertThat(p.list("areas")).contains(List.of("England", "South East"));
      assertThat(p.list("month")).isEmpty();
      assertThat(Params.none().values()).isEmpty();
    }
  }

  @Nested
  class Tolerances {

    @Test
    void absoluteAndRelative() {
      assertThat(Tolerance.absolute(0.5).resolve(1000)).isEqualTo(0.5);
      assertThat(Tolerance.relative(0.05).resolve(70)).isEqualTo(3.5);
      assertThat(Tolerance.relative(0.05).resolve(-0.2)).isEqualTo(0.01);
      assertThat(Tolerance.relative(0.01).resolve(12.3)).isEqualTo(0.123);
      assertThat(Tolerance.relative(0.05).resolve(0)).isEqualTo(0.0);
    }

    @Test
    void rejectNegativeAndNonFiniteAmounts() {
      assertThatThrownBy(() -> Tolerance.absolute(-0.1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Tolerance.absolute(Double.NaN))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Tolerance.relative(Double.POSITIVE_INFINITY))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Tolerance.relative(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noChangeBands() {
      NoChangeBand b = NoChangeBand.standard();
      assertThat(b.resolve(Unit.PERCENT, 80)).isEqualTo(0.5);
      assertThat(b.resolve(Unit.COUNT, 3300)).isEqualTo(33.0);
      assertThat(b.resolve(Unit.SCORE, -0.5)).isEqualTo(0.005);
      assertThat(b.resolve(Unit.RATE_PER_100K, 1234)).isEqualTo(12.34);
      assertThat(b.withOverride(Tolerance.absolute(2)).resolve(Unit.PERCENT, 80)).isEqualTo(2.0);
      assertThat(b.withOverride(Tolerance.relative(0.1)).resolve(Unit.COUNT, 700)).isEqualTo(70.0);
      assertThatThrownBy(() -> new NoChangeBand(-0.5, 0.01, null))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Definitions {

    @Test
    void kpiDefaultsAndValidation() {
      KpiDefinition k = kpi("KPI-03");
      assertThat(k.filter()).isEqualTo(Filter.none());
      assertThat(k.params()).isEqualTo(Params.none());
      assertThat(k.target().rule()).isEqualTo(TargetRule.NONE);
      assertThat(k.breakdown()).isEmpty();
      assertThat(k.theme()).isEmpty();
      assertThat(k.source()).isEmpty();
      assertThat(k.note()).isEmpty();
      assertThat(kpi("KPI-08a.b_1").id()).isEqualTo("KPI-08a.b_1");
      assertThatThrownBy(() -> kpi("KPI 03"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("KPI 03");
      assertThatThrownBy(() -> kpi("-x")).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  new KpiDefinition(
                      "K",
                      " ",
                      null,
                      "m",
                      null,
                      null,
                      Unit.PERCENT,
                      Polarity.LOWER_IS_BETTER,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("title");
    }

    @Test
    void breakdownListIsCopied() {
      List<String> breakdown = new ArrayList<>(List.of("district"));
      KpiDefinition k =
          new KpiDefinition(
              "K",
              "T",
              null,
              "m",
              null,
              null,
              Unit.PERCENT,
              Polarity.LOWER_IS_BETTER,
              null,
              breakdown,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null);
      breakdown.add("send");
      assertThat(k.breakdown()).containsExactly("district");
    }

    @Test
    void catalogDefaultsAndLookup() {
      Catalog c =
          new Catalog(
              "kent",
              null,
              null,
              null,
              List.of(kpi("KPI-03"), kpi("NEET-1")),
              null,
              null,
              Map.of(550, ActivityGroup.NEET));
      assertThat(c.title()).isEqualTo("kent");
      assertThat(c.authority()).isEmpty();
      assertThat(c.defaults()).isEqualTo(Defaults.standard());
      assertThat(c.suppression().suppressBelow()).isEqualTo(5);
      assertThat(c.statisticalNeighbours()).isEmpty();
      assertThat(c.activityGroups()).containsEntry(550, ActivityGroup.NEET);
      assertThat(c.kpi("neet-1")).contains(kpi("NEET-1"));
      assertThat(c.kpi("KPI-99")).isEmpty();
      assertThat(c.kpis()).extracting(KpiDefinition::id).containsExactly("KPI-03", "NEET-1");
    }

    @Test
    void catalogRejectsDuplicateIds() {
      assertThatThrownBy(
              () ->
                  new Catalog("c", null, null, null, List.of(kpi("A"), kpi("A")), null, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("A appears twice");
    }

    @Test
    void standardDefaults() {
      Defaults d = Defaults.standard();
      assertThat(d.amberTolerance()).isEqualTo(Tolerance.relative(0.05));
      assertThat(d.exceedMargin()).isEqualTo(Tolerance.relative(0.05));
      assertThat(d.noChangeBand()).isEqualTo(new NoChangeBand(0.5, 0.01, null));
      assertThat(d.compareWith()).isEqualTo(CompareWith.PREVIOUS_PERIOD);
    }

    @Test
    void suppressionIsForCountsAboveZeroAndBelowTheThreshold() {
      Suppression s = Suppression.standard();
      assertThat(s.suppresses(0)).isFalse();
      assertThat(s.suppresses(0.3)).isTrue();
      assertThat(s.suppresses(4)).isTrue();
      assertThat(s.suppresses(4.99)).isTrue();
      assertThat(s.suppresses(5)).isFalse();
      assertThat(new Suppression(0).suppresses(1)).isFalse();
      assertThatThrownBy(() -> new Suppression(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trendAndComparatorSpecs() {
      assertThat(new TrendSpec("linear", 5).method()).isEqualTo("chi2-linear");
      assertThat(new TrendSpec("chi2-linear", 5).points()).isEqualTo(5);
      assertThatThrownBy(() -> new TrendSpec("chi2-linear", 4))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new TrendSpec("loess", 5))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new TrendSpec("linear", 2))
          .isInstanceOf(IllegalArgumentException.class);
      assertThat(new ComparatorSpec("NEETprop", null, null, 0).areas()).containsExactly("England");
      assertThat(
              new ComparatorSpec("NEETprop", List.of("South East"), "Local authority", 0).areas())
          .containsExactly("South East");
    }

    @Test
    void enumIds() {
      assertThat(Unit.RATE_PER_100K.id()).isEqualTo("rate_per_100k");
      assertThat(Polarity.LOWER_IS_BETTER.id()).isEqualTo("lower_is_better");
      assertThat(Polarity.HIGHER_IS_BETTER.sign()).isEqualTo(1);
      assertThat(Polarity.LOWER_IS_BETTER.sign()).isEqualTo(-1);
      assertThat(CompareWith.SAME_PERIOD_LAST_YEAR.id()).isEqualTo("same_period_last_year");
    }
  }
}
