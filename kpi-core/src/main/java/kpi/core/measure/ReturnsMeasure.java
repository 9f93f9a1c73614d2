package kpi.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import kpi.core.InvalidRequestException;
import kpi.core.comparator.PeriodKey;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;
import kpi.core.returns.ReturnEntry;

/**
 * {@code returns.value}: the hand-kept figure for a KPI (its own id, or {@code params.kpi_id} to
 * borrow another's) in the period as written: an academic year, or the single year that ends it.
 * The engine passes the KPI's id as {@code params.kpi_id} when the catalog does not.
 */
public final class ReturnsMeasure implements Measure {
  public static final String ID = "returns.value";
  public static final String KPI_ID = "kpi_id";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return "returns";
  }

  @Override
  public Set<String> parameters() {
    return Set.of(KPI_ID);
  }

  @Override
  public Set<String> dimensions() {
    return Set.of("district");
  }

  /** A return written for the month or quarter itself; else the academic year's return is used. */
  @Override
  public boolean measuresWithinYear(DataSet data, MeasureQuery query) {
    String kpiId = query.params().text(KPI_ID).orElse("");
    String district = query.filter().get("district").map(l -> l.get(0)).orElse("");
    List<String> keys = PeriodKey.candidates(query.period(), false, 0);
    return !keys.isEmpty()
        && (keys.get(0).startsWith("M") || keys.get(0).startsWith("Q"))
        && data.returns().find(kpiId, keys.get(0), district).isPresent();
  }

  @Override
  public MeasureResult compute(DataSet data, MeasureQuery query) {
    String kpiId =
        query
            .params()
            .text(KPI_ID)
            .orElseThrow(() -> new InvalidRequestException("returns.value needs params.kpi_id"));
    String district = query.filter().get("district").map(l -> l.get(0)).orElse("");
    List<String> keys = PeriodKey.candidates(query.period(), false, 0);
    if (!(query.period() instanceof AcademicYear)) {
      // a month or quarter reads its own return only: falling back to the year would compare a
      // yearly figure with itself
      keys = keys.subList(0, 1);
    }
    for (String key : keys) {
      Optional<ReturnEntry> e = data.returns().find(kpiId, key, district);
      if (e.isPresent()) {
        return result(e.get());
      }
    }
    return MeasureResult.noData(
        "no return for "
            + kpiId
            + " in "
            + query.period().label()
            + (district.isEmpty() ? "" : " for district " + district),
        List.of());
  }

  private static MeasureResult result(ReturnEntry e) {
    List<String> notes = new ArrayList<>();
    if (!e.note().isEmpty()) {
      notes.add("return note: " + e.note());
    }
    List<String> workings = new ArrayList<>();
    if (e.numerator() != null) {
      workings.add(
          "hand-kept return for "
              + e.periodLabel()
              + ": 100 x "
              + NeetMeasure.plain(e.numerator())
              + " / "
              + NeetMeasure.plain(e.denominator())
              + " = "
              + NeetMeasure.plain(e.value()));
      return new MeasureResult(e.value(), e.numerator(), e.denominator(), notes, workings);
    }
    workings.add("hand-kept return for " + e.periodLabel() + ": " + NeetMeasure.plain(e.value()));
    return new MeasureResult(e.value(), null, null, notes, workings);
  }

  @Override
  public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
    if (!dimension.equals("district")) {
      throw new InvalidRequestException(ID + " cannot be broken down by " + dimension);
    }
    List<BreakdownValue> out = new ArrayList<>();
    data.districts().forEach(d -> out.add(new BreakdownValue(d.code(), d.name())));
    return out;
  }

  @Override
  public List<AcademicYear> years(DataSet data) {
    TreeSet<Integer> starts = new TreeSet<>();
    for (ReturnEntry e : data.returns().entries()) {
      String k = e.periodKey();
      if (k.startsWith("AY")) {
        starts.add(Integer.parseInt(k.substring(2)));
      } else if (k.startsWith("Y")) {
        starts.add(Integer.parseInt(k.substring(1)) - 1);
      } else if (k.startsWith("M")) {
        java.time.YearMonth m = java.time.YearMonth.parse(k.substring(1));
        starts.add(AcademicYear.containing(m.atEndOfMonth()).startYear());
      }
    }
    List<AcademicYear> out = new ArrayList<>();
    starts.forEach(s -> out.add(new Period.AcademicYear(s)));
    return out;
  }
}
