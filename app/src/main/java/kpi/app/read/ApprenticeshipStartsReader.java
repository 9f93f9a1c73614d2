package kpi.app.read;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import kpi.core.apprenticeship.ApprenticeshipStart;
import kpi.core.apprenticeship.LevelBand;
import kpi.core.apprenticeship.StartStatus;
import kpi.core.neet.Send;

/**
 * Reads {@code apprenticeship-starts} (one row per start) into {@link ApprenticeshipStart}s. Key:
 * {@code start_id} when the file has it, else learner + start date + standard.
 */
public final class ApprenticeshipStartsReader {
  public static final String KIND = FileKind.APPRENTICESHIP_STARTS.id();

  /** The employer types the contract names; others are kept as given, with a warning. */
  static final Set<String> EMPLOYER_TYPES =
      Set.of("council", "school", "public-other", "private", "charity");

  private final DistrictLookup districts;
  private final Problems problems;
  private final KeySet keys = new KeySet();
  private LocalDate latest;

  public ApprenticeshipStartsReader(DistrictLookup districts, Problems problems) {
    this.districts = districts;
    this.problems = problems;
  }

  /**
   * The drop's own date (the end of its latest tracking snapshot): a start after it is in the
   * future of the data and probably mistyped.
   */
  public ApprenticeshipStartsReader notAfter(LocalDate date) {
    this.latest = date;
    return this;
  }

  public FileSummary read(InputFile file, Consumer<ApprenticeshipStart> sink) throws IOException {
    List<Column> columns = FileKind.APPRENTICESHIP_STARTS.columns();
    return TableReader.read(
        file,
        columns,
        problems,
        row -> {
          ApprenticeshipStart s = start(row);
          if (s != null && !row.rejected()) {
            sink.accept(s);
          }
        });
  }

  private ApprenticeshipStart start(Row row) {
    String learner = row.text("learner_id");
    LocalDate start = row.date("start_date");
    Integer age = row.optionalInteger("age_at_start");
    LocalDate dob = row.optionalDateRequiredUnless("date_of_birth", age != null);
    String levelText = row.text("level");
    String districtText = row.text("district");
    String employer = row.text("employer_id");
    LocalDate end = row.optionalDate("end_date");
    LocalDate plannedEnd = row.optionalDate("planned_end_date");
    DateWindow window = DateWindow.upTo(latest);
    start = row.within("start_date", start, window);
    dob = row.within("date_of_birth", dob, window);
    end = row.within("end_date", end, window);
    plannedEnd = row.within("planned_end_date", plannedEnd, window);
    if (row.rejected() || start == null) {
      return null;
    }
    if (age == null && dob == null) {
      row.error(
          "age_at_start",
          "missing-value",
          "",
          "age_at_start is required when there is no date_of_birth");
      return null;
    }
    int ageAtStart = age != null ? age : Period.between(dob, start).getYears();
    if (ageAtStart < 16) {
      row.error(
          age != null ? "age_at_start" : "date_of_birth",
          "out-of-range",
          String.valueOf(ageAtStart),
          "age at start " + ageAtStart + " is under 16; apprentices must be 16 or over");
      return null;
    }
    if (ageAtStart > 100) {
      row.error(
          "age_at_start",
          "out-of-range",
          String.valueOf(ageAtStart),
          "age at start " + ageAtStart + " is not possible");
      return null;
    }
    Integer level = LevelBand.parseLevel(levelText).orElse(null);
    if (level == null) {
      row.error(
          "level",
          "unknown-code",
          levelText,
          "level '" + levelText + "' is not 2-7," + " Intermediate, Advanced, Higher or Degree");
      return null;
    }
    String district = districtOf(row, districtText);
    if (district == null) {
      return null;
    }
    if (end != null && end.isBefore(start)) {
      // end_date is optional: a wrong one is blanked with a warning and the start still counts
      row.warn(
          "end_date",
          "end-before-start",
          row.raw("end_date"),
          "end_date " + end + " is before start_date " + start + "; left blank");
      end = null;
    }
    if (plannedEnd != null && plannedEnd.isBefore(start)) {
      row.warn(
          "planned_end_date",
          "end-before-start",
          row.raw("planned_end_date"),
          "planned_end_date " + plannedEnd + " is before start_date " + start + "; left blank");
      plannedEnd = null;
    }
    if (latest != null && start.isAfter(latest)) {
      row.warn(
          "start_date",
          "future-start",
          row.raw("start_date"),
          "start_date "
              + start
              + " is after the drop's latest tracking snapshot ("
              + latest
              + "); check the year");
    }
    String type = row.optionalText("employer_type").toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !EMPLOYER_TYPES.contains(type)) {
      row.warn(
          "employer_type",
          "unknown-employer-type",
          type,
          "employer_type '"
              + type
              + "' is not one of "
              + String.join(", ", EMPLOYER_TYPES.stream().sorted().toList())
              + "; kept as given"
              + Suggest.didYouMean(type, EMPLOYER_TYPES));
    }
    StartStatus status = StartStatus.parse(row.raw("status")).orElse(null);
    if (status == null) {
      row.warn(
          "status",
          "unknown-code",
          row.raw("status"),
          "status '"
              + row.raw("status")
              + "' is not continuing, completed, withdrawn or break; left blank");
      status = StartStatus.UNKNOWN;
    }
    String startId = row.optionalText("start_id");
    boolean fresh =
        (row.has("start_id") && !startId.isEmpty())
            ? keys.add("id", startId)
            : keys.add(learner, start.toString(), row.optionalText("standard_code"));
    if (!fresh) {
      row.error(
          startId.isEmpty() ? "learner_id" : "start_id",
          "duplicate-key",
          startId.isEmpty() ? learner : startId,
          (startId.isEmpty()
                  ? "learner " + learner + " already has a start on " + start + " on this standard"
                  : "start_id " + startId + " appears earlier")
              + "; the first is kept");
      return null;
    }
    return new ApprenticeshipStart(
        learner,
        start,
        ageAtStart,
        level,
        district,
        employer,
        type,
        row.optionalText("sector"),
        status,
        end,
        row.flag("care_leaver"),
        row.flag("looked_after"),
        row.flag("assisted"),
        row.flag("troubled_family"),
        send(row),
        row.optionalText("programme"),
        plannedEnd);
  }

  /**
   * SEND as in every other kind: N, K, E, or a yes/no (yes = SEND of unknown type, which a filter
   * taking K and E, or Y, selects); anything else is blanked with a warning.
   */
  private static Send send(Row row) {
    String given = row.raw("send");
    Send send = Send.parse(given).orElse(null);
    if (send == null) {
      row.warn(
          "send",
          "unknown-code",
          given,
          "send '" + given + "' is not N, K, E or a yes/no;" + " left blank");
      return Send.UNKNOWN;
    }
    return send;
  }

  private String districtOf(Row row, String text) {
    return text.equalsIgnoreCase(ApprenticeshipStart.OUT_OF_AREA)
        ? ApprenticeshipStart.OUT_OF_AREA
        : districts.resolve(row, "district", text);
  }
}
