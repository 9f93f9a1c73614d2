package kpi.app.read;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import kpi.core.apprenticeship.Headcount;
import kpi.core.apprenticeship.Population;
import kpi.core.apprenticeship.School;

/** Readers of the small reference lists: headcounts, schools, population. */
public final class ReferenceReaders {
  public static final String HEADCOUNT = FileKind.HEADCOUNT.id();
  public static final String SCHOOLS = FileKind.SCHOOLS.id();
  public static final String POPULATION = FileKind.POPULATION.id();
  public static final String POSTCODES = FileKind.POSTCODES.id();

  private final DistrictLookup districts;
  private final Problems problems;

  /** One duplicate check per kind across all its files. */
  private final KeySet headcountKeys = new KeySet();

  private final KeySet schoolKeys = new KeySet();
  private final KeySet populationKeys = new KeySet();

  public ReferenceReaders(DistrictLookup districts, Problems problems) {
    this.districts = districts;
    this.problems = problems;
  }

  public FileSummary headcounts(InputFile f, Consumer<Headcount> sink) throws IOException {
    KeySet keys = headcountKeys;
    return TableReader.read(
        f,
        FileKind.HEADCOUNT.columns(),
        problems,
        row -> {
          String org = row.text("organisation");
          String type = row.text("employer_type");
          Integer year = row.integer("year_start");
          Double heads = row.decimal("headcount");
          if (row.rejected()) {
            return;
          }
          if (!DateWindow.plausibleYear(year)) {
            row.error(
                "year_start",
                "implausible-date",
                row.raw("year_start"),
                DateWindow.yearReason("year_start", row.raw("year_start")));
            return;
          }
          if (heads < 0) {
            row.error(
                "headcount", "out-of-range", row.raw("headcount"), "headcount cannot be negative");
            return;
          }
          if (!keys.add(org, type, year.toString())) {
            row.error(
                "organisation",
                "duplicate-key",
                org,
                org + " already has a " + type + " headcount for " + year + "; the first is kept");
            return;
          }
          sink.accept(new Headcount(org, type, year, heads));
        });
  }

  public FileSummary schools(InputFile f, Consumer<School> sink) throws IOException {
    KeySet keys = schoolKeys;
    return TableReader.read(
        f,
        FileKind.SCHOOLS.columns(),
        problems,
        row -> {
          String urn = row.text("urn");
          String name = row.text("name");
          String district = row.optionalText("district");
          if (row.rejected()) {
            return;
          }
          if (!keys.add(urn)) {
            row.error("urn", "duplicate-key", urn, "school " + urn + " appears earlier");
            return;
          }
          String code =
              district.isEmpty() || districts.isEmpty()
                  ? district
                  : districts.code(district).orElse(null);
          if (code == null) {
            row.warn(
                "district",
                "unknown-district",
                district,
                "district '"
                    + district
                    + "' is not in reference/districts; left blank"
                    + districts.hint(district));
            code = "";
          }
          sink.accept(
              new School(urn, name, code, row.optionalText("phase"), row.optionalText("type")));
        });
  }

  public FileSummary population(InputFile f, Consumer<Population> sink) throws IOException {
    return TableReader.read(
        f,
        FileKind.POPULATION.columns(),
        problems,
        row -> {
          String area = row.text("area");
          String band = row.text("age_band");
          Integer year = row.integer("year");
          Double pop = row.decimal("population");
          if (row.rejected()) {
            return;
          }
          if (!DateWindow.plausibleYear(year)) {
            row.error(
                "year",
                "implausible-date",
                row.raw("year"),
                DateWindow.yearReason("year", row.raw("year")));
            return;
          }
          if (pop <= 0) {
            row.error(
                "population", "out-of-range", row.raw("population"), "population must be above 0");
            return;
          }
          String code = districts.code(area).orElse(area);
          if (!populationKeys.add(code, band.toLowerCase(java.util.Locale.ROOT), year.toString())) {
            row.error(
                "area",
                "duplicate-key",
                area,
                area
                    + " already has a population aged "
                    + band
                    + " for "
                    + year
                    + "; the first is kept");
            return;
          }
          sink.accept(new Population(code, band, year, pop));
        });
  }

  /**
   * Postcodes to districts: {@code postcode,district} (name or ONS code), or the ONS postcode
   * directory as it is ({@code pcds}, {@code laua}). Postcodes of other authorities' districts are
   * passed over (the directory covers the whole country), and said in one note.
   */
  public FileSummary postcodes(InputFile f, java.util.Map<String, String> sink) throws IOException {
    long[] elsewhere = new long[1];
    FileSummary summary =
        TableReader.read(
            f,
            FileKind.POSTCODES.columns(),
            problems,
            row -> {
              boolean ons = !row.has("district");
              String postcode =
                  row.text(
                      row.has("postcode")
                          ? "postcode"
                          : firstOf(row, "pcds", "pcd", "pcd7", "pcd8"));
              String districtColumn = ons ? firstOf(row, "laua", "lad", "oslaua") : "district";
              String district = row.text(districtColumn);
              if (row.rejected()) {
                return;
              }
              String code = districts.isEmpty() ? district : districts.code(district).orElse(null);
              if (code == null) {
                if (ons) {
                  elsewhere[0]++;
                } else {
                  row.error(
                      "district",
                      "unknown-district",
                      district,
                      "district '"
                          + district
                          + "' is not in reference/districts"
                          + districts.hint(district));
                }
                return;
              }
              sink.putIfAbsent(PostcodeLookup.key(postcode), code);
            });
    if (elsewhere[0] == 0) {
      return summary;
    }
    List<String> notes = new java.util.ArrayList<>(summary.notes());
    notes.add(
        elsewhere[0]
            + " postcodes are in districts outside reference/districts and were"
            + " passed over");
    return new FileSummary(
        summary.kind(),
        summary.file(),
        summary.sha256(),
        summary.rowsRead(),
        summary.rowsAccepted(),
        summary.rowsRejected(),
        notes);
  }

  private static String firstOf(Row row, String... columns) {
    for (String c : columns) {
      if (row.has(c)) {
        return c;
      }
    }
    return columns[0];
  }
}
