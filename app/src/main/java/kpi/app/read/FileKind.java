package kpi.app.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one registry of file kinds: every kind a data drop may hold, with all that the code knows
 * about it. Discovery, loading, validation, {@code kpi template}, mappings and row fingerprints all
 * take a kind from here; a new kind is a reader and one entry here (plus the sink for its records
 * in {@link ReadTargets} and its cube in {@code DataSet}). The order of the entries is the
 * contract's, which is the order kinds are listed in messages.
 */
// Every list is a List.of (unmodifiable) and every Reading a lambda that captures nothing, so the
// constants are immutable; the check cannot see through the List and Reading types.
@SuppressWarnings("ImmutableEnumChecker")
public enum FileKind {
  NEET_TRACKING(
      "neet-tracking",
      Place.TOP,
      List.of(
          Column.required("person_id"),
          Column.required("snapshot_date", "snapshot_month", "academic_year"),
          Column.required("date_of_birth", "academic_age"),
          Column.optional("district"),
          Column.required("activity_code"),
          Column.optional("send"),
          Column.optional("looked_after"),
          Column.optional("care_leaver"),
          Column.optional("gender"),
          Column.optional("month_number"),
          Column.optional("cohort_status"),
          Column.optional("ic_codes"),
          Column.optional("ehcp"),
          Column.optional("sen_support"),
          Column.optional("activity_start_date"),
          Column.optional("verification_date"),
          Column.optional("review_date"),
          Column.optional("postcode")),
      namedBy("neet", "nccis", "ccis", "tracking"),
      feeds("neet"),
      keyedBy("person_id", "~month:snapshot_date|snapshot_month|academic_year+month_number"),
      (t, f) -> t.neetReader().read(f, t.neet())),
  APPRENTICESHIP_STARTS(
      "apprenticeship-starts",
      Place.TOP,
      List.of(
          Column.required("learner_id"),
          Column.optional("start_id"),
          Column.required("start_date"),
          Column.required("age_at_start", "date_of_birth"),
          Column.required("level"),
          Column.required("district"),
          Column.required("employer_id"),
          Column.optional("employer_name"),
          Column.optional("employer_type"),
          Column.optional("sector"),
          Column.optional("standard_code"),
          Column.optional("status"),
          Column.optional("end_date"),
          Column.optional("planned_end_date"),
          Column.optional("care_leaver"),
          Column.optional("looked_after"),
          Column.optional("assisted"),
          Column.optional("troubled_family"),
          Column.optional("send"),
          Column.optional("programme")),
      namedBy("apprenticeship", "apprenticeships", "apprentice", "starts"),
      feeds("apprenticeships"),
      keyedBy("=start_id", "learner_id", "~date:start_date", "standard_code"),
      (t, f) -> t.apprenticeshipReader().read(f, t.apprenticeships()::add)),
  ATTAINMENT_KS4(
      "attainment-ks4",
      Place.TOP,
      List.of(
          Column.required("pupil_id"),
          Column.required("academic_year"),
          Column.optional("school_urn"),
          Column.optional("school_type"),
          Column.required("district"),
          Column.optional("fsm"),
          Column.optional("disadvantaged"),
          Column.optional("send"),
          Column.optional("attainment8"),
          Column.optional("progress8"),
          Column.optional("english_grade"),
          Column.optional("maths_grade")),
      namedBy("ks4", "gcse"),
      feeds("ks4"),
      keyedBy("pupil_id", "academic_year"),
      (t, f) -> t.attainmentReaders().ks4(f, t.ks4()::add)),
  ATTAINMENT_16_18(
      "attainment-16-18",
      Place.TOP,
      List.of(
          Column.required("student_id"),
          Column.required("academic_year"),
          Column.optional("institution_type"),
          Column.required("district"),
          Column.optional("fsm"),
          Column.required("qualification_type"),
          Column.required("entries"),
          Column.required("points"),
          Column.optional("english_progress"),
          Column.optional("maths_progress")),
      namedBy("ks5", "16_18", "alevel"),
      feeds("ks5"),
      keyedBy("student_id", "academic_year", "qualification_type"),
      (t, f) -> t.attainmentReaders().ks5(f, t.ks5()::add)),
  ATTAINMENT_AGE19(
      "attainment-age19",
      Place.TOP,
      List.of(
          Column.required("person_id"),
          Column.required("cohort_year"),
          Column.required("district"),
          Column.optional("fsm"),
          Column.required("em_pass_at_16"),
          Column.required("em_pass_by_19"),
          Column.optional("level2_by_19"),
          Column.optional("level3_by_19")),
      namedBy("age19", "19"),
      feeds("age19"),
      keyedBy("person_id", "cohort_year"),
      (t, f) -> t.attainmentReaders().age19(f, t.age19()::add)),
  SEPTEMBER_GUARANTEE(
      "september-guarantee",
      Place.TOP,
      List.of(
          Column.required("person_id"),
          Column.required("academic_year"),
          Column.required("year_group"),
          Column.required("district"),
          Column.required("offer_code", "guarantee_status"),
          Column.optional("send")),
      namedBy("guarantee"),
      feeds("september_guarantee"),
      keyedBy(),
      (t, f) -> t.guaranteeReader().read(f, t.guarantee()::add)),
  LEVY(
      "levy",
      Place.TOP,
      List.of(
          Column.required("employer_id"),
          Column.optional("employer_name"),
          Column.optional("employer_type"),
          Column.required("month"),
          Column.required("levy_declared"),
          Column.required("funds_used"),
          Column.optional("transferred_out"),
          Column.optional("expired")),
      namedBy("levy"),
      feeds("levy"),
      keyedBy("^employer_id", "~month:month"),
      (t, f) -> t.levyReader().read(f, t.levy()::add)),
  /** Hand-kept figures: always read (small, and a returns KPI may stand in for any other). */
  RETURNS(
      "returns",
      Place.TOP,
      List.of(
          Column.required("kpi_id"),
          Column.required("period"),
          Column.optional("area"),
          Column.optional("value"),
          Column.optional("numerator"),
          Column.optional("denominator"),
          Column.optional("note")),
      namedBy("returns"),
      feeds("returns"),
      keyedBy("^kpi_id", "period", "area"),
      (t, f) -> t.returnsReader().read(f, t.returns()::add)),
  /** Always read: districts decide how every other kind's rows are matched. */
  DISTRICTS(
      "reference/districts",
      Place.REFERENCE,
      List.of(
          Column.required("code"),
          Column.required("name"),
          Column.optional("order"),
          Column.optional("former_names")),
      namedBy("districts"),
      feeds(),
      keyedBy("code"),
      (t, f) -> {
        List<FileSummary> one = new ArrayList<>();
        t.districts().addAll(DistrictsReader.read(f, t.problems(), one));
        return one.get(0);
      }),
  HEADCOUNT(
      "reference/headcount",
      Place.REFERENCE,
      List.of(
          Column.required("organisation"),
          Column.required("employer_type"),
          Column.required("year_start"),
          Column.required("headcount")),
      namedBy("headcount"),
      feeds("apprenticeships"),
      keyedBy("organisation", "employer_type", "year_start"),
      (t, f) -> t.referenceReaders().headcounts(f, t.headcounts()::add)),
  SCHOOLS(
      "reference/schools",
      Place.REFERENCE,
      List.of(
          Column.required("urn"),
          Column.required("name"),
          Column.optional("district"),
          Column.optional("phase"),
          Column.optional("type")),
      namedBy("schools"),
      feeds("apprenticeships"),
      keyedBy("urn"),
      (t, f) -> t.referenceReaders().schools(f, t.schools()::add)),
  POPULATION(
      "reference/population",
      Place.REFERENCE,
      List.of(
          Column.required("area"),
          Column.required("age_band"),
          Column.required("year"),
          Column.required("population")),
      namedBy("population"),
      feeds("apprenticeships"),
      keyedBy("area", "age_band", "year"),
      (t, f) -> t.referenceReaders().population(f, t.population()::add)),
  /**
   * Optional, so not in {@code kpi template}'s help; the ONS postcode directory has dozens of
   * columns and only two are read, by design, so its others are not warned about.
   */
  POSTCODES(
      "reference/postcodes",
      Place.REFERENCE,
      List.of(
          Column.required("postcode", "pcds", "pcd", "pcd7", "pcd8"),
          Column.required("district", "laua", "lad", "oslaua")),
      namedBy("postcodes", "postcode"),
      feeds("neet"),
      keyedBy(),
      (t, f) -> t.referenceReaders().postcodes(f, t.postcodes())),
  /**
   * Published figures: any file in a {@code comparators} folder (not a {@code .meta.csv}), with no
   * fixed columns; always read.
   */
  COMPARATORS(
      "comparators",
      Place.FOLDER,
      List.of(),
      namedBy(),
      feeds(),
      keyedBy(),
      (t, f) -> t.comparatorReader().read(f, t.observations()));

  /** Where a kind's files sit in a drop. */
  public enum Place {
    /** Anywhere outside {@code reference} and {@code comparators}, named after the kind. */
    TOP,
    /** In a folder named {@code reference}, named after the kind. */
    REFERENCE,
    /** Every table file in a folder named after the kind. */
    FOLDER
  }

  /** How one file of a kind is read: into the sinks of one load, through its reader. */
  @FunctionalInterface
  public interface Reading {
    FileSummary read(ReadTargets targets, InputFile file) throws IOException;
  }

  private final String id;
  private final Place place;
  private final List<Column> columns;
  private final List<String> words;
  private final List<String> families;
  private final List<String> key;
  private final Reading reading;

  FileKind(
      String id,
      Place place,
      List<Column> columns,
      List<String> words,
      List<String> families,
      List<String> key,
      Reading reading) {
    this.id = id;
    this.place = place;
    this.columns = columns;
    this.words = words;
    this.families = families;
    this.key = key;
    this.reading = reading;
  }

  private static List<String> namedBy(String... w) {
    return List.of(w);
  }

  private static List<String> feeds(String... families) {
    return List.of(families);
  }

  private static List<String> keyedBy(String... columns) {
    return List.of(columns);
  }

  /** The kind's name: its file name stem, under {@code reference/} for a reference list. */
  public String id() {
    return id;
  }

  /** The kind's file name stem ({@code districts} for {@code reference/districts}). */
  public String stem() {
    return id.substring(id.lastIndexOf('/') + 1);
  }

  public Place place() {
    return place;
  }

  /** The columns of the data-format contract, in its order; empty when the layout is free. */
  public List<Column> columns() {
    return columns;
  }

  /** Whether the kind has a fixed layout (every kind but comparators). */
  public boolean hasColumns() {
    return !columns.isEmpty();
  }

  /**
   * Words in a file name (normalised like a header, so {@code _} for {@code -}) that point to the
   * kind, for the hint on a file no kind takes. A word with {@code _} is looked for anywhere in the
   * name, the others as whole words.
   */
  public List<String> words() {
    return words;
  }

  /**
   * The measure families ({@code neet} for {@code neet.rate}) whose KPIs need this kind's files;
   * when a catalog has none of them, computing commands leave the kind unread.
   */
  public List<String> families() {
    return families;
  }

  /**
   * Whether the kind is read whatever KPIs the catalog holds: districts (they decide how rows are
   * matched), returns and comparators (small, and any KPI may use them).
   */
  public boolean alwaysRead() {
    return this == DISTRICTS || this == RETURNS || this == COMPARATORS;
  }

  /**
   * A row's key for comparing drops, the columns the reader's duplicate check uses; empty when rows
   * are keyed by their whole content. {@code ^c}: compared upper-cased; {@code ~month:a|b}: the
   * first of the columns given, read as a month ({@code y+n}: an academic year and a month number,
   * kept as written); {@code ~date:c}: read as a date; {@code =c}: when not blank, the key is that
   * id alone.
   */
  public List<String> key() {
    return key;
  }

  /**
   * Whether {@code kpi template}'s help lists the kind (it makes a template of every kind with
   * columns).
   */
  public boolean listedInTemplateHelp() {
    return hasColumns() && this != POSTCODES;
  }

  /** Whether header columns the kind does not know are warned about ({@code unknown-column}). */
  public boolean warnsUnknownColumns() {
    return this != POSTCODES;
  }

  /** Reads one file of the kind into the load's sinks. */
  public FileSummary read(ReadTargets targets, InputFile file) throws IOException {
    return reading.read(targets, file);
  }

  /** Whether this is the kind named {@code kind}. */
  public boolean is(String kind) {
    return id.equals(kind);
  }

  /** The kind named {@code id} ({@code reference/districts}), if there is one. */
  public static Optional<FileKind> of(String id) {
    for (FileKind k : values()) {
      if (k.id.equals(id)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /** Every kind's name, in contract order. */
  public static List<String> names() {
    return List.of(values()).stream().map(FileKind::id).toList();
  }

  /** The kinds found at one place in a drop, in contract order. */
  public static List<FileKind> at(Place place) {
    return List.of(values()).stream().filter(k -> k.place == place).toList();
  }

  /**
   * The record kind whose rows a measure family reads ({@code neet} gives neet-tracking): a kind at
   * the top of a drop that feeds it; reference lists only help.
   */
  public static Optional<FileKind> readBy(String family) {
    return at(Place.TOP).stream().filter(k -> k.families.contains(family)).findFirst();
  }
}
