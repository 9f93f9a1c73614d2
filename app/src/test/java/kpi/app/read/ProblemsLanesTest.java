package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Problems judged in lanes and absorbed give what the same problems added one by one in row order
 * give (the reference here is {@link Problems#add} itself, as it was before lanes): the same kept
 * problems in the same order, the same counts per file and the same overflow, in the same order.
 */
class ProblemsLanesTest {
  private static final String[] CHECKS = {"a", "b", "c", "d", "e", "f"};

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 5, 100})
  void absorbingLanesEqualsAddingInRowOrder(int cap) {
    for (int seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      Problems inOrder = new Problems(cap);
      Problems absorbed = new Problems(cap);
      // what came before the rows (a header problem) is added directly, as the reader does
      Problem header = problem("f.csv", "missing-column", Severity.ERROR, 1, 0);
      inOrder.add(header);
      absorbed.add(header);
      List<Problems> lanes = List.of(absorbed.forLane(), absorbed.forLane());
      int rows = 1 + random.nextInt(400);
      for (int row = 2; row <= rows; row++) {
        int lane = random.nextInt(2);
        int perRow = random.nextInt(3); // a row may give none, one or several problems
        for (int k = 0; k < perRow; k++) {
          String check = CHECKS[random.nextInt(1 + random.nextInt(CHECKS.length))];
          Severity severity = random.nextInt(3) == 0 ? Severity.WARNING : Severity.ERROR;
          Problem p = problem(random.nextInt(8) == 0 ? "g.csv" : "f.csv", check, severity, row, k);
          inOrder.add(p);
          lanes.get(lane).add(p);
        }
      }
      absorbed.absorb(lanes);
      assertThat(absorbed.kept()).as("seed %d", seed).containsExactlyElementsOf(inOrder.kept());
      assertThat(absorbed.overflow()).as("seed %d", seed).isEqualTo(inOrder.overflow());
      assertThat(absorbed.errors()).isEqualTo(inOrder.errors());
      assertThat(absorbed.warnings()).isEqualTo(inOrder.warnings());
      assertThat(absorbed.errors("g.csv")).isEqualTo(inOrder.errors("g.csv"));
      assertThat(absorbed.warnings("f.csv")).isEqualTo(inOrder.warnings("f.csv"));
    }
  }

  private static Problem problem(String file, String check, Severity severity, int row, int k) {
    return new Problem(severity, check, file, row, "c" + k, null, "v", check + " on row " + row);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 3})
  void aLaneKeepsAtLeastEachChecksFirstProblem(int cap) {
    Problems lane = new Problems(cap).forLane();
    List<Problem> given = new ArrayList<>();
    for (int row = 1; row <= 5; row++) {
      Problem p = problem("f.csv", "a", Severity.ERROR, row, 0);
      given.add(p);
      lane.add(p);
    }
    assertThat(lane.kept()).containsExactlyElementsOf(given.subList(0, Math.max(1, cap)));
  }
}
