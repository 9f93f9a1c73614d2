package kpi.app.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kpi.app.KpiException;
import kpi.core.engine.KpiResult.PreviousValue;

/** Reads an earlier {@code kpi-scorecard/1} JSON as a source of previous values (--previous). */
public final class PreviousScorecard {
  private PreviousScorecard() {}

  /** KPI id to its value in the earlier scorecard; KPIs without a value are left out. */
  public static Map<String, PreviousValue> read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw KpiException.io(file + ": no such file (--previous needs an earlier scorecard JSON)", e);
    } catch (JsonProcessingException e) {
      throw KpiException.io(file + ":" + e.getLocation().getLineNr() + ":"
          + e.getLocation().getColumnNr() + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
    } catch (IOException e) {
      throw KpiException.io(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (root == null || !"kpi-scorecard/1".equals(root.path("schema").asText())) {
      throw KpiException.io(file + ": not a kpi-scorecard/1 document (write one with"
          + " kpi scorecard --format json -o FILE)", null);
    }
    Map<String, PreviousValue> values = new LinkedHashMap<>();
    for (JsonNode k : root.path("kpis")) {
      JsonNode v = k.path("value");
      if (k.hasNonNull("id") && v.isNumber()) {
        String period = k.path("period").asText(root.path("period").asText());
        values.put(k.get("id").asText(), new PreviousValue(period, v.asDouble(), "previous scorecard"));
      }
    }
    return values;
  }
}
