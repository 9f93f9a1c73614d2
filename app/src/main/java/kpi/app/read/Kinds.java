package kpi.app.read;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns each file kind of the data-format contract expects, in the contract's order. The
 * readers, {@code kpi template} and the docs all take them from here.
 */
public final class Kinds {
  private static final Map<String, List<Column>> COLUMNS = new LinkedHashMap<>();

  static {
    COLUMNS.put(NeetTrackingReader.KIND, NeetTrackingReader.COLUMNS);
    COLUMNS.put(
        "apprenticeship-starts",
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
            Column.optional("programme")));
    COLUMNS.put(
        "attainment-ks4",
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
            Column.optional("maths_grade")));
    COLUMNS.put(
        "attainment-16-18",
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
            Column.optional("maths_progress")));
    COLUMNS.put(
        "attainment-age19",
        List.of(
            Column.required("person_id"),
            Column.required("cohort_year"),
            Column.required("district"),
            Column.optional("fsm"),
            Column.required("em_pass_at_16"),
            Column.required("em_pass_by_19"),
            Column.optional("level2_by_19"),
            Column.optional("level3_by_19")));
    COLUMNS.put(SeptemberGuaranteeReader.KIND, SeptemberGuaranteeReader.COLUMNS);
    COLUMNS.put(LevyReader.KIND, LevyReader.COLUMNS);
    COLUMNS.put(ReturnsReader.KIND, ReturnsReader.COLUMNS);
    COLUMNS.put(DistrictsReader.KIND, DistrictsReader.COLUMNS);
    COLUMNS.put(
        "reference/headcount",
        List.of(
            Column.required("organisation"),
            Column.required("employer_type"),
            Column.required("year_start"),
            Column.required("headcount")));
    COLUMNS.put(
        "reference/schools",
        List.of(
            Column.required("urn"),
            Column.required("name"),
            Column.optional("district"),
            Column.optional("phase"),
            Column.optional("type")));
    COLUMNS.put(
        "reference/population",
        List.of(
            Column.required("area"),
            Column.required("age_band"),
            Column.required("year"),
            Column.required("population")));
    COLUMNS.put(
        ReferenceReaders.POSTCODES,
        List.of(
            Column.required("postcode", "pcds", "pcd", "pcd7", "pcd8"),
            Column.required("district", "laua", "lad", "oslaua")));
  }

  private Kinds() {}

  /** The expected columns of a kind, empty for a kind without a fixed layout (comparators). */
  public static Optional<List<Column>> columns(String kind) {
    return Optional.ofNullable(COLUMNS.get(kind));
  }

  /** Every kind with a fixed layout, in contract order. */
  public static List<String> names() {
    return List.copyOf(COLUMNS.keySet());
  }
}
