package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.eval.ConllReader;
import dev.lede.pipeline.ApacheModels;
import dev.lede.train.NerTrainer;
import dev.lede.train.NerTrainerTest;
import dev.lede.train.NerTrainingConfig;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class DocumentFeatureGeneratorTest {

  private static final String[] HEADLINE = {"RUGBY", "-", "VELTRIX", "WIN", "IN", "OSAKA", "."};
  private static final String[] BODY = {"Veltrix", "Holdings", "will", "win", "in", "Osaka", ",", "said", "Mr", "Okonkwo", "."};
  private static final String[] LATER = {"Okonkwo", "said", "Veltrix", "paid", "."};

  private static List<String> features(DocumentFeatureGenerator generator, String[] sentence, int index) {
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, sentence, index, null);
    return features;
  }

  @Test
  void aHeadlineWordIsReadByItsCaseElsewhereInTheDocument() {
    DocumentFeatureGenerator generator = new DocumentFeatureGenerator(false);

    try (DocumentContext.Scope scope = DocumentContext.enter(List.of(HEADLINE, BODY, LATER))) {
      // capitalised in the body, all caps in a headline here
      assertThat(features(generator, HEADLINE, 2)).contains("dc=2", "dc=2hu");
      // lower-case in the body
      assertThat(features(generator, HEADLINE, 3)).contains("dc=1", "dc=1hu");
      // only in the headline: case is never seen where it means something
      assertThat(features(generator, HEADLINE, 0)).contains("dc=0", "dc=0hu");
    }
  }

  @Test
  void aSentenceInitialWordIsReadByItsCaseInsideOtherSentences() {
    DocumentFeatureGenerator generator = new DocumentFeatureGenerator(false);

    try (DocumentContext.Scope scope = DocumentContext.enter(List.of(HEADLINE, BODY, LATER))) {
      assertThat(features(generator, LATER, 0)).contains("dc=2sc");
      assertThat(features(generator, BODY, 0)).contains("dc=2sc");
    }
  }

  @Test
  void aWordInALongerCapitalisedRunElsewhereIsMarked() {
    DocumentFeatureGenerator generator = new DocumentFeatureGenerator(false);

    try (DocumentContext.Scope scope = DocumentContext.enter(List.of(HEADLINE, BODY, LATER))) {
      // "Veltrix Holdings" in the body: first of a run
      assertThat(features(generator, LATER, 2)).contains("dr=" + DocumentWords.RUN_FIRST);
      assertThat(features(generator, BODY, 1)).contains("dr=" + DocumentWords.RUN_LAST);
      // "Mr Okonkwo" and "Okonkwo" at a sentence start
      assertThat(features(generator, LATER, 0)).contains("dr=" + DocumentWords.RUN_LAST);
    }
  }

  @Test
  void neighboursOfTheWordWhereItIsCapitalisedElsewhere() {
    DocumentFeatureGenerator generator = new DocumentFeatureGenerator(true);

    try (DocumentContext.Scope scope = DocumentContext.enter(List.of(HEADLINE, BODY, LATER))) {
      assertThat(features(generator, LATER, 0)).contains("db=mr", "da=said");
      // lower-case words get none
      assertThat(features(generator, LATER, 1)).noneMatch(f -> f.startsWith("db=") || f.startsWith("da="));
    }
    assertThat(features(new DocumentFeatureGenerator(false), LATER, 0)).noneMatch(f -> f.startsWith("db="));
  }

  @Test
  void withoutADocumentTheSentenceIsItsOwn() {
    DocumentFeatureGenerator generator = new DocumentFeatureGenerator(false);

    assertThat(DocumentContext.current()).isNull();
    assertThat(features(generator, HEADLINE, 2)).contains("dc=0hu");
    assertThat(features(generator, LATER, 2)).contains("dc=2mc");
  }

  @Test
  void closingADocumentRestoresTheOneAround() {
    DocumentFeatureGenerator generator = new DocumentFeatureGenerator(false);

    try (DocumentContext.Scope outer = DocumentContext.enter(List.of(HEADLINE, BODY))) {
      try (DocumentContext.Scope inner = DocumentContext.enter(List.<String[]>of(HEADLINE))) {
        assertThat(features(generator, HEADLINE, 3)).contains("dc=0hu");
      }
      assertThat(features(generator, HEADLINE, 3)).contains("dc=1hu");
    }
    assertThat(DocumentContext.current()).isNull();
  }

  @Test
  void trainingSeesEachSentencesWholeDocument() throws IOException {
    // "Lisbon" is capitalised in one sentence and "lisbon" lower-case in the next: only a
    // generator that sees both sentences gives it both case flags (3)
    String data = NerTrainerTest.trainingData()
        + ConllReader.DOCSTART
        + " -X- -X- O\n\nIn O\nLisbon B-LOC\nit O\nrained O\n. O\n\nIt O\nsaid O\nlisbon O\n. O\n\n";
    List<NameSample> samples = ConllReader.read(new StringReader(data));
    String descriptor =
        "<featureGenerators name=\"nameFinder\">"
            + "<generator class=\"dev.lede.ner.DocumentFeatureGeneratorFactory\"/></featureGenerators>";

    TokenNameFinderModel model =
        NerTrainer.train(
            samples,
            new NerTrainingConfig(
                NerTrainingConfig.Algorithm.PERCEPTRON, 5, 1, 0, 3, descriptor.getBytes(), Map.of()));

    PerceptronModel perceptron = model.getArtifact("nameFinder.model");
    assertThat(ApacheModels.predicates(perceptron)).containsKey("dc=3mc").containsKey("dc=3ml");
  }
}
