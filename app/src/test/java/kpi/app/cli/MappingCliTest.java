package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import kpi.app.ProjectFiles;
import kpi.app.generate.NccisExampleGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kpi mapping suggest} and {@code kpi mapping check} on a case-management export. */
class MappingCliTest {
  @TempDir Path dir;

  @Test
  void suggestDraftsAMappingThatChecksClean() throws Exception {
    Path export = dir.resolve("export");
    NccisExampleGenerator.write(null, export, 7L, 200);
    Path file = export.resolve("Tracking/CCIS extract March 2017.csv");
    CliResult r = CliResult.run("mapping", "suggest", file.toString(), "--kind", "neet-tracking");
    assertThat(r).succeeded().errContains("11 columns matched");
    JsonNode draft = new ObjectMapper().readTree(r.out());
    JsonNode entry = draft.get("files").get(0);
    assertThat(entry.get("columns").get("person_id").asText()).isEqualTo("YP Ref");
    assertThat(entry.get("columns").get("date_of_birth").asText()).isEqualTo("DOB");
    assertThat(entry.get("columns").get("snapshot_date").asText()).isEqualTo("Return Month");
    assertThat(entry.get("suggestions").get("cohort_status").asDouble()).isEqualTo(1.0);
    assertThat(entry.get("unmatched_required")).isEmpty();

    // The draft replaces the export's own mapping and reads the same drop.
    Files.writeString(export.resolve("kpi-mapping.json"), r.out());
    CliResult check = CliResult.run("mapping", "check", "--data", export.toString());
    assertThat(check).succeeded().outContains("headings match");
  }

  @Test
  void suggestProposesContractValuesForCodedColumns() throws Exception {
    Path f = dir.resolve("extract.csv");
    Files.writeString(
        f,
        "Client ID,Month,Date of Birth,District,Activity,EHCP\n"
            + "1,2017-01-31,2000-01-01,Ashford,540 - NEET seeking work,Has EHCP\n"
            + "2,2017-01-31,2000-01-01,Ashford,220 - Full time education,No EHCP\n");
    CliResult r = CliResult.run("mapping", "suggest", f.toString(), "--kind", "neet-tracking");
    assertThat(r).succeeded();
    JsonNode values = new ObjectMapper().readTree(r.out()).get("files").get(0).get("values");
    assertThat(values.get("activity_code").get("540 - NEET seeking work").asText())
        .isEqualTo("540");
    assertThat(values.get("ehcp").get("Has EHCP").asText()).isEqualTo("Y");
    assertThat(values.get("ehcp").get("No EHCP").asText()).isEqualTo("N");
  }

  @Test
  void checkFindsAHeadingTheFileDoesNotHave() throws Exception {
    Path export = dir.resolve("export2");
    NccisExampleGenerator.write(null, export, 7L, 50);
    Path mapping = export.resolve("kpi-mapping.json");
    Files.writeString(mapping, Files.readString(mapping).replace("\"DOB\"", "\"Birth Date\""));
    CliResult r = CliResult.run("mapping", "check", "--data", export.toString());
    assertThat(r).exitedWith(1).outContains("columns.date_of_birth: heading \"Birth Date\"");
  }

  @Test
  void theDocumentedExampleIsWhatTheGeneratorWrites() throws Exception {
    Path out = dir.resolve("example");
    CliResult r = CliResult.run("generate", "--nccis-example", "--out", out.toString());
    assertThat(r).succeeded();
    Path committed = ProjectFiles.root().resolve("docs/examples/nccis-export");
    for (String f :
        new String[] {
          "kpi-mapping.json",
          "reference/districts.csv",
          "reference/postcodes.csv",
          "Tracking/CCIS extract March 2017.csv"
        }) {
      assertThat(Files.readString(out.resolve(f)))
          .as(f)
          .isEqualTo(Files.readString(committed.resolve(f)));
    }
  }
}
