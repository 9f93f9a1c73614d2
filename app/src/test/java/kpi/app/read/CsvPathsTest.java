package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quote-free CSV is read by splitting lines (on a second thread when there is one); anything with
 * a quote goes through commons-csv. Both must give the same rows, values and line numbers.
 */
class CsvPathsTest {
  @TempDir Path dir;

  private static final String[] FILES = {
    "a,b,c\n1,2,3\n4,5,6\n",
    "a,b,c\r\n1,2,3\r\n\r\n4,5,6",
    "a,b,c\r1,2,3\r\r4,5,6\r",
    "a,b,c\n\n   \n,,\n1,,\n,2,\n 1 , 2 ,3 \n7,8,9,10,\n11\n",
    "a;b;c\n1,5;2;3\n4;5,5;6\n",
    "a\tb\tc\n1\t2\t3\n\t\t\n4\t5\t6\n",
    "title\n\nperson_id,snapshot_date\nP1,2016-09-30\n",
    "a,b\n1,\"quoted, with comma\"\n2,\"two\nlines\"\n3,x\n",
    "a,b\n1,ab\"c\n2,d\n",
    "caf\u00e9,b\n\u00e9t\u00e9,\u20ac\n",
  };

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void splittingLinesGivesWhatTheQuoteAwareParserGives(int which) throws IOException {
    check(FILES[which], StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 9})
  void windows1252FilesToo(int which) throws IOException {
    check(FILES[which], Charset.forName("windows-1252"));
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 5000})
  void manyRowsAcrossBufferAndBatchBoundaries(int rows) throws IOException {
    StringBuilder b = new StringBuilder("person_id,snapshot_date,district\r\n");
    for (int i = 0; i < rows; i++) {
      b.append("P")
          .append(i)
          .append(",2016-09-30,")
          .append("x".repeat(i % 97))
          .append(i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\n" : "\r");
      if (i % 500 == 0) {
        b.append("\n,,\n");
      }
    }
    check(b.toString(), StandardCharsets.UTF_8);
  }

  private void check(String text, Charset charset) throws IOException {
    Path p = dir.resolve("t.csv");
    Files.write(p, text.getBytes(charset));
    InputFile f = new InputFile(p, "t.csv", "neet-tracking", InputFile.Format.CSV);
    List<String> commons = withProperty(CsvSource.QUOTE_AWARE_ONLY, "true", () -> rows(f));
    List<String> one = withProperty(ReadThreads.PROPERTY, "1", () -> rows(f));
    List<String> two = withProperty(ReadThreads.PROPERTY, "2", () -> rows(f));
    assertThat(commons).isNotEmpty();
    assertThat(one).containsExactlyElementsOf(commons);
    assertThat(two).containsExactlyElementsOf(commons);
  }

  private static List<String> rows(InputFile f) throws IOException {
    TableSource source = TableSource.open(f);
    List<String> out = new ArrayList<>();
    source.read(
        new RowVisitor() {
          @Override
          public void header(List<String> names, int rowNumber) {
            out.add("H" + rowNumber + names);
          }

          @Override
          public void row(List<String> values, int rowNumber) {
            out.add("R" + rowNumber + values);
          }
        });
    out.add("delimiter " + source.delimiter() + " notes " + source.notes());
    // a source may be read again (the comparator reader does): the header comes first again
    List<String> again = new ArrayList<>();
    source.read(
        new RowVisitor() {
          @Override
          public void header(List<String> names, int rowNumber) {
            again.add("H" + rowNumber + names);
          }

          @Override
          public void row(List<String> values, int rowNumber) {
            again.add("R" + rowNumber + values);
          }
        });
    assertThat(again).containsExactlyElementsOf(out.subList(0, out.size() - 1));
    return out;
  }

  @FunctionalInterface
  private interface Read {
    List<String> get() throws IOException;
  }

  private static List<String> withProperty(String key, String value, Read read) throws IOException {
    String was = System.getProperty(key);
    System.setProperty(key, value);
    try {
      return read.get();
    } finally {
      if (was == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, was);
      }
    }
  }
}
