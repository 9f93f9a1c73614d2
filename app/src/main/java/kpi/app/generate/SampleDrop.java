package kpi.app.generate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The bundled sample data drop's generated files, all from one seed: NEET tracking, apprenticeship
 * starts with their reference lists, attainment, apprenticeship levy statements and comparator
 * files in DfE's layout. The hand-kept files of the sample ({@code returns.csv}, {@code
 * comparators/youth-unemployment.csv}) are written by hand, as an analyst would.
 */
public final class SampleDrop {
  /** The seed the committed sample was made with. */
  public static final long SEED = 20170131L;

  /** Young people per year group as a share of Kent's, for the committed sample. */
  public static final double SCALE = 0.07;

  private SampleDrop() {}

  /** Writes every generated file of the sample drop into {@code dir}. */
  public static void write(Path dir, long seed, double scale) throws IOException {
    NeetTrackingGenerator.write(dir, seed, scale);
    ApprenticeshipGenerator.write(dir, seed);
    AttainmentGenerator.write(dir, seed);
    ComparatorSampleGenerator.write(dir, seed);
    SeptemberGuaranteeGenerator.write(dir, seed, scale);
    LevyGenerator.write(dir, seed);
  }
}
