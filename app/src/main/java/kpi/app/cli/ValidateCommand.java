package kpi.app.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kpi.app.error.ExitCode;
import kpi.app.load.DataDrop;
import kpi.app.validate.ValidationGithubWriter;
import kpi.app.validate.ValidationJsonWriter;
import kpi.app.validate.ValidationJunitWriter;
import kpi.app.validate.ValidationReport;
import kpi.app.validate.ValidationTextWriter;
import kpi.app.validate.ValidationWriter;
import kpi.app.validate.Validator;
import kpi.app.write.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code kpi validate}: check a data drop (or single files) before it is used, for CI. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description =
        "Check a data drop, or single files, locating every problem by file, row and"
            + " column (or spreadsheet cell). Exit 0 when there are no errors, 1 when there are.")
public final class ValidateCommand extends BaseCommand {

  /** Report formats. */
  enum Format {
    TEXT,
    JSON,
    JUNIT,
    GITHUB
  }

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data drop folder. Default: the bundled sample data drop.")
  Path data;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Single files to check instead of a drop; the kind comes from the name.")
  List<Path> files = new ArrayList<>();

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "The kind of the FILEs when their names do not say (e.g. neet-tracking).")
  String kind;

  @Option(
      names = "--catalog",
      paramLabel = "ID|FILE",
      description = "Check this catalog too. Default: the drop's kpi-catalog.json, if any.")
  String catalog;

  @Option(
      names = "--mapping",
      paramLabel = "FILE|PRESET",
      description =
          "Read export files through a mapping (a kpi-mapping.json file, or a preset:"
              + " nccis-npd). Default: the drop's kpi-mapping.json if present.")
  String mapping;

  @Option(
      names = "--require",
      paramLabel = "KIND",
      split = ",",
      description =
          "Kinds the drop must hold (e.g. neet-tracking,returns); a missing one is an" + " error.")
  List<String> require = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "F",
      description = "text (default), json, junit or github.")
  Format format = Format.TEXT;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of stdout.")
  Path output;

  @Option(names = "--strict", description = "Warnings fail the drop too (exit 1).")
  boolean strict;

  @Option(
      names = "--max-problems",
      paramLabel = "N",
      description =
          "Problems listed per check and file (default ${DEFAULT-VALUE}); the rest are"
              + " counted.")
  int maxProblems = 100;

  @Override
  protected void validate() {
    if (data != null && !files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either --data DIR or FILEs, not both");
    }
    if (maxProblems < 0) {
      throw new ParameterException(spec.commandLine(), "--max-problems must be 0 or more");
    }
    if (output != null) {
      OutputGuard.refuseFiles(spec.commandLine(), output, data, files);
    }
    for (String k : require) {
      if (!DataDrop.allKinds().contains(k)) {
        throw new ParameterException(
            spec.commandLine(),
            "--require "
                + k
                + ": not a kind; kinds"
                + " are "
                + String.join(", ", DataDrop.allKinds()));
      }
    }
    if (kind != null && !DataDrop.allKinds().contains(kind.toLowerCase(Locale.ROOT))) {
      throw new ParameterException(
          spec.commandLine(),
          "unknown --kind " + kind + "; kinds are " + String.join(", ", DataDrop.allKinds()));
    }
  }

  @Override
  protected ExitCode execute() throws Exception {
    DataDrop drop;
    String prefix;
    if (!files.isEmpty()) {
      drop = DataDrop.ofFiles(files, kind == null ? null : kind.toLowerCase(Locale.ROOT));
      prefix = "";
    } else if (data != null) {
      drop = DataDrop.of(data);
      prefix = data.toString().replace('\\', '/');
    } else {
      drop = DataDrop.bundled();
      notice("no --data given: validating the bundled sample data drop");
      prefix = "sample-data";
    }
    ValidationReport report =
        new Validator(maxProblems, strict).validate(drop, catalog, mapping, require);
    ValidationWriter writer =
        switch (format) {
          case TEXT -> new ValidationTextWriter();
          case JSON -> new ValidationJsonWriter();
          case JUNIT -> new ValidationJunitWriter();
          case GITHUB -> new ValidationGithubWriter(prefix);
        };
    if (output != null) {
      AtomicFile.write(output, out -> writer.write(report, out));
      notice("wrote " + output + " (" + (report.valid() ? "valid" : "NOT valid") + ")");
    } else {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      writer.write(report, buffer);
      out().print(buffer.toString(StandardCharsets.UTF_8));
      out().flush();
    }
    return report.exitCode();
  }
}
