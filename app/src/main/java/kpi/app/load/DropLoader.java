package kpi.app.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import kpi.app.error.KpiException;
import kpi.app.read.ApprenticeshipStartsReader;
import kpi.app.read.AttainmentReaders;
import kpi.app.read.ComparatorReader;
import kpi.app.read.DistrictLookup;
import kpi.app.read.DistrictsReader;
import kpi.app.read.FileSummary;
import kpi.app.read.InputFile;
import kpi.app.read.LevyReader;
import kpi.app.read.NeetTrackingReader;
import kpi.app.read.PostcodeLookup;
import kpi.app.read.Problem;
import kpi.app.read.Problems;
import kpi.app.read.ReadFailure;
import kpi.app.read.ReferenceReaders;
import kpi.app.read.ReturnsReader;
import kpi.app.read.SeptemberGuaranteeReader;
import kpi.app.read.Severity;
import kpi.core.apprenticeship.ApprenticeshipCube;
import kpi.core.apprenticeship.ApprenticeshipData;
import kpi.core.apprenticeship.Headcount;
import kpi.core.apprenticeship.Population;
import kpi.core.apprenticeship.School;
import kpi.core.attainment.Age19Cube;
import kpi.core.attainment.AttainmentData;
import kpi.core.attainment.Ks4Cube;
import kpi.core.attainment.Ks5Cube;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.KpiDefinition;
import kpi.core.comparator.ComparatorTable;
import kpi.core.comparator.Observation;
import kpi.core.guarantee.GuaranteeCube;
import kpi.core.levy.LevyCube;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetCube;
import kpi.core.returns.ReturnEntry;
import kpi.core.returns.Returns;

/**
 * Reads every file of a data drop into one {@link DataSet}: reference lists first (districts decide
 * how rows are matched), then each record kind streamed into its aggregate.
 */
public final class DropLoader {
  /** What to do with a file that cannot be read at all. */
  public enum OnUnreadable {
    /** Stop with an input/output error (computing commands). */
    FAIL,
    /** Report it as a problem and go on with the other files (validate). */
    REPORT
  }

  private final Catalog catalog;
  private final Problems problems;
  private final OnUnreadable onUnreadable;
  private boolean consistencyChecks;
  private LoadProgress progress = LoadProgress.NONE;
  private List<String> required = List.of();
  private int unreadable;

  /** Kinds no KPI of the catalog uses, with the reason; empty when every kind is read. */
  private java.util.Map<String, String> skippedKinds = java.util.Map.of();

  private final List<String> skipped = new ArrayList<>();

  public DropLoader(Catalog catalog, Problems problems, OnUnreadable onUnreadable) {
    this.catalog = catalog;
    this.problems = problems;
    this.onUnreadable = onUnreadable;
  }

  public DropLoader(Catalog catalog, Problems problems) {
    this(catalog, problems, OnUnreadable.FAIL);
  }

  /** Shows which file is being read (on a terminal). */
  public DropLoader showing(LoadProgress p) {
    this.progress = p;
    return this;
  }

  /** Kinds that must be in the drop ({@code --require}): missing ones are errors. */
  public DropLoader requiring(List<String> kinds) {
    this.required = List.copyOf(kinds);
    return this;
  }

  /** Also checks rows against each other where that costs memory per person (validate). */
  public DropLoader checkConsistency() {
    consistencyChecks = true;
    return this;
  }

  /**
   * Reads only the kinds the catalog's KPIs use (reference lists, returns and comparators are
   * always read: they are small and any KPI may use them). Computing commands ask for this; {@code
   * validate} and {@code diff} read everything.
   */
  public DropLoader onlyNeeded() {
    skippedKinds = kindsNotNeeded(catalog);
    return this;
  }

  /** One line per file left unread because no KPI needs its kind (see {@link #onlyNeeded}). */
  public List<String> skipped() {
    return List.copyOf(skipped);
  }

  /**
   * The data kinds no KPI of the catalog needs, each with the reason, by measure family. A measure
   * of a family this list does not know keeps every kind read.
   */
  static java.util.Map<String, String> kindsNotNeeded(Catalog catalog) {
    java.util.Map<String, List<String>> families = new java.util.LinkedHashMap<>();
    families.put("neet.", List.of(NeetTrackingReader.KIND, ReferenceReaders.POSTCODES));
    families.put(
        "apprenticeships.",
        List.of(
            ApprenticeshipStartsReader.KIND,
            ReferenceReaders.HEADCOUNT,
            ReferenceReaders.SCHOOLS,
            ReferenceReaders.POPULATION));
    families.put("ks4.", List.of(AttainmentReaders.KS4));
    families.put("ks5.", List.of(AttainmentReaders.KS5));
    families.put("age19.", List.of(AttainmentReaders.AGE19));
    families.put("september_guarantee.", List.of(SeptemberGuaranteeReader.KIND));
    families.put("levy.", List.of(LevyReader.KIND));
    Set<String> used = new HashSet<>();
    for (KpiDefinition k : catalog.kpis()) {
      String family =
          families.keySet().stream().filter(k.measure()::startsWith).findFirst().orElse(null);
      if (family == null && !k.measure().startsWith("returns.")) {
        return java.util.Map.of(); // a measure this list does not know: read everything
      }
      if (family != null) {
        used.add(family);
      }
    }
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    families.forEach(
        (family, kinds) -> {
          if (!used.contains(family)) {
            kinds.forEach(
                kind ->
                    out.put(
                        kind,
                        "catalog " + catalog.id() + " has no KPI with a " + family + "* measure"));
          }
        });
    return out;
  }

  /** The files of a kind to read; none (each noted) when the kind is not needed. */
  private List<InputFile> files(DataDrop drop, String kind) {
    List<InputFile> files = drop.files(kind);
    String why = skippedKinds.get(kind);
    if (why == null) {
      return files;
    }
    for (InputFile f : files) {
      skipped.add(f.name() + ": not read: " + why + " (kpi validate reads it)");
    }
    return List.of();
  }

  /** Files that could not be read at all (only counted with {@link OnUnreadable#REPORT}). */
  public int unreadable() {
    return unreadable;
  }

  /**
   * Reads the drop.
   *
   * @throws KpiException (input/output) when a file cannot be read at all and the loader fails
   */
  public LoadedDrop load(DataDrop drop) {
    discovery(drop);
    if (!skippedKinds.isEmpty() && drop.files(DistrictsReader.KIND).isEmpty()) {
      // without a reference list the tracking data names the districts every KPI breaks down by
      skippedKinds = new java.util.HashMap<>(skippedKinds);
      skippedKinds.remove(NeetTrackingReader.KIND);
    }
    List<FileSummary> summaries = new ArrayList<>();
    List<District> districts = new ArrayList<>();
    for (InputFile f : drop.files(DistrictsReader.KIND)) {
      read(
          f,
          summaries,
          () -> {
            List<FileSummary> one = new ArrayList<>();
            districts.addAll(DistrictsReader.read(f, problems, one));
            return one.get(0);
          });
    }
    DistrictLookup lookup = new DistrictLookup(districts);
    java.util.Map<String, String> postcodes = new java.util.HashMap<>();
    ReferenceReaders postcodeReader = new ReferenceReaders(lookup, problems);
    for (InputFile f : files(drop, ReferenceReaders.POSTCODES)) {
      read(f, summaries, () -> postcodeReader.postcodes(f, postcodes));
    }
    ActivityGroups groups = ActivityGroups.standard().withOverrides(catalog.activityGroups());
    NeetCube.Builder neetCells = NeetCube.builder();
    NeetTrackingReader neetReader =
        new NeetTrackingReader(groups, lookup, problems)
            .withPostcodes(new PostcodeLookup(postcodes));
    if (consistencyChecks) {
      neetReader.withConsistencyChecks();
    }
    for (InputFile f : files(drop, NeetTrackingReader.KIND)) {
      read(f, summaries, () -> neetReader.read(f, neetCells));
    }
    NeetCube neet = neetCells.build();
    if (skippedKinds.containsKey(NeetTrackingReader.KIND)
        && !drop.files(NeetTrackingReader.KIND).isEmpty()
        && !skippedKinds.containsKey(ApprenticeshipStartsReader.KIND)
        && !drop.files(ApprenticeshipStartsReader.KIND).isEmpty()) {
      skipped.add(
          "apprenticeship start dates are not checked against the latest tracking"
              + " snapshot, as the tracking files are not read (kpi validate checks them)");
    }
    if (!districts.isEmpty() && hasUnknownDistrict(neet)) {
      districts.add(
          new District(
              NeetTrackingReader.UNKNOWN_DISTRICT,
              "Unknown district",
              districts.stream().mapToInt(District::order).max().orElse(0) + 1,
              List.of()));
    }
    java.time.LocalDate dropDate =
        neet.months().isEmpty() ? null : neet.months().last().atEndOfMonth();
    ApprenticeshipData apprenticeships = apprenticeships(drop, lookup, summaries, dropDate);
    AttainmentData attainment = attainment(drop, lookup, summaries);
    GuaranteeCube.Builder guarantee = GuaranteeCube.builder();
    SeptemberGuaranteeReader guaranteeReader = new SeptemberGuaranteeReader(lookup, problems);
    for (InputFile f : files(drop, SeptemberGuaranteeReader.KIND)) {
      read(f, summaries, () -> guaranteeReader.read(f, guarantee::add));
    }
    LevyCube.Builder levy = LevyCube.builder();
    LevyReader levyReader = new LevyReader(problems);
    for (InputFile f : files(drop, LevyReader.KIND)) {
      read(f, summaries, () -> levyReader.read(f, levy::add));
    }
    List<District> known = districts.isEmpty() ? districtsSeen(neet) : districts;
    ComparatorTable comparators = comparators(drop, summaries);
    Returns returns = returns(drop, lookup, summaries);
    DataSet data =
        DataSet.builder()
            .districts(known)
            .neet(neet)
            .activityGroups(groups)
            .comparators(comparators)
            .returns(returns)
            .apprenticeships(apprenticeships)
            .attainment(attainment)
            .guarantee(guarantee.build())
            .levy(levy.build())
            .build();
    return new LoadedDrop(data, summaries, problems);
  }

  /**
   * What finding the files said: table files no kind takes, mapping entries that match nothing or
   * overlap, kinds the user requires, and a drop with no data file at all.
   */
  private void discovery(DataDrop drop) {
    for (DataDrop.Unread u : drop.unread()) {
      problems.add(
          Problem.ofFile(
              Severity.WARNING,
              "unread-file",
              u.name(),
              "is not read: its"
                  + " name matches no kind"
                  + (u.closestKind() == null ? "" : " (closest: " + u.closestKind() + ")")
                  + "; rename it (for example "
                  + (u.closestKind() == null
                      ? "neet-tracking"
                      : u.closestKind().substring(u.closestKind().lastIndexOf('/') + 1))
                  + ".csv) or map it in kpi-mapping.json"));
    }
    if (drop.mapping() != null) {
      for (DataDrop.MappingIssue m : drop.mappingIssues()) {
        problems.add(
            new Problem(
                m.error() ? Severity.ERROR : Severity.WARNING,
                "mapping",
                drop.mapping().name(),
                null,
                m.where(),
                null,
                null,
                m.message()));
      }
    }
    for (String kind : required) {
      boolean present =
          kind.equals("comparators")
              ? !drop.comparatorFiles().isEmpty()
              : !drop.files(kind).isEmpty();
      if (!present) {
        problems.add(
            Problem.ofFile(
                Severity.ERROR,
                "missing-kind",
                kind,
                "no " + kind + " file in the drop, and --require names it"));
      }
    }
    if (!drop.isBundled() && drop.root() != null && !drop.isNamedFiles() && !drop.hasDataFiles()) {
      problems.add(
          Problem.ofFile(
              Severity.ERROR,
              "empty-drop",
              drop.root().getFileName() == null
                  ? drop.root().toString()
                  : drop.root().getFileName().toString(),
              "holds no data file: no neet-tracking, apprenticeship-starts, attainment, levy, returns or"
                  + " comparators file was found in the folder or its subfolders"
                  + (drop.unread().isEmpty()
                      ? ""
                      : " ("
                          + drop.unread().size()
                          + " table files have names that match no kind; see unread-file)")));
    }
    if (onUnreadable == OnUnreadable.FAIL) {
      List<Problem> fatal =
          problems.kept().stream()
              .filter(Problem::isError)
              .filter(
                  p ->
                      p.check().equals("empty-drop")
                          || p.check().equals("missing-kind")
                          || p.check().equals("mapping"))
              .toList();
      if (!fatal.isEmpty()) {
        throw KpiException.dataErrors(
            String.join("\n", fatal.stream().map(Problem::oneLine).toList()));
      }
    }
  }

  private static boolean hasUnknownDistrict(NeetCube neet) {
    boolean[] any = new boolean[1];
    neet.forEach(
        (cell, n) -> any[0] |= cell.district().equals(NeetTrackingReader.UNKNOWN_DISTRICT));
    return any[0];
  }

  /** Apprenticeship starts streamed into their cube, with the reference lists they need. */
  private ApprenticeshipData apprenticeships(
      DataDrop drop,
      DistrictLookup lookup,
      List<FileSummary> summaries,
      java.time.LocalDate dropDate) {
    ReferenceReaders refs = new ReferenceReaders(lookup, problems);
    List<Headcount> headcounts = new ArrayList<>();
    for (InputFile f : files(drop, ReferenceReaders.HEADCOUNT)) {
      read(f, summaries, () -> refs.headcounts(f, headcounts::add));
    }
    List<School> schools = new ArrayList<>();
    for (InputFile f : files(drop, ReferenceReaders.SCHOOLS)) {
      read(f, summaries, () -> refs.schools(f, schools::add));
    }
    List<Population> population = new ArrayList<>();
    for (InputFile f : files(drop, ReferenceReaders.POPULATION)) {
      read(f, summaries, () -> refs.population(f, population::add));
    }
    ApprenticeshipCube.Builder cube = ApprenticeshipCube.builder();
    ApprenticeshipStartsReader reader =
        new ApprenticeshipStartsReader(lookup, problems).notAfter(dropDate);
    for (InputFile f : files(drop, ApprenticeshipStartsReader.KIND)) {
      read(f, summaries, () -> reader.read(f, cube::add));
    }
    return new ApprenticeshipData(cube.build(), headcounts, schools, population);
  }

  /** KS4, 16-18 and age-19 results streamed into their cubes. */
  private AttainmentData attainment(
      DataDrop drop, DistrictLookup lookup, List<FileSummary> summaries) {
    AttainmentReaders readers = new AttainmentReaders(lookup, problems);
    Ks4Cube.Builder ks4 = Ks4Cube.builder();
    for (InputFile f : files(drop, AttainmentReaders.KS4)) {
      read(f, summaries, () -> readers.ks4(f, ks4::add));
    }
    Ks5Cube.Builder ks5 = Ks5Cube.builder();
    for (InputFile f : files(drop, AttainmentReaders.KS5)) {
      read(f, summaries, () -> readers.ks5(f, ks5::add));
    }
    Age19Cube.Builder age19 = Age19Cube.builder();
    for (InputFile f : files(drop, AttainmentReaders.AGE19)) {
      read(f, summaries, () -> readers.age19(f, age19::add));
    }
    return new AttainmentData(ks4.build(), ks5.build(), age19.build());
  }

  /** Hand-kept figures, checked against the catalog's KPI ids. */
  private Returns returns(DataDrop drop, DistrictLookup lookup, List<FileSummary> summaries) {
    Set<String> ids = new HashSet<>();
    catalog.kpis().forEach(k -> ids.add(k.id().toUpperCase(java.util.Locale.ROOT)));
    // one drop may serve every bundled catalog (the sample does): their ids are not unknown
    for (String bundled : CatalogChoice.bundledIds()) {
      CatalogChoice.bundled(bundled)
          .kpis()
          .forEach(k -> ids.add(k.id().toUpperCase(java.util.Locale.ROOT)));
    }
    // KPIs the data computes: a return for one is only a last-resort previous value
    java.util.Map<String, String> computed = new java.util.HashMap<>();
    Set<String> borrowed = new HashSet<>();
    catalog
        .kpis()
        .forEach(
            k -> {
              if (k.measure().equals(kpi.core.measure.ReturnsMeasure.ID)) {
                k.params()
                    .text(kpi.core.measure.ReturnsMeasure.KPI_ID)
                    .ifPresent(b -> borrowed.add(b.toUpperCase(java.util.Locale.ROOT)));
              } else {
                computed.put(k.id().toUpperCase(java.util.Locale.ROOT), k.measure());
              }
            });
    borrowed.forEach(computed::remove);
    List<ReturnEntry> entries = new ArrayList<>();
    ReturnsReader reader =
        new ReturnsReader(ids, catalog.authority(), lookup, problems).computed(computed);
    for (InputFile f : drop.files(ReturnsReader.KIND)) {
      read(f, summaries, () -> reader.read(f, entries::add));
    }
    return new Returns(entries);
  }

  /** Published figures for the indicators the catalog's KPIs are compared with. */
  private ComparatorTable comparators(DataDrop drop, List<FileSummary> summaries) {
    Set<String> indicators = new HashSet<>();
    for (KpiDefinition k : catalog.kpis()) {
      if (k.comparator() != null) {
        indicators.add(k.comparator().indicator());
      }
    }
    List<Observation> observations = new ArrayList<>();
    ComparatorReader reader = new ComparatorReader(indicators, problems);
    for (InputFile f : drop.comparatorFiles()) {
      read(f, summaries, () -> reader.read(f, observations));
    }
    return new ComparatorTable(observations, catalog.statisticalNeighbours());
  }

  /** Reads one file through its reader. */
  @FunctionalInterface
  private interface FileRead {
    FileSummary run() throws IOException;
  }

  private void read(InputFile f, List<FileSummary> summaries, FileRead reader) {
    try {
      progress.reading(f.name(), sizeOf(f));
      summaries.add(reader.run());
    } catch (ReadFailure e) {
      if (onUnreadable == OnUnreadable.FAIL) {
        throw KpiException.io(e.getMessage(), e);
      }
      unreadable++;
      problems.add(Problem.ofFile(Severity.ERROR, e.check(), f.name(), e.reason()));
      summaries.add(new FileSummary(f.kind(), f.name(), "", 0, 0, 0));
    } catch (IOException e) {
      if (onUnreadable == OnUnreadable.FAIL) {
        throw KpiException.io(f.name() + ": cannot be read: " + e.getMessage(), e);
      }
      unreadable++;
      problems.add(
          Problem.ofFile(
              Severity.ERROR, "file-unreadable", f.name(), "cannot be read: " + e.getMessage()));
      summaries.add(new FileSummary(f.kind(), f.name(), "", 0, 0, 0));
    }
  }

  private static long sizeOf(InputFile f) {
    try {
      return java.nio.file.Files.size(f.path());
    } catch (IOException e) {
      return 0;
    }
  }

  /** Without a reference list, districts are the codes the data uses, in code order. */
  private static List<District> districtsSeen(NeetCube neet) {
    TreeSet<String> codes = new TreeSet<>();
    neet.forEach((cell, n) -> codes.add(cell.district()));
    List<District> out = new ArrayList<>();
    for (String c : codes) {
      out.add(new District(c, c, out.size() + 1, List.of()));
    }
    return out;
  }
}
