package kpi.app.read;

import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import kpi.core.neet.AcademicAge;
import kpi.core.neet.ActivityGroup;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetCube;
import kpi.core.neet.NeetRecord;
import kpi.core.neet.Send;
import kpi.core.period.Period;
import kpi.core.period.Period.AcademicYear;

/**
 * Reads {@code neet-tracking} files (NCCIS-style current activity, one row per young person per
 * monthly snapshot) into {@link NeetRecord}s, per the data-format contract, with the NCCIS fields
 * councils' extracts carry: cohort status (leavers out of every count from the month they leave),
 * individual characteristic codes, separate EHC plan and SEN support flags, activity dates (the
 * current activity chosen from a history), a postcode instead of a district, and an academic year
 * with a month number instead of a snapshot date. Several files of the kind share one duplicate
 * check on {@code person_id} + snapshot month.
 */
public final class NeetTrackingReader {
  public static final String KIND = FileKind.NEET_TRACKING.id();

  /** The district code of rows with no district information (counted in the authority). */
  public static final String UNKNOWN_DISTRICT = "unknown";

  /** DfE's scorecard "vulnerable group": any of these individual characteristic codes. */
  static final Set<Integer> VULNERABLE = Set.of(110, 130, 140, 150, 160, 170, 190, 200, 210);

  private static final int VULNERABLE_BITS =
      VULNERABLE.stream().mapToInt(NeetTrackingReader::icBit).reduce(0, (a, b) -> a | b);
  private static final Set<Integer> IC_CODES =
      Set.of(110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210);
  private static final Set<String> IN_COHORT = Set.of("P", "G");
  private static final Set<String> LEAVERS = Set.of("A", "T", "E", "M", "D", "L");
  private static final java.util.regex.Pattern BOTH_K_AND_E =
      java.util.regex.Pattern.compile("(?i)\\s*(k\\s*[/,;+&]?\\s*e|e\\s*[/,;+&]?\\s*k)\\s*");
  private static final int YOUNGEST_TRACKED = 13;
  private static final int OLDEST_TRACKED = 25;

  /** Where accepted records go. */
  public interface Sink {
    void add(NeetRecord r);

    /** Takes back a record superseded by a later activity of the same person and month. */
    void retract(NeetRecord r);

    /** A young person leaving the cohort in a month, with their cohort status. */
    void leaver(YearMonth month, String cohortStatus);

    /** A sink that fills a cube. */
    static Sink of(NeetCube.Builder cube) {
      return new Sink() {
        @Override
        public void add(NeetRecord r) {
          cube.add(r);
        }

        @Override
        public void retract(NeetRecord r) {
          cube.add(NeetCube.cellOf(r), -1);
        }

        @Override
        public void leaver(YearMonth month, String cohortStatus) {
          cube.addLeaver(month, cohortStatus);
        }
      };
    }
  }

  /** The activity currently chosen for one person and month of a file with activity dates. */
  private record Current(NeetRecord record, long start, long verified) {}

  private final ActivityGroups groups;
  private final Problems problems;
  private final List<Lane> lanes = new ArrayList<>();
  private PostcodeLookup postcodes = PostcodeLookup.NONE;

  public NeetTrackingReader(ActivityGroups groups, DistrictLookup districts, Problems problems) {
    this.groups = groups;
    this.problems = problems;
    for (int i = 0; i < LaneRunner.LANES; i++) {
      lanes.add(new Lane(districts.copy()));
    }
  }

  /** Postcodes to districts, for extracts with a postcode instead of a district. */
  public NeetTrackingReader withPostcodes(PostcodeLookup lookup) {
    this.postcodes = lookup;
    return this;
  }

  /**
   * Also checks each person against their earlier rows (a date of birth that changes between
   * snapshots). Memory then grows with the number of people, so only {@code validate} asks.
   */
  public NeetTrackingReader withConsistencyChecks() {
    lanes.forEach(lane -> lane.birthDates = new HashMap<>());
    return this;
  }

  /**
   * Reads one file into a cube. Its rows are judged in lanes by person (on two threads when the
   * machine has two cores), each lane filling a cube of its own; they are added to {@code cube} in
   * lane order, so the result does not depend on the number of threads.
   */
  public FileSummary read(InputFile file, NeetCube.Builder cube) throws IOException {
    List<NeetCube.Builder> parts = new ArrayList<>();
    for (int i = 0; i < lanes.size(); i++) {
      parts.add(NeetCube.builder());
    }
    try {
      return read(file, i -> Sink.of(parts.get(i)), true);
    } finally {
      parts.forEach(part -> cube.merge(part.build()));
    }
  }

  /** Reads one file, passing each accepted record to the consumer (no activity histories). */
  public FileSummary read(InputFile file, Consumer<NeetRecord> consumer) throws IOException {
    return read(
        file,
        new Sink() {
          @Override
          public void add(NeetRecord r) {
            consumer.accept(r);
          }

          @Override
          public void retract(NeetRecord r) {
            throw new IllegalStateException("activity histories need a cube");
          }

          @Override
          public void leaver(YearMonth month, String cohortStatus) {
            // not kept
          }
        });
  }

  /** Reads one file, passing each accepted record to the sink, in file order on this thread. */
  public FileSummary read(InputFile file, Sink sink) throws IOException {
    return read(file, i -> sink, false);
  }

  private FileSummary read(InputFile file, IntFunction<Sink> sinks, boolean concurrent)
      throws IOException {
    for (int i = 0; i < lanes.size(); i++) {
      lanes.get(i).begin(sinks.apply(i));
    }
    FileSummary summary =
        TableReader.read(
            file,
            FileKind.NEET_TRACKING.columns(),
            problems,
            new TableReader.Lanes() {
              @Override
              public String keyColumn() {
                return "person_id";
              }

              @Override
              public Consumer<Row> lane(int index) {
                return lanes.get(index);
              }

              @Override
              public boolean concurrent() {
                return concurrent;
              }
            });
    FileState total = new FileState();
    lanes.forEach(lane -> total.add(lane.state));
    total.report(file, problems);
    return summary;
  }

  /** What one file has said once, and its counts for the warnings given per file. */
  private static final class FileState {
    boolean headerSeen;
    boolean hasDistrict;
    boolean hasPostcode;
    boolean hasActivityDates;
    long unknownDistrict;
    long postcodeNotFound;
    long superseded;
    long afterLeaving;

    void header(Row row) {
      if (headerSeen) {
        return;
      }
      headerSeen = true;
      hasDistrict = row.has("district");
      hasPostcode = row.has("postcode");
      hasActivityDates = row.has("activity_start_date") || row.has("verification_date");
    }

    /** Adds what one lane saw of the file. */
    void add(FileState lane) {
      if (lane.headerSeen && !headerSeen) {
        headerSeen = true;
        hasDistrict = lane.hasDistrict;
        hasPostcode = lane.hasPostcode;
        hasActivityDates = lane.hasActivityDates;
      }
      unknownDistrict += lane.unknownDistrict;
      postcodeNotFound += lane.postcodeNotFound;
      superseded += lane.superseded;
      afterLeaving += lane.afterLeaving;
    }

    void report(InputFile file, Problems problems) {
      if (!headerSeen) {
        return;
      }
      if (!hasDistrict && !hasPostcode) {
        problems.add(
            Problem.ofFile(
                Severity.WARNING,
                "no-district",
                file.name(),
                "has no district or postcode column: its rows count in the authority's figures and"
                    + " appear under \"Unknown district\" in district breakdowns"));
      } else if (unknownDistrict > 0) {
        problems.add(
            Problem.ofFile(
                Severity.WARNING,
                "no-district",
                file.name(),
                unknownDistrict
                    + " rows with no district or postcode count under \"Unknown district\""));
      }
      if (postcodeNotFound > 0) {
        problems.add(
            Problem.ofFile(
                Severity.WARNING,
                "unknown-postcode",
                file.name(),
                postcodeNotFound
                    + " rows have a postcode that reference/postcodes does not hold"
                    + " (or the drop has no reference/postcodes): counted under \"Unknown district\""));
      }
      if (superseded > 0) {
        problems.add(
            Problem.ofFile(
                Severity.WARNING,
                "superseded-activity",
                file.name(),
                superseded
                    + " rows are earlier activities of a person in the same month: the"
                    + " current activity (latest activity_start_date, then verification_date, then"
                    + " the last row) is counted, the others are not"));
      }
      if (afterLeaving > 0) {
        problems.add(
            Problem.ofFile(
                Severity.WARNING,
                "after-leaving",
                file.name(),
                afterLeaving
                    + " rows are for young people in months after they left the cohort, with no cohort"
                    + " status: left out of every count"));
      }
    }
  }

  /**
   * One lane's share of the rows: every row of a person comes to the same lane, so its duplicate
   * check, activity histories, leavers and dates of birth are complete for the people it sees.
   */
  private final class Lane implements Consumer<Row> {
    private final DistrictLookup districts;
    private final PersonMonthSet keys = new PersonMonthSet();

    /** Activity histories (files with activity dates only): person-month key to current row. */
    private final Map<String, Current> current = new HashMap<>();

    private final Canonical genders = new Canonical();

    /** People who left the cohort, by the month index they left in. */
    private final Map<String, Integer> leftAt = new HashMap<>();

    /** Date of birth (epoch day) first seen per person; only kept for validate's deep checks. */
    private Map<Long, Integer> birthDates;

    private FileState state;
    private Sink sink;

    Lane(DistrictLookup districts) {
      this.districts = districts;
    }

    void begin(Sink fileSink) {
      this.state = new FileState();
      this.sink = fileSink;
    }

    @Override
    public void accept(Row row) {
      state.header(row);
      String status = cohortStatus(row);
      if (status != null && LEAVERS.contains(status)) {
        leaver(row, status, sink);
        return;
      }
      NeetRecord r = record(row, state);
      if (r != null && !row.rejected()) {
        place(row, r, status, state, sink);
      }
    }

    private NeetRecord record(Row row, FileState state) {
      String id = row.text("person_id");
      YearMonth month = snapshot(row);
      Integer code = row.integer("activity_code");
      Integer age = row.optionalInteger("academic_age");
      LocalDate dob =
          row.has("date_of_birth") && !row.raw("date_of_birth").isEmpty()
              ? row.optionalDateRequiredUnless("date_of_birth", age != null)
              : null;
      if (dob == null && age == null && !row.rejected()) {
        row.error(
            "date_of_birth",
            "missing-value",
            "",
            "date_of_birth is required when there is no academic_age");
      }
      String district = district(row, state);
      if (dob != null && row.within("date_of_birth", dob, DateWindow.standard()) == null) {
        return null;
      }
      if (row.rejected() || month == null || code == null) {
        return null;
      }
      if (dob != null && dob.isAfter(month.atEndOfMonth())) {
        row.error(
            "date_of_birth",
            "impossible-date",
            row.raw("date_of_birth"),
            "date_of_birth is after the snapshot month " + month);
        return null;
      }
      int academicAge = age != null ? age : AcademicAge.at(dob, month);
      if (academicAge < 0 || academicAge > 120) {
        row.error(
            "academic_age",
            "out-of-range",
            String.valueOf(academicAge),
            "academic age " + academicAge + " is not possible");
        return null;
      }
      if (academicAge < YOUNGEST_TRACKED || academicAge > OLDEST_TRACKED) {
        row.warn(
            age != null ? "academic_age" : "date_of_birth",
            "out-of-range",
            String.valueOf(academicAge),
            "academic age "
                + academicAge
                + " is outside the tracked 13-25 range; kept, but no KPI counts it by default");
      }
      ActivityGroup group = groups.groupOf(code).orElse(null);
      if (group == null) {
        row.error(
            "activity_code",
            "unknown-code",
            row.raw("activity_code"),
            "activity_code " + code + " is not an NCCIS current-activity code");
        return null;
      }
      // Year 11 and 18-24 (EHC plan) rows share NCCIS extracts: pre-16 codes are only odd at 16-17.
      if (group == ActivityGroup.PRE16 && academicAge >= 16 && academicAge <= 17) {
        row.warn(
            "activity_code",
            "pre16-code-post16",
            row.raw("activity_code"),
            "activity_code "
                + code
                + " is a pre-16 code for a young person of academic age "
                + academicAge
                + "; counted as not known");
      }
      Send send = send(row);
      if (row.rejected()) {
        return null;
      }
      Boolean lookedAfter = row.flag("looked_after");
      Boolean careLeaver = row.flag("care_leaver");
      Boolean vulnerable = null;
      if (row.has("ic_codes")) {
        int ic = icCodes(row);
        vulnerable = (ic & VULNERABLE_BITS) != 0;
        boolean inCare = (ic & icBit(110)) != 0;
        boolean leftCare = (ic & icBit(160)) != 0;
        lookedAfter = lookedAfter != null ? (Boolean) (lookedAfter || inCare) : (Boolean) inCare;
        careLeaver = careLeaver != null ? (Boolean) (careLeaver || leftCare) : (Boolean) leftCare;
      }
      if (birthDates != null && dob != null) {
        Integer first = birthDates.putIfAbsent(KeySet.hash(id), (int) dob.toEpochDay());
        if (first != null && first != dob.toEpochDay()) {
          row.warn(
              "date_of_birth",
              "dob-changed",
              row.raw("date_of_birth"),
              "person "
                  + id
                  + " has date_of_birth "
                  + dob
                  + " here but "
                  + LocalDate.ofEpochDay(first)
                  + " in an earlier row; their academic age may be wrong in one of them");
        }
      }
      return new NeetRecord(
          id,
          month,
          dob,
          academicAge,
          district,
          code,
          send,
          lookedAfter,
          careLeaver,
          genders.of(row.optionalText("gender")),
          vulnerable);
    }

    /**
     * A young person leaving the cohort this month: out of every count from now on, counted as a
     * leaver. Only the person and the snapshot are needed (NCCIS leaver rows may carry no
     * activity).
     */
    private void leaver(Row row, String status, Sink sink) {
      String id = row.text("person_id");
      YearMonth month = snapshot(row);
      if (row.rejected() || month == null) {
        return;
      }
      int monthIndex = month.getYear() * 12 + month.getMonthValue() - 1;
      if (!keys.add(id, monthIndex)) {
        row.error(
            "person_id",
            "duplicate-key",
            id,
            "person " + id + " already has a row for " + month + "; the first is kept");
        return;
      }
      leftAt.merge(id, monthIndex, Math::min);
      sink.leaver(month, status);
    }

    /** Adds an accepted record: a duplicate, a superseded activity, or a new count. */
    private void place(Row row, NeetRecord r, String status, FileState state, Sink sink) {
      String id = r.personId();
      int monthIndex = r.snapshot().getYear() * 12 + r.snapshot().getMonthValue() - 1;
      if (!keys.add(id, monthIndex)) {
        String personMonth = personMonth(id, monthIndex);
        Current was = current.get(personMonth);
        if (!state.hasActivityDates || was == null) {
          row.error(
              "person_id",
              "duplicate-key",
              id,
              "person " + id + " already has a row for " + r.snapshot() + "; the first is kept");
          return;
        }
        state.superseded++;
        Current now =
            new Current(r, epoch(row, "activity_start_date"), epoch(row, "verification_date"));
        // Latest start date, then latest verification date; on a tie the later row.
        boolean later =
            now.start() != was.start()
                ? now.start() > was.start()
                : now.verified() >= was.verified();
        if (later) {
          sink.retract(was.record());
          sink.add(r);
          current.put(personMonth, now);
        }
        return;
      }
      Integer left = leftAt.isEmpty() ? null : leftAt.get(id);
      if (left != null && monthIndex > left && status == null) {
        state.afterLeaving++;
        return;
      }
      sink.add(r);
      if (state.hasActivityDates) {
        current.put(
            personMonth(id, monthIndex),
            new Current(r, epoch(row, "activity_start_date"), epoch(row, "verification_date")));
      }
    }

    /** The district code from the district column, else the postcode, else "unknown". */
    private String district(Row row, FileState state) {
      String text = row.has("district") ? row.raw("district") : "";
      if (!text.isEmpty()) {
        return districts.resolve(row, "district", text);
      }
      String postcode = row.has("postcode") ? row.raw("postcode") : "";
      if (!postcode.isEmpty()) {
        String code = postcodes.district(postcode).orElse(null);
        if (code != null) {
          return code;
        }
        state.postcodeNotFound++;
        return UNKNOWN_DISTRICT;
      }
      if (row.has("district") && !row.has("postcode")) {
        row.error("district", "missing-value", "", "district is required but blank");
        return null;
      }
      if (state.hasDistrict || state.hasPostcode) {
        state.unknownDistrict++;
      }
      return UNKNOWN_DISTRICT;
    }
  }

  private static String personMonth(String id, int monthIndex) {
    return id + "\u0000" + monthIndex;
  }

  /** An activity date as an epoch day for ordering; blank or unreadable sorts first. */
  private static long epoch(Row row, String column) {
    if (!row.has(column) || row.raw(column).isEmpty()) {
      return Long.MIN_VALUE;
    }
    LocalDate d = row.optionalDate(column);
    return d == null ? Long.MIN_VALUE : d.toEpochDay();
  }

  /** The cohort status (upper case), or null when blank or the column is absent. */
  private static String cohortStatus(Row row) {
    if (!row.has("cohort_status")) {
      return null;
    }
    String s = row.raw("cohort_status").toUpperCase(Locale.ROOT);
    if (s.isEmpty()) {
      return null;
    }
    if (!IN_COHORT.contains(s) && !LEAVERS.contains(s)) {
      row.warn(
          "cohort_status",
          "unknown-code",
          s,
          "cohort_status '"
              + s
              + "' is not an NCCIS"
              + " cohort status (P, G in the cohort; A, T, E, M, D, L leavers); counted in the"
              + " cohort");
      return null;
    }
    return s;
  }

  /**
   * The snapshot month, within the plausible window (1950 to 2099): a typo year rejects the row
   * rather than stretching the series over centuries.
   */
  private static YearMonth snapshot(Row row) {
    YearMonth month = snapshotAsGiven(row);
    String column =
        row.has("snapshot_date")
            ? "snapshot_date"
            : row.has("snapshot_month") ? "snapshot_month" : "academic_year";
    if (month != null && row.within(column, month.atEndOfMonth(), DateWindow.standard()) == null) {
      return null;
    }
    return month;
  }

  /** The snapshot month: a date, a month, or an academic year with a month number. */
  private static YearMonth snapshotAsGiven(Row row) {
    if (row.has("snapshot_date")) {
      return row.month("snapshot_date");
    }
    if (row.has("snapshot_month")) {
      return row.month("snapshot_month");
    }
    String yearText = row.text("academic_year");
    if (!row.has("month_number")) {
      row.error(
          "month_number",
          "missing-column",
          "",
          "academic_year gives the snapshot only"
              + " with month_number (the calendar month: September = 9, January = 1)");
      return null;
    }
    Integer monthNumber = row.integer("month_number");
    if (yearText.isEmpty() || monthNumber == null) {
      return null;
    }
    AcademicYear year = Period.parseAcademicYear(yearText).orElse(null);
    if (year == null) {
      row.error(
          "academic_year",
          "bad-period",
          yearText,
          "academic_year '" + yearText + "' is not an academic year (2016/17, 2016-17 or 201617)");
      return null;
    }
    if (monthNumber < 1 || monthNumber > 12) {
      row.error(
          "month_number",
          "out-of-range",
          row.raw("month_number"),
          "month_number "
              + monthNumber
              + " is not a calendar month number (September = 9, January = 1)");
      return null;
    }
    return year.month(monthNumber);
  }

  /** SEND from the send column and the EHC plan and SEN support flags, which must agree. */
  private static Send send(Row row) {
    String given = row.raw("send");
    Send send = Send.parse(given).orElse(null);
    if (send == null && BOTH_K_AND_E.matcher(given).matches()) {
      row.warn(
          "send",
          "send-conflict",
          given,
          "send '" + given + "' codes both K (SEN support) and E (EHC plan); give one; left blank");
      send = Send.UNKNOWN;
    } else if (send == null) {
      row.warn(
          "send",
          "unknown-code",
          given,
          "send '" + given + "' is not N, K, E or a yes/no flag; left blank");
      send = Send.UNKNOWN;
    }
    if (!row.has("ehcp") && !row.has("sen_support")) {
      return send;
    }
    Boolean ehcp = row.flag("ehcp");
    Boolean support = row.flag("sen_support");
    if (Boolean.TRUE.equals(ehcp) && Boolean.TRUE.equals(support)) {
      row.error(
          "sen_support",
          "send-conflict",
          row.raw("sen_support"),
          "ehcp and sen_support" + " are both yes; NCCIS records one or the other");
      return Send.UNKNOWN;
    }
    Send fromFlags =
        Boolean.TRUE.equals(ehcp)
            ? Send.E
            : Boolean.TRUE.equals(support)
                ? Send.K
                : Boolean.FALSE.equals(ehcp) && Boolean.FALSE.equals(support)
                    ? Send.N
                    : Send.UNKNOWN;
    if (send != Send.UNKNOWN
        && fromFlags != Send.UNKNOWN
        && send != fromFlags
        && !(send == Send.Y && fromFlags.any())) {
      row.error(
          "send",
          "send-conflict",
          given,
          "send '"
              + given
              + "' disagrees with the ehcp"
              + " and sen_support flags (which give "
              + fromFlags
              + ")");
      return Send.UNKNOWN;
    }
    return send != Send.UNKNOWN && fromFlags == Send.UNKNOWN
        ? send
        : fromFlags == Send.UNKNOWN ? send : fromFlags;
  }

  /**
   * The individual characteristic codes of a row as bits ({@link #icBit}); unknown codes are warned
   * about and ignored. Codes are separated by any run of {@code ; , |} and white space. Read by
   * hand, not with a regular expression, streams and a set of boxed codes: on a drop whose every
   * row has the column, that was a fifth of the reader's time.
   */
  private static int icCodes(Row row) {
    String text = row.raw("ic_codes");
    int bits = 0;
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && isIcSeparator(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && !isIcSeparator(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        bits |= icCode(row, text.substring(start, i));
      }
    }
    return bits;
  }

  /** The separators of the regular expression {@code [;,\s|]+} this replaces. */
  private static boolean isIcSeparator(char c) {
    return switch (c) {
      case ';', ',', '|', ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
      default -> false;
    };
  }

  /** One code's bit, or 0 (with a warning) for text that is not an NCCIS code. */
  private static int icCode(Row row, String part) {
    Integer code = null;
    if (part.length() <= 4 && part.chars().allMatch(Character::isDigit)) {
      code = Integer.parseInt(part);
    }
    if (code == null || !IC_CODES.contains(code)) {
      row.warn(
          "ic_codes",
          "unknown-code",
          part,
          "ic_codes: '"
              + part
              + "' is not an NCCIS"
              + " individual characteristic code (110-210); ignored");
      return 0;
    }
    return icBit(code);
  }

  /** The codes are 110 to 210 in tens: one bit each, 11 to 21. */
  private static int icBit(int code) {
    return 1 << (code / 10);
  }
}
