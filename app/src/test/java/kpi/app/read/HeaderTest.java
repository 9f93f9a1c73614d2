package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where a header puts each column. Indexes are resolved once per file into a table; these cases are
 * read off the header rows by eye.
 */
class HeaderTest {
  private static final List<Column> EXPECTED =
      List.of(
          Column.required("person_id"),
          Column.required("snapshot_date", "snapshot_month"),
          Column.optional("district"),
          Column.optional("send"));

  @Test
  void findsColumnsByTheirNameWhateverStringHoldsIt() {
    Header h = match(List.of("Snapshot Month", "person_id", "Notes"));
    assertThat(h.indexOf("person_id")).isEqualTo(1);
    // a string built at run time, equal but not the same object
    assertThat(h.indexOf(new String(new char[] {'p', 'e', 'r', 's', 'o', 'n', '_', 'i', 'd'})))
        .isEqualTo(1);
    assertThat(h.indexOf("snapshot_month")).isZero();
    assertThat(h.has("snapshot_month")).isTrue();
    assertThat(h.has("snapshot_date")).isFalse();
    assertThat(h.indexOf("district")).isEqualTo(-1);
    assertThat(h.has("district")).isFalse();
    // never expected, never in the file
    assertThat(h.has("notes")).isFalse();
    assertThat(h.indexOf("anything")).isEqualTo(-1);
  }

  @Test
  void aMappingsConstantIsPresentWithoutAnIndex() {
    FileMapping mapping =
        new FileMapping(
            "neet-tracking",
            List.of(),
            null,
            null,
            null,
            List.of(),
            Map.of("person_id", "Young Person Ref"),
            Map.of(),
            Map.of("district", "Dover"),
            "test");
    Header h =
        Header.match(
            List.of("snapshot_date", "Young Person Ref"),
            EXPECTED,
            mapping,
            new ArrayList<>(),
            new ArrayList<>());
    assertThat(h.indexOf("person_id")).isEqualTo(1);
    assertThat(h.has("district")).isTrue();
    assertThat(h.indexOf("district")).isEqualTo(-1);
    assertThat(h.constant("district")).isEqualTo("Dover");
  }

  @Test
  void manyColumnsWithCollidingSlotsAreAllFound() {
    List<Column> many = new ArrayList<>();
    List<String> row = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      many.add(Column.optional("c" + i));
      row.add("C" + (299 - i)); // written in reverse order
    }
    Header h = Header.match(row, many, new ArrayList<>(), new ArrayList<>());
    for (int i = 0; i < 300; i++) {
      assertThat(h.indexOf("c" + i)).as("c%d", i).isEqualTo(299 - i);
    }
  }

  private static Header match(List<String> row) {
    return Header.match(row, EXPECTED, new ArrayList<>(), new ArrayList<>());
  }
}
