package kpi.core.neet;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The table from NCCIS current-activity code to {@link ActivityGroup} and participation route. The
 * built-in table follows DfE's definitions; a catalog may override groups. Immutable.
 */
public final class ActivityGroups {
  private static final int[] NEET = {540, 610, 615, 616, 619, 620, 630, 640, 650, 660, 670, 680};
  private static final int[] NOT_KNOWN = {810, 820, 830};
  private static final int[] EXCLUDED = {710, 720};
  private static final int[] FULL_TIME_EDUCATION = {210, 220, 230, 240, 270, 280, 290};
  private static final int[] APPRENTICESHIP = {310};
  private static final int[] OTHER_PARTICIPATION = {250, 320, 381, 410, 430, 440, 450, 460, 550};
  private static final int[] EET_NOT_PARTICIPATING = {260, 330, 340, 350, 360, 380, 530};
  private static final int[] PRE16 = {110, 120, 130, 140, 150};

  private static final ActivityGroups STANDARD = buildStandard();

  private final Map<Integer, ActivityGroup> groups;
  private final Map<Integer, ParticipationRoute> routes;

  private ActivityGroups(
      Map<Integer, ActivityGroup> groups, Map<Integer, ParticipationRoute> routes) {
    this.groups = Collections.unmodifiableMap(new TreeMap<>(groups));
    this.routes = Collections.unmodifiableMap(new TreeMap<>(routes));
  }

  /** DfE's grouping (see docs/kpis.md and the data-format contract). */
  public static ActivityGroups standard() {
    return STANDARD;
  }

  private static ActivityGroups buildStandard() {
    Map<Integer, ActivityGroup> g = new TreeMap<>();
    Map<Integer, ParticipationRoute> r = new TreeMap<>();
    put(g, NEET, ActivityGroup.NEET);
    put(g, NOT_KNOWN, ActivityGroup.NOT_KNOWN);
    put(g, EXCLUDED, ActivityGroup.EXCLUDED);
    put(g, EET_NOT_PARTICIPATING, ActivityGroup.EET_NOT_PARTICIPATING);
    put(g, PRE16, ActivityGroup.PRE16);
    put(g, FULL_TIME_EDUCATION, ActivityGroup.PARTICIPATING);
    put(g, APPRENTICESHIP, ActivityGroup.PARTICIPATING);
    put(g, OTHER_PARTICIPATION, ActivityGroup.PARTICIPATING);
    for (int c : FULL_TIME_EDUCATION) {
      r.put(c, ParticipationRoute.FULL_TIME_EDUCATION);
    }
    for (int c : APPRENTICESHIP) {
      r.put(c, ParticipationRoute.APPRENTICESHIP);
    }
    for (int c : OTHER_PARTICIPATION) {
      r.put(c, ParticipationRoute.OTHER);
    }
    return new ActivityGroups(g, r);
  }

  private static void put(Map<Integer, ActivityGroup> map, int[] codes, ActivityGroup group) {
    for (int c : codes) {
      map.put(c, group);
    }
  }

  /** A copy with some codes moved to other groups (a catalog's {@code activity_groups}). */
  public ActivityGroups withOverrides(Map<Integer, ActivityGroup> overrides) {
    Map<Integer, ActivityGroup> g = new TreeMap<>(groups);
    g.putAll(overrides);
    Map<Integer, ParticipationRoute> r = new TreeMap<>(routes);
    overrides.forEach(
        (code, group) -> {
          if (group != ActivityGroup.PARTICIPATING) {
            r.remove(code);
          } else {
            r.putIfAbsent(code, ParticipationRoute.OTHER);
          }
        });
    return new ActivityGroups(g, r);
  }

  /** The group of a code, empty for a code that is not an NCCIS current-activity code. */
  public Optional<ActivityGroup> groupOf(int code) {
    return Optional.ofNullable(groups.get(code));
  }

  /** The participation route of a participating code, empty otherwise. */
  public Optional<ParticipationRoute> routeOf(int code) {
    return Optional.ofNullable(routes.get(code));
  }

  /** Every known code and its group, in code order. */
  public Map<Integer, ActivityGroup> all() {
    return groups;
  }
}
