package kpi.app.load;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kpi.app.error.KpiException;
import kpi.app.mapping.Mapping;
import kpi.app.mapping.MappingException;
import kpi.app.read.DistrictLookup;
import kpi.app.read.FileSummary;
import kpi.app.read.Problem;
import kpi.app.read.Problems;
import kpi.app.read.Suggest;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Catalog;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;

/**
 * One command's view of its inputs: the data drop (the bundled sample when none is named), the
 * catalog, and the data read from the drop, with what was rejected on the way.
 */
public final class Session {
  /** How many individual problems a computing command echoes before pointing to validate. */
  private static final int PROBLEMS_SHOWN = 5;

  /** Warnings about which files were read, always worth a line on stderr. */
  private static final java.util.Set<String> DISCOVERY =
      java.util.Set.of("unread-file", "mapping", "no-district", "unknown-postcode");

  private final Catalog catalog;
  private final CatalogSource catalogSource;
  private final LoadedDrop loaded;
  private final Mapping mapping;

  private Session(
      Catalog catalog, CatalogSource catalogSource, LoadedDrop loaded, Mapping mapping) {
    this.catalog = catalog;
    this.catalogSource = catalogSource;
    this.loaded = loaded;
    this.mapping = mapping;
  }

  /** The mapping the drop was read through, or null. */
  public Mapping mapping() {
    return mapping;
  }

  /** Opens the drop and catalog the options name, telling the user what was assumed. */
  public static Session open(DataRequest options, Consumer<String> notices) {
    return open(options, notices, LoadProgress.NONE);
  }

  /** As {@link #open(DataRequest, Consumer)}, showing which file is being read. */
  public static Session open(DataRequest options, Consumer<String> notices, LoadProgress progress) {
    return open(options, notices, progress, notices);
  }

  /**
   * As {@link #open(DataRequest, Consumer, LoadProgress)}, with warnings about lost data (rejected
   * rows, an edited catalog) sent to {@code warnings}, which {@code --quiet} does not silence.
   */
  public static Session open(
      DataRequest options,
      Consumer<String> notices,
      LoadProgress progress,
      Consumer<String> warnings) {
    return open(options, notices, progress, warnings, true);
  }

  /**
   * As {@link #open(DataRequest, Consumer, LoadProgress)}, reading every kind of file in the drop,
   * those no KPI of the catalog uses too ({@code kpi diff} compares every file).
   */
  public static Session openEveryKind(
      DataRequest options, Consumer<String> notices, LoadProgress progress) {
    return open(options, notices, progress, notices, false);
  }

  private static Session open(
      DataRequest options,
      Consumer<String> notices,
      LoadProgress progress,
      Consumer<String> warnings,
      boolean onlyNeeded) {
    DataDrop drop;
    if (options.data() == null) {
      drop = DataDrop.bundled();
      notices.accept("no --data given: using the bundled sample data drop (synthetic, Kent-like)");
    } else {
      drop = DataDrop.of(options.data());
    }
    CatalogChoice.Chosen chosen = CatalogChoice.choose(options.catalog(), drop);
    Catalog catalog = chosen.catalog();
    if (chosen.source().editedFrom() != null) {
      warnings.accept(
          "catalog "
              + chosen.source().path()
              + " has the id of the bundled catalog "
              + chosen.source().editedFrom()
              + " but different content; outputs name its path and"
              + " sha256 "
              + chosen.source().sha256().substring(0, 12));
    }
    Mapping mapping;
    try {
      mapping = MappingChoice.resolve(options.mapping(), drop);
    } catch (MappingException e) {
      throw KpiException.usage("the mapping cannot be used:\n" + e.getMessage());
    }
    if (mapping != null) {
      drop = drop.withMapping(mapping);
      notices.accept("reading the drop through " + mapping.describe());
    }
    for (String kind : options.require()) {
      if (!DataDrop.allKinds().contains(kind)) {
        throw KpiException.usage(
            "--require "
                + kind
                + ": not a kind; kinds are "
                + String.join(", ", DataDrop.allKinds())
                + Suggest.didYouMean(kind, DataDrop.allKinds()));
      }
    }
    LoadedDrop loaded;
    DropLoader loader =
        new DropLoader(catalog, new Problems()).requiring(options.require()).showing(progress);
    if (onlyNeeded) {
      loader.onlyNeeded();
    }
    try {
      loaded = loader.load(drop);
    } finally {
      progress.done();
    }
    loader.skipped().forEach(notices);
    report(loaded, notices, warnings);
    return new Session(catalog, chosen.source(), loaded, mapping);
  }

  /** Problems and discovery notes as notices; rows lost as warnings (shown even with -q). */
  private static void report(
      LoadedDrop loaded, Consumer<String> notices, Consumer<String> warnings) {
    int shown = 0;
    for (Problem p : loaded.problems().kept()) {
      if (p.isError() && shown++ < PROBLEMS_SHOWN) {
        notices.accept(p.oneLine());
      }
    }
    for (Problem p : loaded.problems().kept()) {
      if (!p.isError() && DISCOVERY.contains(p.check())) {
        // A file left unread is data lost: said even with --quiet.
        (p.check().equals("unread-file") ? warnings : notices).accept(p.oneLine());
      }
    }
    for (FileSummary f : loaded.inputs()) {
      for (String note : f.notes()) {
        if (!note.startsWith("read through")) {
          notices.accept(f.file() + ": " + note);
        }
      }
    }
    for (FileSummary f : loaded.inputs()) {
      if (f.rowsRejected() > 0 && f.rowsAccepted() == 0) {
        warnings.accept(
            f.file()
                + ": all "
                + f.rowsRejected()
                + " rows rejected, so nothing"
                + " from this file is used; run kpi validate for the full list");
      } else if (f.rowsRejected() > 0) {
        warnings.accept(
            f.file()
                + ": "
                + f.rowsRejected()
                + " of "
                + f.rowsRead()
                + " rows rejected and left out; run kpi validate for the full list");
      }
    }
  }

  public Catalog catalog() {
    return catalog;
  }

  /** Where the catalog came from: source, path and SHA-256. */
  public CatalogSource catalogSource() {
    return catalogSource;
  }

  public DataSet data() {
    return loaded.data();
  }

  public List<FileSummary> inputs() {
    return loaded.inputs();
  }

  public Problems problems() {
    return loaded.problems();
  }

  public long rejectedRows() {
    return loaded.rejectedRows();
  }

  /**
   * A drop with nothing any KPI can use (every row rejected, or no file the catalog reads): a
   * problem with the data (exit 1), not with the options.
   */
  public KpiException nothingUsable() {
    long rejected = rejectedRows();
    return KpiException.dataErrors(
        "the data drop holds no usable value for any KPI of "
            + catalog.id()
            + (rejected > 0 ? " (" + rejected + " input rows were rejected)" : "")
            + "; run kpi validate for the list of problems");
  }

  /** The latest academic year with a KPI value, for commands given no --period. */
  public kpi.core.period.Period latestPeriod(kpi.core.engine.ScorecardEngine engine) {
    return engine.latestYear(catalog, data()).orElseThrow(this::nothingUsable);
  }

  /** District codes for names or codes given on the command line (usage error if unknown). */
  public List<String> districtCodes(List<String> given) {
    DistrictLookup lookup = new DistrictLookup(data().districts());
    List<String> codes = new ArrayList<>();
    for (String g : given) {
      codes.add(
          lookup
              .code(g)
              .orElseThrow(
                  () ->
                      KpiException.usage(
                          "unknown district \""
                              + g
                              + "\"; districts are "
                              + String.join(
                                  ", ", data().districts().stream().map(District::name).toList())
                              + Suggest.didYouMean(
                                  g, data().districts().stream().map(District::name).toList()))));
    }
    return codes;
  }

  /**
   * Runs a core computation, turning a rejected request (bad period, say) into a usage error. Any
   * other exception from the core is a bug (exit 4), not the user's mistake.
   */
  public static <T> T compute(Supplier<T> work) {
    try {
      return work.get();
    } catch (InvalidRequestException e) {
      throw KpiException.usage(e.getMessage());
    }
  }
}
