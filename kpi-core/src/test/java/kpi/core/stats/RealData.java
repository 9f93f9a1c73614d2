package kpi.core.stats;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kpi.core.ProjectFiles;

/**
 * The real DfE files in {@code shared/realdata} beside the project folder; a missing file fails,
 * never skips.
 */
final class RealData {
  private RealData() {}

  static List<Map<String, String>> rows(String name) throws IOException {
    Path file = ProjectFiles.realData().resolve(name);
    if (!Files.isRegularFile(file)) {
      fail("real DfE data file missing: " + file + " (see realdata/PROVENANCE.md)");
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<List<String>> records = parse(text);
    List<String> header = records.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (r.size() == 1 && r.get(0).isEmpty()) {
        continue;
      }
      if (r.size() != header.size()) {
        fail(name + ": a record has " + r.size() + " fields, the header " + header.size());
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), r.get(i));
      }
      out.add(row);
    }
    return out;
  }

  /** RFC 4180 with quoted fields; CRLF or LF. */
  private static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          f.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        fields.add(f.toString());
        f.setLength(0);
      } else if (ch == '\n' || ch == '\r') {
        if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(f.toString());
        f.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
      } else {
        f.append(ch);
      }
    }
    if (f.length() > 0 || !fields.isEmpty()) {
      fields.add(f.toString());
      records.add(fields);
    }
    return records;
  }
}
