package kpi.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kpi.core.InvalidRequestException;

/**
 * What changed between two scorecards (and, for two drops, their files), with the outcome of each
 * {@code --fail-on} rule. Immutable.
 *
 * @param kpis every KPI on either scorecard, new catalog order first, then KPIs only on the old
 * @param files every input file compared, in the drops' kind order; empty for scorecard JSON
 * @param outcomes one per rule, in the order given
 */
public record Diff(
    String catalogId,
    String period,
    List<KpiChange> kpis,
    List<FileChange> files,
    List<Outcome> outcomes) {

  public Diff {
    Objects.requireNonNull(catalogId, "catalogId");
    Objects.requireNonNull(period, "period");
    kpis = List.copyOf(kpis);
    files = List.copyOf(files);
    outcomes = List.copyOf(outcomes);
  }

  /** A rule and what broke it (nothing when it held). */
  public record Outcome(FailRule rule, List<FailRule.Breach> breaches) {
    public Outcome {
      Objects.requireNonNull(rule, "rule");
      breaches = List.copyOf(breaches);
    }

    public boolean failed() {
      return !breaches.isEmpty();
    }
  }

  /**
   * Compares two scorecards.
   *
   * @throws InvalidRequestException when they are for different catalogs or periods
   */
  public static Diff compare(
      ScorecardFigures before,
      ScorecardFigures after,
      List<FileChange> files,
      List<FailRule> rules) {
    if (!before.catalogId().equals(after.catalogId())) {
      throw new InvalidRequestException(
          "the two sides are for different catalogs ("
              + before.catalogId()
              + " and "
              + after.catalogId()
              + "); a diff compares one catalog");
    }
    if (!before.period().equals(after.period())) {
      throw new InvalidRequestException(
          "the two sides are for different periods ("
              + before.period()
              + " and "
              + after.period()
              + "); give --period to compare one period");
    }
    Map<String, KpiFigures> old = new LinkedHashMap<>();
    before.kpis().forEach(k -> old.put(k.id(), k));
    List<KpiChange> kpis = new ArrayList<>();
    for (KpiFigures k : after.kpis()) {
      kpis.add(KpiChange.between(old.remove(k.id()), k));
    }
    old.values().forEach(k -> kpis.add(KpiChange.between(k, null)));
    Diff plain = new Diff(before.catalogId(), before.period(), kpis, files, List.of());
    List<Outcome> outcomes = new ArrayList<>();
    for (FailRule r : rules) {
      outcomes.add(new Outcome(r, r.check(plain)));
    }
    return new Diff(plain.catalogId(), plain.period(), kpis, files, outcomes);
  }

  /** Parses a {@code --fail-on} rule ({@link FailRule#parse}). */
  public static FailRule rule(String text) {
    return FailRule.parse(text);
  }

  /** The KPIs with any change, in order. */
  public List<KpiChange> changedKpis() {
    return kpis.stream().filter(KpiChange::changed).toList();
  }

  /** The files with any row change, in order. */
  public List<FileChange> changedFiles() {
    return files.stream().filter(FileChange::changed).toList();
  }

  /** True when nothing differs. */
  public boolean noChanges() {
    return changedKpis().isEmpty() && changedFiles().isEmpty();
  }

  /** True when a rule was broken (exit 1). */
  public boolean failed() {
    return outcomes.stream().anyMatch(Outcome::failed);
  }

  /** {@code "status-change NEET-2"}: each breach as the JSON's {@code failed} list names it. */
  public List<String> failedList() {
    List<String> out = new ArrayList<>();
    for (Outcome o : outcomes) {
      for (FailRule.Breach b : o.breaches()) {
        out.add(o.rule().text() + " " + b.subject());
      }
    }
    return out;
  }
}
