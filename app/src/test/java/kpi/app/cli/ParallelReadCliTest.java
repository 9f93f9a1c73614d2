package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quote-free CSV is split into lines on a second thread: the scorecard and every problem validate
 * reports (file, row, column, counts) are byte for byte what one thread gives, and what the
 * quote-aware parser gives.
 */
class ParallelReadCliTest {
  @TempDir Path dir;

  @Test
  void twoThreadsOneThreadAndTheQuoteAwareParserAgreeByteForByte() throws Exception {
    assertThat(
            CliResult.run(
                "generate", "-q", "--rows", "30000", "--seed", "3", "--out", dir.toString()))
        .succeeded();
    Path csv = dir.resolve("neet-tracking.csv");
    // rows with problems, blank lines and CR LF endings, so locations and counts are compared
    Files.writeString(
        csv,
        "P1,2016-09-30,2000-13-01,E07000115,220,N,N,N,M\r\n\r\n"
            + "P2,2016-09-30,2000-12-01,E07000115,999,N,N,N,M\n"
            + ",2016-09-30,2000-12-01,E07000115,220,N,N,N,M\n"
            + "P0,2016-09-30,2000-12-01,E07000115,220,N,N,N,M\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    String[] runs = {"2", "1", "commons"};
    String[] scorecards = new String[runs.length];
    String[] validations = new String[runs.length];
    for (int i = 0; i < runs.length; i++) {
      String[] both =
          runs[i].equals("commons")
              ? CliResult.scorecardAndValidate(dir, "kpi.csv.quoteAwareOnly", "true")
              : CliResult.scorecardAndValidate(dir, "kpi.threads", runs[i]);
      scorecards[i] = both[0];
      validations[i] = both[1];
    }
    assertThat(validations[0])
        .contains("\"row\" : 30002")
        .contains("\"row\" : 30004")
        .contains("\"row\" : 30005")
        .contains("\"row\" : 30006");
    assertThat(scorecards[1]).isEqualTo(scorecards[0]);
    assertThat(scorecards[2]).isEqualTo(scorecards[0]);
    assertThat(validations[1]).isEqualTo(validations[0]);
    assertThat(validations[2]).isEqualTo(validations[0]);
  }
}
