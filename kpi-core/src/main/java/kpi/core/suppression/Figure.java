package kpi.core.suppression;

import java.util.List;

/**
 * A published figure and the quantities it reveals. A rate reveals its numerator and denominator (a
 * rounded percentage beside a known cohort gives the count back), a mean its sum and its number of
 * pupils, a gap both groups' sums and numbers. A figure is shown only when none of its quantities
 * is withheld. Immutable.
 */
public sealed interface Figure {
  /** A stable id, unique in the publication. */
  String id();

  /** The quantities the figure reveals. */
  List<String> quantities();

  /** A count of people or starts. */
  record Count(String id, String count) implements Figure {
    @Override
    public List<String> quantities() {
      return List.of(count);
    }
  }

  /** A rate (percentage): numerator over denominator. */
  record Rate(String id, String numerator, String denominator) implements Figure {
    @Override
    public List<String> quantities() {
      return List.of(numerator, denominator);
    }
  }

  /** A mean score: judged by its number of pupils, never by its sum of scores. */
  record Mean(String id, String sum, String pupils) implements Figure {
    @Override
    public List<String> quantities() {
      return List.of(sum, pupils);
    }
  }

  /** A gap between two groups' means: hidden when either group is small. */
  record Gap(String id, Mean first, Mean second) implements Figure {
    @Override
    public List<String> quantities() {
      return List.of(first.sum(), first.pupils(), second.sum(), second.pupils());
    }
  }
}
