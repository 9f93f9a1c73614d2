package kpi.app.diff;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import kpi.app.error.KpiException;
import kpi.app.load.CatalogChoice;
import kpi.app.load.DataDrop;
import kpi.app.load.DataRequest;
import kpi.app.load.LoadProgress;
import kpi.app.load.Session;
import kpi.app.read.RowFingerprint;
import kpi.app.read.TableReader;
import kpi.core.catalog.Catalog;
import kpi.core.diff.Diff;
import kpi.core.diff.FailRule;
import kpi.core.diff.FileChange;
import kpi.core.diff.RowChanges;
import kpi.core.diff.ScorecardFigures;
import kpi.core.engine.Scorecard;
import kpi.core.engine.ScorecardEngine;
import kpi.core.engine.ScorecardRequest;
import kpi.core.period.Period;

/**
 * Runs {@code kpi diff}: reads each side (a drop through the usual loading, its rows also
 * fingerprinted; or a scorecard JSON), computes the drops' scorecards with the catalog's
 * suppression, and compares. The old drop's rows are kept only as fingerprints, so memory grows
 * with the old drop's rows (about 28 bytes a table slot), never with the files' size.
 */
public final class DiffRunner {
  private final String catalogOption;
  private final String mappingOption;
  private final Period period;
  private final List<FailRule> rules;
  private final Consumer<String> notices;
  private final LoadProgress progress;

  /**
   * @param catalogOption {@code --catalog}, or null for each drop's own (they must agree)
   * @param mappingOption {@code --mapping}, or null for each drop's own {@code kpi-mapping.json}
   * @param period {@code --period}, or null for each drop's default (they must agree)
   */
  public DiffRunner(
      String catalogOption,
      String mappingOption,
      Period period,
      List<FailRule> rules,
      Consumer<String> notices,
      LoadProgress progress) {
    this.catalogOption = catalogOption;
    this.mappingOption = mappingOption;
    this.period = period;
    this.rules = List.copyOf(rules);
    this.notices = notices;
    this.progress = progress;
  }

  /** Compares {@code before} with {@code after}, each a drop folder or a scorecard JSON. */
  public DiffReport run(Path before, Path after) {
    DiffSide old = DiffSide.of(before);
    DiffSide now = DiffSide.of(after);
    String oldName = shown(before);
    String newName = shown(after);
    if (old instanceof DiffSide.Drop && now instanceof DiffSide.Drop) {
      return drops(old.path(), now.path(), oldName, newName);
    }
    List<String> notes = new ArrayList<>();
    ScorecardFigures a;
    ScorecardFigures b;
    if (old instanceof DiffSide.Json && now instanceof DiffSide.Json) {
      a = ScorecardJsonReader.read(old.path());
      b = ScorecardJsonReader.read(now.path());
      notes.add("two scorecard JSON files: the KPIs are compared, not the files");
    } else {
      DiffSide json = old instanceof DiffSide.Json ? old : now;
      DiffSide drop = old instanceof DiffSide.Drop ? old : now;
      ScorecardFigures fromJson = ScorecardJsonReader.read(json.path());
      boolean suppressed =
          fromJson.kpis().stream().anyMatch(k -> k.cells().stream().anyMatch(c -> c.suppressed()));
      ScorecardFigures fromDrop = againstJson(drop.path(), fromJson, suppressed);
      a = old == json ? fromJson : fromDrop;
      b = old == json ? fromDrop : fromJson;
      notes.add("a drop and a scorecard JSON: the KPIs are compared, not the files");
    }
    return new DiffReport(compare(a, b, List.of()), oldName, newName, false, notes);
  }

  /** Two drops: files row by row, then their scorecards. */
  private DiffReport drops(Path before, Path after, String oldName, String newName) {
    Catalog oldCatalog = CatalogChoice.resolve(catalogOption, DataDrop.of(before));
    Catalog newCatalog = CatalogChoice.resolve(catalogOption, DataDrop.of(after));
    if (!oldCatalog.id().equals(newCatalog.id())) {
      throw KpiException.usage(
          "the drops are for different catalogs: "
              + oldName
              + " uses "
              + oldCatalog.id()
              + ", "
              + newName
              + " uses "
              + newCatalog.id()
              + "; give --catalog to compare both with one catalog");
    }
    Map<String, RowChanges> byKind = new LinkedHashMap<>();
    Scorecard a =
        load(
            before,
            "old",
            (file, header, values, rejected) ->
                byKind
                    .computeIfAbsent(file.kind(), RowChanges::new)
                    .before(
                        file.name(),
                        RowFingerprint.key(file, header, values),
                        RowFingerprint.content(file, header, values),
                        rejected));
    Scorecard b =
        load(
            after,
            "new",
            (file, header, values, rejected) ->
                byKind
                    .computeIfAbsent(file.kind(), RowChanges::new)
                    .after(
                        file.name(),
                        RowFingerprint.key(file, header, values),
                        RowFingerprint.content(file, header, values),
                        rejected));
    if (period == null && !a.period().equals(b.period())) {
      throw KpiException.usage(
          "the drops are for different periods: "
              + oldName
              + " is "
              + a.period()
              + " and "
              + newName
              + " is "
              + b.period()
              + " (the latest each has data for); give --period to compare one period");
    }
    List<FileChange> files = new ArrayList<>();
    byKind.values().forEach(c -> files.addAll(c.changes()));
    List<String> notes = new ArrayList<>();
    notes.add(
        "breakdowns compared with the catalog's suppression (counts below "
            + oldCatalog.suppression().suppressBelow()
            + ")");
    return new DiffReport(
        compare(ScorecardFigures.of(a), ScorecardFigures.of(b), files),
        oldName,
        newName,
        true,
        notes);
  }

  private Scorecard load(Path dir, String side, TableReader.RowTap tap) {
    Session session =
        TableReader.observing(
            tap,
            () ->
                Session.openEveryKind(
                    DataRequest.of(dir, catalogOption, mappingOption),
                    n -> notices.accept(side + " drop: " + n),
                    progress));
    ScorecardRequest request =
        new ScorecardRequest(
            period, List.of(), Map.of(), session.catalog().suppression().suppressBelow());
    return Session.compute(
        () -> ScorecardEngine.standard().compute(session.catalog(), session.data(), request));
  }

  /** A drop's scorecard for the catalog and period of the scorecard JSON it is compared with. */
  private ScorecardFigures againstJson(Path dir, ScorecardFigures json, boolean suppressed) {
    DataDrop drop = DataDrop.of(dir);
    String catalog = catalogOption;
    if (catalog == null
        && drop.catalog().isEmpty()
        && CatalogChoice.bundledIds().contains(json.catalogId())) {
      catalog = json.catalogId();
    }
    Period p = period != null ? period : Period.parse(json.period()).orElse(null);
    Session session = Session.open(DataRequest.of(dir, catalog, mappingOption), notices, progress);
    ScorecardRequest request =
        new ScorecardRequest(
            p,
            List.of(),
            Map.of(),
            suppressed ? session.catalog().suppression().suppressBelow() : 0);
    return ScorecardFigures.of(
        Session.compute(
            () -> ScorecardEngine.standard().compute(session.catalog(), session.data(), request)));
  }

  private Diff compare(ScorecardFigures a, ScorecardFigures b, List<FileChange> files) {
    return Session.compute(() -> Diff.compare(a, b, files, rules));
  }

  /**
   * A side as reports name it: as the user gave it when relative (so annotations point into the
   * repository), else by its last name only, since outputs carry no absolute paths.
   */
  private static String shown(Path p) {
    Path name = p.isAbsolute() ? p.getFileName() : p;
    return name == null ? p.toString() : name.toString().replace('\\', '/');
  }

  /** Parses {@code --fail-on} rules, each malformed one a usage error. */
  public static List<FailRule> rules(List<String> texts) {
    List<FailRule> out = new ArrayList<>();
    for (String t : texts) {
      out.add(Session.compute(() -> Diff.rule(t)));
    }
    return out;
  }
}
