package kpi.app.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Kinds as discovery and loading see them through the registry: by folder and name, the hint for a
 * file no kind takes, and the kinds a catalog does not need. Expected values are written out by
 * hand from the file names and the bundled catalogs' measures.
 */
class DataDropKindsTest {
  @Test
  void aFileIsOfTheKindItsFolderAndNameSay() {
    assertThat(DataDrop.kindByLocation("sub/NEET Tracking 2016-17.xlsx")).contains("neet-tracking");
    assertThat(DataDrop.kindByLocation("attainment_16_18.csv")).contains("attainment-16-18");
    assertThat(DataDrop.kindByLocation("Reference/Districts.CSV")).contains("reference/districts");
    assertThat(DataDrop.kindByLocation("reference/postcodes-2024.csv"))
        .contains("reference/postcodes");
    assertThat(DataDrop.kindByLocation("Comparators/ees-neet.csv")).contains("comparators");
    // reference lists only in reference/, record kinds only outside it
    assertThat(DataDrop.kindByLocation("districts.csv")).isEmpty();
    assertThat(DataDrop.kindByLocation("reference/levy.csv")).isEmpty();
    // companions and lock files are nobody's
    assertThat(DataDrop.kindByLocation("comparators/ees-neet.meta.csv")).isEmpty();
    assertThat(DataDrop.kindByLocation("~$neet-tracking.xlsx")).isEmpty();
  }

  @Test
  void anUnreadFileIsHintedTowardsTheKindItsWordsName() {
    assertThat(DataDrop.closestKind("exports/NCCIS extract.csv")).isEqualTo("neet-tracking");
    assertThat(DataDrop.closestKind("results 16-18 2017.csv")).isEqualTo("attainment-16-18");
    assertThat(DataDrop.closestKind("gcse.xlsx")).isEqualTo("attainment-ks4");
    assertThat(DataDrop.closestKind("age 19.csv")).isEqualTo("attainment-age19");
    assertThat(DataDrop.closestKind("Postcode directory.csv")).isEqualTo("reference/postcodes");
    assertThat(DataDrop.closestKind("guarantee offers.csv")).isEqualTo("september-guarantee");
    assertThat(DataDrop.closestKind("starts by employer.csv")).isEqualTo("apprenticeship-starts");
  }

  @Test
  void kindsNoKpiOfTheCatalogNeedsAreLeftUnreadWithTheReason() {
    // dfe-neet-scorecard: neet., ks4., age19. and september_guarantee. measures only
    Map<String, String> notNeeded =
        DropLoader.kindsNotNeeded(CatalogChoice.bundled("dfe-neet-scorecard"));
    assertThat(notNeeded)
        .containsOnlyKeys(
            "apprenticeship-starts",
            "attainment-16-18",
            "levy",
            "reference/headcount",
            "reference/schools",
            "reference/population");
    assertThat(notNeeded.get("reference/schools"))
        .isEqualTo("catalog dfe-neet-scorecard has no KPI with a apprenticeships.* measure");
    assertThat(notNeeded.get("attainment-16-18"))
        .isEqualTo("catalog dfe-neet-scorecard has no KPI with a ks5.* measure");
    // kent-apprenticeships-2014: apprenticeships. only; postcodes serve the tracking data
    assertThat(DropLoader.kindsNotNeeded(CatalogChoice.bundled("kent-apprenticeships-2014")))
        .containsOnlyKeys(
            "neet-tracking",
            "attainment-ks4",
            "attainment-16-18",
            "attainment-age19",
            "september-guarantee",
            "levy",
            "reference/postcodes")
        .containsEntry(
            "reference/postcodes",
            "catalog kent-apprenticeships-2014 has no KPI with a neet.* measure");
  }

  @Test
  void aMeasureFamilyGivesTheKindWhoseRowsItCounts() {
    assertThat(InputNotes.kindOf("neet.rate")).isEqualTo("neet-tracking");
    assertThat(InputNotes.kindOf("apprenticeships.starts")).isEqualTo("apprenticeship-starts");
    assertThat(InputNotes.kindOf("ks5.aps_per_entry")).isEqualTo("attainment-16-18");
    assertThat(InputNotes.kindOf("returns.value")).isEqualTo("returns");
    // the September Guarantee's KPIs also say when their files lost rows
    assertThat(InputNotes.kindOf("september_guarantee.offer_rate"))
        .isEqualTo("september-guarantee");
    assertThat(InputNotes.kindOf("unknown.thing")).isNull();
  }
}
