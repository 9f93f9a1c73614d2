package kpi.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app's layers, checked on every build (docs/architecture.md draws them): the command line on
 * top; below it what the commands do (load a drop, validate, diff, build a pack, write); below that
 * what reads inputs (tables, catalogs, mappings); the core at the bottom. A layer uses only the
 * layers below it, and no two packages depend on each other.
 */
@AnalyzeClasses(packages = "kpi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("Main")
          .definedBy("kpi.app")
          .layer("Cli")
          .definedBy("kpi.app.cli..")
          .layer("Work")
          .definedBy(
              "kpi.app.load..",
              "kpi.app.validate..",
              "kpi.app.diff..",
              "kpi.app.pack..",
              "kpi.app.write..",
              "kpi.app.generate..")
          .layer("Input")
          .definedBy("kpi.app.read..", "kpi.app.catalog..", "kpi.app.mapping..")
          .layer("Errors")
          .definedBy("kpi.app.error..")
          .layer("Core")
          .definedBy("kpi.core..")
          .whereLayer("Main")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Cli")
          .mayOnlyBeAccessedByLayers("Main")
          .whereLayer("Work")
          .mayOnlyBeAccessedByLayers("Cli")
          .whereLayer("Input")
          .mayOnlyBeAccessedByLayers("Cli", "Work")
          .whereLayer("Errors")
          .mayNotAccessAnyLayer()
          .whereLayer("Core")
          .mayNotAccessAnyLayer();

  @ArchTest
  static final ArchRule noCyclesBetweenPackages =
      slices().matching("kpi.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule coreKnowsNothingOfTheApp =
      noClasses()
          .that()
          .resideInAPackage("kpi.core..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("kpi.app..");
}
