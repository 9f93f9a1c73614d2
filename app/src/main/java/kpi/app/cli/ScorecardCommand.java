package kpi.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.app.ExitCode;
import kpi.app.KpiException;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code kpi scorecard}: every KPI of the catalog with value, target, status and direction. */
@Command(name = "scorecard", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Compute every KPI of the catalog for one period: value, target, status (BRAG)"
        + " and direction of travel, with district breakdowns.")
public final class ScorecardCommand extends BaseCommand {
  @Mixin
  DataOptions dataOptions;

  @Option(names = "--format", paramLabel = "F",
      description = "table, json, csv, md, html or xlsx. Default: from the -o extension, else table.")
  OutputFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (atomically) instead of stdout.")
  Path output;

  @Option(names = "--district", paramLabel = "D",
      description = "Limit breakdowns to these districts (name or ONS code); repeatable.")
  List<String> districts = new ArrayList<>();

  @Option(names = "--previous", paramLabel = "FILE",
      description = "An earlier scorecard JSON: previous values when the data lacks the comparison period.")
  Path previous;

  @Option(names = "--breakdown",
      description = "table, md, csv: list the breakdown rows (csv: instead of the KPI rows).")
  boolean breakdown;

  @Option(names = "--strict", description = "Exit 1 without output if any input row was rejected.")
  boolean strict;

  @Option(names = "--suppress",
      description = "Suppress small numbers in breakdowns as data packs do (shown as c).")
  boolean suppress;

  @Override
  protected void validate() {
    if (resolvedFormat() == OutputFormat.XLSX && output == null) {
      throw new ParameterException(spec.commandLine(), "--format xlsx needs -o FILE.xlsx");
    }
  }

  private OutputFormat resolvedFormat() {
    if (format != null) {
      return format;
    }
    return output == null ? OutputFormat.TABLE
        : OutputFormat.fromExtension(output).orElse(OutputFormat.TABLE);
  }

  @Override
  protected ExitCode execute() throws IOException {
    Session session = Session.open(dataOptions, this::notice, loadProgress());
    if (strict && session.rejectedRows() > 0) {
      throw KpiException.dataErrors(session.rejectedRows()
          + " input rows were rejected and --strict is set; run kpi validate for the full list");
    }
    ScorecardEngine engine = ScorecardEngine.standard();
    kpi.core.period.Period period = dataOptions.period();
    if (period == null) {
      ScorecardEngine.PeriodChoice choice = Session.compute(() -> engine.choosePeriod(
          session.catalog(), session.data())).orElseThrow(() -> KpiException.usage(
              "the data holds no value for any KPI of " + session.catalog().id()
                  + "; check the data drop"));
      period = choice.year();
      notice("period " + choice.reason());
    }
    ScorecardRequest request = new ScorecardRequest(period,
        session.districtCodes(districts),
        previous == null ? java.util.Map.of() : PreviousScorecard.read(previous),
        suppress ? session.catalog().suppression().suppressBelow() : 0);
    Scorecard scorecard = Session.compute(() ->
        engine.compute(session.catalog(), session.data(), request));
    warnIfMostlyEmpty(scorecard);
    ScorecardReport report = new ScorecardReport(scorecard, session.inputs(),
        session.mapping());
    ScorecardWriter writer = writer(resolvedFormat());
    if (output != null) {
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
    long empty = scorecard.kpis().stream()
        .filter(k -> k.status() == kpi.core.status.Status.NO_DATA).count();
    int all = scorecard.kpis().size();
    if (empty * 2 > all) {
      notice("warning: " + empty + " of " + all + " KPIs have no data for " + scorecard.period()
          + "; check --period against the periods the drop covers");
    }
  }

  private ScorecardWriter writer(OutputFormat f) {
    return switch (f) {
      case TABLE -> new ScorecardTableWriter(breakdown);
      case JSON -> new ScorecardJsonWriter();
      case CSV -> new ScorecardCsvWriter(breakdown);
      case MD -> new ScorecardMarkdownWriter(breakdown);
      case HTML -> new kpi.app.write.ScorecardHtmlWriter();
      case XLSX -> new kpi.app.write.ScorecardXlsxWriter();
    };
  }
}
