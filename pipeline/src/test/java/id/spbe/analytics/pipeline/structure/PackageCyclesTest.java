package id.spbe.analytics.pipeline.structure;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The stages depend on each other in one direction (ingest -> staging -> facts, metrics -> run, ...): a cycle
 * means a change in one stage can break the other, and neither can be read or tested alone.
 */
class PackageCyclesTest {
  private static final JavaClasses PIPELINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("id.spbe.analytics.pipeline");

  @Test
  void noPackageDependsOnItselfThroughAnother() {
    slices().matching("id.spbe.analytics.pipeline.(*)..").should().beFreeOfCycles().check(PIPELINE);
  }

  @Test
  void theStagesBelowIngestKnowNothingOfIt() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
        .that().resideInAnyPackage("..pipeline.staging..", "..pipeline.facts..", "..pipeline.quarantine..",
            "..pipeline.run..", "..pipeline.metrics..", "..pipeline.publish..")
        .should().dependOnClassesThat().resideInAPackage("..pipeline.ingest..")
        .check(PIPELINE);
  }
}
