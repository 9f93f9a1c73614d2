package kpi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import kpi.core.apprenticeship.ApprenticeshipCube;
import kpi.core.attainment.Age19Cube;
import kpi.core.attainment.Ks4Cube;
import kpi.core.attainment.Ks5Cube;
import kpi.core.guarantee.GuaranteeCube;
import kpi.core.levy.LevyCube;
import kpi.core.neet.NeetCube;
import kpi.core.neet.NeetRecord;
import kpi.core.neet.Send;
import org.junit.jupiter.api.Test;

/**
 * Cubes are filled through their builders and never change once built: packs run measures over them
 * from several threads at once.
 */
class FrozenDataTest {
  private static final List<Class<?>> CUBES =
      List.of(
          NeetCube.class,
          ApprenticeshipCube.class,
          Ks4Cube.class,
          Ks5Cube.class,
          Age19Cube.class,
          GuaranteeCube.class,
          LevyCube.class);

  @Test
  void aBuiltCubeHasNoPublicWayToChange() {
    for (Class<?> cube : CUBES) {
      List<String> mutators =
          Arrays.stream(cube.getDeclaredMethods())
              .filter(m -> Modifier.isPublic(m.getModifiers()))
              .map(Method::getName)
              .filter(
                  n ->
                      n.startsWith("add")
                          || n.equals("merge")
                          || n.equals("finish")
                          || n.startsWith("put")
                          || n.startsWith("remove")
                          || n.startsWith("set"))
              .toList();
      assertThat(mutators).as(cube.getSimpleName() + "'s public mutators").isEmpty();
      assertThat(Arrays.stream(cube.getConstructors()).toList())
          .as(cube.getSimpleName() + "'s public constructors")
          .isEmpty();
    }
  }

  @Test
  void aBuilderTakesNothingAfterBuilding() {
    NeetCube.Builder b = NeetCube.builder();
    NeetRecord r =
        NeetRecord.of("P1", YearMonth.of(2017, 1), LocalDate.of(2000, 10, 1), "D1", 540, Send.N);
    b.add(r);
    NeetCube cube = b.build();
    assertThat(b.build()).isSameAs(cube);
    assertThatThrownBy(() -> b.add(r)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.addLeaver(YearMonth.of(2017, 1), "A"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(cube.records()).isEqualTo(1);
  }
}
