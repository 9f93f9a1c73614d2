package kpi.app.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kpi.core.apprenticeship.ApprenticeshipCube;
import kpi.core.apprenticeship.Headcount;
import kpi.core.apprenticeship.Population;
import kpi.core.apprenticeship.School;
import kpi.core.attainment.Age19Cube;
import kpi.core.attainment.Ks4Cube;
import kpi.core.attainment.Ks5Cube;
import kpi.core.comparator.Observation;
import kpi.core.guarantee.GuaranteeCube;
import kpi.core.levy.LevyCube;
import kpi.core.measure.District;
import kpi.core.neet.NeetCube;
import kpi.core.returns.ReturnEntry;

/**
 * What one load of a drop reads into: a sink for every kind's records, and the readers, which the
 * loader sets up as it goes (the districts read first decide how the other kinds match districts).
 * A {@link FileKind} reads one file through them. Used by one thread.
 */
public final class ReadTargets {
  private final Problems problems;

  private final List<District> districts = new ArrayList<>();
  private final Map<String, String> postcodes = new HashMap<>();
  private final NeetCube.Builder neet = NeetCube.builder();
  private final List<Headcount> headcounts = new ArrayList<>();
  private final List<School> schools = new ArrayList<>();
  private final List<Population> population = new ArrayList<>();
  private final ApprenticeshipCube.Builder apprenticeships = ApprenticeshipCube.builder();
  private final Ks4Cube.Builder ks4 = Ks4Cube.builder();
  private final Ks5Cube.Builder ks5 = Ks5Cube.builder();
  private final Age19Cube.Builder age19 = Age19Cube.builder();
  private final GuaranteeCube.Builder guarantee = GuaranteeCube.builder();
  private final LevyCube.Builder levy = LevyCube.builder();
  private final List<ReturnEntry> returns = new ArrayList<>();
  private final List<Observation> observations = new ArrayList<>();

  private NeetTrackingReader neetReader;
  private ApprenticeshipStartsReader apprenticeshipReader;
  private AttainmentReaders attainmentReaders;
  private ReferenceReaders referenceReaders;
  private SeptemberGuaranteeReader guaranteeReader;
  private LevyReader levyReader;
  private ReturnsReader returnsReader;
  private ComparatorReader comparatorReader;

  public ReadTargets(Problems problems) {
    this.problems = problems;
  }

  public Problems problems() {
    return problems;
  }

  // -- readers, set by the loader before the kinds that use them are read --

  public ReadTargets use(NeetTrackingReader r) {
    neetReader = r;
    return this;
  }

  public ReadTargets use(ApprenticeshipStartsReader r) {
    apprenticeshipReader = r;
    return this;
  }

  public ReadTargets use(AttainmentReaders r) {
    attainmentReaders = r;
    return this;
  }

  public ReadTargets use(ReferenceReaders r) {
    referenceReaders = r;
    return this;
  }

  public ReadTargets use(SeptemberGuaranteeReader r) {
    guaranteeReader = r;
    return this;
  }

  public ReadTargets use(LevyReader r) {
    levyReader = r;
    return this;
  }

  public ReadTargets use(ReturnsReader r) {
    returnsReader = r;
    return this;
  }

  public ReadTargets use(ComparatorReader r) {
    comparatorReader = r;
    return this;
  }

  NeetTrackingReader neetReader() {
    return set(neetReader, FileKind.NEET_TRACKING.id());
  }

  ApprenticeshipStartsReader apprenticeshipReader() {
    return set(apprenticeshipReader, FileKind.APPRENTICESHIP_STARTS.id());
  }

  AttainmentReaders attainmentReaders() {
    return set(attainmentReaders, "attainment");
  }

  ReferenceReaders referenceReaders() {
    return set(referenceReaders, "reference list");
  }

  SeptemberGuaranteeReader guaranteeReader() {
    return set(guaranteeReader, FileKind.SEPTEMBER_GUARANTEE.id());
  }

  LevyReader levyReader() {
    return set(levyReader, FileKind.LEVY.id());
  }

  ReturnsReader returnsReader() {
    return set(returnsReader, FileKind.RETURNS.id());
  }

  ComparatorReader comparatorReader() {
    return set(comparatorReader, FileKind.COMPARATORS.id());
  }

  private static <T> T set(T reader, String what) {
    if (reader == null) {
      throw new IllegalStateException("no " + what + " reader set up before its files are read");
    }
    return reader;
  }

  // -- the sinks --

  /** The reference districts read so far, in file order. */
  public List<District> districts() {
    return districts;
  }

  /** Postcodes (normalised) to district codes. */
  public Map<String, String> postcodes() {
    return postcodes;
  }

  public NeetCube.Builder neet() {
    return neet;
  }

  public List<Headcount> headcounts() {
    return headcounts;
  }

  public List<School> schools() {
    return schools;
  }

  public List<Population> population() {
    return population;
  }

  public ApprenticeshipCube.Builder apprenticeships() {
    return apprenticeships;
  }

  public Ks4Cube.Builder ks4() {
    return ks4;
  }

  public Ks5Cube.Builder ks5() {
    return ks5;
  }

  public Age19Cube.Builder age19() {
    return age19;
  }

  public GuaranteeCube.Builder guarantee() {
    return guarantee;
  }

  public LevyCube.Builder levy() {
    return levy;
  }

  public List<ReturnEntry> returns() {
    return returns;
  }

  public List<Observation> observations() {
    return observations;
  }
}
