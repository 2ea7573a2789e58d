package dev.lede;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package layout README.md describes, held on the compiled classes. */
class ArchitectureTest {

  private static final JavaClasses LEDE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.lede");

  /** What runs for {@code lede article.txt}, from reading the input to writing its record. */
  private static final String[] RUN_TIME = {
    "dev.lede",
    "dev.lede.input..",
    "dev.lede.html..",
    "dev.lede.clean..",
    "dev.lede.pipeline..",
    "dev.lede.inference..",
    "dev.lede.ner..",
    "dev.lede.numeric..",
    "dev.lede.analysis..",
    "dev.lede.entity..",
    "dev.lede.quotes..",
    "dev.lede.keywords..",
    "dev.lede.summary..",
    "dev.lede.output..",
    "dev.lede.batch.."
  };

  @Test
  void noPackageCycles() {
    slices().matching("dev.lede.(*)..").should().beFreeOfCycles().check(LEDE);
  }

  @Test
  void runTimeNeverMeetsTrainingEvaluationOrTheCommandLine() {
    noClasses()
        .that()
        .resideInAnyPackage(RUN_TIME)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.lede.train..", "dev.lede.eval..", "dev.lede.bench..", "dev.lede.cli..")
        .check(LEDE);
  }

  @Test
  void theInferenceEngineStandsOnOpenNlpAlone() {
    noClasses()
        .that()
        .resideInAPackage("dev.lede.inference..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages("dev.lede.inference..", "java..", "opennlp..")
        .check(LEDE);
  }

  @Test
  void theRunTimePathFlowsForward() {
    // stages and records know nothing of the article-level steps built on them
    noClasses()
        .that()
        .resideInAnyPackage("dev.lede.pipeline..", "dev.lede.ner..", "dev.lede.numeric..", "dev.lede.clean..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.lede",
            "dev.lede.analysis..",
            "dev.lede.entity..",
            "dev.lede.quotes..",
            "dev.lede.keywords..",
            "dev.lede.summary..",
            "dev.lede.output..",
            "dev.lede.batch..")
        .check(LEDE);
  }
}
