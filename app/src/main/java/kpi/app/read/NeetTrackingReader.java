package kpi.app.read;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Consumer;
import kpi.core.neet.AcademicAge;
import kpi.core.neet.ActivityGroup;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetRecord;
import kpi.core.neet.Send;

/**
 * Reads {@code neet-tracking} files (NCCIS-style current activity, one row per young person per
 * monthly snapshot) into {@link NeetRecord}s, per the data-format contract. Several files of the
 * kind share one duplicate check on {@code person_id} + snapshot month.
 */
public final class NeetTrackingReader {
  public static final String KIND = "neet-tracking";
  static final List<Column> COLUMNS = List.of(
      Column.required("person_id"),
      Column.required("snapshot_date", "snapshot_month"),
      Column.required("date_of_birth", "academic_age"),
      Column.required("district"),
      Column.required("activity_code"),
      Column.optional("send"),
      Column.optional("looked_after"),
      Column.optional("care_leaver"),
      Column.optional("gender"));
  private static final java.util.regex.Pattern BOTH_K_AND_E = java.util.regex.Pattern.compile(
      "(?i)\\s*(k\\s*[/,;+&]?\\s*e|e\\s*[/,;+&]?\\s*k)\\s*");
  private static final int YOUNGEST_TRACKED = 13;
  private static final int OLDEST_TRACKED = 25;

  private final ActivityGroups groups;
  private final DistrictLookup districts;
  private final Problems problems;
  private final PersonMonthSet keys = new PersonMonthSet();
  /** Date of birth (epoch day) first seen per person; only kept for validate's deep checks. */
  private java.util.Map<Long, Integer> birthDates;

  public NeetTrackingReader(ActivityGroups groups, DistrictLookup districts, Problems problems) {
    this.groups = groups;
    this.districts = districts;
    this.problems = problems;
  }

  /**
   * Also checks each person against their earlier rows (a date of birth that changes between
   * snapshots). Memory then grows with the number of people, so only {@code validate} asks.
   */
  public NeetTrackingReader withConsistencyChecks() {
    birthDates = new java.util.HashMap<>();
    return this;
  }

  /** Reads one file, passing each accepted record to the sink. */
  public FileSummary read(InputFile file, Consumer<NeetRecord> sink) throws IOException {
    return TableReader.read(file, COLUMNS, problems, row -> {
      NeetRecord r = record(row);
      if (r != null && !row.rejected()) {
        sink.accept(r);
      }
    });
  }

  private NeetRecord record(Row row) {
    String id = row.text("person_id");
    YearMonth month = row.has("snapshot_date") ? row.month("snapshot_date")
        : row.month("snapshot_month");
    String districtText = row.text("district");
    Integer code = row.integer("activity_code");
    Integer age = row.optionalInteger("academic_age");
    LocalDate dob = row.has("date_of_birth") && !row.raw("date_of_birth").isEmpty()
        ? row.optionalDateRequiredUnless("date_of_birth", age != null) : null;
    if (dob == null && age == null && !row.rejected()) {
      row.error("date_of_birth", "missing-value", "",
          "date_of_birth is required when there is no academic_age");
    }
    String district = districts.resolve(row, "district", districtText);
    if (month != null && row.within(row.has("snapshot_date") ? "snapshot_date"
        : "snapshot_month", month.atEndOfMonth(), DateWindow.standard()) == null) {
      return null;
    }
    if (dob != null && row.within("date_of_birth", dob, DateWindow.standard()) == null) {
      return null;
    }
    if (row.rejected() || month == null || code == null) {
      return null;
    }
    if (dob != null && dob.isAfter(month.atEndOfMonth())) {
      row.error("date_of_birth", "impossible-date", row.raw("date_of_birth"),
          "date_of_birth is after the snapshot month " + month);
      return null;
    }
    int academicAge = age != null ? age : AcademicAge.at(dob, month);
    if (academicAge < 0 || academicAge > 120) {
      row.error("academic_age", "out-of-range", String.valueOf(academicAge),
          "academic age " + academicAge + " is not possible");
      return null;
    }
    if (academicAge < YOUNGEST_TRACKED || academicAge > OLDEST_TRACKED) {
      row.warn(age != null ? "academic_age" : "date_of_birth", "out-of-range",
          String.valueOf(academicAge), "academic age " + academicAge
              + " is outside the tracked 13-25 range; kept, but no KPI counts it by default");
    }
    ActivityGroup group = groups.groupOf(code).orElse(null);
    if (group == null) {
      row.error("activity_code", "unknown-code", row.raw("activity_code"),
          "activity_code " + code + " is not an NCCIS current-activity code");
      return null;
    }
    if (group == ActivityGroup.PRE16 && academicAge >= 16) {
      row.warn("activity_code", "pre16-code-post16", row.raw("activity_code"), "activity_code "
          + code + " is a pre-16 code for a young person of academic age " + academicAge
          + "; counted as not known");
    }
    Send send = Send.parse(row.raw("send")).orElse(null);
    if (send == null && BOTH_K_AND_E.matcher(row.raw("send")).matches()) {
      row.warn("send", "send-conflict", row.raw("send"), "send '" + row.raw("send")
          + "' codes both K (SEN support) and E (EHC plan); give one; left blank");
      send = Send.UNKNOWN;
    } else if (send == null) {
      row.warn("send", "unknown-code", row.raw("send"), "send '" + row.raw("send")
          + "' is not N, K, E or a yes/no flag; left blank");
      send = Send.UNKNOWN;
    }
    Boolean lookedAfter = row.flag("looked_after");
    Boolean careLeaver = row.flag("care_leaver");
    if (!keys.add(id, month.getYear() * 12 + month.getMonthValue() - 1)) {
      row.error("person_id", "duplicate-key", id, "person " + id + " already has a row for "
          + month + "; the first is kept");
      return null;
    }
    if (birthDates != null && dob != null) {
      Integer first = birthDates.putIfAbsent(KeySet.hash(id), (int) dob.toEpochDay());
      if (first != null && first != dob.toEpochDay()) {
        row.warn("date_of_birth", "dob-changed", row.raw("date_of_birth"), "person " + id
            + " has date_of_birth " + dob + " here but " + LocalDate.ofEpochDay(first)
            + " in an earlier row; their academic age may be wrong in one of them");
      }
    }
    return new NeetRecord(id, month, dob, academicAge, district, code, send, lookedAfter,
        careLeaver, row.optionalText("gender"));
  }
}
