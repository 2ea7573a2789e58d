package dev.lede;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package layout README.md describes, held on the compiled classes. */
class ArchitectureTest {

  private static final JavaClasses LEDE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dev.lede");

  /** The stages and the records that flow between them. */
  private static final String[] STAGES = {
    "dev.lede.pipeline..", "dev.lede.ner..", "dev.lede.numeric..", "dev.lede.clean.."
  };

  /** What is built on the stages' output for a whole article, up to its record. */
  private static final String[] ARTICLE_STEPS = {
    "dev.lede",
    "dev.lede.analysis..",
    "dev.lede.entity..",
    "dev.lede.quotes..",
    "dev.lede.keywords..",
    "dev.lede.summary..",
    "dev.lede.output..",
    "dev.lede.batch.."
  };

  /** What runs for {@code lede article.txt}, from reading the input to writing its record. */
  private static final String[] RUN_TIME =
      Stream.of(new String[] {"dev.lede.input..", "dev.lede.html..", "dev.lede.inference.."}, STAGES, ARTICLE_STEPS)
          .flatMap(Stream::of)
          .toArray(String[]::new);

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
    noClasses().that().resideInAnyPackage(STAGES).should().dependOnClassesThat().resideInAnyPackage(ARTICLE_STEPS).check(LEDE);
  }
}
