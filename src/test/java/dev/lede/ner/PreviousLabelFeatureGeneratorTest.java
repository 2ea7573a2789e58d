package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.eval.ConllReader;
import dev.lede.train.NerTrainer;
import dev.lede.train.NerTrainerTest;
import dev.lede.train.NerTrainingConfig;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

class PreviousLabelFeatureGeneratorTest {

  private static final String[] FIRST = {"Varga", "met", "Lind", "."};
  private static final String[] SECOND = {"Lind", "left", "."};

  private static List<String> features(PreviousLabelFeatureGenerator generator, String[] sentence, int index) {
    List<String> features = new ArrayList<>();
    generator.createFeatures(features, sentence, index, null);
    return features;
  }

  @Test
  void remembersTheLastOutcomeOfEachToken() {
    PreviousLabelFeatureGenerator generator = new PreviousLabelFeatureGenerator();

    assertThat(features(generator, SECOND, 0)).containsExactly("pd=null");
    generator.updateAdaptiveData(FIRST, new String[] {"PERSON-unit", "other", "LOCATION-unit", "other"});
    assertThat(features(generator, SECOND, 0)).containsExactly("pd=LOCATION-unit");
    generator.clearAdaptiveData();
    assertThat(features(generator, SECOND, 0)).containsExactly("pd=null");
  }

  @Test
  void inTrainingRemembersThePredictedOutcomesInsteadOfTheGoldOnes() {
    PreviousLabelFeatureGenerator generator = new PreviousLabelFeatureGenerator();
    List<String[]> predicted = List.of(new String[] {"PERSON-unit", "other", "other", "other"}, new String[3]);

    try (DocumentContext.Scope scope = DocumentContext.enter(List.of(FIRST, SECOND), predicted)) {
      // a copy of the sentence, as OpenNLP's samples hand out
      generator.updateAdaptiveData(FIRST.clone(), new String[] {"PERSON-unit", "other", "PERSON-unit", "other"});
    }
    assertThat(features(generator, SECOND, 0)).containsExactly("pd=other");
  }

  @Test
  void trainsWithCrossValidatedLabels() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(NerTrainerTest.trainingData()));
    String descriptor =
        "<featureGenerators name=\"nameFinder\">"
            + "<generator class=\"dev.lede.ner.LocalFeatureGeneratorFactory\"/>"
            + "<generator class=\"dev.lede.ner.PreviousLabelFeatureGeneratorFactory\"/></featureGenerators>";

    TokenNameFinderModel model =
        NerTrainer.train(
            samples,
            new NerTrainingConfig(
                NerTrainingConfig.Algorithm.PERCEPTRON, 30, 1, 0, 3, descriptor.getBytes(), Map.of(), 2));

    assertThat(FastNameFinder.of(model).find(samples.get(0).getSentence())).containsExactly(samples.get(0).getNames());
  }
}
