package kpi.app.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kpi.app.ProjectFiles;
import kpi.app.load.CatalogChoice;
import kpi.app.load.DataDrop;
import kpi.app.load.DropLoader;
import kpi.app.load.LoadedDrop;
import kpi.app.read.Problems;
import kpi.core.catalog.Filter;
import kpi.core.catalog.Params;
import kpi.core.measure.DataSet;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.NeetMeasure;
import kpi.core.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample drop is what the generator makes, and it sits near the seed's figures. */
class SampleGeneratorCalibrationTest {
  private static final Path SAMPLE = ProjectFiles.root().resolve("sample-data");

  @Test
  void generatorReproducesTheCommittedFilesByteForByte(@TempDir Path dir) throws Exception {
    SampleDrop.write(dir, SampleDrop.SEED, SampleDrop.SCALE);
    List<String> generated =
        List.of(
            "reference/districts.csv",
            "neet-tracking-2015-16.csv",
            "neet-tracking-2016-17.csv",
            "apprenticeship-starts.csv",
            "reference/headcount.csv",
            "reference/schools.csv",
            "reference/population.csv",
            "attainment-ks4.csv",
            "attainment-16-18.csv",
            "attainment-age19.csv",
            "comparators/ks4_la.csv",
            "comparators/ks5_la.csv",
            "comparators/neet_participation_la.csv",
            "levy.csv");
    for (String f : generated) {
      assertThat(Files.mismatch(dir.resolve(f), SAMPLE.resolve(f))).as(f).isEqualTo(-1L);
    }
  }

  @Test
  void anotherSeedGivesAnotherCountyOfTheSameShape(@TempDir Path dir) throws Exception {
    SampleDrop.write(dir, 7L, SampleDrop.SCALE);
    assertThat(
            Files.mismatch(
                dir.resolve("neet-tracking-2016-17.csv"),
                SAMPLE.resolve("neet-tracking-2016-17.csv")))
        .isNotEqualTo(-1L);
    assertThat(Files.readAllLines(dir.resolve("neet-tracking-2016-17.csv")))
        .hasSameSizeAs(Files.readAllLines(SAMPLE.resolve("neet-tracking-2016-17.csv")));
  }

  @Test
  void sampleValidatesWithoutErrorsOrWarnings() {
    kpi.app.validate.ValidationReport r =
        new kpi.app.validate.Validator(100, true).validate(DataDrop.of(SAMPLE), null);
    assertThat(r.problems().kept()).isEmpty();
    assertThat(r.valid()).isTrue();
  }

  @Test
  void sampleStaysUnderTwelveMegabytes() throws Exception {
    try (var files = Files.walk(SAMPLE)) {
      long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      assertThat(bytes).isLessThan(12_000_000L);
    }
  }

  @Test
  void countyFiguresSitNearTheSeeds() {
    LoadedDrop drop =
        new DropLoader(CatalogChoice.bundled(CatalogChoice.DEFAULT_ID), new Problems())
            .load(DataDrop.of(SAMPLE));
    assertThat(drop.rejectedRows()).isZero();
    DataSet data = drop.data();
    Period y1617 = new Period.AcademicYear(2016);
    Period y1516 = new Period.AcademicYear(2015);
    // Kent, seed 001: NEET 3.0% (Jan 2017) against 3.3%, not known 3.2% against 5.45%,
    // participation 95.1% in year 12 and 86.8% in year 13.
    assertThat(rate(data, NeetMeasure.Kind.NEET_RATE, y1617, "16", "17"))
        .isCloseTo(3.0, within(0.3));
    assertThat(rate(data, NeetMeasure.Kind.NEET_RATE, y1516, "16", "17"))
        .isCloseTo(3.3, within(0.3));
    assertThat(rate(data, NeetMeasure.Kind.NOT_KNOWN_RATE, y1617, "16", "17"))
        .isCloseTo(3.2, within(0.3));
    assertThat(rate(data, NeetMeasure.Kind.NOT_KNOWN_RATE, y1516, "16", "17"))
        .isCloseTo(5.45, within(0.3));
    assertThat(rate(data, NeetMeasure.Kind.PARTICIPATION_RATE, y1617, "16"))
        .isCloseTo(95.1, within(0.3));
    assertThat(rate(data, NeetMeasure.Kind.PARTICIPATION_RATE, y1617, "17"))
        .isCloseTo(86.8, within(0.3));
  }

  private static double rate(DataSet data, NeetMeasure.Kind kind, Period p, String... ages) {
    Filter f = new Filter(Map.of("academic_age", List.of(ages)));
    return new NeetMeasure(kind).compute(data, new MeasureQuery(p, f, Params.none())).value();
  }
}
