package kpi.app.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kpi.app.ProjectFiles;
import kpi.app.load.CatalogChoice;
import kpi.core.catalog.Catalog;
import org.junit.jupiter.api.Test;

/**
 * docs/kpis.md is generated from the bundled catalogs. To refresh it after changing a catalog:
 * {@code ./mvnw -pl kpi-core,app test -Dtest=KpiReferenceDocTest -Dkpi.updateDocs=true}.
 */
class KpiReferenceDocTest {
  @Test
  void docsListEveryBundledKpiAsTheCatalogsSay() throws Exception {
    List<Catalog> catalogs =
        CatalogChoice.bundledIds().stream().map(CatalogChoice::bundled).toList();
    String expected = KpiReference.document(catalogs);
    Path doc = ProjectFiles.root().resolve("docs/kpis.md");
    if (Boolean.getBoolean("kpi.updateDocs")) {
      Files.writeString(doc, expected, StandardCharsets.UTF_8);
    }
    assertThat(doc).exists();
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/kpis.md is out of date; regenerate it (see this test's comment)")
        .isEqualTo(expected);
    for (Catalog c : catalogs) {
      c.kpis().forEach(k -> assertThat(expected).contains("| " + k.id() + " |"));
    }
  }
}
