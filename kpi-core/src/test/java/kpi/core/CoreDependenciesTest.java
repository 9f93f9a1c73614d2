package kpi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * kpi-core depends on the JDK only: the enforcer bans dependencies in the pom, and this test bans
 * imports of anything outside {@code java.*} and {@code kpi.core.*} in the main sources (so no
 * {@code javax.*}, {@code com.fasterxml.*}, {@code picocli.*}, {@code kpi.app.*}, ...).
 */
class CoreDependenciesTest {
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;", Pattern.MULTILINE);

  /** The main sources, in the project folder found above the test classes. */
  private static Path mainSources() {
    Path dir = ProjectFiles.root().resolve("kpi-core/src/main/java");
    if (!Files.isDirectory(dir.resolve("kpi").resolve("core"))) {
      fail("kpi-core main sources not found at " + dir);
    }
    return dir;
  }

  /** Every import in a source that is neither java.* nor kpi.core.*. */
  static List<String> forbiddenImports(String source) {
    List<String> bad = new ArrayList<>();
    Matcher m = IMPORT.matcher(source);
    while (m.find()) {
      String name = m.group(1);
      if (!name.startsWith("java.") && !name.startsWith("kpi.core.")) {
        bad.add(name);
      }
    }
    return bad;
  }

  @Test
  void mainSourcesImportOnlyTheJdkAndTheCore() throws IOException {
    Path root = mainSources();
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(files).as("kpi-core main sources").hasSizeGreaterThan(30);
    List<String> violations = new ArrayList<>();
    int imports = 0;
    for (Path f : files) {
      String source = Files.readString(f, StandardCharsets.UTF_8);
      Matcher m = IMPORT.matcher(source);
      while (m.find()) {
        imports++;
      }
      for (String bad : forbiddenImports(source)) {
        violations.add(root.relativize(f) + ": import " + bad);
      }
    }
    assertThat(imports)
        .as("imports seen (the scanner must be reading something)")
        .isGreaterThan(50);
    assertThat(violations).as("kpi-core may import only java.* and kpi.core.*").isEmpty();
  }

  @Test
  void theScannerCatchesForbiddenImports() {
    String source =
        """
        package kpi.core.x;

        import java.util.List;
        import static java.util.Objects.requireNonNull;
        import kpi.core.period.Period;
        import javax.annotation.Nullable;
        import com.fasterxml.jackson.databind.ObjectMapper;
        import static picocli.CommandLine.Option;
        import kpi.app.cli.Main;
        import org.apache.commons.csv.*;
          import   java.io.IOException ;
        """;
    assertThat(forbiddenImports(source))
        .containsExactly(
            "javax.annotation.Nullable",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "picocli.CommandLine.Option",
            "kpi.app.cli.Main",
            "org.apache.commons.csv.*");
  }
}
