package kpi.core.guarantee;

import java.util.Objects;
import kpi.core.neet.Send;
import kpi.core.period.Period.AcademicYear;

/**
 * One young person in Year 11 or Year 12 in a September Guarantee year, with the guarantee status
 * (offer code) as NCCIS records it. Immutable.
 *
 * @param year the academic year in which the young person is in Year 11 or 12; the offer is for a
 *     place from the September that ends it
 * @param yearGroup 11 or 12
 * @param offerCode the NCCIS guarantee status code as written in the export
 */
public record GuaranteeRecord(
    String personId,
    AcademicYear year,
    int yearGroup,
    String district,
    Send send,
    String offerCode) {
  public GuaranteeRecord {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(offerCode, "offerCode");
    if (yearGroup != 11 && yearGroup != 12) {
      throw new IllegalArgumentException(
          "the September Guarantee covers Years 11 and 12, not " + yearGroup);
    }
    send = send == null ? Send.UNKNOWN : send;
    district = district == null ? "" : district;
  }
}
