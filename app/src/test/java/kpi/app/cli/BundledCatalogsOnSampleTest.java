package kpi.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import kpi.app.load.CatalogChoice;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled catalog has a value for every KPI on the bundled sample drop. */
class BundledCatalogsOnSampleTest {

  static List<String> catalogs() {
    return CatalogChoice.bundledIds();
  }

  @ParameterizedTest
  @MethodSource("catalogs")
  void noKpiIsWithoutData(String id) throws Exception {
    CliResult r = CliResult.run("scorecard", "--catalog", id, "--format", "json");
    CliResult.assertThat(r).succeeded();
    List<String> empty = new ArrayList<>();
    for (JsonNode k : new ObjectMapper().readTree(r.out()).get("kpis")) {
      if (k.get("status").asText().equals("NO_DATA")) {
        empty.add(k.get("id").asText());
      }
    }
    assertThat(empty).as(id).isEmpty();
  }
}
