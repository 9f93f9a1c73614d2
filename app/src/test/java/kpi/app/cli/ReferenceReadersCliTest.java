package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kpi.app.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference readers (headcount, population, schools) through {@code kpi validate}: each bad
 * line is reported at its file, line and column, and counted as rejected.
 */
class ReferenceReadersCliTest {

  @Test
  void eachBadReferenceLineIsReportedAndRejected(@TempDir Path drop) throws Exception {
    Path ref = drop.resolve("reference");
    Files.createDirectories(ref);
    Files.copy(
        ProjectFiles.resource("drops/mini/reference/districts.csv"), ref.resolve("districts.csv"));
    Files.copy(
        ProjectFiles.resource("drops/mini/neet-tracking.csv"), drop.resolve("neet-tracking.csv"));
    Files.writeString(
        ref.resolve("headcount.csv"),
        String.join(
                "\n",
                "organisation,employer_type,year_start,headcount",
                "Kent County Council,council,2015,10820",
                "Kent County Council,council,2015,10900",
                "Schools,school,1815,100",
                "Schools,school,2016,-5")
            + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        ref.resolve("population.csv"),
        String.join(
                "\n",
                "area,age_band,year,population",
                "Kent,16-18,2014,57300",
                "Kent,16-18,2014,57301",
                "Ashford,19-24,1800,10",
                "Ashford,16-18,2015,-1")
            + "\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        ref.resolve("schools.csv"),
        String.join(
                "\n",
                "urn,name,district,phase,type",
                "118000,A School,E07000105,primary,maintained",
                "118000,B School,E07000105,primary,maintained",
                "118002,C School,E09999999,secondary,academy")
            + "\n",
        StandardCharsets.UTF_8);
    CliResult r = CliResult.run("validate", "--data", drop.toString());
    assertThat(r)
        .exitedWith(1)
        .noStackTrace()
        .outContains(
            "error: reference/headcount.csv:3: organisation: Kent County Council already"
                + " has a council headcount for 2015; the first is kept")
        .outContains(
            "error: reference/headcount.csv:4: year_start: year_start '1815' is not"
                + " between 1950 and 2099")
        .outContains("error: reference/headcount.csv:5: headcount: headcount cannot be negative")
        .outContains(
            "error: reference/population.csv:3: area: Kent already has a population"
                + " aged 16-18 for 2014")
        .outContains("error: reference/population.csv:4: year: year '1800' is not between")
        .outContains("error: reference/population.csv:5: population: population must be above 0")
        .outContains("error: reference/schools.csv:3: urn: school 118000 appears earlier")
        .outContains(
            "warning: reference/schools.csv:4: district: district 'E09999999' is not in"
                + " reference/districts; left blank")
        .outContains(
            "reference/headcount.csv (reference/headcount): 4 rows read, 1 accepted,"
                + " 3 rejected")
        .outContains(
            "reference/population.csv (reference/population): 4 rows read, 1 accepted,"
                + " 3 rejected")
        .outContains(
            "reference/schools.csv (reference/schools): 3 rows read, 2 accepted," + " 1 rejected");
  }
}
