package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kpi.app.ProjectFiles;
import kpi.core.measure.Measures;
import org.junit.jupiter.api.Test;

/**
 * The registry of file kinds: every entry complete, every measure family fed by a kind, and the
 * kinds exactly those the data-format contract and the user guide name (read from those documents,
 * not from the registry).
 */
class FileKindTest {
  @Test
  void everyKindWithFilesNamedAfterItHasColumnsWordsAndATemplate() {
    for (FileKind k : FileKind.values()) {
      assertThat(k.id()).as("name").isNotBlank();
      if (k.place() == FileKind.Place.FOLDER) {
        // a folder of files with their own layouts (comparators): nothing else to declare
        assertThat(k.columns()).as(k.id()).isEmpty();
        continue;
      }
      assertThat(k.columns()).as(k.id() + " columns").isNotEmpty();
      assertThat(k.columns()).as(k.id() + " has a required column").anyMatch(Column::required);
      assertThat(k.words()).as(k.id() + " discovery words").isNotEmpty();
      assertThat(Kinds.columns(k.id())).as(k.id() + " template").contains(k.columns());
      assertThat(k.id().startsWith("reference/"))
          .as(k.id() + " sits in reference/ exactly when it is a reference list")
          .isEqualTo(k.place() == FileKind.Place.REFERENCE);
    }
  }

  @Test
  void namesColumnsAndWordsAreUnique() {
    Set<String> stems = new HashSet<>();
    Set<String> words = new HashSet<>();
    for (FileKind k : FileKind.values()) {
      assertThat(stems.add(k.stem())).as("stem " + k.stem()).isTrue();
      for (String w : k.words()) {
        assertThat(words.add(w)).as("word " + w + " names one kind").isTrue();
        assertThat(w).as(w + " is normalised like a header").isEqualTo(Column.normalise(w));
      }
      Set<String> columns = new HashSet<>();
      for (Column c : k.columns()) {
        assertThat(columns.add(c.name())).as(k.id() + " column " + c.name()).isTrue();
      }
    }
  }

  @Test
  void keyColumnsAreColumnsOfTheKind() {
    for (FileKind k : FileKind.values()) {
      Set<String> names = new HashSet<>();
      k.columns()
          .forEach(
              c -> {
                names.add(c.name());
                names.addAll(c.alternatives());
              });
      for (String spec : k.key()) {
        String s = spec.replaceFirst("^[=^]", "").replaceFirst("^~(month|date):", "");
        for (String column : s.split("[|+]")) {
          assertThat(names).as(k.id() + " key " + spec).contains(column);
        }
      }
    }
  }

  @Test
  void everyMeasureFamilyIsReadFromAKind() {
    Set<String> families = new TreeSet<>();
    for (String id : Measures.builtIn().ids()) {
      assertThat(id).as("a measure id is family.name").contains(".");
      families.add(id.substring(0, id.indexOf('.')));
    }
    assertThat(families).isNotEmpty();
    for (String family : families) {
      assertThat(FileKind.readBy(family)).as("the kind measures " + family + ".* read").isPresent();
    }
    for (FileKind k : FileKind.values()) {
      assertThat(families).as(k.id() + " feeds measures that exist").containsAll(k.families());
      assertThat(k.families().isEmpty() && !k.alwaysRead())
          .as(k.id() + " is read for some measure, or always")
          .isFalse();
    }
  }

  @Test
  void theKindsAreThoseOfTheContractAndTheUserGuide() throws IOException {
    Path spec = ProjectFiles.root().resolve("../shared/spec/data-formats.md").normalize();
    assertThat(spec).as("the data-format contract beside the project folder").isRegularFile();
    String contract = Files.readString(spec, StandardCharsets.UTF_8);
    Set<String> fromContract = new TreeSet<>();
    // the table of files: | `neet-tracking` | ... |, | `comparators/*` | ... |
    int table = contract.indexOf("| file |");
    String files = contract.substring(table, contract.indexOf("\n\n", table));
    Matcher row = Pattern.compile("(?m)^\\| `([a-z0-9/*.-]+)` \\|").matcher(files);
    while (row.find()) {
      String name = row.group(1);
      if (!name.endsWith(".json")) {
        fromContract.add(name.replace("/*", ""));
      }
    }
    // the reference lists: - `postcodes.csv` (optional): ...
    String reference = contract.substring(contract.indexOf("## `reference/`"));
    Matcher list = Pattern.compile("(?m)^- `([a-z0-9-]+)\\.csv`").matcher(reference);
    while (list.find()) {
      fromContract.add("reference/" + list.group(1));
    }
    assertThat(fromContract).contains("neet-tracking", "comparators", "reference/postcodes");

    // this tool's kinds beyond the contract are in the user guide's drop listing
    String guide =
        Files.readString(ProjectFiles.root().resolve("docs/user-guide.md"), StandardCharsets.UTF_8);
    int from = guide.indexOf("my-drop/");
    String listing = guide.substring(from, guide.indexOf("```", from));
    Set<String> fromGuide = new TreeSet<>();
    Matcher line =
        Pattern.compile("(?m)^  ((?:reference/)?[a-z0-9-]+)(?:\\.csv|\\.xlsx|/) ").matcher(listing);
    while (line.find()) {
      String name = line.group(1);
      // a kind split into several files: neet-tracking-2015-16.csv
      if (fromContract.stream().noneMatch(k -> name.equals(k) || name.startsWith(k + "-"))) {
        fromGuide.add(name);
      }
    }
    assertThat(fromGuide).containsExactlyInAnyOrder("levy", "september-guarantee");

    Set<String> documented = new TreeSet<>(fromContract);
    documented.addAll(fromGuide);
    assertThat(new TreeSet<>(FileKind.names())).isEqualTo(documented);
    List<String> contractOrder = new ArrayList<>(FileKind.names());
    contractOrder.retainAll(fromContract);
    assertThat(contractOrder).as("every kind of the contract").hasSameSizeAs(fromContract);
  }

  @Test
  void kindsAreFoundByName() {
    for (FileKind k : FileKind.values()) {
      assertThat(FileKind.of(k.id())).contains(k);
      assertThat(k.is(k.id())).isTrue();
    }
    assertThat(FileKind.of("neet")).isEmpty();
    assertThat(FileKind.readBy("neet")).contains(FileKind.NEET_TRACKING);
    assertThat(FileKind.readBy("apprenticeships")).contains(FileKind.APPRENTICESHIP_STARTS);
  }
}
