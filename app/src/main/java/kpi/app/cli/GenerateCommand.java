package kpi.app.cli;

import java.nio.file.Path;
import kpi.app.error.ExitCode;
import kpi.app.error.KpiException;
import kpi.app.generate.SampleDrop;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kpi generate}: seeded synthetic data drops, for the bundled sample and for benchmarks.
 * Hidden from the main help: analysts never need it.
 */
@Command(
    name = "generate",
    hidden = true,
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Write a seeded synthetic data drop (the same seed gives the same bytes).")
public final class GenerateCommand extends BaseCommand {
  @Option(names = "--sample", description = "The bundled sample drop's generated files.")
  boolean sample;

  @Option(
      names = "--nccis-example",
      description =
          "An NCCIS-shaped case-management export (read through its kpi-mapping.json),"
              + " as in docs/examples/nccis-export; --tidy DIR also writes the same young people in"
              + " the contract's own layout.")
  boolean nccisExample;

  @Option(names = "--tidy", paramLabel = "DIR", description = "With --nccis-example.")
  Path tidy;

  @Option(
      names = "--rows",
      paramLabel = "N",
      description = "A large NEET tracking drop of N rows (for benchmarks).")
  Long rows;

  @Option(names = "--xlsx", description = "With --rows: write the rows as one XLSX sheet.")
  boolean xlsx;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where to write.")
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description = "Random seed (default ${DEFAULT-VALUE}).")
  long seed = SampleDrop.SEED;

  @Option(
      names = "--scale",
      paramLabel = "X",
      description = "Young people per year group as a share of Kent's (default ${DEFAULT-VALUE}).")
  double scale = SampleDrop.SCALE;

  /** The seed and size of docs/examples/nccis-export. */
  static final long NCCIS_SEED = 20170131L;

  static final int NCCIS_PEOPLE = 400;

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
    if (nccisExample) {
      kpi.app.generate.NccisExampleGenerator.write(tidy, out, NCCIS_SEED, NCCIS_PEOPLE);
      notice("wrote an NCCIS-shaped export of " + NCCIS_PEOPLE + " young people to " + out);
      return ExitCode.OK;
    }
    if (!sample) {
      throw KpiException.usage("say what to generate: --sample, --nccis-example or --rows N");
    }
    if (!(scale > 0 && scale <= 100)) {
      throw KpiException.usage("--scale must be above 0 and at most 100");
    }
    SampleDrop.write(out, seed, scale);
    notice("wrote the sample drop's generated files to " + out);
    return ExitCode.OK;
  }
}
