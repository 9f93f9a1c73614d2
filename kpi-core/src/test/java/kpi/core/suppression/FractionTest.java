package kpi.core.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Exact fractions against the schoolbook rules worked on unreduced BigInteger pairs (a/b + c/d =
 * (ad + cb)/bd, and so on), compared by cross-multiplication; every result must also be in lowest
 * terms with a positive denominator. Small terms, whole numbers, zeros and terms beyond 63 bits all
 * occur.
 */
class FractionTest {
  @Test
  void arithmeticAgreesWithTheSchoolbookRulesInLowestTerms() {
    Random random = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      BigInteger[] a = pair(random);
      BigInteger[] b = pair(random);
      Fraction x = new Fraction(a[0], a[1]);
      Fraction y = new Fraction(b[0], b[1]);
      check(x.add(y), a[0].multiply(b[1]).add(b[0].multiply(a[1])), a[1].multiply(b[1]));
      check(x.subtract(y), a[0].multiply(b[1]).subtract(b[0].multiply(a[1])), a[1].multiply(b[1]));
      check(x.multiply(y), a[0].multiply(b[0]), a[1].multiply(b[1]));
      if (b[0].signum() != 0) {
        check(x.divide(y), a[0].multiply(b[1]), a[1].multiply(b[0]));
      }
      // compare a/b with c/d: the sign of ad - cb, times the sign of bd
      int expected =
          a[0].multiply(b[1]).subtract(b[0].multiply(a[1])).signum() * a[1].multiply(b[1]).signum();
      assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
    }
  }

  @Test
  void handWorkedCases() {
    assertThat(Fraction.of(6, -4)).isEqualTo(Fraction.of(-3, 2)); // 6/-4 = -3/2
    assertThat(Fraction.of(1, 3).add(Fraction.of(1, 6))).isEqualTo(Fraction.of(1, 2));
    assertThat(Fraction.of(2, 3).multiply(Fraction.of(3, 2))).isEqualTo(Fraction.ONE);
    assertThat(Fraction.of(0, -5)).isEqualTo(Fraction.ZERO);
    assertThat(Fraction.of(5).add(Fraction.of(-5))).isEqualTo(Fraction.ZERO);
    assertThat(Fraction.exact(0.75)).isEqualTo(Fraction.of(3, 4));
  }

  private static BigInteger[] pair(Random random) {
    BigInteger n;
    BigInteger d;
    switch (random.nextInt(4)) {
      case 0 -> { // whole numbers, zero included
        n = BigInteger.valueOf(random.nextInt(21) - 10);
        d = BigInteger.ONE;
      }
      case 1 -> { // beyond a long
        n = new BigInteger(90, random).subtract(BigInteger.ONE.shiftLeft(89));
        d = new BigInteger(80, random).add(BigInteger.ONE);
      }
      default -> { // small, often reducible, either sign of denominator
        n = BigInteger.valueOf(random.nextInt(61) - 30);
        d =
            BigInteger.valueOf(random.nextInt(24) + 1L)
                .multiply(BigInteger.valueOf(random.nextBoolean() ? 1 : -1));
      }
    }
    return new BigInteger[] {n, d};
  }

  private static void check(Fraction f, BigInteger n, BigInteger d) {
    // f = n/d exactly: f.n * d == n * f.d
    assertThat(f.numerator().multiply(d)).isEqualTo(n.multiply(f.denominator()));
    assertThat(f.denominator().signum()).isPositive();
    assertThat(f.numerator().gcd(f.denominator())).isEqualTo(BigInteger.ONE);
  }
}
