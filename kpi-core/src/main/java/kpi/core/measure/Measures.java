package kpi.core.measure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The built-in measures, by catalog name. Immutable. */
public final class Measures {
  private static final Measures BUILT_IN = new Measures(register());

  private final Map<String, Measure> byId;

  private Measures(Map<String, Measure> byId) {
    this.byId = Collections.unmodifiableMap(byId);
  }

  public static Measures builtIn() {
    return BUILT_IN;
  }

  private static Map<String, Measure> register() {
    Map<String, Measure> m = new LinkedHashMap<>();
    for (NeetMeasure.Kind k : NeetMeasure.Kind.values()) {
      m.put(k.id(), new NeetMeasure(k));
    }
    for (ApprenticeshipMeasure.Kind k : ApprenticeshipMeasure.Kind.values()) {
      m.put(k.id(), new ApprenticeshipMeasure(k));
    }
    for (AttainmentMeasure.Kind k : AttainmentMeasure.Kind.values()) {
      m.put(k.id(), new AttainmentMeasure(k));
    }
    for (LevyMeasure.Kind k : LevyMeasure.Kind.values()) {
      m.put(k.id(), new LevyMeasure(k));
    }
    m.put(SeptemberGuaranteeMeasure.ID, new SeptemberGuaranteeMeasure());
    m.put(ReturnsMeasure.ID, new ReturnsMeasure());
    return m;
  }

  public Optional<Measure> get(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public Set<String> ids() {
    return byId.keySet();
  }
}
