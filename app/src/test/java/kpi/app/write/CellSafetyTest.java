package kpi.app.write;

import static kpi.app.ProjectFiles.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.app.Main;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text a spreadsheet would run as a formula is written as text, in CSV and in workbooks. */
class CellSafetyTest {

  @Test
  void formulaLeadsGetAnApostropheAndNothingElseChanges() {
    assertThat(CellSafety.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CellSafety.text("+44 1234")).isEqualTo("'+44 1234");
    assertThat(CellSafety.text("-1+1")).isEqualTo("'-1+1");
    assertThat(CellSafety.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CellSafety.text("\t=1")).isEqualTo("'\t=1");
    assertThat(CellSafety.text("\r=1")).isEqualTo("'\r=1");
    assertThat(CellSafety.text("Ashford = 1")).isEqualTo("Ashford = 1");
    assertThat(CellSafety.text("")).isEmpty();
    assertThat(CellSafety.text(null)).isNull();
  }

  @Test
  void aDistrictNamedLikeAFormulaIsTextInItsPackWorkbook(@TempDir Path dir) throws Exception {
    Writer nothing = Writer.nullWriter();
    int code =
        Main.run(
            new PrintWriter(nothing),
            new PrintWriter(nothing),
            new String[] {
              "datapack",
              "-q",
              "--data",
              resource("hostile/formula-injection").toString(),
              "--format",
              "xlsx",
              "--out",
              dir.toString()
            });
    assertThat(code).isZero();
    // the district is called =HYPERLINK("http://example.invalid"); its pack is named from it
    Path xlsx = dir.resolve("hyperlink-http-example-invalid.xlsx");
    List<String> hyperlinks = new ArrayList<>();
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType())
                .as(sheet.getSheetName() + "!" + cell.getAddress())
                .isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
              String text = cell.getStringCellValue();
              assertThat(text)
                  .as(sheet.getSheetName() + "!" + cell.getAddress())
                  .doesNotStartWith("=")
                  .doesNotStartWith("+")
                  .doesNotStartWith("@");
              if (text.startsWith("'=HYPERLINK")) {
                hyperlinks.add(text);
              }
            }
          }
        }
      }
    }
    assertThat(hyperlinks).as("the district's name, neutralised").isNotEmpty();
  }
}
