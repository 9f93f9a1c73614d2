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
import kpi.app.read.FileKind;
import kpi.app.read.FileSummary;
import kpi.app.read.InputFile;
import kpi.app.read.LevyReader;
import kpi.app.read.NeetTrackingReader;
import kpi.app.read.PostcodeLookup;
import kpi.app.read.Problem;
import kpi.app.read.Problems;
import kpi.app.read.ReadFailure;
import kpi.app.read.ReadTargets;
import kpi.app.read.ReferenceReaders;
import kpi.app.read.ReturnsReader;
import kpi.app.read.SeptemberGuaranteeReader;
import kpi.app.read.Severity;
import kpi.core.apprenticeship.ApprenticeshipData;
import kpi.core.attainment.AttainmentData;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.KpiDefinition;
import kpi.core.comparator.ComparatorTable;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetCube;
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
    Set<String> used = new HashSet<>();
    for (KpiDefinition k : catalog.kpis()) {
      String family = family(k.measure());
      if (FileKind.readBy(family).isEmpty()) {
        return java.util.Map.of(); // a measure of no kind's family: read everything
      }
      used.add(family);
    }
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (FileKind kind : FileKind.values()) {
      if (!kind.alwaysRead() && kind.families().stream().noneMatch(used::contains)) {
        out.put(
            kind.id(),
            "catalog "
                + catalog.id()
                + " has no KPI with a "
                + String.join("* or ", kind.families().stream().map(f -> f + ".").toList())
                + "* measure");
      }
    }
    return out;
  }

  /** A measure's family: its id up to the first dot ({@code neet} for {@code neet.rate}). */
  static String family(String measure) {
    return measure.substring(0, Math.max(0, measure.indexOf('.')));
  }

  /** The files of a kind to read; none (each noted) when the kind is not needed. */
  private List<InputFile> files(DataDrop drop, FileKind kind) {
    List<InputFile> files = drop.files(kind.id());
    String why = skippedKinds.get(kind.id());
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
    if (!skippedKinds.isEmpty() && drop.files(FileKind.DISTRICTS.id()).isEmpty()) {
      // without a reference list the tracking data names the districts every KPI breaks down by
      skippedKinds = new java.util.HashMap<>(skippedKinds);
      skippedKinds.remove(FileKind.NEET_TRACKING.id());
    }
    List<FileSummary> summaries = new ArrayList<>();
    ReadTargets targets = new ReadTargets(problems);
    read(drop, FileKind.DISTRICTS, targets, summaries);
    List<District> districts = new ArrayList<>(targets.districts());
    DistrictLookup lookup = new DistrictLookup(districts);
    targets.use(new ReferenceReaders(lookup, problems));
    read(drop, FileKind.POSTCODES, targets, summaries);
    ActivityGroups groups = ActivityGroups.standard().withOverrides(catalog.activityGroups());
    NeetTrackingReader neetReader =
        new NeetTrackingReader(groups, lookup, problems)
            .withPostcodes(new PostcodeLookup(targets.postcodes()));
    if (consistencyChecks) {
      neetReader.withConsistencyChecks();
    }
    read(drop, FileKind.NEET_TRACKING, targets.use(neetReader), summaries);
    NeetCube neet = targets.neet().build();
    if (skippedKinds.containsKey(FileKind.NEET_TRACKING.id())
        && !drop.files(FileKind.NEET_TRACKING.id()).isEmpty()
        && !skippedKinds.containsKey(FileKind.APPRENTICESHIP_STARTS.id())
        && !drop.files(FileKind.APPRENTICESHIP_STARTS.id()).isEmpty()) {
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
    read(drop, FileKind.HEADCOUNT, targets, summaries);
    read(drop, FileKind.SCHOOLS, targets, summaries);
    read(drop, FileKind.POPULATION, targets, summaries);
    targets.use(new ApprenticeshipStartsReader(lookup, problems).notAfter(dropDate));
    read(drop, FileKind.APPRENTICESHIP_STARTS, targets, summaries);
    targets.use(new AttainmentReaders(lookup, problems));
    read(drop, FileKind.ATTAINMENT_KS4, targets, summaries);
    read(drop, FileKind.ATTAINMENT_16_18, targets, summaries);
    read(drop, FileKind.ATTAINMENT_AGE19, targets, summaries);
    targets.use(new SeptemberGuaranteeReader(lookup, problems));
    read(drop, FileKind.SEPTEMBER_GUARANTEE, targets, summaries);
    targets.use(new LevyReader(problems));
    read(drop, FileKind.LEVY, targets, summaries);
    targets.use(new ComparatorReader(comparatorIndicators(), problems));
    read(drop, FileKind.COMPARATORS, targets, summaries);
    targets.use(returnsReader(lookup));
    read(drop, FileKind.RETURNS, targets, summaries);
    List<District> known = districts.isEmpty() ? districtsSeen(neet) : districts;
    DataSet data =
        DataSet.builder()
            .districts(known)
            .neet(neet)
            .activityGroups(groups)
            .comparators(
                new ComparatorTable(targets.observations(), catalog.statisticalNeighbours()))
            .returns(new Returns(targets.returns()))
            .apprenticeships(
                new ApprenticeshipData(
                    targets.apprenticeships().build(),
                    targets.headcounts(),
                    targets.schools(),
                    targets.population()))
            .attainment(
                new AttainmentData(
                    targets.ks4().build(), targets.ks5().build(), targets.age19().build()))
            .guarantee(targets.guarantee().build())
            .levy(targets.levy().build())
            .build();
    return new LoadedDrop(data, summaries, problems);
  }

  /** Reads every file of a kind that is to be read, each through the kind's reader. */
  private void read(
      DataDrop drop, FileKind kind, ReadTargets targets, List<FileSummary> summaries) {
    for (InputFile f : files(drop, kind)) {
      read(f, summaries, () -> kind.read(targets, f));
    }
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
                      ? FileKind.NEET_TRACKING.id()
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
      if (drop.files(kind).isEmpty()) {
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

  /** The reader of hand-kept figures, which checks them against the catalog's KPI ids. */
  private ReturnsReader returnsReader(DistrictLookup lookup) {
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
    return new ReturnsReader(ids, catalog.authority(), lookup, problems).computed(computed);
  }

  /**
   * The indicators the catalog's KPIs are compared with (published figures of others are not kept).
   */
  private Set<String> comparatorIndicators() {
    Set<String> indicators = new HashSet<>();
    for (KpiDefinition k : catalog.kpis()) {
      if (k.comparator() != null) {
        indicators.add(k.comparator().indicator());
      }
    }
    return indicators;
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
