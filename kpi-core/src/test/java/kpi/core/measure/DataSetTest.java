package kpi.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kpi.core.neet.ActivityGroup;
import kpi.core.neet.ActivityGroups;
import org.junit.jupiter.api.Test;

class DataSetTest {

  @Test
  void emptyDataSetHasStandardGroupsAndNoComparators() {
    DataSet d = DataSet.builder().build();
    assertThat(d.districts()).isEmpty();
    assertThat(d.neet().records()).isZero();
    assertThat(d.activityGroups()).isSameAs(ActivityGroups.standard());
    assertThat(d.comparators().values(null, null)).isEmpty();
  }

  @Test
  void findsDistrictsByCodeAndKeepsTheirOrder() {
    District shepway = new District("E07000112", "Folkestone and Hythe", 8, List.of("Shepway"));
    District ashford = new District("E07000105", "Ashford", 1, null);
    DataSet d = DataSet.builder().districts(List.of(ashford, shepway)).build();
    assertThat(d.districts()).containsExactly(ashford, shepway);
    assertThat(d.district("E07000112")).contains(shepway);
    assertThat(d.district("Shepway")).isEmpty();
    assertThat(shepway.formerNames()).containsExactly("Shepway");
    assertThat(ashford.formerNames()).isEmpty();
  }

  @Test
  void withActivityGroupsKeepsTheRest() {
    DataSet d = DataSet.builder().districts(List.of(new District("X", "X", 1, null))).build();
    ActivityGroups custom =
        ActivityGroups.standard().withOverrides(Map.of(550, ActivityGroup.NEET));
    DataSet e = d.withActivityGroups(custom);
    assertThat(e.activityGroups()).isSameAs(custom);
    assertThat(e.neet()).isSameAs(d.neet());
    assertThat(e.districts()).isEqualTo(d.districts());
    assertThat(d.activityGroups()).isSameAs(ActivityGroups.standard());
  }

  @Test
  void districtsNeedACodeAndAName() {
    assertThatThrownBy(() -> new District(" ", "A", 1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new District("A", null, 1, null))
        .isInstanceOf(NullPointerException.class);
  }
}
