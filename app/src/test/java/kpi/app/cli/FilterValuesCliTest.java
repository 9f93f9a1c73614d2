package kpi.app.cli;

import static kpi.app.cli.CliResult.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One reading of filter values in every measure family: a flag filter's {@code "1"} means yes and
 * {@code "unknown"} means not recorded, for apprenticeships and NEET alike; {@code send} is the
 * NCCIS code with Y = K or E, for apprenticeships as for NEET.
 */
class FilterValuesCliTest {
  private static final String ASHFORD = "E07000105";

  @TempDir Path dir;

  private Map<String, JsonNode> scorecard() throws Exception {
    Path drop = dir.resolve("drop");
    Files.createDirectories(drop.resolve("reference"));
    Files.writeString(
        drop.resolve("reference/districts.csv"), "code,name,order\n" + ASHFORD + ",Ashford,1\n");
    // six starts in 2016/17
    Files.writeString(
        drop.resolve("apprenticeship-starts.csv"),
        """
        learner_id,start_date,age_at_start,level,district,employer_id,care_leaver,send
        a1,2016-09-01,17,2,D,E1,Y,Y
        a2,2016-09-01,17,2,D,E1,Y,N
        a3,2016-09-01,17,2,D,E1,N,N
        a4,2016-09-01,17,2,D,E1,N,K
        a5,2016-09-01,17,2,D,E1,N,
        a6,2016-09-01,17,2,D,E1,,E
        """
            .replace(",D,", "," + ASHFORD + ","));
    // four young people aged 16, the same in Dec, Jan and Feb
    StringBuilder neet =
        new StringBuilder(
            "person_id,snapshot_date,date_of_birth,district,activity_code,care_leaver\n");
    String[][] people = {
      {"n1", "540", "Y"}, {"n2", "210", "Y"}, {"n3", "540", "N"}, {"n4", "210", "N"}
    };
    for (String month : new String[] {"2016-12-31", "2017-01-31", "2017-02-28"}) {
      for (String[] p : people) {
        neet.append(p[0])
            .append(',')
            .append(month)
            .append(",2000-01-15,")
            .append(ASHFORD)
            .append(',')
            .append(p[1])
            .append(',')
            .append(p[2])
            .append('\n');
      }
    }
    Files.writeString(drop.resolve("neet-tracking.csv"), neet);
    Files.writeString(
        drop.resolve("kpi-catalog.json"),
        """
        {"id": "filters", "title": "Filter values", "kpis": [
          {"id": "AP-CL-1", "title": "starts by care leavers", "measure": "apprenticeships.starts",
           "filter": {"care_leaver": ["1"]}, "unit": "count", "polarity": "higher_is_better"},
          {"id": "AP-CL-UNKNOWN", "title": "starts, care leaver not recorded",
           "measure": "apprenticeships.starts", "filter": {"care_leaver": ["unknown"]},
           "unit": "count", "polarity": "higher_is_better"},
          {"id": "AP-SEND", "title": "starts with SEND", "measure": "apprenticeships.starts",
           "filter": {"send": ["K", "E"]}, "unit": "count", "polarity": "higher_is_better"},
          {"id": "AP-SEND-Y", "title": "starts with any SEND", "measure": "apprenticeships.starts",
           "filter": {"send": ["Y"]}, "unit": "count", "polarity": "higher_is_better"},
          {"id": "NEET-CL-1", "title": "care leavers NEET", "measure": "neet.neet_rate",
           "filter": {"care_leaver": ["1"]}, "unit": "percent", "polarity": "lower_is_better"}
        ]}
        """);
    CliResult r =
        CliResult.run(
            "scorecard", "--data", drop.toString(), "--period", "2016/17", "--format", "json");
    assertThat(r).succeeded();
    Map<String, JsonNode> byId = new HashMap<>();
    for (JsonNode k : new ObjectMapper().readTree(r.out()).get("kpis")) {
      byId.put(k.get("id").asText(), k);
    }
    return byId;
  }

  @Test
  void oneFlagReadingAndOneSendMeaningInEveryFamily() throws Exception {
    Map<String, JsonNode> k = scorecard();
    // care_leaver "1" is yes: a1 and a2 = 2 (it was 3: a3, a4, a5, the "no" starts)
    org.assertj.core.api.Assertions.assertThat(k.get("AP-CL-1").get("value").asDouble())
        .isEqualTo(2.0);
    // "unknown" is a blank flag: a6 alone = 1 (it was 3, the "no" starts)
    org.assertj.core.api.Assertions.assertThat(k.get("AP-CL-UNKNOWN").get("value").asDouble())
        .isEqualTo(1.0);
    // send K or E: a4 (K), a6 (E) and a1 (Y, SEND of unknown type, selected by K and E together)
    // = 3 (it was 2: a2 and a3, the starts without SEND; K and E were not even read)
    org.assertj.core.api.Assertions.assertThat(k.get("AP-SEND").get("value").asDouble())
        .isEqualTo(3.0);
    // send Y is any SEND: the same three
    org.assertj.core.api.Assertions.assertThat(k.get("AP-SEND-Y").get("value").asDouble())
        .isEqualTo(3.0);
    // NEET care leavers "1": n1 NEET, n2 in education, each month: 100 x 3 / 6 = 50.0
    // (it was NO_DATA: "1" matched no record)
    org.assertj.core.api.Assertions.assertThat(k.get("NEET-CL-1").get("value").asDouble())
        .isEqualTo(50.0);
    org.assertj.core.api.Assertions.assertThat(k.get("NEET-CL-1").get("status").asText())
        .isNotEqualTo("NO_DATA");
  }
}
