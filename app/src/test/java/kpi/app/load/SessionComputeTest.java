package kpi.app.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import kpi.core.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** Only a request the core rejects is a usage error; any other exception from it is a bug. */
class SessionComputeTest {

  @Test
  void aRejectedRequestIsAUsageError() {
    assertThatThrownBy(
            () ->
                Session.compute(
                    () -> {
                      throw new InvalidRequestException("the two sides are for different periods");
                    }))
        .isInstanceOfSatisfying(
            KpiException.class,
            k -> {
              assertThat(k.exitCode()).isEqualTo(ExitCode.USAGE);
              assertThat(k.getMessage()).isEqualTo("the two sides are for different periods");
            });
  }

  @Test
  void anIllegalArgumentFromABugIsNotTurnedIntoAUsageError() {
    assertThatThrownBy(
            () ->
                Session.compute(
                    () -> {
                      throw new IllegalArgumentException("index -1 out of bounds");
                    }))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aResultPassesThrough() {
    assertThat(Session.compute(() -> 42)).isEqualTo(42);
  }
}
