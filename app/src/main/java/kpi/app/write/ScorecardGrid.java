package kpi.app.write;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kpi.core.catalog.Unit;
import kpi.core.comparator.ComparatorValue;
import kpi.core.engine.KpiResult;
import kpi.core.engine.KpiResult.HistoryPoint;
import kpi.core.status.Direction;
import kpi.core.status.Status;

/**
 * The strategy grid every human format shows: KPIs grouped by status with counts (as the Kent 14-24
 * grid groups them under over-achieving, achieving and requiring improvement), themes as headings
 * within each group, full titles, comparators by name and numbered notes. Pure; built once per
 * report and read by the table, Markdown, HTML, PDF and XLSX writers.
 */
public final class ScorecardGrid {
  /** The shorthand symbols of the Government Analysis Function's guidance used in outputs. */
  public static final Map<String, String> SYMBOLS = symbols();

  private final String title;
  private final String period;
  private final List<Group> groups;
  private final List<Note> notes;
  private final Map<Status, Integer> counts;

  /** One KPI's cells, rounded and worded for humans. */
  public record Row(
      KpiResult result,
      String id,
      String title,
      String value,
      String target,
      String previous,
      String change,
      String direction,
      EarlierTravel earlier,
      List<Comparator> comparators,
      List<Integer> notes) {

    /** The direction into the previous period in words: {@code ▲ improving (2015/16)}. */
    public String earlierText() {
      return earlier == null
          ? ""
          : earlier.direction().arrow()
              + " "
              + earlier.direction().words()
              + " ("
              + earlier.period()
              + ")";
    }

    /** The same, short for the plain-text table: {@code ▲ 2015/16}. */
    public String earlierShort() {
      return earlier == null ? "" : earlier.direction().arrow() + " " + earlier.period();
    }

    /** Comparators as one line: {@code England 63.9%; Statistical neighbours 63.7%}. */
    public String comparatorText() {
      return String.join("; ", comparators.stream().map(c -> c.name() + " " + c.text()).toList());
    }

    /** Note references: {@code [note 1] [note 2]}, empty when none. */
    public String noteText() {
      return String.join(" ", notes.stream().map(n -> "[note " + n + "]").toList());
    }
  }

  /**
   * The second direction of travel the strategy grid shows: from the period before the previous one
   * into the previous one, as the Kent grid's "direction of travel 2015, 2016".
   */
  public record EarlierTravel(String period, Direction direction) {}

  /** A published comparator for a KPI; {@code text} is the rounded value or a shorthand symbol. */
  public record Comparator(String name, Double value, String text) {}

  /** The KPIs of one theme within a status group, in catalog order. */
  public record Theme(String name, List<Row> rows) {}

  /** One status group: its heading, how many KPIs, and its themes in catalog order. */
  public record Group(Status status, String heading, int count, List<Theme> themes) {}

  /** A numbered note: a caveat from the catalog or a note from the computation. */
  public record Note(int number, String kpiId, String kind, String text) {}

  private ScorecardGrid(
      String title,
      String period,
      List<Group> groups,
      List<Note> notes,
      Map<Status, Integer> counts) {
    this.title = title;
    this.period = period;
    this.groups = List.copyOf(groups);
    this.notes = List.copyOf(notes);
    this.counts = counts;
  }

  /** The grid of a report. */
  public static ScorecardGrid of(ScorecardReport report) {
    Map<Status, Map<String, List<KpiResult>>> byStatus = new EnumMap<>(Status.class);
    for (KpiResult k : report.scorecard().kpis()) {
      byStatus
          .computeIfAbsent(k.status(), s -> new LinkedHashMap<>())
          .computeIfAbsent(themeName(k.kpi().theme()), t -> new ArrayList<>())
          .add(k);
    }
    List<Group> groups = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      Map<String, List<KpiResult>> themes = byStatus.get(s);
      if (themes == null) {
        continue;
      }
      List<Theme> ts = new ArrayList<>();
      int count = 0;
      for (var e : themes.entrySet()) {
        List<Row> rows = new ArrayList<>();
        for (KpiResult k : e.getValue()) {
          List<Integer> refs = new ArrayList<>();
          if (!k.kpi().note().isBlank()) {
            notes.add(new Note(notes.size() + 1, k.kpi().id(), "caveat", k.kpi().note()));
            refs.add(notes.size());
          }
          for (String n : report.notes(k)) {
            notes.add(new Note(notes.size() + 1, k.kpi().id(), "note", n));
            refs.add(notes.size());
          }
          String stats = statistics(k);
          if (!stats.isEmpty()) {
            notes.add(new Note(notes.size() + 1, k.kpi().id(), "statistics", stats));
            refs.add(notes.size());
          }
          rows.add(row(k, refs));
          count++;
        }
        ts.add(new Theme(e.getKey(), rows));
      }
      counts.put(s, count);
      groups.add(new Group(s, heading(s), count, ts));
    }
    return new ScorecardGrid(
        report.scorecard().catalog().title(), report.scorecard().period(), groups, notes, counts);
  }

  /**
   * The KPI's statistics in one sentence: interval, quintile, recent trend and history (the
   * comparators carry their significance marks); empty when there are none.
   */
  static String statistics(KpiResult k) {
    List<String> parts = new ArrayList<>();
    if (!StatsText.ci(k).isEmpty()) {
      parts.add("95% confidence interval " + StatsText.ci(k) + " (" + k.ci().method() + ")");
    }
    if (!StatsText.quintile(k).isEmpty()) {
      parts.add("quintile " + StatsText.quintile(k) + " (1 = best)");
    }
    if (!StatsText.trend(k).isEmpty()) {
      parts.add("recent trend: " + StatsText.trend(k));
    }
    if (!StatsText.history(k).isEmpty()) {
      parts.add("history: " + StatsText.history(k));
    }
    return String.join("; ", parts);
  }

  private static String themeName(String theme) {
    return theme == null || theme.isBlank() ? "Other KPIs" : theme;
  }

  /** The grid's group heading for a status, in the strategy grid's words. */
  public static String heading(Status s) {
    return switch (s) {
      case EXCEEDING -> "Over-achieving";
      case ACHIEVING -> "Achieving";
      case NEAR_TARGET -> "Near target";
      case REQUIRES_IMPROVEMENT -> "Requiring improvement";
      case NO_TARGET -> "Context (no target)";
      case NO_DATA -> "No data";
    };
  }

  private static Row row(KpiResult k, List<Integer> refs) {
    Unit unit = k.kpi().unit();
    String previous =
        k.previous() == null || k.previous().value() == null
            ? ""
            : Display.value(k.previous().value(), unit) + " (" + k.previous().period() + ")";
    List<Comparator> comparators = new ArrayList<>();
    for (ComparatorValue c : k.comparators()) {
      comparators.add(
          new Comparator(
              c.name(),
              c.value(),
              (c.value() != null ? Display.value(c.value(), unit) : symbol(c.symbol()))
                  + StatsText.mark(k, c.name())));
    }
    return new Row(
        k,
        k.kpi().id(),
        k.kpi().title(),
        k.value() == null
            ? "no data"
            : Display.value(k.value(), unit)
                + (k.measuredYearly() ? " (" + k.period() + ")" : "")
                + (k.smallBase() ? " [small base]" : ""),
        k.target().text(),
        previous,
        Display.change(k.change(), unit),
        k.direction().arrow() + " " + k.direction().words(),
        earlier(k),
        comparators,
        List.copyOf(refs));
  }

  /**
   * The direction into the previous period, from the history point of that period; null when the
   * KPI has no previous value, its history lacks that period or the period before it.
   */
  static EarlierTravel earlier(KpiResult k) {
    if (k.previous() == null || k.previous().value() == null) {
      return null;
    }
    for (HistoryPoint h : k.history()) {
      if (h.period().equals(k.previous().period()) && h.direction() != Direction.NOT_COMPARABLE) {
        return new EarlierTravel(h.period(), h.direction());
      }
    }
    return null;
  }

  /** A published symbol in the guidance's square brackets; none given reads {@code [x]}. */
  public static String symbol(String s) {
    return kpi.core.display.Display.symbol(s);
  }

  private static Map<String, String> symbols() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("[c]", "confidential: not shown to protect small numbers");
    m.put("[x]", "not available");
    m.put("[z]", "not applicable");
    return java.util.Collections.unmodifiableMap(m);
  }

  public String title() {
    return title;
  }

  public String period() {
    return period;
  }

  public List<Group> groups() {
    return groups;
  }

  public List<Note> notes() {
    return notes;
  }

  /** How many KPIs have each status (statuses with none are left out). */
  public Map<Status, Integer> counts() {
    return counts;
  }

  /** {@code 33 KPIs: 9 over-achieving, 14 achieving, 4 near target, 6 requiring improvement}. */
  public String summary() {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    List<String> parts = new ArrayList<>();
    counts.forEach((s, n) -> parts.add(n + " " + heading(s).toLowerCase(Locale.ROOT)));
    return total + (total == 1 ? " KPI: " : " KPIs: ") + String.join(", ", parts);
  }
}
