package kpi.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import kpi.app.load.InputNotes;
import kpi.app.load.PreviousScorecard;
import kpi.app.load.Session;
import kpi.app.write.AtomicFile;
import kpi.app.write.ScorecardCsvWriter;
import kpi.app.write.ScorecardJsonWriter;
import kpi.app.write.ScorecardMarkdownWriter;
import kpi.app.write.ScorecardReport;
import kpi.app.write.ScorecardTableWriter;
import kpi.app.write.ScorecardWriter;
import kpi.core.engine.Scorecard;
import kpi.core.engine.ScorecardEngine;
import kpi.core.engine.ScorecardRequest;
import kpi.core.pack.PackEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kpi scorecard}: every KPI of the catalog with value, target, status and direction. */
@Command(
    name = "scorecard",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Compute every KPI of the catalog for one period: value, target, status (BRAG)"
            + " and direction of travel, with district breakdowns.")
public final class ScorecardCommand extends BaseCommand {
  @Mixin DataOptions dataOptions;

  @Option(
      names = "--format",
      paramLabel = "F",
      description =
          "table, json, csv, md, html, xlsx or pdf (xlsx and pdf need -o FILE)."
              + " Default: from the -o extension, else table.")
  OutputFormat format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of stdout; never a file the run reads.")
  Path output;

  @Option(
      names = "--district",
      paramLabel = "D",
      split = ",",
      description =
          "Limit breakdowns to these districts (name or ONS code), comma-separated or"
              + " repeated.")
  List<String> districts = new ArrayList<>();

  @Option(
      names = "--previous",
      paramLabel = "FILE",
      description =
          "An earlier scorecard JSON: previous values and history when the data lacks"
              + " those periods; repeatable (one file per earlier period).")
  List<Path> previous = new ArrayList<>();

  @Option(
      names = "--breakdown",
      description = "table, md, csv: list the breakdown rows (csv: instead of the KPI rows).")
  boolean breakdown;

  @Option(names = "--strict", description = "Exit 1 without output if any input row was rejected.")
  boolean strict;

  @Option(
      names = "--suppress",
      description = "Suppress small numbers as data packs do, under the same plan (shown as c).")
  boolean suppress;

  @Option(
      names = "--suppress-below",
      paramLabel = "N",
      description =
          "Suppress counts above 0 and below N (implies --suppress; default: the"
              + " catalog's, 5).")
  Integer suppressBelow;

  @Option(
      names = "--width",
      paramLabel = "N",
      description =
          "Wrap the text table to N characters (40 or more). Default: the COLUMNS"
              + " environment variable, else 120.")
  Integer width;

  @Override
  protected void validate() {
    if (width != null && width < 40) {
      throw new ParameterException(spec.commandLine(), "--width must be 40 or more");
    }
    if (suppressBelow != null && suppressBelow < 1) {
      throw new ParameterException(spec.commandLine(), "--suppress-below must be 1 or more");
    }
    OutputFormat f = resolvedFormat();
    if (!f.text() && output == null) {
      String ext = f.name().toLowerCase(java.util.Locale.ROOT);
      throw new ParameterException(spec.commandLine(), "--format " + ext + " needs -o FILE." + ext);
    }
    if (output != null) {
      OutputGuard.refuseInputs(spec.commandLine(), output, dataOptions, null);
      for (Path p : previous) {
        OutputGuard.refuseInputs(spec.commandLine(), output, dataOptions, p);
      }
    }
  }

  private OutputFormat resolvedFormat() {
    if (format != null) {
      return format;
    }
    if (output == null) {
      return OutputFormat.TABLE;
    }
    return OutputFormat.fromExtension(output)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "cannot tell the format from "
                        + output.getFileName()
                        + ": use .txt, .json, .csv, .md, .html, .xlsx or .pdf, or give --format"));
  }

  @Override
  protected ExitCode execute() throws IOException {
    Session session = Session.open(dataOptions.request(), this::notice, loadProgress(), this::warn);
    if (strict && session.rejectedRows() > 0) {
      throw KpiException.dataErrors(
          session.rejectedRows()
              + " input rows were rejected and --strict is set; run kpi validate for the full list");
    }
    ScorecardEngine engine = ScorecardEngine.standard();
    kpi.core.period.Period period = dataOptions.period();
    if (period == null) {
      // None at all is a data problem (exit 1), as when the drop holds no usable data.
      ScorecardEngine.PeriodChoice choice =
          Session.compute(() -> engine.choosePeriod(session.catalog(), session.data()))
              .orElseThrow(session::nothingUsable);
      period = choice.year();
      notice("period " + choice.reason());
    }
    ScorecardRequest request =
        new ScorecardRequest(
            period,
            session.districtCodes(districts),
            java.util.Map.of(),
            0,
            PreviousScorecard.readAll(previous));
    int threshold =
        suppressBelow != null
            ? suppressBelow
            : suppress ? session.catalog().suppression().suppressBelow() : 0;
    Scorecard computed =
        Session.compute(() -> engine.compute(session.catalog(), session.data(), request));
    // One plan with the packs: the same figures hidden here as in every pack of every year.
    Scorecard scorecard =
        threshold == 0
            ? computed
            : Session.compute(
                () ->
                    new PackEngine(engine)
                        .suppress(session.catalog(), session.data(), computed, threshold));
    warnIfMostlyEmpty(scorecard);
    ScorecardReport report =
        new ScorecardReport(
            scorecard,
            session.inputs(),
            session.mapping(),
            session.catalogSource(),
            InputNotes.of(scorecard, session.inputs()));
    ScorecardWriter writer = writer(resolvedFormat());
    if (output != null) {
      OutputGuard.refuseRead(spec.commandLine(), output, dataOptions, session.inputs());
      AtomicFile.write(output, out -> writer.write(report, out));
      notice("wrote " + output);
    } else {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      writer.write(report, buffer);
      out().print(buffer.toString(java.nio.charset.StandardCharsets.UTF_8));
      out().flush();
    }
    return ExitCode.OK;
  }

  /** A warning on stderr when more than half of the KPIs have no data for the period. */
  private void warnIfMostlyEmpty(Scorecard scorecard) {
    long empty =
        scorecard.kpis().stream().filter(k -> k.status() == kpi.core.status.Status.NO_DATA).count();
    int all = scorecard.kpis().size();
    if (empty * 2 > all) {
      notice(
          "warning: "
              + empty
              + " of "
              + all
              + " KPIs have no data for "
              + scorecard.period()
              + "; check --period against the periods the drop covers");
    }
  }

  private ScorecardWriter writer(OutputFormat f) {
    return switch (f) {
      case TABLE ->
          new ScorecardTableWriter(
              breakdown,
              width != null ? width : Terminal.columns(),
              output == null && Terminal.stdout() && System.getenv("NO_COLOR") == null);
      case JSON -> new ScorecardJsonWriter();
      case CSV -> new ScorecardCsvWriter(breakdown);
      case MD -> new ScorecardMarkdownWriter(breakdown);
      case HTML -> new kpi.app.write.ScorecardHtmlWriter();
      case XLSX -> new kpi.app.write.ScorecardXlsxWriter();
      case PDF -> new kpi.app.write.ScorecardPdfWriter();
    };
  }
}
