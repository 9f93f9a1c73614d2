package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import kpi.core.levy.LevyStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** levy rows: statements in pence, bad rows located and explained. */
class LevyReaderTest {
  private static final String HEADER =
      "Employer ID,employer_type,month,levy_declared," + "funds_used,transferred_out,expired\n";

  @TempDir Path dir;

  private final Problems problems = new Problems();
  private final List<LevyStatement> statements = new ArrayList<>();

  private FileSummary read(String body) throws Exception {
    Path p = dir.resolve("levy.csv");
    Files.writeString(p, HEADER + body, StandardCharsets.UTF_8);
    return new LevyReader(problems)
        .read(new InputFile(p, "levy.csv", "levy", InputFile.Format.CSV), statements::add);
  }

  private Problem only(String check) {
    List<Problem> found = problems.kept().stream().filter(p -> p.check().equals(check)).toList();
    assertThat(found).as(check + " in " + problems.kept()).hasSize(1);
    return found.get(0);
  }

  @Test
  void amountsBecomePenceAndBlankTransfersAreNone() throws Exception {
    FileSummary s =
        read(
            "KCC,Council,2017-05,\"128,631.70\",6137.72,,\n"
                + "KCC,council,31/06/2017,1000,0.1,25.5,0\n".replace("31/06", "30/06"));
    assertThat(s.rowsAccepted()).isEqualTo(2);
    LevyStatement may = statements.get(0);
    // £128,631.70 is 12,863,170 pence; £6,137.72 is 613,772
    assertThat(may.levyDeclared()).isEqualTo(12_863_170L);
    assertThat(may.fundsUsed()).isEqualTo(613_772L);
    assertThat(may.transferredOut()).isZero();
    assertThat(may.employerType()).isEqualTo("council");
    // a date in the month is that month; £0.10 is 10 pence
    assertThat(statements.get(1).month()).isEqualTo(YearMonth.of(2017, 6));
    assertThat(statements.get(1).fundsUsed()).isEqualTo(10L);
    assertThat(statements.get(1).transferredOut()).isEqualTo(2_550L);
    assertThat(problems.kept()).isEmpty();
  }

  @Test
  void badRowsAreRejectedWithReasons() throws Exception {
    FileSummary s =
        read(
            "KCC,council,2017-03,1000,0,,\n"
                + "KCC,council,2017-04,-5,0,,\n"
                + "KCC,council,2017-05,1000,,,\n"
                + "KCC,council,2017-06,1000,10,,\n"
                + "kcc,council,2017-06,1000,20,,\n");
    assertThat(s.rowsRead()).isEqualTo(5);
    assertThat(s.rowsAccepted()).isEqualTo(1);
    assertThat(only("before-levy").row()).isEqualTo(2);
    assertThat(only("implausible-value").column()).isEqualTo("levy_declared");
    assertThat(only("missing-value").column()).isEqualTo("funds_used");
    Problem dup = only("duplicate-key");
    assertThat(dup.row()).isEqualTo(6);
    assertThat(dup.message()).contains("already has a statement for 2017-06");
  }
}
