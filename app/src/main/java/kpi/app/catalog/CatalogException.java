package kpi.app.catalog;

import java.util.List;

/** A catalog that cannot be used, with every problem found, each located by its JSON path. */
public final class CatalogException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  public CatalogException(List<String> problems) {
    super(String.join("\n", problems));
    this.problems = List.copyOf(problems);
  }

  /** One line per problem: {@code kpi-catalog.json: kpis[3].target.rule: ...}. */
  public List<String> problems() {
    return problems;
  }
}
