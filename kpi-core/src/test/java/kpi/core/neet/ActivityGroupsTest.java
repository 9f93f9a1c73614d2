package kpi.core.neet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in table against the list in spec/data-formats.md (neet-tracking). */
class ActivityGroupsTest {
  private final ActivityGroups standard = ActivityGroups.standard();

  @ParameterizedTest
  @ValueSource(ints = {540, 610, 615, 616, 619, 620, 630, 640, 650, 660, 670, 680})
  void neetCodes(int code) {
    assertThat(standard.groupOf(code)).contains(ActivityGroup.NEET);
    assertThat(standard.routeOf(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {810, 820, 830})
  void notKnownCodes(int code) {
    assertThat(standard.groupOf(code)).contains(ActivityGroup.NOT_KNOWN);
    assertThat(standard.groupOf(code).get().notKnown()).isTrue();
    assertThat(standard.groupOf(code).get().inCohort()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {710, 720})
  void custodyAndLegacyRefugeeCodesAreOutOfTheCohort(int code) {
    assertThat(standard.groupOf(code)).contains(ActivityGroup.EXCLUDED);
    assertThat(ActivityGroup.EXCLUDED.inCohort()).isFalse();
    assertThat(ActivityGroup.EXCLUDED.notKnown()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {210, 220, 230, 240, 250, 270, 280, 290, 310, 320, 381, 410, 430, 440, 450, 460, 550})
  void participatingCodes(int code) {
    assertThat(standard.groupOf(code)).contains(ActivityGroup.PARTICIPATING);
    assertThat(standard.routeOf(code)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(ints = {260, 330, 340, 350, 360, 380, 530})
  void eetButNotParticipatingCodes(int code) {
    assertThat(standard.groupOf(code)).contains(ActivityGroup.EET_NOT_PARTICIPATING);
    assertThat(standard.routeOf(code)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {110, 120, 130, 140, 150})
  void preSixteenCodesCountAsNotKnown(int code) {
    assertThat(standard.groupOf(code)).contains(ActivityGroup.PRE16);
    assertThat(ActivityGroup.PRE16.notKnown()).isTrue();
    assertThat(ActivityGroup.PRE16.inCohort()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      ints = {
        100, 160, 200, 300, 370, 390, 470, 510, 520, 600, 690, 700, 730, 800, 840, 999, 0, -1
      })
  void anyOtherCodeIsUnknown(int code) {
    assertThat(standard.groupOf(code)).isEmpty();
    assertThat(standard.routeOf(code)).isEmpty();
  }

  @Test
  void theTableHoldsExactlyTheListedCodes() {
    // 12 NEET + 3 not known + 2 excluded + 17 participating + 7 EET + 5 pre-16
    assertThat(standard.all()).hasSize(46);
    assertThat(new java.util.ArrayList<>(standard.all().keySet())).isSorted();
    assertThatThrownBy(() -> standard.all().put(999, ActivityGroup.NEET))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void participationRoutesFollowDfE() {
    for (int c : new int[] {210, 220, 230, 240, 270, 280, 290}) {
      assertThat(standard.routeOf(c))
          .as("code %d", c)
          .contains(ParticipationRoute.FULL_TIME_EDUCATION);
    }
    assertThat(standard.routeOf(310)).contains(ParticipationRoute.APPRENTICESHIP);
    for (int c : new int[] {250, 320, 381, 410, 430, 440, 450, 460, 550}) {
      assertThat(standard.routeOf(c)).as("code %d", c).contains(ParticipationRoute.OTHER);
    }
  }

  @Test
  void overridesMoveCodesWithoutChangingTheStandardTable() {
    ActivityGroups custom =
        standard.withOverrides(
            Map.of(
                550, ActivityGroup.NEET, // volunteering judged NEET locally
                260, ActivityGroup.PARTICIPATING, // gap year counted as participating
                720, ActivityGroup.NOT_KNOWN, // refugees recorded like everyone else since 2018
                999, ActivityGroup.EXCLUDED)); // a local code

    assertThat(custom.groupOf(550)).contains(ActivityGroup.NEET);
    assertThat(custom.routeOf(550))
        .as("a code moved out of participation loses its route")
        .isEmpty();
    assertThat(custom.groupOf(260)).contains(ActivityGroup.PARTICIPATING);
    assertThat(custom.routeOf(260)).contains(ParticipationRoute.OTHER);
    assertThat(custom.groupOf(720)).contains(ActivityGroup.NOT_KNOWN);
    assertThat(custom.groupOf(999)).contains(ActivityGroup.EXCLUDED);
    assertThat(custom.groupOf(540)).contains(ActivityGroup.NEET);
    assertThat(custom.all()).hasSize(47);

    assertThat(standard.groupOf(550)).contains(ActivityGroup.PARTICIPATING);
    assertThat(standard.routeOf(550)).contains(ParticipationRoute.OTHER);
    assertThat(standard.groupOf(260)).contains(ActivityGroup.EET_NOT_PARTICIPATING);
    assertThat(standard.groupOf(999)).isEmpty();
  }

  @Test
  void overridingAParticipatingCodeKeepsItsRoute() {
    ActivityGroups custom = standard.withOverrides(Map.of(310, ActivityGroup.PARTICIPATING));
    assertThat(custom.routeOf(310)).contains(ParticipationRoute.APPRENTICESHIP);
  }

  @Test
  void routeLabels() {
    assertThat(ParticipationRoute.FULL_TIME_EDUCATION.label()).isEqualTo("full-time education");
    assertThat(ParticipationRoute.APPRENTICESHIP.label()).isEqualTo("apprenticeship");
    assertThat(ParticipationRoute.OTHER.label()).isEqualTo("other education and training");
  }

  @Test
  void onlyNotKnownAndPreSixteenAreNotKnownAndOnlyExcludedIsOutOfTheCohort() {
    for (ActivityGroup g : ActivityGroup.values()) {
      assertThat(g.notKnown())
          .as("%s", g)
          .isEqualTo(g == ActivityGroup.NOT_KNOWN || g == ActivityGroup.PRE16);
      assertThat(g.inCohort()).as("%s", g).isEqualTo(g != ActivityGroup.EXCLUDED);
    }
  }
}
