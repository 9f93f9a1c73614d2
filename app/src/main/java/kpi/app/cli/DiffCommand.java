package kpi.app.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kpi.app.diff.DiffGithubWriter;
import kpi.app.diff.DiffJsonWriter;
import kpi.app.diff.DiffJunitWriter;
import kpi.app.diff.DiffMarkdownWriter;
import kpi.app.diff.DiffReport;
import kpi.app.diff.DiffRunner;
import kpi.app.diff.DiffTextWriter;
import kpi.app.diff.DiffWriter;
import kpi.app.error.ExitCode;
import kpi.app.write.AtomicFile;
import kpi.core.diff.FailRule;
import kpi.core.period.Period;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpi diff OLD NEW}: what changed between two drops or two scorecard JSON files. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "What changed between two data drops (files row by row, and every KPI) or two"
          + " scorecard JSON files (the KPIs): values restated, statuses and directions that"
          + " changed, ranks, district cells newly suppressed, rows added, removed, changed and"
          + " newly rejected.",
      "With --fail-on rules it is a CI gate: exit 1 when a rule is met, 0 otherwise."
    })
public final class DiffCommand extends BaseCommand {

  /** Report formats. */
  enum Format {
    TEXT,
    JSON,
    MD,
    JUNIT,
    GITHUB
  }

  @Parameters(
      index = "0",
      paramLabel = "OLD",
      description = "The earlier data drop folder, or a scorecard JSON file.")
  Path before;

  @Parameters(
      index = "1",
      paramLabel = "NEW",
      description = "The later data drop folder, or a scorecard JSON file.")
  Path after;

  @Option(
      names = "--catalog",
      paramLabel = "ID|FILE",
      description =
          "A bundled catalog id or a catalog JSON file for both drops. Default: each"
              + " drop's kpi-catalog.json, else kent-14-24-2017 (the two must be the same catalog).")
  String catalog;

  @Option(
      names = "--mapping",
      paramLabel = "FILE|PRESET",
      description =
          "Read both drops' export files through a mapping (a kpi-mapping.json file,"
              + " or a preset: nccis-npd). Default: each drop's kpi-mapping.json if present.")
  String mapping;

  @Option(
      names = "--period",
      paramLabel = "P",
      converter = PeriodConverter.class,
      description =
          "The period to compare. Default: each drop's latest academic year with data"
              + " (the two must agree).")
  Period period;

  @Option(
      names = "--format",
      paramLabel = "F",
      description =
          "text, json (kpi-diff/1), md, junit or github. Default: from the -o"
              + " extension (.json, .md, .xml), else text.")
  Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of stdout.")
  Path output;

  @Option(
      names = "--fail-on",
      paramLabel = "RULE",
      description =
          "Exit 1 when met; repeatable: status-change, restated>0.1pp (percentage"
              + " KPIs), restated>2%% (relative, every KPI), newly-rejected>0, rows-removed>1%%.")
  List<String> failOn = new ArrayList<>();

  private Format resolvedFormat() {
    if (format != null) {
      return format;
    }
    if (output == null) {
      return Format.TEXT;
    }
    String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return Format.JSON;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return Format.MD;
    }
    return name.endsWith(".xml") ? Format.JUNIT : Format.TEXT;
  }

  @Override
  protected ExitCode execute() throws Exception {
    List<FailRule> rules = DiffRunner.rules(failOn);
    DiffReport report =
        new DiffRunner(catalog, mapping, period, rules, this::notice, loadProgress())
            .run(before, after);
    DiffWriter writer =
        switch (resolvedFormat()) {
          case TEXT -> new DiffTextWriter();
          case JSON -> new DiffJsonWriter();
          case MD -> new DiffMarkdownWriter();
          case JUNIT -> new DiffJunitWriter();
          case GITHUB -> new DiffGithubWriter();
        };
    if (output != null) {
      AtomicFile.write(output, out -> writer.write(report, out));
      notice(
          "wrote "
              + output
              + " ("
              + (report.diff().failed()
                  ? "a --fail-on rule was met"
                  : report.diff().noChanges() ? "no changes" : "changes found")
              + ")");
    } else {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      writer.write(report, buffer);
      out().print(buffer.toString(StandardCharsets.UTF_8));
      out().flush();
    }
    return report.diff().failed() ? ExitCode.DATA_ERRORS : ExitCode.OK;
  }
}
