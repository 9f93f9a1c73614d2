package kpi.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.app.load.DataDrop;
import kpi.app.read.InputFile;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Refuses an output file that the same run reads: a data file, the catalog or --previous. */
final class OutputGuard {
  private OutputGuard() {}

  static void refuseInputs(CommandLine cli, Path output, DataOptions data, Path previous) {
    for (Path in : inputs(data, previous)) {
      if (same(output, in)) {
        throw new ParameterException(
            cli,
            "-o "
                + output
                + " is an input of this run;"
                + " choose another file (kpi never writes over its inputs)");
      }
    }
  }

  /** For validate: refuses an output that is one of the FILEs or a file of the drop. */
  static void refuseFiles(CommandLine cli, Path output, Path dataDir, List<Path> files) {
    List<Path> inputs = new ArrayList<>(files);
    if (dataDir != null && Files.isDirectory(dataDir)) {
      try (var walk = Files.walk(dataDir)) {
        walk.filter(Files::isRegularFile).forEach(inputs::add);
      } catch (IOException e) {
        return;
      }
    }
    for (Path in : inputs) {
      if (same(output, in)) {
        throw new ParameterException(
            cli,
            "-o "
                + output
                + " is an input of this run;"
                + " choose another file (kpi never writes over its inputs)");
      }
    }
  }

  /** After loading: refuses an output that is one of the files the drop was read from. */
  static void refuseRead(
      CommandLine cli, Path output, DataOptions data, List<kpi.app.read.FileSummary> read) {
    if (data.data() == null) {
      return;
    }
    for (kpi.app.read.FileSummary f : read) {
      if (same(output, data.data().resolve(f.file()))) {
        throw new ParameterException(
            cli,
            "-o "
                + output
                + " is an input of this run;"
                + " choose another file (kpi never writes over its inputs)");
      }
    }
  }

  private static List<Path> inputs(DataOptions data, Path previous) {
    List<Path> out = new ArrayList<>();
    if (previous != null) {
      out.add(previous);
    }
    if (data.catalog() != null
        && data.catalog().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
      out.add(Path.of(data.catalog()));
    }
    if (data.data() != null && Files.isDirectory(data.data())) {
      DataDrop drop = DataDrop.of(data.data());
      for (String kind : DataDrop.allKinds()) {
        drop.files(kind).stream().map(InputFile::path).forEach(out::add);
      }
      drop.comparatorFiles().stream()
          .map(InputFile::path)
          .forEach(
              p -> {
                out.add(p);
                String name = p.getFileName().toString();
                out.add(p.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".meta.csv"));
              });
      drop.catalog().ifPresent(out::add);
    }
    return out;
  }

  private static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      return false;
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
