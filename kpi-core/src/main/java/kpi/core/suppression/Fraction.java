package kpi.core.suppression;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An exact rational number in lowest terms with a positive denominator, for elimination without
 * rounding. Immutable.
 */
public record Fraction(BigInteger numerator, BigInteger denominator)
    implements Comparable<Fraction> {
  public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);
  public static final Fraction ONE = new Fraction(BigInteger.ONE, BigInteger.ONE);

  public Fraction {
    Objects.requireNonNull(numerator, "numerator");
    Objects.requireNonNull(denominator, "denominator");
    if (denominator.signum() == 0) {
      throw new ArithmeticException("denominator 0");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (numerator.signum() == 0) {
      denominator = BigInteger.ONE;
    } else if (!denominator.equals(BigInteger.ONE)) { // whole numbers are already in lowest terms
      if (numerator.bitLength() < 63 && denominator.bitLength() < 63) {
        // the common case in elimination: small terms, reduced without BigInteger's gcd
        long n = numerator.longValue();
        long d = denominator.longValue();
        long g = gcd(Math.abs(n), d);
        if (g != 1) {
          numerator = BigInteger.valueOf(n / g);
          denominator = BigInteger.valueOf(d / g);
        }
      } else {
        BigInteger g = numerator.gcd(denominator);
        if (!g.equals(BigInteger.ONE)) {
          numerator = numerator.divide(g);
          denominator = denominator.divide(g);
        }
      }
    }
  }

  /** Euclid's greatest common divisor of two non-negative longs, not both zero. */
  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private boolean whole() {
    return denominator.equals(BigInteger.ONE);
  }

  public static Fraction of(long n) {
    return new Fraction(BigInteger.valueOf(n), BigInteger.ONE);
  }

  public static Fraction of(long n, long d) {
    return new Fraction(BigInteger.valueOf(n), BigInteger.valueOf(d));
  }

  /** The exact value of a double (counts averaged over months are thirds, held as doubles). */
  public static Fraction exact(double d) {
    if (!Double.isFinite(d)) {
      throw new ArithmeticException("not finite: " + d);
    }
    // Every finite double is m x 2^e exactly, so the fraction is exact with no decimal step.
    long bits = Double.doubleToRawLongBits(d);
    int biased = (int) ((bits >>> 52) & 0x7FF);
    long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
    if (biased != 0) {
      mantissa |= 1L << 52;
    }
    int exponent = Math.max(biased, 1) - 1075;
    BigInteger m = BigInteger.valueOf(bits < 0 ? -mantissa : mantissa);
    return exponent >= 0
        ? new Fraction(m.shiftLeft(exponent), BigInteger.ONE)
        : new Fraction(m, BigInteger.ONE.shiftLeft(-exponent));
  }

  public Fraction add(Fraction o) {
    if (o.isZero()) {
      return this;
    }
    if (isZero()) {
      return o;
    }
    if (whole() && o.whole()) {
      return new Fraction(numerator.add(o.numerator), BigInteger.ONE);
    }
    if (denominator.equals(o.denominator)) {
      return new Fraction(numerator.add(o.numerator), denominator);
    }
    return new Fraction(
        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
        denominator.multiply(o.denominator));
  }

  public Fraction subtract(Fraction o) {
    return add(o.negate());
  }

  public Fraction multiply(Fraction o) {
    if (isZero() || o.isZero()) {
      return ZERO;
    }
    if (o.equals(ONE)) {
      return this;
    }
    if (equals(ONE)) {
      return o;
    }
    if (whole() && o.whole()) {
      return new Fraction(numerator.multiply(o.numerator), BigInteger.ONE);
    }
    return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
  }

  public Fraction divide(Fraction o) {
    return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
  }

  public Fraction negate() {
    return new Fraction(numerator.negate(), denominator);
  }

  public Fraction abs() {
    return signum() < 0 ? negate() : this;
  }

  public int signum() {
    return numerator.signum();
  }

  public boolean isZero() {
    return numerator.signum() == 0;
  }

  public double toDouble() {
    return new BigDecimal(numerator)
        .divide(new BigDecimal(denominator), java.math.MathContext.DECIMAL64)
        .doubleValue();
  }

  @Override
  public int compareTo(Fraction o) {
    return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
  }

  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE)
        ? numerator.toString()
        : numerator + "/" + denominator;
  }
}
