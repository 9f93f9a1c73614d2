package kpi.app.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kpi.app.ProjectFiles;
import kpi.app.generate.SampleDrop;
import kpi.app.load.LoadProgress;
import kpi.core.diff.CellChange;
import kpi.core.diff.Diff;
import kpi.core.diff.FileChange;
import kpi.core.diff.KpiChange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two drops from one seeded generator, the second with known edits: four restated NEET rows (one of
 * them an Ashford NEET young person in January, which takes Ashford's January NEET count below the
 * suppression threshold), one NEET row made invalid, ten apprenticeship starts removed, one school
 * added, and one hand-kept return restated so that its KPI's status flips. The diff must find
 * exactly those edits. The Markdown and JUnit reports are golden files; regenerate them with {@code
 * ./mvnw -pl kpi-core,app test -Dtest=KnownEditsTest -Dkpi.updateGolden=true}.
 */
class KnownEditsTest {
  private static final Path PROJECT = ProjectFiles.root();
  private static final Path GOLDEN = PROJECT.resolve("app/src/test/resources/golden");
  private static final Set<Integer> NEET_CODES =
      Set.of(540, 610, 615, 616, 619, 620, 630, 640, 650, 660, 670, 680);

  @TempDir static Path dir;
  static Path before;
  static Path after;
  static Diff diff;
  static DiffReport report;

  @BeforeAll
  static void twoDrops() throws Exception {
    before = dir.resolve("before");
    after = dir.resolve("after");
    for (Path d : List.of(before, after)) {
      SampleDrop.write(d, SampleDrop.SEED, SampleDrop.SCALE);
      Files.copy(PROJECT.resolve("sample-data/returns.csv"), d.resolve("returns.csv"));
      Files.copy(
          PROJECT.resolve("sample-data/comparators/youth-unemployment.csv"),
          d.resolve("comparators/youth-unemployment.csv"));
    }
    Path neet = after.resolve("neet-tracking-2016-17.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(neet));
    // an Ashford 16-17 year old NEET in January 2017, not SEND, now in work without training
    int ashford =
        first(
            rows,
            c ->
                c[1].startsWith("2017-01")
                    && c[3].equals("E07000105")
                    && NEET_CODES.contains(Integer.parseInt(c[4]))
                    && c[5].equals("N")
                    && !LocalDate.parse(c[2]).isBefore(LocalDate.of(1998, 9, 1))
                    && !LocalDate.parse(c[2]).isAfter(LocalDate.of(2000, 8, 31)));
    rows.set(ashford, replace(rows.get(ashford), 4, "330"));
    // three October rows restated from one kind of full-time education to another
    for (int n = 0; n < 3; n++) {
      int i = first(rows, c -> c[1].startsWith("2016-10") && c[4].equals("210"));
      rows.set(i, replace(rows.get(i), 4, "220"));
    }
    // one October row with a code that does not exist: newly rejected
    int bad = first(rows, c -> c[1].startsWith("2016-10") && c[4].equals("310"));
    rows.set(bad, replace(rows.get(bad), 4, "999"));
    Files.write(neet, rows);
    Path starts = after.resolve("apprenticeship-starts.csv");
    List<String> s = new ArrayList<>(Files.readAllLines(starts));
    s.subList(1, 11).clear();
    Files.write(starts, s);
    Files.writeString(
        after.resolve("reference/schools.csv"),
        "999999,Sample New School,E07000105,secondary,academy\n",
        java.nio.file.StandardOpenOption.APPEND);
    Path returns = after.resolve("returns.csv");
    Files.writeString(
        returns, Files.readString(returns).replace("KPI-09,2016/17,,3.9,", "KPI-09,2016/17,,5.2,"));

    report =
        new DiffRunner(
                null,
                null,
                null,
                DiffRunner.rules(
                    List.of(
                        "status-change", "restated>0.5pp", "newly-rejected>0", "rows-removed>1%")),
                n -> {},
                LoadProgress.NONE)
            .run(before, after)
            .named("drops/accepted", "drops/incoming");
    diff = report.diff();
  }

  private static int first(List<String> rows, Predicate<String[]> test) {
    for (int i = 1; i < rows.size(); i++) {
      if (test.test(rows.get(i).split(",", -1))) {
        return i;
      }
    }
    throw new AssertionError("no row to edit");
  }

  private static String replace(String line, int column, String value) {
    String[] c = line.split(",", -1);
    c[column] = value;
    return String.join(",", c);
  }

  @Test
  void filesShowExactlyTheEditedRows() {
    Map<String, List<Long>> changed = new TreeMap<>();
    for (FileChange f : diff.changedFiles()) {
      changed.put(
          f.file(), List.of(f.rowsAdded(), f.rowsRemoved(), f.rowsChanged(), f.newlyRejected()));
    }
    assertThat(changed)
        .isEqualTo(
            Map.of(
                "neet-tracking-2016-17.csv", List.of(0L, 0L, 4L, 1L),
                "apprenticeship-starts.csv", List.of(0L, 10L, 0L, 0L),
                "reference/schools.csv", List.of(1L, 0L, 0L, 0L),
                "returns.csv", List.of(0L, 0L, 1L, 0L)));
    FileChange starts =
        diff.files().stream()
            .filter(f -> f.file().equals("apprenticeship-starts.csv"))
            .findFirst()
            .orElseThrow();
    assertThat(starts.rowsBefore() - starts.rowsAfter()).isEqualTo(10);
    assertThat(diff.files())
        .extracting(FileChange::file)
        .contains("neet-tracking-2015-16.csv", "attainment-ks4.csv", "reference/districts.csv");
  }

  @Test
  void exactlyOneStatusFlipsAndOneDistrictIsNewlySuppressed() {
    assertThat(diff.kpis().stream().filter(KpiChange::statusChanged).map(KpiChange::id))
        .containsExactly("KPI-09");
    KpiChange kpi09 =
        diff.kpis().stream().filter(k -> k.id().equals("KPI-09")).findFirst().orElseThrow();
    assertThat(kpi09.before().status()).isEqualTo("ACHIEVING");
    assertThat(kpi09.after().status()).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(kpi09.change()).isCloseTo(1.3, org.assertj.core.api.Assertions.within(1e-9));
    Map<String, List<CellChange>> cells =
        diff.kpis().stream()
            .filter(k -> !k.cells().isEmpty())
            .collect(Collectors.toMap(KpiChange::id, KpiChange::cells));
    assertThat(cells)
        .isEqualTo(
            Map.of(
                "NEET-1", List.of(new CellChange.Suppressed("district", "E07000105", "Ashford"))));
  }

  @Test
  void restatedKpisAreThoseTheEditedRowsFeed() {
    assertThat(diff.kpis().stream().filter(KpiChange::restated).map(KpiChange::id).toList())
        .containsExactlyInAnyOrder(
            "KPI-09", "NEET-1", "KPI-07", "NEET-2", "CTX-NEET", "CTX-SEND-N");
    KpiChange neet1 =
        diff.kpis().stream().filter(k -> k.id().equals("NEET-1")).findFirst().orElseThrow();
    assertThat(neet1.after().numerator()).isEqualTo(neet1.before().numerator() - 1);
    assertThat(neet1.after().denominator()).isEqualTo(neet1.before().denominator());
  }

  @Test
  void rulesFailAsTheEditsDeserve() {
    assertThat(diff.failedList())
        .containsExactly(
            "status-change KPI-09",
            "restated>0.5pp KPI-09",
            "newly-rejected>0 neet-tracking-2016-17.csv");
    assertThat(diff.outcomes())
        .extracting(o -> o.failed())
        .containsExactly(true, true, true, false);
  }

  @Test
  void markdownAndJunitMatchTheGoldenFiles() throws Exception {
    golden("diff-known-edits.md", new DiffMarkdownWriter());
    golden("diff-known-edits.xml", new DiffJunitWriter());
  }

  @Test
  void identicalDropsHaveNoChanges() {
    DiffReport same =
        new DiffRunner(
                null,
                null,
                null,
                DiffRunner.rules(List.of("status-change", "newly-rejected>0")),
                n -> {},
                LoadProgress.NONE)
            .run(before, before);
    assertThat(same.diff().noChanges()).isTrue();
    assertThat(same.diff().failed()).isFalse();
    assertThat(same.diff().files()).allSatisfy(f -> assertThat(f.changed()).isFalse());
  }

  private static void golden(String name, DiffWriter writer) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.write(report, out);
    String actual = out.toString(StandardCharsets.UTF_8);
    Path file = GOLDEN.resolve(name);
    if (Boolean.getBoolean("kpi.updateGolden")) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(file).exists();
    assertThat(actual)
        .as(
            name
                + " differs from the golden file; if the change is intended,"
                + " regenerate it (see this test's comment)")
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
