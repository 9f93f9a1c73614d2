package kpi.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import kpi.app.error.ExitCode;
import kpi.app.load.CatalogChoice;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.KpiDefinition;
import kpi.core.engine.TargetText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code kpi kpis}: the catalog's KPIs with measure, target and source. */
@Command(
    name = "kpis",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "List the KPIs of a catalog: id, title, measure, target and source.")
public final class KpisCommand extends BaseCommand {
  /** Formats of the listing. */
  enum ListFormat {
    TABLE,
    JSON,
    MD,
    CSV
  }

  @Option(
      names = "--catalog",
      paramLabel = "ID|FILE",
      description = "A bundled catalog id or a catalog JSON file. Default: kent-14-24-2017.")
  String catalog;

  @Option(names = "--format", paramLabel = "F", description = "table (default), json, md or csv.")
  ListFormat format = ListFormat.TABLE;

  @Option(names = "--catalogs", description = "List the bundled catalogs (id and title) instead.")
  boolean catalogs;

  @Override
  protected ExitCode execute() throws IOException {
    if (catalogs) {
      List<List<String>> rows = new ArrayList<>();
      rows.add(List.of("Catalog", "Title"));
      for (String id : CatalogChoice.bundledIds()) {
        rows.add(List.of(id, CatalogChoice.bundled(id).title()));
      }
      java.io.PrintWriter p = out();
      kpi.app.write.TextTable.print(p, rows);
      p.flush();
      return ExitCode.OK;
    }
    Catalog c = CatalogChoice.resolve(catalog, null);
    switch (format) {
      case JSON -> out().print(json(c));
      case MD -> out().print(markdown(c));
      case CSV -> out().print(csv(c));
      default -> out().print(table(c));
    }
    out().flush();
    return ExitCode.OK;
  }

  private static String table(Catalog c) {
    StringWriter s = new StringWriter();
    java.io.PrintWriter p = new java.io.PrintWriter(s);
    p.print(c.title() + " (" + c.id() + ")\n\n");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("ID", "KPI", "Measure", "Target", "Source"));
    for (KpiDefinition k : c.kpis()) {
      rows.add(
          List.of(
              k.id(),
              k.title(),
              k.measure(),
              TargetText.describe(k, null),
              k.source() == null ? "" : k.source()));
    }
    // Titles and sources wrap (never cut: KPI-08a-d differ only at the end of their titles).
    int[] w = kpi.app.write.WrappedTable.natural(rows);
    w[1] = Math.min(w[1], 44);
    w[4] = Math.min(w[4], 40);
    for (List<String> row : rows) {
      kpi.app.write.WrappedTable.lines(row, w).forEach(l -> p.print(l + "\n"));
    }
    p.flush();
    return s.toString();
  }

  private static String csv(Catalog c) throws IOException {
    StringWriter s = new StringWriter();
    try (org.apache.commons.csv.CSVPrinter p =
        new org.apache.commons.csv.CSVPrinter(
            s,
            org.apache.commons.csv.CSVFormat.RFC4180.builder().setRecordSeparator("\n").build())) {
      p.printRecord(
          "id", "title", "theme", "measure", "unit", "polarity", "target_rule", "target", "source");
      for (KpiDefinition k : c.kpis()) {
        p.printRecord(
            kpi.app.write.CellSafety.text(k.id()),
            kpi.app.write.CellSafety.text(k.title()),
            kpi.app.write.CellSafety.text(k.theme()),
            k.measure(),
            k.unit().id(),
            k.polarity().id(),
            k.target().rule().id(),
            kpi.app.write.CellSafety.text(TargetText.describe(k, null)),
            kpi.app.write.CellSafety.text(k.source()));
      }
    }
    return s.toString();
  }

  private static String markdown(Catalog c) {
    return kpi.app.write.KpiReference.section(c);
  }

  private static String json(Catalog c) throws IOException {
    StringWriter s = new StringWriter();
    JsonGenerator g = new JsonFactory().createGenerator(s);
    g.setPrettyPrinter(
        new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));
    g.writeStartObject();
    g.writeStringField("id", c.id());
    g.writeStringField("title", c.title());
    g.writeArrayFieldStart("kpis");
    for (KpiDefinition k : c.kpis()) {
      g.writeStartObject();
      g.writeStringField("id", k.id());
      g.writeStringField("title", k.title());
      g.writeStringField("theme", k.theme());
      g.writeStringField("measure", k.measure());
      g.writeStringField("unit", k.unit().id());
      g.writeStringField("polarity", k.polarity().id());
      g.writeStringField("target_rule", k.target().rule().id());
      g.writeStringField("target", TargetText.describe(k, null));
      g.writeStringField("source", k.source());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.close();
    return s + "\n";
  }
}
