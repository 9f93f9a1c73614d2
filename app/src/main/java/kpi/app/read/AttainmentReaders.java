package kpi.app.read;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import kpi.core.attainment.Age19Result;
import kpi.core.attainment.Grade;
import kpi.core.attainment.Ks4Result;
import kpi.core.attainment.Ks5Result;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;

/** Readers of {@code attainment-ks4}, {@code attainment-16-18} and {@code attainment-age19}. */
public final class AttainmentReaders {
  public static final String KS4 = FileKind.ATTAINMENT_KS4.id();
  public static final String KS5 = FileKind.ATTAINMENT_16_18.id();
  public static final String AGE19 = FileKind.ATTAINMENT_AGE19.id();

  private final DistrictLookup districts;
  private final Problems problems;

  /** One duplicate check per kind across all its files: a drop may split a year over several. */
  private final KeySet ks4Keys = new KeySet();

  private final KeySet ks5Keys = new KeySet();
  private final KeySet age19Keys = new KeySet();

  public AttainmentReaders(DistrictLookup districts, Problems problems) {
    this.districts = districts;
    this.problems = problems;
  }

  /** Points per entry above this cannot be real: an A* at A level is worth 60. */
  static final int MAX_APS_PER_ENTRY = 60;

  /** Size-weighted entries of one student in one qualification type. */
  static final int MAX_ENTRIES = 50;

  public FileSummary ks4(InputFile f, Consumer<Ks4Result> sink) throws IOException {
    KeySet keys = ks4Keys;
    return TableReader.read(
        f,
        FileKind.ATTAINMENT_KS4.columns(),
        problems,
        row -> {
          String pupil = row.text("pupil_id");
          AcademicYear year = year(row, "academic_year");
          String district = district(row);
          Double a8 = row.optionalDecimal("attainment8");
          Double p8 = row.optionalDecimal("progress8");
          // A figure that cannot be real (a decimal comma read as thousands) rejects the row.
          row.inRange("attainment8", a8, 0, 90);
          row.inRange("progress8", p8, -10, 10);
          if (row.rejected()) {
            return;
          }
          Grade english = grade(row, "english_grade");
          Grade maths = grade(row, "maths_grade");
          String send = row.optionalText("send").toUpperCase(Locale.ROOT);
          if (!send.isEmpty() && !(send.length() == 1 && "NKE".indexOf(send.charAt(0)) >= 0)) {
            row.warn(
                "send", "unknown-code", send, "send '" + send + "' is not N, K or E; left blank");
            send = "";
          }
          if (!keys.add(pupil, year.label())) {
            row.error(
                "pupil_id",
                "duplicate-key",
                pupil,
                "pupil "
                    + pupil
                    + " already has results"
                    + " for "
                    + year.label()
                    + "; the first is kept");
            return;
          }
          sink.accept(
              new Ks4Result(
                  pupil,
                  year,
                  row.optionalText("school_urn"),
                  row.optionalText("school_type"),
                  district,
                  row.flag("fsm"),
                  row.flag("disadvantaged"),
                  send,
                  a8,
                  p8,
                  english,
                  maths));
        });
  }

  public FileSummary ks5(InputFile f, Consumer<Ks5Result> sink) throws IOException {
    KeySet keys = ks5Keys;
    return TableReader.read(
        f,
        FileKind.ATTAINMENT_16_18.columns(),
        problems,
        row -> {
          String student = row.text("student_id");
          AcademicYear year = year(row, "academic_year");
          String district = district(row);
          String type = row.text("qualification_type").toLowerCase(Locale.ROOT);
          Double entries = row.decimal("entries");
          Double points = row.decimal("points");
          Double english = row.optionalDecimal("english_progress");
          Double maths = row.optionalDecimal("maths_progress");
          if (row.rejected()) {
            return;
          }
          if (entries < 0 || points < 0) {
            row.error(
                entries < 0 ? "entries" : "points",
                "out-of-range",
                row.raw(entries < 0 ? "entries" : "points"),
                "entries and points cannot be negative");
            return;
          }
          row.inRange("entries", entries, 0, MAX_ENTRIES);
          if (entries > 0 && points / entries > MAX_APS_PER_ENTRY) {
            row.error(
                "points",
                "implausible-value",
                row.raw("points"),
                "points "
                    + row.raw("points")
                    + " over "
                    + row.raw("entries")
                    + " entries is "
                    + java.math.BigDecimal.valueOf(points / entries)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .toPlainString()
                    + " per entry, above the plausible "
                    + MAX_APS_PER_ENTRY
                    + " (A* at A level is 60)");
          }
          row.inRange("english_progress", english, -5, 5);
          row.inRange("maths_progress", maths, -5, 5);
          if (row.rejected()) {
            return;
          }
          if (!keys.add(student, year.label(), type)) {
            row.error(
                "student_id",
                "duplicate-key",
                student,
                "student "
                    + student
                    + " already has "
                    + type
                    + " results for "
                    + year.label()
                    + "; the first is kept");
            return;
          }
          sink.accept(
              new Ks5Result(
                  student,
                  year,
                  row.optionalText("institution_type"),
                  district,
                  row.flag("fsm"),
                  type,
                  entries,
                  points,
                  english,
                  maths));
        });
  }

  public FileSummary age19(InputFile f, Consumer<Age19Result> sink) throws IOException {
    KeySet keys = age19Keys;
    return TableReader.read(
        f,
        FileKind.ATTAINMENT_AGE19.columns(),
        problems,
        row -> {
          String person = row.text("person_id");
          AcademicYear year = year(row, "cohort_year");
          String district = district(row);
          Boolean at16 = row.requiredFlag("em_pass_at_16");
          Boolean by19 = row.requiredFlag("em_pass_by_19");
          if (row.rejected() || at16 == null || by19 == null) {
            return;
          }
          if (at16 && !by19) {
            row.error(
                "em_pass_by_19",
                "inconsistent-value",
                row.raw("em_pass_by_19"),
                "em_pass_by_19 is N but em_pass_at_16 is Y; a pass at 16 is a pass by 19");
            return;
          }
          if (!keys.add(person, year.label())) {
            row.error(
                "person_id",
                "duplicate-key",
                person,
                "person "
                    + person
                    + " is already in the "
                    + year.label()
                    + " cohort; the first is kept");
            return;
          }
          sink.accept(
              new Age19Result(
                  person,
                  year,
                  district,
                  row.flag("fsm"),
                  at16,
                  by19,
                  row.flag("level2_by_19"),
                  row.flag("level3_by_19")));
        });
  }

  private static AcademicYear year(Row row, String column) {
    String v = row.text(column);
    if (v.isEmpty()) {
      return null;
    }
    Optional<Period> p = Period.parse(v);
    if (p.isEmpty() || !(p.get() instanceof AcademicYear y)) {
      row.error(
          column,
          "bad-period",
          v,
          column + " '" + v + "' is not an academic year like 2016/17, 2016-17 or 201617");
      return null;
    }
    if (!DateWindow.plausibleYear(y.startYear())) {
      row.error(column, "implausible-date", v, DateWindow.yearReason(column, v));
      return null;
    }
    return y;
  }

  private String district(Row row) {
    return districts.resolve(row, "district", row.text("district"));
  }

  private static Grade grade(Row row, String column) {
    String v = row.optionalText(column);
    if (v.isEmpty()) {
      return null;
    }
    Grade g = Grade.parse(v).orElse(null);
    if (g == null) {
      row.warn(
          column,
          "unknown-code",
          v,
          column + " '" + v + "' is not a GCSE grade (9-1, U, or A*-G); left blank");
    }
    return g;
  }
}
