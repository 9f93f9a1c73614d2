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
@Command(name = "kpis", mixinStandardHelpOptions = true, sortOptions = false,
    description = "List the KPIs of a catalog: id, title, measure, target and source.")
public final class KpisCommand extends BaseCommand {
  /** Formats of the listing. */
  enum ListFormat { TABLE, JSON, MD }

  @Option(names = "--catalog", paramLabel = "ID|FILE",
      description = "A bundled catalog id or a catalog JSON file. Default: kent-14-24-2017.")
  String catalog;

  @Option(names = "--format", paramLabel = "F", description = "table (default), json or md.")
  ListFormat format = ListFormat.TABLE;

  @Override
  protected ExitCode execute() throws IOException {
    Catalog c = CatalogChoice.resolve(catalog, null);
    switch (format) {
      case JSON -> out().print(json(c));
      case MD -> out().print(markdown(c));
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
    rows.add(List.of("ID", "KPI", "Measure", "Target"));
    for (KpiDefinition k : c.kpis()) {
      rows.add(List.of(k.id(), kpi.app.write.TextTable.shorten(k.title(), 60), k.measure(), TargetText.describe(k, null)));
    }
    kpi.app.write.TextTable.print(p, rows);
    p.flush();
    return s.toString();
  }

  private static String markdown(Catalog c) {
    return kpi.app.write.KpiReference.section(c);
  }

  private static String json(Catalog c) throws IOException {
    StringWriter s = new StringWriter();
    JsonGenerator g = new JsonFactory().createGenerator(s);
    g.setPrettyPrinter(new DefaultPrettyPrinter()
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
