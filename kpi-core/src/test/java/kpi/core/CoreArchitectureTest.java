package kpi.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.InstantSource;

/**
 * The core's shape, checked on every build: its packages form no cycle, and it does no I/O and
 * reads neither the clock nor the process environment, so a measure or the engine gives the same
 * result for the same records wherever and whenever it runs.
 */
@AnalyzeClasses(packages = "kpi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("kpi.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule noIo =
      noClasses()
          .that()
          .resideInAPackage("kpi.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("java.io..", "java.nio.file..", "java.net..")
          .because("kpi-core computes over records it is given; reading and writing belong to app");

  @ArchTest
  static final ArchRule noSystem =
      noClasses()
          .that()
          .resideInAPackage("kpi.core..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(System.class, Runtime.class, ProcessBuilder.class)
          .because("the same records give the same results whatever the process environment");

  @ArchTest
  static final ArchRule noClock =
      noClasses()
          .that()
          .resideInAPackage("kpi.core..")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(Clock.class, InstantSource.class)
          .orShould()
          .callMethodWhere(
              DescribedPredicate.describe(
                  "java.time's now()",
                  (JavaMethodCall call) ->
                      call.getTargetOwner().getPackageName().equals("java.time")
                          && call.getName().equals("now")))
          .because("a scorecard depends on its inputs, never on the day it is computed");
}
