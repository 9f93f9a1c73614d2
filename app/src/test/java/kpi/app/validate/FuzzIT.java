package kpi.app.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import kpi.app.Main;
import kpi.app.ProjectFiles;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded fuzzing: small drops cut from the sample (CSV files, and a workbook made from the
 * apprenticeship starts) are mutated, byte by byte and structure by structure, and read by {@code
 * validate} (and every fifth by {@code scorecard}). Whatever the mutation, no run exits 4 or prints
 * a stack trace, and every file's rows reconcile. Bounded by a case count and about a minute of
 * wall time; a failure names the seed, the case and the mutation to replay it.
 */
class FuzzIT {
  /** The seed; another can be given with -Dkpi.fuzz.seed=N to explore (or replay) more. */
  private static final long SEED = Long.getLong("kpi.fuzz.seed", 20_261_201L);

  private static final int MAX_CASES = Integer.getInteger("kpi.fuzz.cases", 2_000);
  private static final Duration BUDGET = Duration.ofSeconds(Long.getLong("kpi.fuzz.seconds", 50));
  private static final Path SAMPLE = ProjectFiles.resource("kpi/sample-data");

  /** Values a typo, an export or a hostile file puts in a field. */
  private static final List<String> FIELDS =
      List.of(
          "",
          " ",
          "\"",
          "\"\"",
          "3014-08-02",
          "0001-01-01",
          "9999-12-31",
          "31/02/2017",
          "01/31/2017",
          "1e309",
          "NaN",
          "-1",
          "-2147483649",
          "9".repeat(5_000),
          "1." + "0".repeat(300),
          "\u001b[31mred\u001b[0m",
          "<script>x</script>",
          "=HYPERLINK(\"x\")",
          "\u0000",
          "Ashfrod",
          "E99999999",
          "2017-13-01",
          "4294967296",
          "0x10",
          "1,000",
          "\u00a0220",
          "ZZ",
          "\r",
          "a\nb");

  /** Attribute values a damaged or hand-made sheet carries. */
  private static final List<String> REFS =
      List.of(
          "",
          "1",
          "A",
          "a1",
          "ZZZZZZ9",
          "AAAAAAA2",
          "XFD1",
          "XFE1",
          "A0",
          "A1048577",
          "abc",
          "-1",
          "99999999999",
          "A1:B",
          ":",
          "1A",
          "A-1",
          "\u00c91");

  static {
    // POI logs through log4j; the command line turns that off when Main loads, so load it before
    // the test's own POI calls, as a user's run would.
    try {
      Class.forName(Main.class.getName(), true, FuzzIT.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @Test
  void mutatedDropsNeverCrashAndAlwaysReconcile(@TempDir Path dir) throws Exception {
    Map<String, byte[]> base = baseDrop();
    Random random = new Random(SEED);
    long deadline = System.nanoTime() + BUDGET.toNanos();
    int cases = 0;
    Map<Integer, Integer> exits = new LinkedHashMap<>();
    for (; cases < MAX_CASES && System.nanoTime() < deadline; cases++) {
      Map<String, byte[]> files = new LinkedHashMap<>(base);
      List<String> names = new ArrayList<>(files.keySet());
      names.remove("reference/districts.csv");
      String target = names.get(random.nextInt(names.size()));
      String mutation;
      if (target.endsWith(".xlsx")) {
        mutation = mutateWorkbook(files, target, random);
      } else {
        mutation = mutateText(files, target, random);
      }
      String replay = "seed " + SEED + ", case " + cases + ": " + target + ": " + mutation;
      Path drop = dir.resolve("case-" + cases);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = drop.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      int exit = validate(drop, replay);
      exits.merge(exit, 1, Integer::sum);
      if (cases % 5 == 0) {
        scorecard(drop, dir.resolve("scorecard-" + cases + ".json"), replay);
      }
      delete(drop);
    }
    assertThat(cases).as("cases run in the time allowed").isGreaterThanOrEqualTo(40);
    System.out.println(
        "fuzzing: " + cases + " mutated drops from seed " + SEED + ", exit codes " + exits);
    // The mutations reach every outcome a user can meet, not only one.
    assertThat(exits.keySet()).as("exit codes seen: " + exits).contains(1, 3);
  }

  private static int validate(Path drop, String replay) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            "validate",
            "--data",
            drop.toString(),
            "--format",
            "json");
    assertThat(code).as(replay + "\n" + err).isIn(0, 1, 3);
    assertThat(err.toString())
        .as(replay)
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("internal error");
    JsonNode report = new ObjectMapper().readTree(out.toString());
    for (JsonNode f : report.get("files")) {
      assertThat(f.get("rows_read").asLong())
          .as(replay + ": " + f)
          .isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_rejected").asLong());
    }
    return code;
  }

  private static void scorecard(Path drop, Path json, String replay) throws IOException {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(java.io.Writer.nullWriter()),
            new PrintWriter(err, true),
            "scorecard",
            "-q",
            "--data",
            drop.toString(),
            "--format",
            "json",
            "-o",
            json.toString());
    assertThat(code).as(replay + "\n" + err).isIn(0, 1, 3);
    assertThat(err.toString())
        .as(replay)
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("internal error");
    if (code == 0) {
      for (JsonNode f : new ObjectMapper().readTree(json.toFile()).get("inputs")) {
        assertThat(f.get("rows_read").asLong())
            .as(replay + ": " + f)
            .isEqualTo(f.get("rows_accepted").asLong() + f.get("rows_rejected").asLong());
      }
    }
  }

  /** The first rows of the sample's files, and the apprenticeship starts as a workbook. */
  private static Map<String, byte[]> baseDrop() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "reference/districts.csv", Files.readAllBytes(SAMPLE.resolve("reference/districts.csv")));
    files.put("neet-tracking-2016-17.csv", head(SAMPLE.resolve("neet-tracking-2016-17.csv"), 300));
    files.put("attainment-ks4.csv", head(SAMPLE.resolve("attainment-ks4.csv"), 150));
    files.put("returns.csv", Files.readAllBytes(SAMPLE.resolve("returns.csv")));
    for (String ref : List.of("reference/headcount.csv", "reference/population.csv")) {
      files.put(ref, Files.readAllBytes(SAMPLE.resolve(ref)));
    }
    files.put(
        "comparators/neet_participation_la.csv",
        head(SAMPLE.resolve("comparators/neet_participation_la.csv"), 200));
    List<String> starts =
        Files.readAllLines(SAMPLE.resolve("apprenticeship-starts.csv")).subList(0, 120);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream o = new ByteArrayOutputStream()) {
      XSSFSheet s = wb.createSheet("apprenticeship-starts");
      for (int r = 0; r < starts.size(); r++) {
        XSSFRow row = s.createRow(r);
        String[] cells = starts.get(r).split(",", -1);
        for (int c = 0; c < cells.length; c++) {
          if (r > 0 && cells[c].matches("\\d{1,3}")) {
            row.createCell(c).setCellValue(Integer.parseInt(cells[c]));
          } else {
            row.createCell(c).setCellValue(cells[c]);
          }
        }
      }
      wb.write(o);
      files.put("apprenticeship-starts.xlsx", o.toByteArray());
    }
    return files;
  }

  private static byte[] head(Path csv, int lines) throws IOException {
    List<String> all = Files.readAllLines(csv);
    return (String.join("\n", all.subList(0, Math.min(lines, all.size()))) + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** One mutation of a CSV file's bytes or structure; returns what it did. */
  private static String mutateText(Map<String, byte[]> files, String name, Random random) {
    byte[] b = files.get(name);
    int at = random.nextInt(b.length);
    String did;
    byte[] out;
    switch (random.nextInt(9)) {
      case 0 -> {
        out = b.clone();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
          out[random.nextInt(out.length)] = (byte) random.nextInt(256);
        }
        did = "flipped " + n + " bytes";
      }
      case 1 -> {
        out = Arrays.copyOf(b, at);
        did = "cut at byte " + at;
      }
      case 2 -> {
        out = insert(b, at, "\"".getBytes(StandardCharsets.UTF_8));
        did = "a quote inserted at byte " + at;
      }
      case 3 -> {
        byte[] junk = new byte[1 + random.nextInt(16)];
        random.nextBytes(junk);
        out = insert(b, at, junk);
        did = junk.length + " random bytes inserted at byte " + at;
      }
      case 4 -> {
        int to = Math.min(b.length, at + random.nextInt(2_000));
        byte[] cut = new byte[b.length - (to - at)];
        System.arraycopy(b, 0, cut, 0, at);
        System.arraycopy(b, to, cut, at, b.length - to);
        out = cut;
        did = "bytes " + at + "-" + to + " deleted";
      }
      case 5, 6, 7 -> {
        String[] lines = new String(b, StandardCharsets.UTF_8).split("\n", -1);
        int line = random.nextInt(lines.length);
        String[] fields = lines[line].split(",", -1);
        int field = random.nextInt(fields.length);
        String value = FIELDS.get(random.nextInt(FIELDS.size()));
        fields[field] = value;
        lines[line] = String.join(",", fields);
        out = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        did =
            "line "
                + (line + 1)
                + " field "
                + (field + 1)
                + " set to "
                + (value.length() > 20 ? value.length() + " characters" : "'" + value + "'");
      }
      default -> {
        String text = new String(b, StandardCharsets.UTF_8);
        int nl = text.indexOf('\n');
        String[] lines = text.split("\n", -1);
        int line = 1 + random.nextInt(Math.max(1, lines.length - 1));
        out =
            (text.substring(0, nl + 1)
                    + lines[Math.min(line, lines.length - 1)]
                    + "\n"
                    + text.substring(nl + 1))
                .getBytes(StandardCharsets.UTF_8);
        did = "line " + (line + 1) + " repeated after the header";
      }
    }
    files.put(name, out);
    return did;
  }

  /** One mutation of a workbook: its zip bytes, or its sheet's XML; returns what it did. */
  private static String mutateWorkbook(Map<String, byte[]> files, String name, Random random)
      throws IOException {
    byte[] b = files.get(name);
    int kind = random.nextInt(7);
    if (kind == 0) {
      int at = random.nextInt(b.length);
      files.put(name, Arrays.copyOf(b, at));
      return "cut at byte " + at + " of " + b.length;
    }
    if (kind == 1) {
      byte[] out = b.clone();
      int n = 1 + random.nextInt(6);
      for (int i = 0; i < n; i++) {
        out[random.nextInt(out.length)] = (byte) random.nextInt(256);
      }
      files.put(name, out);
      return "flipped " + n + " zip bytes";
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(b))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    String sheetPart = "xl/worksheets/sheet1.xml";
    String sheet = new String(parts.get(sheetPart), StandardCharsets.UTF_8);
    String did;
    switch (kind) {
      case 2, 3 -> {
        List<Integer> refs = new ArrayList<>();
        for (int i = sheet.indexOf(" r=\""); i >= 0; i = sheet.indexOf(" r=\"", i + 1)) {
          refs.add(i);
        }
        int at = refs.get(random.nextInt(refs.size())) + 4;
        int end = sheet.indexOf('"', at);
        String value = REFS.get(random.nextInt(REFS.size()));
        sheet = sheet.substring(0, at) + value + sheet.substring(end);
        did = "reference '" + sheet.substring(at, at + value.length()) + "' at offset " + at;
      }
      case 4 -> {
        String value = REFS.get(random.nextInt(REFS.size()));
        sheet =
            sheet.replace(
                "</sheetData>",
                "</sheetData><mergeCells count=\"1\"><mergeCell ref=\""
                    + value
                    + "\"/></mergeCells>");
        did = "merged range '" + value + "'";
      }
      case 5 -> {
        if (random.nextBoolean()) {
          parts.remove("xl/sharedStrings.xml");
          did = "shared strings removed";
        } else {
          sheet =
              sheet.replaceFirst(
                  "<v>\\d+</v>", "<v>" + (random.nextBoolean() ? "99999999" : "-1") + "</v>");
          did = "a value pointed outside the shared strings";
        }
      }
      default -> {
        int at = random.nextInt(sheet.length());
        sheet = sheet.substring(0, at);
        did = "sheet XML cut at character " + at;
      }
    }
    parts.put(sheetPart, sheet.getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(o)) {
      for (Map.Entry<String, byte[]> p : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(p.getKey()));
        z.write(p.getValue());
        z.closeEntry();
      }
    }
    files.put(name, o.toByteArray());
    return did;
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    byte[] out = new byte[b.length + what.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(b, at, out, at + what.length, b.length - at);
    return out;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
