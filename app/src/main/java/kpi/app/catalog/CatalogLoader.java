package kpi.app.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kpi.app.read.Suggest;
import kpi.core.InvalidRequestException;
import kpi.core.catalog.Baseline;
import kpi.core.catalog.Catalog;
import kpi.core.catalog.ComparatorSpec;
import kpi.core.catalog.CompareWith;
import kpi.core.catalog.Defaults;
import kpi.core.catalog.Dimensions;
import kpi.core.catalog.Domain;
import kpi.core.catalog.Filter;
import kpi.core.catalog.KpiDefinition;
import kpi.core.catalog.NoChangeBand;
import kpi.core.catalog.Params;
import kpi.core.catalog.Polarity;
import kpi.core.catalog.Suppression;
import kpi.core.catalog.Target;
import kpi.core.catalog.TargetRule;
import kpi.core.catalog.Tolerance;
import kpi.core.catalog.TrendSpec;
import kpi.core.catalog.Unit;
import kpi.core.measure.Measure;
import kpi.core.measure.Measures;
import kpi.core.neet.ActivityGroup;
import kpi.core.period.Period;

/**
 * Reads a catalog JSON file into a {@link Catalog}, checking every part against the catalog
 * contract and reporting every problem at once, each with its JSON path and a "did you mean" where
 * a word is misspelt.
 */
public final class CatalogLoader {
  private static final Set<String> TOP =
      Set.of(
          "id",
          "title",
          "authority",
          "description",
          "defaults",
          "statistical_neighbours",
          "suppression",
          "activity_groups",
          "kpis",
          "note");
  private static final Set<String> KPI =
      Set.of(
          "id",
          "title",
          "theme",
          "measure",
          "filter",
          "params",
          "unit",
          "polarity",
          "target",
          "breakdown",
          "comparator",
          "amber_tolerance",
          "exceed_margin",
          "no_change_band",
          "compare_with",
          "trend",
          "source",
          "note",
          "min_denominator");
  private static final Set<String> TARGET =
      Set.of("rule", "value", "baseline", "area", "deadline", "text");
  private static final Set<String> DEFAULTS =
      Set.of(
          "amber_tolerance",
          "exceed_margin",
          "no_change_band",
          "no_change_boundary",
          "compare_with",
          "min_denominator");

  /** Dimensions a KPI may filter by beyond a measure's own (all measures accept these). */
  private static final Set<String> BREAKDOWNS =
      Set.of(
          "district",
          "send",
          "age_band",
          "level_band",
          "employer_type",
          "sector",
          "school_type",
          "institution_type",
          "qualification_type",
          "fsm",
          "disadvantaged",
          "gender",
          "academic_age",
          "looked_after",
          "care_leaver",
          "vulnerable_group",
          "year_group");

  /** Duplicate keys are errors: a catalog that says a KPI's target twice is ambiguous. */
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final Measures measures;

  public CatalogLoader(Measures measures) {
    this.measures = measures;
  }

  /** Parses catalog text; {@code source} names it in messages. */
  public Catalog parse(String text, String source) {
    Node.Errors errors = new Node.Errors(source);
    Optional<Node> root;
    try (JsonParser parser = JSON.createParser(text)) {
      root = Node.root(parser, errors);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new CatalogException(
          List.of(
              new CatalogException.Entry(
                  source, "", where + "not valid JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (root.isEmpty() || !root.get().isObject()) {
      throw new CatalogException(
          List.of(new CatalogException.Entry(source, "", "a catalog must be a JSON object")));
    }
    Catalog catalog = catalog(root.get());
    if (!errors.entries().isEmpty() || catalog == null) {
      throw new CatalogException(errors.entries());
    }
    return catalog;
  }

  private Catalog catalog(Node root) {
    root.allowOnly(TOP);
    String id = root.require("id").flatMap(Node::asText).orElse(null);
    String title = root.text("title").orElse(null);
    String authority = root.text("authority").orElse(null);
    Defaults defaults = root.get("defaults").map(this::defaults).orElse(Defaults.standard());
    List<String> neighbours =
        root.get("statistical_neighbours")
            .map(n -> n.items().stream().map(Node::asText).flatMap(Optional::stream).toList())
            .orElse(List.of());
    Suppression suppression = root.get("suppression").map(this::suppression).orElse(null);
    Map<Integer, ActivityGroup> groups =
        root.get("activity_groups").map(this::activityGroups).orElse(Map.of());
    List<KpiDefinition> kpis = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    root.require("kpis")
        .ifPresent(
            list -> {
              for (Node k : list.items()) {
                KpiDefinition d = kpi(k);
                if (d != null && !seen.add(d.id().toLowerCase(Locale.ROOT))) {
                  k.error("KPI id " + d.id() + " appears twice");
                } else if (d != null) {
                  kpis.add(d);
                }
              }
            });
    if (id == null) {
      return null;
    }
    return construct(
        root,
        () -> new Catalog(id, title, authority, defaults, kpis, neighbours, suppression, groups));
  }

  private Defaults defaults(Node n) {
    n.allowOnly(DEFAULTS);
    Defaults std = Defaults.standard();
    Tolerance amber = n.get("amber_tolerance").map(this::tolerance).orElse(std.amberTolerance());
    Tolerance exceed = n.get("exceed_margin").map(this::tolerance).orElse(std.exceedMargin());
    NoChangeBand band =
        n.get("no_change_band")
            .map(
                b -> {
                  b.allowOnly(Set.of("percent", "other_relative"));
                  return construct(
                      b,
                      () ->
                          new NoChangeBand(
                              b.number("percent").orElse(std.noChangeBand().percentPoints()),
                              b.number("other_relative").orElse(std.noChangeBand().otherRelative()),
                              null));
                })
            .orElse(std.noChangeBand());
    boolean inclusive =
        n.get("no_change_boundary")
            .flatMap(b -> word(b, new String[] {"exclusive", "inclusive"}, s -> s))
            .map("inclusive"::equals)
            .orElse(false);
    if (band != null && inclusive) {
      band = new NoChangeBand(band.percentPoints(), band.otherRelative(), null, true);
    }
    CompareWith with =
        n.get("compare_with")
            .flatMap(c -> word(c, CompareWith.values(), CompareWith::id))
            .orElse(std.compareWith());
    int minBase = n.integer("min_denominator").orElse(Defaults.MIN_DENOMINATOR);
    if (minBase < 0) {
      n.get("min_denominator").ifPresent(m -> m.error("must be 0 or more"));
      minBase = Defaults.MIN_DENOMINATOR;
    }
    if (amber == null || exceed == null || band == null) {
      return std;
    }
    return new Defaults(amber, exceed, band, with, minBase);
  }

  private Suppression suppression(Node n) {
    n.allowOnly(Set.of("suppress_below", "complement"));
    int below = n.integer("suppress_below").orElse(Suppression.standard().suppressBelow());
    boolean complement = n.bool("complement").orElse(true);
    return construct(n, () -> new Suppression(below, complement));
  }

  private Map<Integer, ActivityGroup> activityGroups(Node n) {
    Map<Integer, ActivityGroup> out = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : n.members()) {
      Optional<ActivityGroup> group =
          Arrays.stream(ActivityGroup.values())
              .filter(g -> g.name().equalsIgnoreCase(e.getKey()))
              .findFirst();
      if (group.isEmpty()) {
        e.getValue()
            .error(
                "\""
                    + e.getKey()
                    + "\" is not an activity group"
                    + Suggest.didYouMean(
                        e.getKey(),
                        Arrays.stream(ActivityGroup.values())
                            .map(g -> g.name().toLowerCase(Locale.ROOT))
                            .toList()));
        continue;
      }
      for (Node code : e.getValue().items()) {
        code.scalarText()
            .ifPresent(
                c -> {
                  if (c.matches("\\d{3}")) {
                    out.put(Integer.parseInt(c), group.get());
                  } else {
                    code.error("\"" + c + "\" is not a three-digit NCCIS code");
                  }
                });
      }
    }
    return out;
  }

  private KpiDefinition kpi(Node k) {
    if (!k.isObject()) {
      k.error("each KPI must be an object");
      return null;
    }
    k.allowOnly(KPI);
    String id = k.require("id").flatMap(Node::asText).orElse(null);
    String title = k.require("title").flatMap(Node::asText).orElse(null);
    String measureId = k.require("measure").flatMap(Node::asText).orElse(null);
    Measure measure = null;
    if (measureId != null) {
      measure = measures.get(measureId).orElse(null);
      if (measure == null) {
        k.get("measure")
            .ifPresent(
                m ->
                    m.error(
                        "\""
                            + measureId
                            + "\" is not a measure"
                            + Suggest.didYouMean(measureId, measures.ids())));
      }
    }
    Filter filter = k.get("filter").map(f -> filter(f, measureId)).orElse(null);
    Measure known = measure;
    Params params = k.get("params").map(p -> params(p, known)).orElse(null);
    Unit unit = k.require("unit").flatMap(u -> word(u, Unit.values(), Unit::id)).orElse(null);
    Polarity polarity =
        k.require("polarity").flatMap(p -> word(p, Polarity.values(), Polarity::id)).orElse(null);
    Target target = k.get("target").map(this::target).orElse(null);
    List<String> breakdown =
        k.get("breakdown")
            .map(
                b ->
                    b.items().stream()
                        .map(
                            i -> {
                              Optional<String> d = i.asText();
                              d.filter(x -> !BREAKDOWNS.contains(x))
                                  .ifPresent(
                                      x ->
                                          i.error(
                                              "\""
                                                  + x
                                                  + "\" is not a breakdown"
                                                  + Suggest.didYouMean(x, BREAKDOWNS)));
                              d.filter(
                                      x ->
                                          BREAKDOWNS.contains(x)
                                              && known != null
                                              && !known.dimensions().contains(x))
                                  .ifPresent(
                                      x ->
                                          i.error(
                                              "measure "
                                                  + known.id()
                                                  + " cannot be broken down by \""
                                                  + x
                                                  + "\""
                                                  + Suggest.didYouMean(x, known.dimensions())));
                              return d;
                            })
                        .flatMap(Optional::stream)
                        .toList())
            .orElse(null);
    ComparatorSpec comparator = k.get("comparator").map(this::comparator).orElse(null);
    Tolerance amber = k.get("amber_tolerance").map(this::tolerance).orElse(null);
    Tolerance exceed = k.get("exceed_margin").map(this::tolerance).orElse(null);
    Tolerance band = k.get("no_change_band").map(this::tolerance).orElse(null);
    CompareWith with =
        k.get("compare_with")
            .flatMap(c -> word(c, CompareWith.values(), CompareWith::id))
            .orElse(null);
    TrendSpec trend =
        k.get("trend")
            .map(
                t -> {
                  t.allowOnly(Set.of("method", "points"));
                  return construct(
                      t,
                      () ->
                          new TrendSpec(
                              t.text("method").orElse(TrendSpec.CHI2_LINEAR),
                              t.integer("points").orElse(5)));
                })
            .orElse(null);
    String source = k.text("source").orElse(null);
    String note = k.text("note").orElse(null);
    if (id == null || title == null || measureId == null || unit == null || polarity == null) {
      return null;
    }
    return construct(
        k,
        () ->
            new KpiDefinition(
                id,
                title,
                k.text("theme").orElse(null),
                measureId,
                filter,
                params,
                unit,
                polarity,
                target,
                breakdown,
                comparator,
                amber,
                exceed,
                band,
                with,
                trend,
                source,
                note,
                k.integer("min_denominator").orElse(null)));
  }

  private Filter filter(Node f, String measureId) {
    Set<String> allowed =
        measures.get(measureId == null ? "" : measureId).map(Measure::dimensions).orElse(null);
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : f.members()) {
      if (allowed != null && !allowed.contains(e.getKey())) {
        e.getValue()
            .error(
                "measure "
                    + measureId
                    + " cannot be filtered by \""
                    + e.getKey()
                    + "\""
                    + Suggest.didYouMean(e.getKey(), allowed));
        continue;
      }
      Domain domain = Dimensions.of(e.getKey());
      List<String> vs = new ArrayList<>();
      for (Node item : e.getValue().items()) {
        item.scalarText()
            .ifPresent(
                v -> {
                  Optional<String> refused = domain.refuse(v);
                  if (refused.isPresent()) {
                    item.error(
                        "\""
                            + v
                            + "\" "
                            + refused.get()
                            + " for "
                            + e.getKey()
                            + Suggest.didYouMean(v, domain.words()));
                  } else {
                    vs.add(v);
                  }
                });
      }
      if (vs.isEmpty() && e.getValue().items().isEmpty()) {
        e.getValue().error("needs at least one value");
      } else if (!vs.isEmpty()) {
        values.put(e.getKey(), vs);
      } // else every value was refused, each reported above
    }
    return new Filter(values);
  }

  /**
   * A KPI's params: each name must be one the measure reads (a misspelt one would otherwise be
   * ignored and the measure run with its default).
   */
  private Params params(Node p, Measure measure) {
    if (measure != null && p.isObject()) {
      Set<String> known = measure.parameters();
      for (Map.Entry<String, Node> e : p.members()) {
        if (!known.contains(e.getKey())) {
          e.getValue()
              .error(
                  "measure "
                      + measure.id()
                      + " has no parameter \""
                      + e.getKey()
                      + "\""
                      + Suggest.didYouMean(e.getKey(), known)
                      + (known.isEmpty()
                          ? "; it takes none"
                          : "; it takes " + String.join(", ", new java.util.TreeSet<>(known))));
        }
      }
    }
    return new Params(plainMap(p));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> plainMap(Node n) {
    Object o = n.plain();
    if (o instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    n.error("must be an object");
    return Map.of();
  }

  private Target target(Node t) {
    t.allowOnly(TARGET);
    String ruleText = t.require("rule").flatMap(Node::asText).orElse(null);
    TargetRule rule = ruleText == null ? null : TargetRule.byId(ruleText).orElse(null);
    if (ruleText != null && rule == null) {
      t.get("rule")
          .ifPresent(
              r ->
                  r.error(
                      "\""
                          + ruleText
                          + "\" is not a rule"
                          + Suggest.didYouMean(
                              ruleText,
                              Arrays.stream(TargetRule.values()).map(TargetRule::id).toList())));
    }
    Double value = t.number("value").orElse(null);
    Baseline baseline = t.get("baseline").map(this::baseline).orElse(null);
    String area = t.text("area").orElse(null);
    LocalDate deadline =
        t.get("deadline")
            .flatMap(
                d ->
                    d.asText()
                        .flatMap(
                            s -> {
                              try {
                                return Optional.of(LocalDate.parse(s));
                              } catch (DateTimeParseException e) {
                                d.error("\"" + s + "\" is not a date like 2018-08-31");
                                return Optional.empty();
                              }
                            }))
            .orElse(null);
    if (rule == null) {
      return null;
    }
    return construct(
        t, () -> new Target(rule, value, baseline, area, deadline, t.text("text").orElse(null)));
  }

  private Baseline baseline(Node b) {
    b.allowOnly(Set.of("period", "value"));
    Period period =
        b.require("period")
            .flatMap(
                p ->
                    p.asText()
                        .flatMap(
                            s -> {
                              Optional<Period> parsed = Period.parse(s);
                              if (parsed.isEmpty()) {
                                p.error("\"" + s + "\" is not a period like 2011/12 or 2017-01");
                              }
                              return parsed;
                            }))
            .orElse(null);
    Double value = b.number("value").orElse(null);
    return period == null ? null : construct(b, () -> new Baseline(period, value));
  }

  private ComparatorSpec comparator(Node c) {
    c.allowOnly(Set.of("indicator", "areas", "rank_among", "period_offset", "filter"));
    String indicator = c.require("indicator").flatMap(Node::asText).orElse(null);
    List<String> areas =
        c.get("areas")
            .map(a -> a.items().stream().map(Node::asText).flatMap(Optional::stream).toList())
            .orElse(null);
    String rank = c.text("rank_among").orElse(null);
    int offset = c.integer("period_offset").orElse(0);
    Map<String, String> filter = new LinkedHashMap<>();
    c.get("filter")
        .ifPresent(
            f ->
                f.members()
                    .forEach(
                        e -> e.getValue().scalarText().ifPresent(v -> filter.put(e.getKey(), v))));
    return indicator == null
        ? null
        : construct(c, () -> new ComparatorSpec(indicator, areas, rank, offset, filter));
  }

  private Tolerance tolerance(Node n) {
    n.allowOnly(Set.of("absolute", "relative"));
    Optional<Double> abs = n.number("absolute");
    Optional<Double> rel = n.number("relative");
    if (abs.isPresent() == rel.isPresent()) {
      n.error("give exactly one of \"absolute\" or \"relative\"");
      return null;
    }
    return construct(
        n, () -> abs.isPresent() ? Tolerance.absolute(abs.get()) : Tolerance.relative(rel.get()));
  }

  private static <E> Optional<E> word(Node n, E[] values, Function<E, String> id) {
    Optional<String> text = n.asText();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E v : values) {
      if (id.apply(v).equals(text.get())) {
        return Optional.of(v);
      }
    }
    List<String> ids = Arrays.stream(values).map(id).toList();
    n.error(
        "\""
            + text.get()
            + "\" is not one of "
            + String.join(", ", ids)
            + Suggest.didYouMean(text.get(), ids));
    return Optional.empty();
  }

  /**
   * Runs a record constructor, turning its validation failure (an {@link InvalidRequestException})
   * into a located error; anything else a constructor throws is a bug and goes up.
   */
  private static <T> T construct(Node at, java.util.function.Supplier<T> make) {
    try {
      return make.get();
    } catch (InvalidRequestException e) {
      at.error(e.getMessage() == null ? "is incomplete" : e.getMessage());
      return null;
    }
  }
}
