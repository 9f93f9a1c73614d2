package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NEET rows are judged in two lanes by person, on a thread each from three threads up: the
 * scorecard and the full validate report are byte for byte what one thread gives, on a file whose
 * rules look back at earlier rows (duplicates, superseded activities, leavers and rows after
 * leaving, a date of birth that changes) and whose problems pass the cap of 100 per check.
 */
class LaneReadCliTest {
  private static final String[] DISTRICTS = {
    "E07000105", "E07000106", "E07000107", "E07000108", "E07000109", "E07000110"
  };
  private static final int[] CODES = {220, 310, 320, 410, 540, 610, 220, 220, 220, 999};

  @TempDir Path dir;

  @Test
  void oneThreadTwoAndThreeGiveTheSameScorecardAndValidateReport() throws Exception {
    assertThat(
            CliResult.run("generate", "-q", "--rows", "10", "--seed", "3", "--out", dir.toString()))
        .succeeded();
    Files.writeString(dir.resolve("neet-tracking.csv"), messyTracking(), StandardCharsets.UTF_8);
    String[] threads = {"1", "2", "3"};
    String[] scorecards = new String[threads.length];
    String[] validations = new String[threads.length];
    for (int i = 0; i < threads.length; i++) {
      String[] both = CliResult.scorecardAndValidate(dir, "kpi.threads", threads[i]);
      scorecards[i] = both[0];
      validations[i] = both[1];
    }
    // the file does exercise what lanes must keep: each rule fired, and more than 100 of some
    assertThat(validations[0])
        .contains("\"duplicate-key\"")
        .contains("\"superseded-activity\"")
        .contains("\"after-leaving\"")
        .contains("\"dob-changed\"")
        .contains("\"unknown-code\"")
        .containsPattern(
            "\"check\" : \"unknown-code\",\\s*\"severity\" : \"[a-z]+\",\\s*\"count\" : [0-9]{3,}");
    assertThat(scorecards[1]).isEqualTo(scorecards[0]);
    assertThat(scorecards[2]).isEqualTo(scorecards[0]);
    assertThat(validations[1]).isEqualTo(validations[0]);
    assertThat(validations[2]).isEqualTo(validations[0]);
  }

  /**
   * 12,000 young people over six monthly snapshots with activity dates: a few repeat a month (the
   * later start superseding, or a true duplicate without dates), leave the cohort and reappear,
   * change their date of birth, or carry a code NCCIS does not have. About 70,000 rows, so lane 1
   * gets its own thread part-way through.
   */
  private static String messyTracking() {
    Random random = new Random(19);
    StringBuilder out =
        new StringBuilder(
            "person_id,snapshot_date,date_of_birth,district,activity_code,send,looked_after,"
                + "care_leaver,gender,cohort_status,activity_start_date,verification_date\n");
    String[] months = {
      "2016-09-30", "2016-10-31", "2016-11-30", "2016-12-31", "2017-01-31", "2017-02-28"
    };
    for (String month : months) {
      for (int p = 0; p < 12_000; p++) {
        int person = (p * 7919) % 12_000; // not in id order, so both lanes see every month
        Random own = new Random(person);
        String dob = "2000-" + pad(1 + own.nextInt(12)) + "-" + pad(1 + own.nextInt(28));
        if (random.nextInt(500) == 0) {
          dob = "2000-01-01"; // a date of birth that changes
        }
        String status = random.nextInt(400) == 0 ? "L" : random.nextInt(50) == 0 ? "P" : "";
        String row =
            "P"
                + person
                + ","
                + month
                + ","
                + dob
                + ","
                + DISTRICTS[own.nextInt(DISTRICTS.length)]
                + ","
                + CODES[random.nextInt(CODES.length)]
                + ","
                + (own.nextInt(10) == 0 ? "E" : "N")
                + ",N,N,"
                + (own.nextBoolean() ? "F" : "M")
                + ","
                + status
                + ","
                + "2016-0"
                + (1 + random.nextInt(9))
                + "-01,";
        out.append(row).append('\n');
        if (random.nextInt(60) == 0) { // the same month again: a later activity, or a duplicate
          out.append(row.replace("-01,", "-15,")).append('\n');
        }
      }
    }
    // rows for a person with no activity dates at all: plain duplicates
    out.append("Q1,2016-09-30,2000-05-05,E07000105,220,N,N,N,F,,,\n");
    out.append("Q1,2016-09-30,2000-05-05,E07000105,310,N,N,N,F,,,\n");
    return out.toString();
  }

  private static String pad(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
