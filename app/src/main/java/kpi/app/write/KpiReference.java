package kpi.app.write;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.KpiDefinition;
import kpi.core.engine.TargetText;

/**
 * The KPI reference in Markdown: every KPI of the given catalogs with wording, measure, filter,
 * parameters, target rule, comparator and source. {@code docs/kpis.md} is this text for the bundled
 * catalogs (a test keeps it in sync).
 */
public final class KpiReference {
  private KpiReference() {}

  /** One catalog's section. */
  public static String section(Catalog c) {
    StringBuilder b = new StringBuilder();
    b.append("## ").append(c.title()).append(" (`").append(c.id()).append("`)\n\n");
    b.append("| ID | KPI | Measure | Filter | Target | Source |\n");
    b.append("|---|---|---|---|---|---|\n");
    for (KpiDefinition k : c.kpis()) {
      b.append("| ")
          .append(k.id())
          .append(" | ")
          .append(cell(k.title()))
          .append(" | `")
          .append(k.measure())
          .append('`')
          .append(params(k.params().values()))
          .append(" | ")
          .append(cell(filter(k)))
          .append(" | ")
          .append(cell(TargetText.describe(k, null)))
          .append(" (`")
          .append(k.target().rule().id())
          .append("`, ")
          .append(k.polarity().id().replace('_', ' '))
          .append(")")
          .append(
              k.comparator() == null
                  ? ""
                  : "; compared with "
                      + String.join(", ", k.comparator().areas())
                      + " on `"
                      + k.comparator().indicator()
                      + "`")
          .append(" | ")
          .append(cell(k.source()))
          .append(" |\n");
    }
    List<KpiDefinition> noted = c.kpis().stream().filter(k -> !k.note().isEmpty()).toList();
    if (!noted.isEmpty()) {
      b.append("\nNotes:\n\n");
      for (KpiDefinition k : noted) {
        b.append("- **").append(k.id()).append("**: ").append(k.note()).append('\n');
      }
    }
    return b.append('\n').toString();
  }

  /** The whole reference for several catalogs. */
  public static String document(List<Catalog> catalogs) {
    StringBuilder b = new StringBuilder("# KPI reference\n\n");
    b.append(
        "Every KPI of the catalogs bundled with `kpi`, generated from the catalogs"
            + " themselves (`kpi kpis --catalog ID --format md` prints one). Measures are defined in"
            + " `docs/user-guide.md` and the catalog contract; `kpi explain KPI-ID` shows the"
            + " arithmetic behind a value.\n\n");
    for (Catalog c : catalogs) {
      b.append(section(c));
    }
    return b.toString();
  }

  private static String filter(KpiDefinition k) {
    if (k.filter().values().isEmpty()) {
      return "";
    }
    return k.filter().values().entrySet().stream()
        .map(e -> e.getKey() + " = " + String.join(", ", e.getValue()))
        .collect(Collectors.joining("; "));
  }

  private static String params(Map<String, Object> params) {
    if (params.isEmpty()) {
      return "";
    }
    return " ("
        + params.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", "))
        + ")";
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
