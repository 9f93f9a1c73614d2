package kpi.app.cli;

import java.nio.file.Path;
import kpi.app.load.DataRequest;
import kpi.core.period.Period;
import picocli.CommandLine.Option;

/** The options every computing command shares: which data drop, catalog and period. */
public final class DataOptions {
  @Option(
      names = "--data",
      paramLabel = "DIR",
      description = "The data drop folder. Default: the bundled sample data drop.")
  Path data;

  @Option(
      names = "--catalog",
      paramLabel = "ID|FILE",
      description =
          "A bundled catalog id or a catalog JSON file. Default: the drop's"
              + " kpi-catalog.json if present, else kent-14-24-2017.")
  String catalog;

  @Option(
      names = "--period",
      paramLabel = "P",
      converter = PeriodConverter.class,
      description =
          "An academic year (2016/17, 2016-17, 201617, 2016/2017), a month (2017-01)"
              + " or a quarter (2017-Q1). Default: the latest academic year in which most KPIs have"
              + " a value.")
  Period period;

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
  java.util.List<String> require = new java.util.ArrayList<>();

  /** The inputs these options name, for {@link kpi.app.load.Session}. */
  public DataRequest request() {
    return new DataRequest(data, catalog, mapping, require);
  }

  public String mapping() {
    return mapping;
  }

  public java.util.List<String> require() {
    return require;
  }

  public Path data() {
    return data;
  }

  public String catalog() {
    return catalog;
  }

  public Period period() {
    return period;
  }
}
