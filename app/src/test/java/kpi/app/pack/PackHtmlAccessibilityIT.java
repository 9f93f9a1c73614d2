package kpi.app.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kpi.app.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The automated accessibility check of a data pack page: the WCAG 2.2 AA rules that apply to a
 * static page of text, tables and SVG charts (the same rules axe-core checks for such pages), run
 * on a real pack from the bundled sample. docs/datapacks.md says which rule each assertion stands
 * for.
 */
class PackHtmlAccessibilityIT {

  @Test
  void samplePackMeetsTheAccessibilityRules(@TempDir Path dir) throws Exception {
    int code =
        Main.run(
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new String[] {
              "datapack", "-q", "--out", dir.toString(), "--district", "Thanet", "--format", "html"
            });
    assertThat(code).isZero();
    String html = Files.readString(dir.resolve("thanet.html"), StandardCharsets.UTF_8);
    // html-has-lang, document-title
    assertThat(html).contains("<html lang=\"en-GB\">");
    assertThat(html).containsPattern("<title>[^<]+</title>");
    // page-has-heading-one, heading-order: one h1, and no level skipped
    assertThat(count(html, "<h1")).isEqualTo(1);
    int previous = 1;
    Matcher h = Pattern.compile("<h([1-6])").matcher(html);
    while (h.find()) {
      int level = Integer.parseInt(h.group(1));
      assertThat(level)
          .as("heading levels go down one at a time")
          .isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    // svg-img-alt: every chart is an image with an accessible name
    assertThat(count(html, "<svg"))
        .isEqualTo(count(html, "role=\"img\""))
        .isEqualTo(count(html, "aria-labelledby="))
        .isGreaterThan(0);
    // th-has-data-cells, scope-attr-valid, table captions
    assertThat(count(html, "<table")).isEqualTo(count(html, "<caption"));
    assertThat(html).doesNotContain("<th>");
    // landmark-one-main, region
    assertThat(count(html, "<main>")).isEqualTo(1);
    // link-name: no empty links
    assertThat(html).doesNotContainPattern("<a [^>]*>\\s*</a>");
    // color-contrast: every status colour against the text colour, at least 4.5:1
    for (String colour : statusColours(html)) {
      assertThat(contrast(colour, "#0b0c0c")).as(colour).isGreaterThanOrEqualTo(4.5);
    }
    // use-of-color: each status also in words, each arrow with a word
    assertThat(html).contains("requires improvement").contains("improving");
    // no scripts, no external requests
    assertThat(html).doesNotContain("<script").doesNotContainPattern("(src|href)=\"https?:");
  }

  @Test
  void indexPageAndScorecardPageMeetTheSameStructuralRules(@TempDir Path dir) throws Exception {
    java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
    assertThat(
            Main.run(
                none,
                none,
                new String[] {
                  "datapack",
                  "-q",
                  "--out",
                  dir.toString(),
                  "--district",
                  "Thanet",
                  "--format",
                  "html"
                }))
        .isZero();
    Path scorecard = dir.resolve("scorecard.html");
    assertThat(Main.run(none, none, new String[] {"scorecard", "-q", "-o", scorecard.toString()}))
        .isZero();
    for (Path p : List.of(dir.resolve("index.html"), scorecard)) {
      String html = Files.readString(p, StandardCharsets.UTF_8);
      assertThat(html)
          .as(p.getFileName().toString())
          .contains("<html lang=\"en-GB\"")
          .containsPattern("<title>[^<]+</title>")
          .doesNotContain("<th>")
          .doesNotContain("<script")
          .doesNotContainPattern("(src|href)=\"https?:")
          .doesNotContainPattern("<a [^>]*>\\s*</a>")
          .doesNotContain("<li></li>");
      assertThat(count(html, "<h1")).isEqualTo(1);
      assertThat(count(html, "<main>")).isEqualTo(1);
      assertThat(count(html, "<table")).isEqualTo(count(html, "<caption"));
      int level = 1;
      Matcher m = Pattern.compile("<h([1-6])").matcher(html);
      while (m.find()) {
        int next = Integer.parseInt(m.group(1));
        assertThat(next).as("heading levels go down one at a time").isLessThanOrEqualTo(level + 1);
        level = next;
      }
    }
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<String> statusColours(String html) {
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("\\.(BLUE|GREEN|AMBER|RED|GREY)\\{background:(#[0-9a-f]{6})\\}")
            .matcher(html);
    while (m.find()) {
      out.add(m.group(2));
    }
    assertThat(out).hasSize(5);
    return out;
  }

  /** WCAG 2 contrast ratio of two sRGB colours. */
  static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
