package kpi.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import kpi.app.load.DataDrop;
import kpi.app.load.MappingChoice;
import kpi.app.mapping.Mapping;
import kpi.app.mapping.MappingException;
import kpi.app.mapping.MappingSuggester;
import kpi.app.read.Column;
import kpi.app.read.FileMapping;
import kpi.app.read.InputFile;
import kpi.app.read.Kinds;
import kpi.app.read.TablePeek;
import kpi.app.write.AtomicFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kpi mapping}: draft a mapping from export files, or check one against a drop. */
@Command(
    name = "mapping",
    mixinStandardHelpOptions = true,
    description =
        "Read exports as they are: draft a kpi-mapping.json from export files"
            + " (suggest), or check a mapping against the files it matches (check).",
    subcommands = {MappingCommand.Suggest.class, MappingCommand.Check.class})
public final class MappingCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "say suggest FILE... or check");
  }

  /** {@code kpi mapping suggest FILE...}. */
  @Command(
      name = "suggest",
      mixinStandardHelpOptions = true,
      description =
          "Draft a mapping from export files' headings and coded values: each"
              + " contract column matched to the closest heading, with a confidence; unmatched"
              + " required columns listed; coded values with a proposed contract value.")
  static final class Suggest extends BaseCommand {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Export files (CSV, XLSX).")
    List<Path> files = new ArrayList<>();

    @Option(
        names = "--kind",
        paramLabel = "KIND",
        description = "The kind of every FILE; default: from the name, else from the headings.")
    String kind;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write the draft to FILE (for example kpi-mapping.json) instead of stdout.")
    Path output;

    @Override
    protected ExitCode execute() throws Exception {
      MappingSuggester suggester = new MappingSuggester();
      List<MappingSuggester.Draft> drafts = new ArrayList<>();
      for (Path p : files) {
        String name = p.getFileName().toString();
        InputFile.Format format =
            InputFile.Format.of(name)
                .orElseThrow(
                    () -> KpiException.io(p + ": not a CSV or XLSX file (by its extension)", null));
        if (!java.nio.file.Files.isRegularFile(p)) {
          throw KpiException.io(p + ": no such file", null);
        }
        TablePeek peek = TablePeek.of(new InputFile(p, name, "unknown", format));
        String k =
            kind != null
                ? kind.toLowerCase(Locale.ROOT)
                : DataDrop.kindOf(name).orElseGet(() -> suggester.likelyKind(peek));
        if (k == null || Kinds.columns(k).isEmpty()) {
          throw KpiException.usage(p + ": cannot tell which kind it holds; give --kind");
        }
        MappingSuggester.Draft d = suggester.suggest(name, k, peek);
        drafts.add(d);
        notice(
            name
                + " -> "
                + k
                + ": "
                + d.matches().size()
                + " columns matched"
                + (d.unmatchedRequired().isEmpty()
                    ? ""
                    : "; required and unmatched: " + String.join(", ", d.unmatchedRequired())));
        for (MappingSuggester.Match m : d.matches()) {
          if (m.confidence() < 0.85) {
            notice(
                String.format(
                    Locale.ROOT,
                    "  check: %s <- \"%s\" (confidence %.2f)",
                    m.column(),
                    m.heading(),
                    m.confidence()));
          }
        }
      }
      String json = suggester.toJson(drafts);
      if (output != null) {
        AtomicFile.write(
            output, out -> out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        notice("wrote " + output + "; edit it, then run kpi mapping check --data DIR");
      } else {
        out().print(json);
        out().flush();
      }
      return ExitCode.OK;
    }
  }

  /** {@code kpi mapping check}. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Check a mapping against the files it matches, headers only, without"
              + " computing anything. Exit 0 when clean, 1 when there are problems.")
  static final class Check extends BaseCommand {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        required = true,
        description = "The data drop folder the mapping is for.")
    Path data;

    @Option(
        names = "--mapping",
        paramLabel = "FILE|PRESET",
        description = "The mapping; default: the drop's kpi-mapping.json.")
    String mapping;

    @Override
    protected ExitCode execute() throws Exception {
      DataDrop drop = DataDrop.of(data);
      Mapping m;
      try {
        m = MappingChoice.resolve(mapping, drop);
      } catch (MappingException e) {
        e.entries().forEach(x -> out().println("error: " + x.line()));
        out().println("NOT valid: " + e.entries().size() + " mapping errors");
        out().flush();
        return ExitCode.DATA_ERRORS;
      }
      if (m == null) {
        throw KpiException.usage("no mapping: the drop has no kpi-mapping.json; give --mapping");
      }
      drop = drop.withMapping(m);
      int errors = 0;
      int warnings = 0;
      for (DataDrop.MappingIssue issue : drop.mappingIssues()) {
        out()
            .println(
                (issue.error() ? "error: " : "warning: ")
                    + m.name()
                    + ": "
                    + issue.where()
                    + ": "
                    + issue.message());
        errors += issue.error() ? 1 : 0;
        warnings += issue.error() ? 0 : 1;
      }
      for (String kind : DataDrop.allKinds()) {
        for (InputFile f : drop.files(kind)) {
          if (f.mapping() == null) {
            continue;
          }
          List<String> problems = headerProblems(f);
          problems.forEach(p -> out().println("error: " + f.name() + ": " + p));
          errors += problems.size();
          out()
              .println(
                  f.name()
                      + " -> "
                      + f.kind()
                      + (problems.isEmpty()
                          ? ": headings match"
                          : ": " + problems.size() + " problems"));
        }
      }
      out()
          .println(
              (errors == 0 ? "valid" : "NOT valid")
                  + ": "
                  + errors
                  + " errors, "
                  + warnings
                  + " warnings");
      out().flush();
      return errors == 0 ? ExitCode.OK : ExitCode.DATA_ERRORS;
    }

    /** Mapped headings missing from the file, and required columns nothing provides. */
    private static List<String> headerProblems(InputFile f) throws java.io.IOException {
      FileMapping fm = f.mapping();
      TablePeek peek = TablePeek.of(f);
      Set<String> present = new HashSet<>();
      peek.headings().forEach(h -> present.add(Column.normalise(h)));
      List<String> out = new ArrayList<>();
      fm.columns()
          .forEach(
              (column, heading) -> {
                if (heading != null && !present.contains(Column.normalise(heading))) {
                  out.add(
                      fm.describe()
                          + ".columns."
                          + column
                          + ": heading \""
                          + heading
                          + "\" is not in the header (row "
                          + peek.headerRow()
                          + ")"
                          + kpi.app.read.Suggest.didYouMean(heading, peek.headings()));
                }
              });
      for (Column c : Kinds.columns(f.kind()).orElse(List.of())) {
        if (!c.required()) {
          continue;
        }
        List<String> names = new ArrayList<>(c.alternatives());
        names.add(0, c.name());
        boolean provided =
            names.stream()
                .anyMatch(
                    n ->
                        fm.constants().containsKey(n)
                            || (fm.columns().get(n) != null
                                && present.contains(Column.normalise(fm.columns().get(n))))
                            || (!fm.absent().contains(n) && present.contains(Column.normalise(n))));
        if (!provided) {
          out.add(
              "required column "
                  + String.join(" or ", names)
                  + " is neither mapped to a heading of the file nor present under its own name");
        }
      }
      return out;
    }
  }
}
