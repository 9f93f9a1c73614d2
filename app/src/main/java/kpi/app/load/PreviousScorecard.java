package kpi.app.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kpi.app.error.KpiException;
import kpi.core.engine.KpiResult.PreviousValue;

/** Reads an earlier {@code kpi-scorecard/1} JSON as a source of previous values (--previous). */
public final class PreviousScorecard {
  private PreviousScorecard() {}

  /**
   * Every earlier value by KPI id from several earlier scorecards: each file's own value and its
   * history, later files winning for the same period. Oldest period first.
   */
  public static Map<String, List<PreviousValue>> readAll(List<Path> files) {
    Map<String, Map<String, PreviousValue>> byKpi = new LinkedHashMap<>();
    for (Path file : files) {
      JsonNode root = document(file);
      for (JsonNode k : root.path("kpis")) {
        if (!k.hasNonNull("id")) {
          continue;
        }
        Map<String, PreviousValue> periods =
            byKpi.computeIfAbsent(k.get("id").asText(), x -> new java.util.TreeMap<>());
        for (JsonNode h : k.path("history")) {
          if (h.path("value").isNumber() && h.hasNonNull("period")) {
            periods.put(
                h.get("period").asText(),
                new PreviousValue(
                    h.get("period").asText(), h.get("value").asDouble(), "previous scorecard"));
          }
        }
        if (k.path("value").isNumber()) {
          String period = k.path("period").asText(root.path("period").asText());
          periods.put(
              period, new PreviousValue(period, k.get("value").asDouble(), "previous scorecard"));
        }
      }
    }
    Map<String, List<PreviousValue>> out = new LinkedHashMap<>();
    byKpi.forEach((id, periods) -> out.put(id, List.copyOf(periods.values())));
    return out;
  }

  /** KPI id to its value in the earlier scorecard; KPIs without a value are left out. */
  public static Map<String, PreviousValue> read(Path file) {
    JsonNode root = document(file);
    Map<String, PreviousValue> values = new LinkedHashMap<>();
    for (JsonNode k : root.path("kpis")) {
      JsonNode v = k.path("value");
      if (k.hasNonNull("id") && v.isNumber()) {
        String period = k.path("period").asText(root.path("period").asText());
        values.put(
            k.get("id").asText(), new PreviousValue(period, v.asDouble(), "previous scorecard"));
      }
    }
    return values;
  }

  private static JsonNode document(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw KpiException.io(
          file + ": no such file (--previous needs an earlier scorecard JSON)", e);
    } catch (JsonProcessingException e) {
      throw KpiException.io(
          file
              + ":"
              + e.getLocation().getLineNr()
              + ":"
              + e.getLocation().getColumnNr()
              + ": not valid JSON ("
              + e.getOriginalMessage()
              + ")",
          e);
    } catch (IOException e) {
      throw KpiException.io(file + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (root == null || !"kpi-scorecard/1".equals(root.path("schema").asText())) {
      throw KpiException.io(
          file
              + ": not a kpi-scorecard/1 document (write one with"
              + " kpi scorecard --format json -o FILE)",
          null);
    }
    return root;
  }
}
