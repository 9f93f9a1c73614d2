package kpi.core.attainment;

import java.util.Locale;
import java.util.Optional;

/**
 * A GCSE grade: 9-1 and U, or a legacy letter grade A*-G. Letters compare with numbers as DfE's
 * time-series guidance does: C is a standard pass (4) and B a strong pass (5); the rest keep their
 * order (A* 8, A 7, D 3, E 2, F and G 1).
 */
public enum Grade {
  G9(9, false),
  G8(8, false),
  G7(7, false),
  G6(6, false),
  G5(5, false),
  G4(4, false),
  G3(3, false),
  G2(2, false),
  G1(1, false),
  U(0, false),
  A_STAR(8, true),
  A(7, true),
  B(5, true),
  C(4, true),
  D(3, true),
  E(2, true),
  F(1, true),
  G(1, true);

  private final int equivalent;
  private final boolean legacy;

  Grade(int equivalent, boolean legacy) {
    this.equivalent = equivalent;
    this.legacy = legacy;
  }

  /** The 9-1 grade this grade counts as for passes. */
  public int equivalent() {
    return equivalent;
  }

  /** True for letter grades, whose mapping outputs note. */
  public boolean legacy() {
    return legacy;
  }

  /** True when the grade is at least the given 9-1 grade (4 pass, 5 strong pass). */
  public boolean atLeast(int grade) {
    return equivalent >= grade;
  }

  /** Parses {@code 9}..{@code 1}, {@code U}, {@code A*}..{@code G} (any case); empty otherwise. */
  public static Optional<Grade> parse(String text) {
    String s = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    return switch (s) {
      case "9" -> Optional.of(G9);
      case "8" -> Optional.of(G8);
      case "7" -> Optional.of(G7);
      case "6" -> Optional.of(G6);
      case "5" -> Optional.of(G5);
      case "4" -> Optional.of(G4);
      case "3" -> Optional.of(G3);
      case "2" -> Optional.of(G2);
      case "1" -> Optional.of(G1);
      case "U" -> Optional.of(U);
      case "A*", "A STAR", "ASTAR" -> Optional.of(A_STAR);
      case "A" -> Optional.of(A);
      case "B" -> Optional.of(B);
      case "C" -> Optional.of(C);
      case "D" -> Optional.of(D);
      case "E" -> Optional.of(E);
      case "F" -> Optional.of(F);
      case "G" -> Optional.of(G);
      default -> Optional.empty();
    };
  }
}
