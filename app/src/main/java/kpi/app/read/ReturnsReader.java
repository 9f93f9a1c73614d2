package kpi.app.read;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kpi.core.comparator.PeriodKey;
import kpi.core.returns.ReturnEntry;

/**
 * Reads the hand-kept {@code returns} file: a KPI's value per period, for the whole authority
 * (blank area, or the authority's own name) or a district; rates may be given as numerator and
 * denominator. A return for an id the catalog does not have is reported, not silently used.
 */
public final class ReturnsReader {
  public static final String KIND = FileKind.RETURNS.id();

  private final Set<String> kpiIds;
  private final String authority;
  private final DistrictLookup districts;
  private final Problems problems;
  private final KeySet keys = new KeySet();
  private java.util.Map<String, String> computed = java.util.Map.of();

  /**
   * @param kpiIds the catalog's KPI ids, upper-cased
   * @param authority the catalog's authority name (an area naming it means the whole authority)
   */
  public ReturnsReader(
      Set<String> kpiIds, String authority, DistrictLookup districts, Problems problems) {
    this.kpiIds = kpiIds;
    this.authority = authority == null ? "" : authority;
    this.districts = districts;
    this.problems = problems;
  }

  /**
   * The catalog's KPIs that the data computes (upper-cased id to measure): a return for one of them
   * is not the KPI's value, so it is flagged.
   */
  public ReturnsReader computed(java.util.Map<String, String> kpiMeasures) {
    this.computed = java.util.Map.copyOf(kpiMeasures);
    return this;
  }

  public FileSummary read(InputFile file, Consumer<ReturnEntry> sink) throws IOException {
    return TableReader.read(
        file,
        FileKind.RETURNS.columns(),
        problems,
        row -> {
          ReturnEntry e = entry(row);
          if (e != null && !row.rejected()) {
            sink.accept(e);
          }
        });
  }

  private ReturnEntry entry(Row row) {
    String id = row.text("kpi_id");
    String period = row.text("period");
    String area = row.optionalText("area");
    Double value = row.optionalDecimalRequired("value", false);
    Double num = row.optionalDecimalRequired("numerator", false);
    Double den = row.optionalDecimalRequired("denominator", false);
    if (row.rejected()) {
      return null;
    }
    Optional<String> key = PeriodKey.of(period);
    if (key.isEmpty()) {
      row.error(
          "period",
          "bad-period",
          period,
          "period '" + period + "' is not 2016/17, 2017-01, 2017-Q1 or 2017");
      return null;
    }
    int year = Integer.parseInt(key.get().replaceAll("^[A-Z]+(\\d{4}).*$", "$1"));
    if (!DateWindow.plausibleYear(year)) {
      row.error("period", "implausible-date", period, DateWindow.yearReason("period", period));
      return null;
    }
    String district = "";
    if (!area.isEmpty() && !area.equalsIgnoreCase(authority)) {
      Optional<String> code = districts.code(area);
      if (code.isEmpty()) {
        row.error(
            "area",
            "unknown-district",
            area,
            "area '"
                + area
                + "' is not "
                + (authority.isEmpty() ? "" : authority + " or ")
                + "a district in reference/districts"
                + districts.hint(area));
        return null;
      }
      district = code.get();
    }
    if (!kpiIds.isEmpty() && !kpiIds.contains(id.toUpperCase(java.util.Locale.ROOT))) {
      row.warn(
          "kpi_id",
          "unknown-kpi",
          id,
          "kpi_id " + id + " is not in the catalog; the return is kept but no KPI reads it");
    }
    String measure = computed.get(id.toUpperCase(java.util.Locale.ROOT));
    if (measure != null) {
      row.warn(
          "kpi_id",
          "computed-kpi",
          id,
          "KPI "
              + id
              + " is computed from the data ("
              + measure
              + "); this return is not its value and is used only as a previous value"
              + " when the data lack the comparison period");
    }
    if ((num == null) != (den == null)) {
      row.error(
          num == null ? "numerator" : "denominator",
          "missing-value",
          "",
          "give both numerator and denominator, or neither");
      return null;
    }
    if (value == null && num == null) {
      row.error(
          "value",
          "missing-value",
          "",
          "value is required unless numerator and" + " denominator are given");
      return null;
    }
    if (den != null && den == 0) {
      row.error("denominator", "out-of-range", "0", "denominator is 0, so there is no rate");
      return null;
    }
    if (!keys.add(id.toUpperCase(java.util.Locale.ROOT), key.get(), district)) {
      row.error(
          "kpi_id",
          "duplicate-key",
          id,
          "a return for "
              + id
              + ", "
              + period
              + (district.isEmpty() ? "" : ", " + area)
              + " appears earlier; the first is kept");
      return null;
    }
    String note = row.optionalText("note");
    if (num != null) {
      ReturnEntry r = ReturnEntry.rate(id, key.get(), period, district, num, den, note);
      if (value != null && Math.abs(value - r.value()) > 0.05) {
        row.warn(
            "value",
            "inconsistent-value",
            row.raw("value"),
            "value "
                + value
                + " differs from 100 x numerator / denominator = "
                + r.value()
                + "; the computed rate is used");
      }
      return r;
    }
    return new ReturnEntry(id, key.get(), period, district, value, null, null, note);
  }
}
