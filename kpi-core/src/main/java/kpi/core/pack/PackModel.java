package kpi.core.pack;

import java.util.List;
import kpi.core.catalog.Unit;
import kpi.core.status.Direction;
import kpi.core.status.Status;

/**
 * The content of one data pack (a district's or the county's), ready for any writer; the input
 * files it lists are the writer's to add.
 */
public final class PackModel {
  private PackModel() {}

  /**
   * One cell: a value and the text shown ({@code [c]} when suppressed, {@code [x]} missing).
   *
   * @param figure the published figure the cell shows (its id in the publication's suppression
   *     plan), or null for figures that hold no count (comparators, hand-kept returns)
   */
  public record Cell(Double value, String text, boolean suppressed, String figure) {
    public Cell(Double value, String text, boolean suppressed) {
      this(value, text, suppressed, null);
    }

    public static Cell missing() {
      return new Cell(null, "[x]", false);
    }

    public static Cell hidden() {
      return new Cell(null, "[c]", true);
    }
  }

  /** A table row. */
  public record Row(String label, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** How a table is drawn. */
  public enum Chart {
    LINE,
    BAR,
    NONE
  }

  /** A titled table with its chart. */
  public record Table(
      String title,
      String description,
      String firstColumn,
      List<String> columns,
      List<Row> rows,
      Chart chart,
      Unit unit,
      List<String> notes) {
    public Table {
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }
  }

  /** What the summary shows instead of a status or direction worked out from a hidden value. */
  public static final String NOT_SHOWN = "not shown: small numbers";

  /**
   * One KPI in the pack's summary.
   *
   * @param status null when the value is suppressed (no status is given for a hidden value)
   * @param direction null when this or the previous value is suppressed
   * @param previous the previous period's figure the direction was worked out from, or null
   */
  public record SummaryRow(
      String id,
      String title,
      Unit unit,
      Cell area,
      Cell county,
      Cell england,
      String target,
      Status status,
      Direction direction,
      String previous) {}

  /**
   * A whole pack.
   *
   * @param slug file name without extension ({@code folkestone-and-hythe}, {@code county})
   * @param unsuppressed true when small numbers were not suppressed (not for publication)
   */
  public record Pack(
      String area,
      String slug,
      boolean county,
      String title,
      String period,
      List<SummaryRow> summary,
      List<Table> tables,
      List<String> definitions,
      int suppressBelow,
      int primarySuppressed,
      int secondarySuppressed,
      boolean unsuppressed) {
    public Pack {
      summary = List.copyOf(summary);
      tables = List.copyOf(tables);
      definitions = List.copyOf(definitions);
    }
  }
}
