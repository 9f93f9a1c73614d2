package kpi.app.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import kpi.app.KpiException;
import kpi.app.read.DistrictLookup;
import kpi.app.read.DistrictsReader;
import kpi.app.read.FileSummary;
import kpi.app.read.InputFile;
import kpi.app.read.NeetTrackingReader;
import kpi.app.read.Problems;
import kpi.app.read.ReadFailure;
import kpi.core.catalog.Catalog;
import kpi.core.measure.DataSet;
import kpi.core.measure.District;
import kpi.core.neet.ActivityGroups;
import kpi.core.neet.NeetCube;

/**
 * Reads every file of a data drop into one {@link DataSet}: reference lists first (districts
 * decide how rows are matched), then each record kind streamed into its aggregate.
 */
public final class DropLoader {
  private final Catalog catalog;
  private final Problems problems;

  public DropLoader(Catalog catalog, Problems problems) {
    this.catalog = catalog;
    this.problems = problems;
  }

  /**
   * Reads the drop.
   *
   * @throws KpiException (input/output) when a file cannot be read at all
   */
  public LoadedDrop load(DataDrop drop) {
    List<FileSummary> summaries = new ArrayList<>();
    try {
      List<District> districts = new ArrayList<>();
      for (InputFile f : drop.files(DistrictsReader.KIND)) {
        districts.addAll(DistrictsReader.read(f, problems, summaries));
      }
      DistrictLookup lookup = new DistrictLookup(districts);
      ActivityGroups groups = ActivityGroups.standard().withOverrides(catalog.activityGroups());
      NeetCube neet = new NeetCube();
      NeetTrackingReader neetReader = new NeetTrackingReader(groups, lookup, problems);
      for (InputFile f : drop.files(NeetTrackingReader.KIND)) {
        summaries.add(neetReader.read(f, neet::add));
      }
      if (districts.isEmpty()) {
        districts = districtsSeen(neet);
      }
      DataSet data = DataSet.builder().districts(districts).neet(neet).activityGroups(groups)
          .build();
      return new LoadedDrop(data, summaries, problems);
    } catch (ReadFailure e) {
      throw KpiException.io(e.getMessage(), e);
    } catch (IOException e) {
      throw KpiException.io("cannot read the data drop: " + e.getMessage(), e);
    }
  }

  /** Without a reference list, districts are the codes the data uses, in code order. */
  private static List<District> districtsSeen(NeetCube neet) {
    TreeSet<String> codes = new TreeSet<>();
    neet.forEach((cell, n) -> codes.add(cell.district()));
    List<District> out = new ArrayList<>();
    for (String c : codes) {
      out.add(new District(c, c, out.size() + 1, List.of()));
    }
    return out;
  }
}
