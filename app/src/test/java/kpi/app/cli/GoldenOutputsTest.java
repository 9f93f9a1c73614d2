package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import kpi.app.ProjectFiles;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every scorecard, validate and diff format on the mini drop, byte for byte against the files in
 * {@code app/src/test/resources/golden/}: any change to a layout, a wording or a figure shows up
 * here. The drop is copied to a temporary folder and its path written as {@code <tmp>}; the
 * workbooks are compared as a text rendering of their sheets (cell by cell, as Excel shows them).
 * After a deliberate change, regenerate with {@code ./mvnw -pl app -am test
 * -Dtest=GoldenOutputsTest -Dsurefire.failIfNoSpecifiedTests=false -Dkpi.updateGolden=true}, read
 * the difference and commit it. CI never sets the switch.
 */
class GoldenOutputsTest {
  private static final boolean UPDATE = Boolean.getBoolean("kpi.updateGolden");

  @TempDir static Path tmp;

  static Path mini;
  static Path edited;

  /** The mini drop, and a copy in which one young person NEET in December 2016 is in work. */
  @BeforeAll
  static void drops() throws Exception {
    mini = copy(ProjectFiles.resource("drops/mini"), tmp.resolve("mini"));
    edited = copy(mini, tmp.resolve("mini-edited"));
    Path csv = edited.resolve("neet-tracking.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(csv, StandardCharsets.UTF_8));
    int row = -1;
    for (int i = 1; i < lines.size() && row < 0; i++) {
      if (lines.get(i).contains(",2016-12-31,") && lines.get(i).contains(",540,")) {
        row = i;
      }
    }
    assertThat(row).as("a NEET row in December 2016").isPositive();
    lines.set(row, lines.get(row).replace(",540,", ",210,"));
    Files.write(csv, lines, StandardCharsets.UTF_8);
  }

  private static Path copy(Path from, Path to) throws Exception {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path t = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else {
          Files.copy(f, t);
        }
      }
    }
    return to;
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "csv", "json", "md", "html"})
  void scorecard(String format) throws Exception {
    // an explicit width, so the table does not follow the COLUMNS of whoever runs the build
    CliResult r =
        CliResult.run(
            "scorecard", "-q", "--data", mini.toString(), "--format", format, "--width", "120");
    assertThat(r).succeeded();
    golden("mini-scorecard." + (format.equals("table") ? "txt" : format), r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"scorecard", "datapack"})
  void workbook(String command) throws Exception {
    Path out = tmp.resolve(command + "-out");
    Files.createDirectories(out);
    Path xlsx;
    if (command.equals("scorecard")) {
      xlsx = out.resolve("mini.xlsx");
      assertThat(CliResult.run("scorecard", "-q", "--data", mini.toString(), "-o", xlsx.toString()))
          .succeeded();
    } else {
      assertThat(
              CliResult.run(
                  "datapack",
                  "-q",
                  "--data",
                  mini.toString(),
                  "--district",
                  "Ashford",
                  "--format",
                  "xlsx",
                  "--out",
                  out.toString()))
          .succeeded();
      xlsx = out.resolve("ashford.xlsx");
    }
    golden("mini-" + command + ".xlsx.txt", sheets(xlsx));
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "junit", "github"})
  void validate(String format) throws Exception {
    CliResult r = CliResult.run("validate", "--data", mini.toString(), "--format", format);
    assertThat(r).exitedWith(1);
    golden("mini-validate." + format + ".txt", r.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "json", "md", "junit", "github"})
  void diff(String format) throws Exception {
    CliResult r =
        CliResult.run("diff", "-q", mini.toString(), edited.toString(), "--format", format);
    assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
    golden("mini-diff." + format + ".txt", r.out());
  }

  /** Every sheet of a workbook as text: one line a row, cells as Excel displays them. */
  static String sheets(Path xlsx) throws Exception {
    StringBuilder b = new StringBuilder();
    DataFormatter shown = new DataFormatter(Locale.UK);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        b.append("== ").append(sheet.getSheetName()).append('\n');
        for (Row row : sheet) {
          b.append(row.getRowNum() + 1).append(':');
          for (Cell cell : row) {
            b.append(" | ")
                .append(cell.getAddress().formatAsString())
                .append('=')
                .append(shown.formatCellValue(cell));
          }
          b.append('\n');
        }
      }
    }
    return b.toString();
  }

  private static void golden(String name, String actual) throws Exception {
    String text = actual.replace(tmp.toString(), "<tmp>");
    if (UPDATE) {
      Path dir = ProjectFiles.root().resolve("app/src/test/resources/golden");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
      return;
    }
    Path file = ProjectFiles.resource("golden/" + name);
    assertThat(text)
        .as(
            name
                + " differs from the golden file; if the change is intended,"
                + " regenerate it (see this test's comment)")
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
