package kpi.app.cli;

import java.nio.file.Path;
import kpi.app.ExitCode;
import kpi.app.KpiException;
import kpi.app.generate.SampleDrop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kpi generate}: seeded synthetic data drops, for the bundled sample and for benchmarks.
 * Hidden from the main help: analysts never need it.
 */
@Command(name = "generate", hidden = true, mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write a seeded synthetic data drop (the same seed gives the same bytes).")
public final class GenerateCommand extends BaseCommand {
  @Option(names = "--sample", description = "The bundled sample drop's generated files.")
  boolean sample;

  @Option(names = "--rows", paramLabel = "N",
      description = "A large NEET tracking drop of N rows (for benchmarks).")
  Long rows;

  @Option(names = "--xlsx", description = "With --rows: write the rows as one XLSX sheet.")
  boolean xlsx;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write.")
  Path out;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = SampleDrop.SEED;

  @Option(names = "--scale", paramLabel = "X",
      description = "Young people per year group as a share of Kent's (default ${DEFAULT-VALUE}).")
  double scale = SampleDrop.SCALE;

  @Override
  protected ExitCode execute() throws Exception {
    if (rows != null) {
      if (rows < 1) {
        throw KpiException.usage("--rows must be 1 or more");
      }
      kpi.app.generate.LargeDropGenerator.write(out, rows, seed, xlsx);
      notice("wrote " + rows + " neet-tracking rows to " + out);
      return ExitCode.OK;
    }
    if (!sample) {
      throw KpiException.usage("say what to generate: --sample or --rows N");
    }
    if (!(scale > 0 && scale <= 100)) {
      throw KpiException.usage("--scale must be above 0 and at most 100");
    }
    SampleDrop.write(out, seed, scale);
    notice("wrote the sample drop's generated files to " + out);
    return ExitCode.OK;
  }
}
