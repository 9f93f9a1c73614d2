package kpi.core.pack;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import kpi.core.measure.DataSet;
import kpi.core.measure.Measure;
import kpi.core.measure.MeasureQuery;
import kpi.core.measure.MeasureResult;

/**
 * What measures give over one data set, each asked once per publication: the packs, the tables
 * every year's plan registers and the registry ask the same counts (a district's starts by level,
 * say) several times, and each answer is a scan of the data. A measure's answer depends only on the
 * measure (its class and id), the query and the data, and is immutable. Thread-safe.
 */
final class MeasureResults {
  private final DataSet data;
  private final Map<List<Object>, MeasureResult> results = new ConcurrentHashMap<>();

  MeasureResults(DataSet data) {
    this.data = data;
  }

  DataSet data() {
    return data;
  }

  /** {@code m.compute(data, q)}, computed the first time only (a refusal is not kept). */
  MeasureResult compute(Measure m, MeasureQuery q) {
    List<Object> key = List.of(m.getClass(), m.id(), q);
    MeasureResult r = results.get(key);
    if (r == null) {
      r = m.compute(data, q);
      if (r != null) {
        results.putIfAbsent(key, r);
      }
    }
    return r;
  }
}
