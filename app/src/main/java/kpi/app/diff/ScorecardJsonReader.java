package kpi.app.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kpi.app.error.KpiException;
import kpi.app.write.ScorecardJsonWriter;
import kpi.core.diff.KpiFigures;
import kpi.core.diff.ScorecardFigures;

/** Reads the KPI part of a {@code kpi-scorecard/1} JSON file back for a diff. */
final class ScorecardJsonReader {
  private ScorecardJsonReader() {}

  /**
   * Reads a scorecard JSON.
   *
   * @throws KpiException (input/output) when it cannot be read, is not JSON, or is another schema
   *     or version, which the message names
   */
  static ScorecardFigures read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw KpiException.io(file + ": no such file", e);
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
    if (root == null || !root.isObject() || !root.path("schema").isTextual()) {
      throw KpiException.io(
          file
              + ": not a kpi scorecard (no \"schema\"); write one with kpi"
              + " scorecard --format json -o FILE",
          null);
    }
    String schema = root.get("schema").asText();
    if (!ScorecardJsonWriter.SCHEMA.equals(schema)) {
      throw KpiException.io(
          file
              + ": schema "
              + schema
              + " is not supported; kpi diff reads "
              + ScorecardJsonWriter.SCHEMA
              + (schema.startsWith("kpi-scorecard/")
                  ? " (write the file again with this version of kpi scorecard)"
                  : ""),
          null);
    }
    String catalog = root.path("catalog").path("id").asText("");
    String period = root.path("period").asText("");
    if (catalog.isEmpty() || period.isEmpty() || !root.path("kpis").isArray()) {
      throw KpiException.io(
          file + ": a " + schema + " document needs catalog.id, period and" + " kpis", null);
    }
    List<KpiFigures> kpis = new ArrayList<>();
    for (JsonNode k : root.get("kpis")) {
      if (!k.path("id").isTextual()) {
        throw KpiException.io(file + ": a KPI without an id in kpis", null);
      }
      List<KpiFigures.Cell> cells = new ArrayList<>();
      for (JsonNode b : k.path("breakdown")) {
        cells.add(
            new KpiFigures.Cell(
                b.path("dimension").asText(""),
                b.path("code").asText(""),
                b.path("label").asText(""),
                number(b.path("value")),
                b.path("suppressed").asBoolean(false)));
      }
      kpis.add(
          new KpiFigures(
              k.get("id").asText(),
              k.path("title").asText(""),
              k.path("unit").asText(""),
              number(k.path("value")),
              number(k.path("numerator")),
              number(k.path("denominator")),
              k.path("status").asText(""),
              k.path("direction").asText(""),
              integer(k.path("rank").path("rank")),
              integer(k.path("quintile").path("value")),
              cells));
    }
    return new ScorecardFigures(catalog, period, kpis);
  }

  private static Double number(JsonNode n) {
    return n.isNumber() ? n.asDouble() : null;
  }

  private static Integer integer(JsonNode n) {
    return n.isNumber() ? n.asInt() : null;
  }
}
