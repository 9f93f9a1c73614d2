package kpi.app.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import kpi.app.catalog.CatalogException;
import kpi.app.catalog.CatalogLoader;
import kpi.app.load.CatalogChoice;
import kpi.app.load.DataDrop;
import kpi.app.load.DropLoader;
import kpi.app.load.LoadedDrop;
import kpi.app.read.FileKind;
import kpi.app.read.FileSummary;
import kpi.app.read.Problem;
import kpi.app.read.Problems;
import kpi.app.read.Severity;
import kpi.core.catalog.Catalog;
import kpi.core.measure.Measures;

/**
 * Checks a data drop the way the computing commands read it, plus the checks that cost memory per
 * person or look across rows and files: the catalog, snapshot months missing from the tracking
 * series, dates of birth that change between snapshots.
 */
public final class Validator {
  /** The snapshot months KPIs read (Dec-Feb NEET average, March participation). */
  private static final java.util.Set<Integer> KPI_MONTHS = java.util.Set.of(12, 1, 2, 3);

  private final int maxPerCheck;
  private final boolean strict;

  public Validator(int maxPerCheck, boolean strict) {
    this.maxPerCheck = maxPerCheck;
    this.strict = strict;
  }

  /**
   * Validates a drop.
   *
   * @param catalogOption the {@code --catalog} value, or null for the drop's own or the default
   */
  public ValidationReport validate(DataDrop drop, String catalogOption) {
    return validate(drop, catalogOption, null, List.of());
  }

  /**
   * Validates a drop read through a mapping ({@code --mapping}, else the drop's own), with kinds
   * that must be present.
   */
  public ValidationReport validate(
      DataDrop drop, String catalogOption, String mappingOption, List<String> require) {
    Problems problems = new Problems(maxPerCheck);
    List<FileSummary> files = new ArrayList<>();
    Catalog catalog = catalog(drop, catalogOption, problems);
    try {
      kpi.app.mapping.Mapping mapping = kpi.app.load.MappingChoice.resolve(mappingOption, drop);
      if (mapping != null) {
        drop = drop.withMapping(mapping);
      }
    } catch (kpi.app.mapping.MappingException e) {
      for (kpi.app.mapping.MappingException.Entry entry : e.entries()) {
        problems.add(
            new Problem(
                Severity.ERROR,
                "mapping",
                entry.source(),
                null,
                entry.path().isEmpty() ? null : entry.path(),
                null,
                null,
                entry.message()));
      }
    }
    DropLoader loader =
        new DropLoader(catalog, problems, DropLoader.OnUnreadable.REPORT)
            .requiring(require)
            .checkConsistency();
    LoadedDrop loaded = loader.load(drop);
    files.addAll(loaded.inputs());
    missingMonths(loaded, problems);
    return new ValidationReport(files, problems, loader.unreadable(), strict);
  }

  private Catalog catalog(DataDrop drop, String option, Problems problems) {
    Path file =
        option != null && Files.isRegularFile(Path.of(option))
            ? Path.of(option)
            : option == null ? drop.catalog().orElse(null) : null;
    if (file == null) {
      return CatalogChoice.resolve(option, null);
    }
    String name = option != null ? option : "kpi-catalog.json";
    try {
      return new CatalogLoader(Measures.builtIn())
          .parse(Files.readString(file, StandardCharsets.UTF_8), name);
    } catch (CatalogException e) {
      for (CatalogException.Entry entry : e.entries()) {
        problems.add(
            new Problem(
                Severity.ERROR,
                "catalog",
                name,
                null,
                entry.path().isEmpty() ? null : entry.path(),
                null,
                null,
                entry.message()));
      }
    } catch (IOException e) {
      problems.add(
          Problem.ofFile(
              Severity.ERROR, "file-unreadable", name, "cannot be read: " + e.getMessage()));
    }
    return CatalogChoice.bundled(CatalogChoice.DEFAULT_ID);
  }

  /** A month with no snapshot inside the span of the tracking series. */
  private static void missingMonths(LoadedDrop loaded, Problems problems) {
    NavigableSet<YearMonth> months = loaded.data().neet().months();
    if (months.isEmpty()) {
      return;
    }
    String file =
        loaded.inputs().stream()
            .filter(f -> FileKind.NEET_TRACKING.is(f.kind()))
            .map(FileSummary::file)
            .findFirst()
            .orElse(FileKind.NEET_TRACKING.id());
    for (YearMonth m = months.first(); m.isBefore(months.last()); m = m.plusMonths(1)) {
      if (!months.contains(m)) {
        boolean kpiMonth = KPI_MONTHS.contains(m.getMonthValue());
        if (!kpiMonth && winterExtract(months, m)) {
          continue;
        }
        problems.add(
            Problem.ofFile(
                kpiMonth ? Severity.ERROR : Severity.WARNING,
                "missing-snapshot",
                file,
                "no neet-tracking snapshot for "
                    + m
                    + (kpiMonth ? ", a month the NEET or participation KPIs read" : "")
                    + "; add that month's extract"));
      }
    }
  }

  /**
   * True when the academic year holding {@code m} is a winter extract: its snapshots are exactly
   * the months the KPIs read (December to March), as LAs often keep for earlier years. Its other
   * months are then not missing.
   */
  private static boolean winterExtract(NavigableSet<YearMonth> months, YearMonth m) {
    int start = m.getMonthValue() >= 9 ? m.getYear() : m.getYear() - 1;
    int held = 0;
    for (int i = 0; i < 12; i++) {
      YearMonth y = YearMonth.of(start, 9).plusMonths(i);
      if (months.contains(y)) {
        if (!KPI_MONTHS.contains(y.getMonthValue())) {
          return false;
        }
        held++;
      }
    }
    return held == KPI_MONTHS.size();
  }
}
