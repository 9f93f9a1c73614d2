package kpi.core.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Filter;
import kpi.core.guarantee.GuaranteeCube;
import kpi.core.guarantee.OfferCodes;
import kpi.core.period.Period.AcademicYear;

/**
 * The September Guarantee offer rate, as DfE's LA scorecard shows it: 100 x young people in Years
 * 11 and 12 with an offer of a suitable place in education or training / all young people in Years
 * 11 and 12 in the guarantee year. A code means "offer made" when it is in {@code
 * params.offer_codes}, else by the default table ({@link OfferCodes}). Filters: {@code year_group}
 * (11, 12), {@code district}, {@code send}.
 */
public final class SeptemberGuaranteeMeasure implements Measure {
  public static final String ID = "september_guarantee.offer_rate";
  public static final String SOURCE = "september-guarantee";
  private static final Set<String> DIMENSIONS = Set.of("district", "year_group", "send");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public Set<String> parameters() {
    return Set.of("offer_codes");
  }

  @Override
  public Set<String> dimensions() {
    return DIMENSIONS;
  }

  @Override
  public MeasureResult compute(DataSet data, MeasureQuery query) {
    if (!(query.period() instanceof AcademicYear year)) {
      return MeasureResult.noData(
          ID + " is an academic-year measure; " + query.period().label() + " is a month",
          List.of());
    }
    List<String> offerCodes =
        query
            .params()
            .list("offer_codes")
            .map(l -> l.stream().map(Filter::text).toList())
            .orElse(List.of());
    Filter filter = query.filter();
    long[] counts = new long[2];
    TreeMap<String, long[]> byCode = new TreeMap<>();
    data.guarantee()
        .forEach(
            (cell, n) -> {
              if (cell.year() != year.startYear() || !matches(filter, cell)) {
                return;
              }
              counts[1] += n;
              boolean offer = OfferCodes.isOffer(cell.offerCode(), offerCodes);
              if (offer) {
                counts[0] += n;
              }
              byCode.computeIfAbsent(cell.offerCode(), c -> new long[1])[0] += n;
            });
    List<String> workings = new ArrayList<>();
    if (counts[1] == 0) {
      return MeasureResult.noData(
          "no september-guarantee rows for "
              + year.label()
              + (filter.values().isEmpty() ? "" : " matching " + filter.describe()),
          workings);
    }
    List<String> parts = new ArrayList<>();
    byCode.forEach(
        (code, n) ->
            parts.add(
                code + " x " + n[0] + (OfferCodes.isOffer(code, offerCodes) ? " (offer)" : "")));
    workings.add("guarantee status codes: " + String.join(", ", parts));
    workings.add(
        offerCodes.isEmpty()
            ? "offer codes: " + OfferCodes.VERSION
            : "offer codes (catalog): " + String.join(", ", offerCodes));
    MeasureResult r = MeasureResult.rate(counts[0], counts[1], 100.0, List.of(), workings);
    List<String> w = new ArrayList<>(workings);
    w.add(
        String.format(
            Locale.ROOT,
            "100 x %d offers / %d young people in Years 11 and 12 = %s%%",
            counts[0],
            counts[1],
            NeetMeasure.plain(r.value())));
    return new MeasureResult(r.value(), r.numerator(), r.denominator(), r.notes(), w);
  }

  private static boolean matches(Filter filter, GuaranteeCube.Cell cell) {
    return filter.accepts("district", cell.district())
        && filter.accepts("year_group", Integer.toString(cell.yearGroup()))
        && filter.acceptsSend(cell.send());
  }

  @Override
  public List<BreakdownValue> breakdownValues(DataSet data, String dimension) {
    List<BreakdownValue> out = new ArrayList<>();
    switch (dimension) {
      case "district" ->
          data.districts().forEach(d -> out.add(new BreakdownValue(d.code(), d.name())));
      case "year_group" -> {
        out.add(new BreakdownValue("11", "Year 11"));
        out.add(new BreakdownValue("12", "Year 12"));
      }
      case "send" -> {
        out.add(new BreakdownValue("N", "No SEND"));
        out.add(new BreakdownValue("K", "SEN support"));
        out.add(new BreakdownValue("E", "EHC plan"));
      }
      default -> throw new InvalidRequestException(ID + " cannot be broken down by " + dimension);
    }
    return out;
  }

  @Override
  public List<AcademicYear> years(DataSet data) {
    TreeSet<AcademicYear> years = new TreeSet<>();
    data.guarantee().years().forEach(y -> years.add(new AcademicYear(y)));
    return List.copyOf(years);
  }
}
