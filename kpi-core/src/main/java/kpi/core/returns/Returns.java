package kpi.core.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The hand-kept figures of a data drop. Immutable once built. */
public final class Returns {
  private static final Returns NONE = new Returns(List.of());

  private final List<ReturnEntry> entries;

  public Returns(List<ReturnEntry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Returns none() {
    return NONE;
  }

  public List<ReturnEntry> entries() {
    return entries;
  }

  /** The figure for a KPI, period key and district (empty district: the whole authority). */
  public Optional<ReturnEntry> find(String kpiId, String periodKey, String district) {
    String id = kpiId.toLowerCase(Locale.ROOT);
    for (ReturnEntry e : entries) {
      if (e.kpiId().toLowerCase(Locale.ROOT).equals(id)
          && e.periodKey().equals(periodKey)
          && e.district().equals(district)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Every figure for a KPI, in file order. */
  public List<ReturnEntry> forKpi(String kpiId) {
    List<ReturnEntry> out = new ArrayList<>();
    for (ReturnEntry e : entries) {
      if (e.kpiId().equalsIgnoreCase(kpiId)) {
        out.add(e);
      }
    }
    return out;
  }
}
