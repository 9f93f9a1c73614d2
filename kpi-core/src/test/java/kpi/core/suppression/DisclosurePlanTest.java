package kpi.core.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kpi.core.suppression.DisclosurePlan.Reason;
import org.junit.jupiter.api.Test;

class DisclosurePlanTest {

  private static DisclosurePlan.Builder table(
      DisclosurePlan.Builder b, String total, Map<String, Integer> cells) {
    b.count(total, cells.values().stream().mapToInt(Integer::intValue).sum());
    b.figure(new Figure.Count(total, total));
    cells.forEach((k, v) -> b.count(k, v).figure(new Figure.Count(k, k)));
    return b.identity(Identity.sum("total", total, cells.keySet()));
  }

  @Test
  void aLoneSmallCellTakesTheSmallestNonZeroNeighbourNeverAZero() {
    // 3 + 0 + 7 + 12 = 22: hiding 3 alone gives it back as 22 - 0 - 7 - 12; the 0 would not
    // help (3 + 0 = 3 is still known), so 7 goes.
    DisclosurePlan p =
        table(DisclosurePlan.builder(5, false), "t", Map.of("a", 3, "b", 0, "c", 7, "d", 12))
            .build();
    assertThat(p.withheld()).isEqualTo(Map.of("a", Reason.PRIMARY, "c", Reason.SECONDARY));
    assertThat(p.hidden("b")).isFalse();
    assertThat(p.hidden("t")).isFalse();
  }

  @Test
  void hiddenCellsOfALineAddUpToAtLeastTheThreshold() {
    // 1 + 2 + 20 = 23: 1 and 2 cannot be told apart, but together they are 3, a small number,
    // so 20 is hidden too (1 + 2 + 20 = 23 is not small).
    DisclosurePlan p =
        table(DisclosurePlan.builder(5, false), "t", Map.of("a", 1, "b", 2, "c", 20)).build();
    assertThat(p.withheld().keySet()).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(p.withheld().get("c")).isEqualTo(Reason.SECONDARY);
  }

  @Test
  void aMonthHiddenInTheTrendIsNotGivenBackByTheDecemberToFebruaryAverage() {
    // Months 2, 6, 7 and their average 5 (= 15 / 3): 3 x 5 - 6 - 7 = 2 without a second month.
    DisclosurePlan.Builder b = DisclosurePlan.builder(5, false);
    b.count("dec", 2).count("jan", 6).count("feb", 7).count("avg", 5);
    for (String k : List.of("dec", "jan", "feb", "avg")) {
      b.figure(new Figure.Count(k, k));
    }
    b.identity(Identity.mean("winter", "avg", List.of("dec", "jan", "feb")));
    DisclosurePlan p = b.build();
    assertThat(p.withheld()).isEqualTo(Map.of("dec", Reason.PRIMARY, "jan", Reason.SECONDARY));
    assertThat(p.hidden("avg")).isFalse();
  }

  @Test
  void aCountHiddenInOneTableIsHiddenInEveryFigureThatShowsIt() {
    DisclosurePlan.Builder b = DisclosurePlan.builder(5, false);
    b.count("starts 16-18", 3).count("cohort", 40);
    b.figure(new Figure.Count("age table cell", "starts 16-18"));
    b.figure(new Figure.Rate("summary rate", "starts 16-18", "cohort"));
    DisclosurePlan p = b.build();
    assertThat(p.hidden("age table cell")).isTrue();
    assertThat(p.hidden("summary rate")).isTrue();
  }

  @Test
  void aRateWhoseComplementIsSmallIsHiddenWhenTheRuleIsOn() {
    // 25 of 26 participating: 1 is not.
    for (boolean rule : new boolean[] {true, false}) {
      DisclosurePlan.Builder b = DisclosurePlan.builder(5, rule);
      b.count("participating", 25).count("cohort", 26);
      b.figure(new Figure.Rate("rate", "participating", "cohort"));
      b.figure(new Figure.Count("cohort shown", "cohort"));
      DisclosurePlan p = b.build();
      assertThat(p.hidden("rate")).isEqualTo(rule);
      assertThat(p.hidden("cohort shown")).isFalse();
    }
  }

  @Test
  void aMeanIsJudgedByItsPupilsNeverByItsSumOfScores() {
    DisclosurePlan.Builder b = DisclosurePlan.builder(5, false);
    b.amount("p8 sum small", 2.5).count("p8 pupils many", 100);
    b.amount("p8 sum negative", -3.0).count("p8 pupils few", 3);
    b.figure(new Figure.Mean("many", "p8 sum small", "p8 pupils many"));
    b.figure(new Figure.Mean("few", "p8 sum negative", "p8 pupils few"));
    DisclosurePlan p = b.build();
    assertThat(p.hidden("many")).isFalse();
    assertThat(p.hidden("few")).isTrue();
    assertThat(p.withheld()).containsKey("p8 sum negative");
  }

  @Test
  void aDistrictHiddenAgainstTheCountyNeedsASecondDistrictHidden() {
    // County 30 = 3 + 12 + 15: with the county shown, hiding only 3 gives it back.
    DisclosurePlan p =
        table(
                DisclosurePlan.builder(5, false),
                "county",
                Map.of("ashford", 3, "dover", 12, "thanet", 15))
            .build();
    assertThat(p.withheld())
        .isEqualTo(Map.of("ashford", Reason.PRIMARY, "dover", Reason.SECONDARY));
    assertThat(p.hidden("county")).isFalse();
  }

  @Test
  void eliminationFindsAValueOnlyTheWholeSystemPinsDown() {
    // a + b = s1, b + c = s2, a + c = s3 with s1, s2, s3 known: no row or column alone gives a,
    // but (s1 - s2 + s3) / 2 = a.
    List<Identity> ids =
        List.of(
            Identity.sum("1", "s1", List.of("a", "b")),
            Identity.sum("2", "s2", List.of("b", "c")),
            Identity.sum("3", "s3", List.of("a", "c")));
    assertThat(Elimination.determined(ids, Set.of("a", "b", "c"), Set.of("a", "b", "c")))
        .containsExactly("a", "b", "c");
    // Hide s3 as well and none of them is pinned down.
    assertThat(Elimination.determined(ids, Set.of("a", "b", "c", "s3"), Set.of("a", "b", "c")))
        .isEmpty();
  }

  @Test
  void fractionsAreExact() {
    assertThat(Fraction.exact(20.333333333333332).multiply(Fraction.of(3)))
        .isNotEqualTo(Fraction.of(61));
    assertThat(Fraction.of(61, 3).multiply(Fraction.of(3))).isEqualTo(Fraction.of(61));
    assertThat(Fraction.of(2, -4)).isEqualTo(Fraction.of(-1, 2));
  }
}
