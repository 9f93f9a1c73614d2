package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import kpi.app.ProjectFiles;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outputs of data whose names are hostile (test resources hostile/district-names): district names
 * that clash (Dover and DOVER), take the pack's own names (County, Index), a Windows device (CON),
 * have no ASCII letters, start with an apostrophe, end with a dot, carry a terminal escape sequence
 * or HTML.
 */
class HostileOutputTest {
  private static final Path DROP = ProjectFiles.resource("hostile/district-names");

  @Test
  void everyDistrictGetsItsOwnSafeFiles(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("packs");
    CliResult r =
        CliResult.run("datapack", "-q", "--data", DROP.toString(), "--out", out.toString());
    assertThat(r).succeeded().noStackTrace();
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    // Ten districts: ten workbooks and ten pages, plus the county's workbook and the index.
    assertThat(names)
        .hasSize(22)
        .contains(
            "index.html",
            "county.xlsx",
            "dover-e07000102.xlsx",
            "dover-e07000103.xlsx",
            "county-e07000100.html",
            "index-e07000101.html",
            "con-e07000107.xlsx",
            "e07000104.html",
            "trailing.html",
            "quote.xlsx");
    Set<String> folded = new HashSet<>();
    for (String n : names) {
      assertThat(n).as("hidden").doesNotStartWith(".");
      assertThat(n).matches("[a-z0-9][a-z0-9-]*\\.(xlsx|html)");
      assertThat(folded.add(n.toLowerCase(Locale.ROOT))).as("unique ignoring case: " + n).isTrue();
    }
    String index = Files.readString(out.resolve("index.html"));
    for (String n : names) {
      if (!n.equals("index.html")) {
        assertThat(index).as("index links " + n).contains("href=\"" + n + "\"");
      }
    }
    assertThat(index).doesNotContain("<b>Bold").contains("&lt;b&gt;Bold").doesNotContain("\u001b");
  }

  @Test
  void workbooksHoldOnlyWellFormedXmlAndValidSheetNames(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("packs");
    assertThat(CliResult.run("datapack", "-q", "--data", DROP.toString(), "--out", out.toString()))
        .succeeded();
    List<Path> books = new ArrayList<>();
    try (Stream<Path> s = Files.list(out)) {
      s.filter(p -> p.toString().endsWith(".xlsx")).sorted().forEach(books::add);
    }
    assertThat(books).hasSize(11);
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    for (Path book : books) {
      try (ZipInputStream z = new ZipInputStream(Files.newInputStream(book))) {
        for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
          if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
            byte[] part = z.readAllBytes();
            String xml = new String(part, java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xml)
                .as(book.getFileName() + "!" + e.getName())
                .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]")
                .doesNotContain("&#27;")
                .doesNotContain("&#x1b;");
            f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(part));
          }
        }
      }
      try (InputStream in = Files.newInputStream(book);
          XSSFWorkbook wb = new XSSFWorkbook(in)) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
          String name = wb.getSheetName(i);
          assertThat(name)
              .hasSizeBetween(1, 31)
              .doesNotStartWith("'")
              .doesNotEndWith("'")
              .doesNotContainPattern("[\\[\\]:*?/\\\\\\p{Cntrl}]");
        }
      }
    }
  }

  @Test
  void terminalAndMarkdownShowDataAsText(@TempDir Path dir) throws Exception {
    CliResult table =
        CliResult.run("scorecard", "--data", DROP.toString(), "--breakdown", "--format", "table");
    assertThat(table).succeeded();
    assertThat(table.out()).doesNotContain("\u001b").contains("Esc\\x1b[31mRed");
    assertThat(table.err()).doesNotContain("\u001b");
    CliResult md =
        CliResult.run("scorecard", "--data", DROP.toString(), "--breakdown", "--format", "md");
    assertThat(md).succeeded();
    assertThat(md.out())
        .doesNotContain("<b>")
        .doesNotContain("\u001b")
        .contains("&lt;b&gt;Bold&lt;/b&gt; &amp; \\[link\\](x)");
  }

  @Test
  void sheetNamesFollowExcelsRules() {
    assertThat(kpi.app.pack.PackNames.sheetName("'Quote'")).isEqualTo("Quote");
    assertThat(kpi.app.pack.PackNames.sheetName("History")).isEqualTo("History 1");
    assertThat(kpi.app.pack.PackNames.sheetName("a[b]:c*d?e/f\\g\u001bh"))
        .isEqualTo("a b c d e f g h");
    assertThat(kpi.app.pack.PackNames.sheetName("T1 " + "x".repeat(27) + "'y"))
        .isEqualTo("T1 " + "x".repeat(27));
    assertThat(kpi.app.pack.PackNames.sheetName("''")).isEqualTo("Sheet");
  }
}
