package kpi.app.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The duplicate check's set of (person, month) pairs, against a plain set of "person|month"
 * strings: random people over ten years of months, so pairs fall in several 64-month blocks.
 */
class PersonMonthSetTest {
  @Test
  void agreesWithAPlainSetOverManyYears() {
    Random random = new Random(42);
    PersonMonthSet set = new PersonMonthSet();
    Set<String> plain = new HashSet<>();
    int first = 2010 * 12; // January 2010
    for (int n = 0; n < 200_000; n++) {
      String person = "P" + random.nextInt(20_000);
      int month = first + random.nextInt(120);
      assertThat(set.add(person, month)).isEqualTo(plain.add(person + "|" + month));
    }
  }

  @Test
  void theSameMonthSixtyFourMonthsApartIsNotADuplicate() {
    PersonMonthSet set = new PersonMonthSet();
    int jan2017 = 2017 * 12;
    assertThat(set.add("A1", jan2017)).isTrue();
    assertThat(set.add("A1", jan2017 + 64)).isTrue();
    assertThat(set.add("A1", jan2017 - 64)).isTrue();
    assertThat(set.add("A1", jan2017)).isFalse();
    assertThat(set.add("A2", jan2017)).isTrue();
  }
}
