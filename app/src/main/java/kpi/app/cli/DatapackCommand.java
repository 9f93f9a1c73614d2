package kpi.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import kpi.app.load.Session;
import kpi.app.pack.PackHtmlWriter;
import kpi.app.pack.PackXlsxWriter;
import kpi.app.read.FileSummary;
import kpi.app.write.AtomicFile;
import kpi.core.engine.Scorecard;
import kpi.core.engine.ScorecardEngine;
import kpi.core.measure.District;
import kpi.core.pack.PackEngine;
import kpi.core.pack.PackModel.Pack;
import kpi.core.pack.Publication;
import kpi.core.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kpi datapack}: one Excel and one HTML pack per district, an index and the county's. */
@Command(
    name = "datapack",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Write a data pack per district (Excel with native charts, and a self-contained"
            + " web page), an index page and the county workbook, with small numbers suppressed.")
public final class DatapackCommand extends BaseCommand {
  @Mixin DataOptions dataOptions;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write the packs to (made if needed).")
  Path out;

  @Option(
      names = "--district",
      paramLabel = "D",
      split = ",",
      description =
          "Only these districts (name or ONS code), comma-separated or repeated"
              + " (a name with a comma: give its ONS code). Default: all.")
  List<String> districts = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "F",
      split = ",",
      description = "xlsx, html or both (default xlsx,html).")
  List<String> formats = new ArrayList<>(List.of("xlsx", "html"));

  @Option(
      names = "--suppress-below",
      paramLabel = "N",
      description = "Suppress counts above 0 and below N (default: the catalog's, 5).")
  Integer suppressBelow;

  @Option(
      names = "--no-suppression",
      description =
          "Show small numbers (internal use only: every page is marked not for" + " publication).")
  boolean noSuppression;

  @Option(names = "--strict", description = "Exit 1 without writing if any input row was rejected.")
  boolean strict;

  @Override
  protected void validate() {
    for (String f : formats) {
      String x = f.strip().toLowerCase(Locale.ROOT);
      if (!x.equals("xlsx") && !x.equals("html")) {
        throw new ParameterException(spec.commandLine(), "--format takes xlsx and/or html: " + f);
      }
    }
    if (suppressBelow != null && suppressBelow < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--suppress-below must be 1 or more; use --no-suppression to show every number");
    }
  }

  @Override
  protected ExitCode execute() throws IOException {
    boolean xlsx = formats.stream().anyMatch(f -> f.strip().equalsIgnoreCase("xlsx"));
    boolean html = formats.stream().anyMatch(f -> f.strip().equalsIgnoreCase("html"));
    Session session = Session.open(dataOptions.request(), this::notice, loadProgress(), this::warn);
    if (strict && session.rejectedRows() > 0) {
      throw KpiException.dataErrors(
          session.rejectedRows()
              + " input rows were rejected and --strict is set; run kpi validate for the full list");
    }
    ScorecardEngine engine = ScorecardEngine.standard();
    Period period =
        dataOptions.period() != null
            ? dataOptions.period()
            : Session.compute(() -> session.latestPeriod(engine));
    int threshold =
        noSuppression
            ? 0
            : suppressBelow != null
                ? suppressBelow
                : session.catalog().suppression().suppressBelow();
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw KpiException.io("cannot create the output folder " + out + ": " + e.getMessage(), e);
    }
    List<String> codes = session.districtCodes(districts);
    List<District> chosen =
        session.data().districts().stream()
            .filter(d -> codes.isEmpty() || codes.contains(d.code()))
            .toList();
    // The folder and the districts are checked first, so a mistake there is told at once.
    // One plan for everything published together: every district's pack is drafted (whichever
    // are written), so a pack is the same written alone or with the others. The core computes
    // the scorecard once and judges the districts; this command only writes.
    Publication publication =
        Session.compute(
            () ->
                new PackEngine(engine)
                    .publish(session.catalog(), session.data(), period, threshold));
    Scorecard current = publication.scorecard();
    Progress progress = new Progress(chosen.size() + 1, !quiet && Terminal.stderr());
    List<Pack> packs =
        new ArrayList<>(
            publication.districts().stream()
                .filter(p -> chosen.stream().anyMatch(d -> d.name().equals(p.area())))
                .toList());
    // A failure in one pack waits for the others to finish (each removes its own temporary
    // file), rather than leaving writers cut short when the process exits.
    List<RuntimeException> failures =
        packs.parallelStream()
            .map(
                pack -> {
                  try {
                    write(pack, session.inputs(), xlsx, html);
                    progress.step(pack.area());
                    return (RuntimeException) null;
                  } catch (RuntimeException e) {
                    return e;
                  }
                })
            .filter(java.util.Objects::nonNull)
            .toList();
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
    progress.step("county");
    Pack county = publication.county();
    packs.add(county);
    if (xlsx) {
      AtomicFile.write(
          out.resolve("county.xlsx"), o -> new PackXlsxWriter(session.inputs()).write(county, o));
    }
    String title = session.catalog().title() + ": district data packs";
    var months = session.data().neet().months();
    String dataDate =
        months.isEmpty()
            ? null
            : "NEET tracking to "
                + months
                    .last()
                    .format(
                        java.time.format.DateTimeFormatter.ofPattern(
                            "MMMM yyyy", java.util.Locale.UK))
                + " (the latest monthly snapshot in the data drop)";
    AtomicFile.write(
        out.resolve("index.html"),
        o ->
            o.write(
                PackHtmlWriter.index(
                    title, current.period(), dataDate, county, packs, html, xlsx)));
    progress.done();
    notice(
        "wrote "
            + chosen.size()
            + " district packs, "
            + (xlsx ? "county.xlsx and " : "")
            + "index.html to "
            + out
            + (threshold == 0 ? " (NOT FOR PUBLICATION: small numbers shown)" : ""));
    return ExitCode.OK;
  }

  private void write(Pack pack, List<FileSummary> inputs, boolean xlsx, boolean html) {
    if (xlsx) {
      AtomicFile.write(
          out.resolve(pack.slug() + ".xlsx"), o -> new PackXlsxWriter(inputs).write(pack, o));
    }
    if (html) {
      AtomicFile.write(
          out.resolve(pack.slug() + ".html"), o -> new PackHtmlWriter(inputs).write(pack, o));
    }
  }

  /** A one-line progress bar on stderr, only when stderr is a terminal. */
  private final class Progress {
    private final int total;
    private final boolean on;
    private int done;

    Progress(int total, boolean on) {
      this.total = total;
      this.on = on;
    }

    synchronized void step(String what) {
      if (on) {
        int width = 30;
        int filled = width * done / Math.max(1, total);
        err()
            .print(
                "\r["
                    + "#".repeat(filled)
                    + " ".repeat(width - filled)
                    + "] "
                    + done
                    + "/"
                    + total
                    + " "
                    + String.format(Locale.ROOT, "%-24s", what));
        err().flush();
      }
      done++;
    }

    void done() {
      if (on) {
        err().print("\r" + " ".repeat(70) + "\r");
        err().flush();
      }
    }
  }
}
