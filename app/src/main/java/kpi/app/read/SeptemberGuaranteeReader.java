package kpi.app.read;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import kpi.core.guarantee.GuaranteeRecord;
import kpi.core.guarantee.OfferCodes;
import kpi.core.neet.Send;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;

/**
 * Reads {@code september-guarantee}: one row per young person in Year 11 or Year 12 in a guarantee
 * year, with the guarantee status (offer code) as NCCIS records it.
 */
public final class SeptemberGuaranteeReader {
  public static final String KIND = FileKind.SEPTEMBER_GUARANTEE.id();

  private final DistrictLookup districts;
  private final Problems problems;

  /** The last academic year read and its text: a file holds one or two years, row after row. */
  private String lastYearText;

  private AcademicYear lastYear;

  public SeptemberGuaranteeReader(DistrictLookup districts, Problems problems) {
    this.districts = districts;
    this.problems = problems;
  }

  public FileSummary read(InputFile f, Consumer<GuaranteeRecord> sink) throws IOException {
    KeySet keys = new KeySet();
    return TableReader.read(
        f,
        FileKind.SEPTEMBER_GUARANTEE.columns(),
        problems,
        row -> {
          String person = row.text("person_id");
          AcademicYear year = year(row);
          Integer yearGroup = row.integer("year_group");
          String district = districts.resolve(row, "district", row.text("district"));
          String codeColumn = row.has("offer_code") ? "offer_code" : "guarantee_status";
          String code = row.text(codeColumn);
          if (row.rejected() || year == null || yearGroup == null) {
            return;
          }
          if (yearGroup != 11 && yearGroup != 12) {
            row.error(
                "year_group",
                "out-of-range",
                row.raw("year_group"),
                "year_group "
                    + yearGroup
                    + " is not 11 or 12 (the September Guarantee covers Years 11 and 12)");
            return;
          }
          code = code.strip();
          if (isWholeWithPointZero(code)) {
            code = code.substring(0, code.length() - 2);
          }
          if (OfferCodes.outcome(code).isEmpty()) {
            row.warn(
                codeColumn,
                "unknown-code",
                code,
                codeColumn
                    + " '"
                    + code
                    + "' is not in the"
                    + " default September Guarantee code table ("
                    + OfferCodes.VERSION
                    + "); it counts"
                    + " as no offer unless the catalog lists it in params.offer_codes");
          }
          Send send = Send.UNKNOWN;
          String s = row.optionalText("send").toUpperCase(Locale.ROOT);
          if (!s.isEmpty()) {
            Optional<Send> parsed = Send.parse(s);
            if (parsed.isEmpty()) {
              row.warn("send", "unknown-code", s, "send '" + s + "' is not N, K or E; left blank");
            } else {
              send = parsed.get();
            }
          }
          if (!keys.add(person, year.label(), yearGroup.toString())) {
            row.error(
                "person_id",
                "duplicate-key",
                person,
                "person "
                    + person
                    + " is already in"
                    + " year "
                    + yearGroup
                    + " of "
                    + year.label()
                    + "; the first is kept");
            return;
          }
          sink.accept(new GuaranteeRecord(person, year, yearGroup, district, send, code));
        });
  }

  /** A code saved by a spreadsheet as a number: {@code 41.0} for {@code 41}. */
  static boolean isWholeWithPointZero(String code) {
    int digits = code.length() - 2;
    if (digits < 1 || !code.endsWith(".0")) {
      return false;
    }
    for (int i = 0; i < digits; i++) {
      if (code.charAt(i) < '0' || code.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private AcademicYear year(Row row) {
    String v = row.text("academic_year");
    if (v.isEmpty()) {
      return null;
    }
    if (v.equals(lastYearText)) {
      return lastYear;
    }
    Optional<Period> p = Period.parse(v);
    if (p.isEmpty() || !(p.get() instanceof AcademicYear y)) {
      row.error(
          "academic_year",
          "bad-period",
          v,
          "academic_year '" + v + "' is not an academic year like 2016/17, 2016-17 or 201617");
      return null;
    }
    lastYearText = v;
    lastYear = y;
    return y;
  }
}
