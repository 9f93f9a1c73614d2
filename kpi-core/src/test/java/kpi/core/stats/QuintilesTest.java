package kpi.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kpi.core.stats.Quintiles.AreaValue;
import kpi.core.stats.Quintiles.Distribution;
import kpi.core.stats.Quintiles.First;
import org.junit.jupiter.api.Test;

/**
 * Equal-count quintiles against the quintile columns of DfE's own NEET LA scorecard files (the 2023
 * and 2025 dashboard files in realdata; PROVENANCE.md section 3-4).
 */
class QuintilesTest {
  private static final String DASH_2023 = "neet_nccis_la_dashboard_2023.csv";
  private static final String DASH_2025 = "neet_nccis_la_dashboard_2025.csv";
  private static final String UNROUNDED_2023 =
      "neet_ud_neet_characteristics_2023_age16-17_total_allLAs.csv";
  private static final Set<String> SYMBOLS = Set.of("c", "x", "z", "k", "low", "");

  @Test
  void groupSizesAreEqualWithTheLargerGroupsFirst() {
    // 12 areas: 12/5 = 2 remainder 2, so sizes 3,3,2,2,2.
    List<AreaValue> areas = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      areas.add(new AreaValue(String.format(Locale.ROOT, "E%02d", i), i));
    }
    Distribution d = Quintiles.of(areas, First.LOWEST);
    assertThat(d.sizes()).containsExactly(3, 3, 2, 2, 2);
    assertThat(d.quintileOf("E02")).isEqualTo(1);
    assertThat(d.quintileOf("E03")).isEqualTo(2);
    assertThat(d.quintileOf("E06")).isEqualTo(3);
    assertThat(d.quintileOf("E11")).isEqualTo(5);
    // Numbered from the highest: the same groups, the larger ones now quintiles 5 and 4.
    Distribution best = Quintiles.of(areas, First.HIGHEST);
    assertThat(best.quintileOf("E11")).isEqualTo(1);
    assertThat(best.quintileOf("E10")).isEqualTo(1);
    assertThat(best.quintileOf("E09")).isEqualTo(2);
    assertThat(best.quintileOf("E00")).isEqualTo(5);
    assertThat(best.quintileOf("E02")).isEqualTo(5);
    assertThat(best.quintileOf("E03")).isEqualTo(4);
  }

  @Test
  void tiesAreBrokenByValueThenCode() {
    // Four areas share 5.0 across the boundary between quintiles 1 and 2 (sizes 2 each of 10).
    List<AreaValue> areas =
        List.of(
            new AreaValue("E4", 5.0),
            new AreaValue("E1", 5.0),
            new AreaValue("E3", 5.0),
            new AreaValue("E2", 5.0),
            new AreaValue("E5", 6),
            new AreaValue("E6", 7),
            new AreaValue("E7", 8),
            new AreaValue("E8", 9),
            new AreaValue("E9", 10),
            new AreaValue("E0", 11));
    Distribution d = Quintiles.of(areas, First.LOWEST);
    assertThat(d.quintileOf("E1")).isEqualTo(1);
    assertThat(d.quintileOf("E2")).isEqualTo(1);
    assertThat(d.quintileOf("E3")).isEqualTo(2);
    assertThat(d.quintileOf("E4")).isEqualTo(2);
  }

  @Test
  void whereADistrictWouldSit() {
    List<AreaValue> areas = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      areas.add(new AreaValue("E" + i, i)); // quintiles: {1,2} {3,4} {5,6} {7,8} {9,10}
    }
    Distribution low = Quintiles.of(areas, First.LOWEST);
    assertThat(low.placeOf(0.5)).isEqualTo(1);
    assertThat(low.placeOf(1.9)).isEqualTo(1);
    assertThat(low.placeOf(2.0)).as("after the area it ties with").isEqualTo(2);
    assertThat(low.placeOf(6.5)).isEqualTo(4);
    assertThat(low.placeOf(99)).isEqualTo(5);
    Distribution high = Quintiles.of(areas, First.HIGHEST);
    assertThat(high.placeOf(99)).isEqualTo(1);
    assertThat(high.placeOf(9.5)).isEqualTo(1);
    assertThat(high.placeOf(0.5)).isEqualTo(5);
    assertThat(Quintiles.of(List.of(), First.LOWEST).placeOf(3)).isNull();
  }

  private static List<Map<String, String>> las(String file) throws IOException {
    return RealData.rows(file).stream()
        .filter(r -> r.get("geographic_level").equals("Local authority"))
        .toList();
  }

  @Test
  void unroundedValuesReproduceDfEs2023NeetQuintilesExactly() throws IOException {
    // The 2023 file numbers quintiles from the lowest value. Grouping the unrounded
    // percentages of the characteristics file reproduces all 150 x 3 published quintiles.
    Map<String, Map<String, String>> unrounded = new HashMap<>();
    for (Map<String, String> r : RealData.rows(UNROUNDED_2023)) {
      unrounded.put(r.get("new_la_code"), r);
    }
    String[][] pairs = {
      {"NEET_NK_quintile", "NEETNKprop"},
      {"NEET_quintile", "NEETprop"},
      {"Notknown_quintile", "Notknownprop"}
    };
    List<Map<String, String>> las = las(DASH_2023);
    for (String[] pair : pairs) {
      List<AreaValue> areas = new ArrayList<>();
      for (Map<String, String> r : las) {
        if (!SYMBOLS.contains(r.get(pair[0]))) {
          String code = r.get("new_la_code");
          areas.add(new AreaValue(code, Double.parseDouble(unrounded.get(code).get(pair[1]))));
        }
      }
      Distribution d = Quintiles.of(areas, First.LOWEST);
      assertThat(d.n()).isEqualTo(150);
      int differ = 0;
      for (Map<String, String> r : las) {
        if (!Integer.valueOf(r.get(pair[0])).equals(d.quintileOf(r.get("new_la_code")))) {
          differ++;
        }
      }
      assertThat(differ).as(pair[0]).isZero();
    }
  }

  /**
   * Recomputed from the published one-decimal values, quintiles can only differ where rounding made
   * a tie across a group boundary; the counts of such LAs are stated here (each a pair that swapped
   * places), and every difference is checked to be a boundary tie.
   */
  @Test
  void roundedValuesDifferOnlyAtBoundaryTies() throws IOException {
    // file, quintile column, value column, which end is quintile 1, LAs that differ
    Object[][] cases = {
      {DASH_2023, "NEET_NK_quintile", "NEET_not_known_percent", First.LOWEST, 4},
      {DASH_2023, "NEET_quintile", "NEET_percent", First.LOWEST, 8},
      {DASH_2023, "Notknown_quintile", "Notknown_percent", First.LOWEST, 8},
      {
        DASH_2023,
        "Participation_ET_quintile",
        "TOTAL_participating_in_education_and_training_percent",
        First.LOWEST,
        4
      },
      {
        DASH_2023,
        "Sep_guarantee_quintile",
        "September_guarantee_Offer_made_percent",
        First.LOWEST,
        4
      },
      // 2025 numbers quintile 1 as the best: lowest NEET, highest participation and offers
      // (the groups are still cut from the lowest value, so there the larger group is 5).
      {DASH_2025, "NEET_NK_quintile", "NEET_not_known_percent", First.LOWEST, 4},
      {DASH_2025, "NEET_quintile", "NEET_percent", First.LOWEST, 4},
      {DASH_2025, "Notknown_quintile", "Notknown_percent", First.LOWEST, 4},
      {
        DASH_2025,
        "Participation_ET_quintile",
        "TOTAL_participating_in_education_and_training_percent",
        First.HIGHEST,
        0
      },
      {
        DASH_2025,
        "Sep_guarantee_quintile",
        "September_guarantee_Offer_made_percent",
        First.HIGHEST,
        6
      }
    };
    for (Object[] c : cases) {
      List<Map<String, String>> las = las((String) c[0]);
      String qCol = (String) c[1];
      String vCol = (String) c[2];
      List<AreaValue> areas = new ArrayList<>();
      Map<String, Double> value = new HashMap<>();
      for (Map<String, String> r : las) {
        if (!SYMBOLS.contains(r.get(qCol)) && !SYMBOLS.contains(r.get(vCol))) {
          double v = Double.parseDouble(r.get(vCol));
          areas.add(new AreaValue(r.get("new_la_code"), v));
          value.put(r.get("new_la_code"), v);
        }
      }
      Distribution d = Quintiles.of(areas, (First) c[3]);
      int differ = 0;
      for (Map<String, String> r : las) {
        String code = r.get("new_la_code");
        Integer ours = d.quintileOf(code);
        if (ours == null) {
          continue;
        }
        int theirs = Integer.parseInt(r.get(qCol));
        if (ours != theirs) {
          differ++;
          assertThat(Math.abs(ours - theirs)).as("%s %s", qCol, r.get("la_name")).isEqualTo(1);
          // A boundary tie: the value sits at the edge of both quintiles it is between.
          double[] mine = d.range(ours);
          double[] published = d.range(theirs);
          double v = value.get(code);
          assertThat(v == mine[0] || v == mine[1]).isTrue();
          assertThat(v == published[0] || v == published[1])
              .as("%s %s %s: a tie with the neighbouring quintile", c[0], qCol, r.get("la_name"))
              .isTrue();
        }
      }
      assertThat(differ).as("%s %s", c[0], qCol).isEqualTo(c[4]);
    }
  }
}
