package kpi.app.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kpi.core.measure.District;

/** Reads {@code reference/districts}: {@code code,name,order[,former_names]}. */
public final class DistrictsReader {
  public static final String KIND = FileKind.DISTRICTS.id();

  private DistrictsReader() {}

  /** The districts in reference order (the {@code order} column, then file order). */
  public static List<District> read(InputFile file, Problems problems, List<FileSummary> summaries)
      throws IOException {
    List<District> out = new ArrayList<>();
    java.util.Set<String> codes = new java.util.HashSet<>();
    summaries.add(
        TableReader.read(
            file,
            FileKind.DISTRICTS.columns(),
            problems,
            row -> {
              String code = row.text("code");
              String name = row.text("name");
              Integer order = row.optionalInteger("order");
              if (row.rejected()) {
                return;
              }
              if (!codes.add(code)) {
                row.error(
                    "code", "duplicate-key", code, "district code " + code + " appears twice");
                return;
              }
              List<String> former =
                  Arrays.stream(row.optionalText("former_names").split("[;|]"))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList();
              out.add(new District(code, name, order == null ? out.size() + 1 : order, former));
            }));
    out.sort(Comparator.comparingInt(District::order));
    return out;
  }
}
