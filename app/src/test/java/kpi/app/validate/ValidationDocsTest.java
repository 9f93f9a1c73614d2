package kpi.app.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.Test;

/** Every check id the readers can report is documented in docs/validation.md, and vice versa. */
class ValidationDocsTest {
  private static final Pattern REPORTED =
      Pattern.compile(
          // Arguments may be wrapped onto the next lines (the formatter decides), so any
          // whitespace separates them.
          "(?:ofFile\\([^\"]*|new Problem\\([^\"]*|ReadFailure\\(\\s*"
              + "|\\.error\\([^,()]+,\\s*|\\.warn\\([^,()]+,\\s*"
              + "|report\\(\\s*\\w+,\\s*\\w+,\\s*)\"([a-z0-9-]+)\"");
  private static final Pattern DOCUMENTED =
      Pattern.compile("^\\| `([a-z0-9][a-z0-9-]*)` \\|", Pattern.MULTILINE);

  @Test
  void everyCheckIdIsDocumented() throws IOException {
    Path root = ProjectFiles.root();
    Set<String> reported = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root.resolve("app/src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = REPORTED.matcher(Files.readString(f));
        while (m.find()) {
          reported.add(m.group(1));
        }
      }
    }
    Set<String> documented = new TreeSet<>();
    Matcher m = DOCUMENTED.matcher(Files.readString(root.resolve("docs/validation.md")));
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(reported).as("check ids found in the readers").hasSizeGreaterThan(20);
    assertThat(documented).containsAll(reported);
    assertThat(reported).containsAll(documented);
  }
}
