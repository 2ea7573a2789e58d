package dev.lede.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.eval.ConllReader;
import dev.lede.ner.FastNameFinder;
import dev.lede.ner.WordClusters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

public class NerTrainerTest {

  /** A tiny invented training set: the same few patterns with different names. */
  public static String trainingData() {
    String[][] people = {{"Marta", "Okonkwo"}, {"Paulo", "Dias"}, {"Ines", "Varga"}, {"Tomas", "Lind"}};
    String[] places = {"Lisbon", "Tallinn", "Quito", "Osaka"};
    String[][] companies = {{"Veltrix", "Holdings"}, {"Brenmoor", "Group"}, {"Castillon", "Bank"}, {"Orvane", "Corp"}};
    StringBuilder data = new StringBuilder();
    for (int i = 0; i < people.length; i++) {
      data.append(ConllReader.DOCSTART).append(" -X- -X- O\n\n");
      data.append(people[i][0]).append(" B-PER\n").append(people[i][1]).append(" I-PER\n")
          .append("visited O\n").append(places[i]).append(" B-LOC\n").append("on O\nMonday O\n. O\n\n");
      data.append(companies[i][0]).append(" B-ORG\n").append(companies[i][1]).append(" I-ORG\n")
          .append("said O\nit O\nwould O\nhire O\n").append(people[(i + 1) % 4][1]).append(" B-PER\n. O\n\n");
      data.append("The O\n").append("Nordic B-MISC\n").append("Cup I-MISC\n")
          .append("ended O\nin O\n").append(places[(i + 2) % 4]).append(" B-LOC\n. O\n\n");
    }
    return data.toString();
  }

  public static byte[] descriptor(String name) throws IOException {
    try (InputStream in = NerTrainerTest.class.getResourceAsStream("/dev/lede/ner/" + name)) {
      return in.readAllBytes();
    }
  }

  @Test
  void aModelTrainedOnTheSampleTagsATrainingSentence() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(trainingData()));
    TokenNameFinderModel model =
        NerTrainer.train(
            samples,
            new NerTrainingConfig(
                NerTrainingConfig.Algorithm.PERCEPTRON, 50, 1, 0, 3, descriptor("ner-features.xml"), Map.of()));

    Span[] found = new NameFinderME(model).find(samples.get(0).getSentence());

    assertThat(found).containsExactly(samples.get(0).getNames());
  }

  @Test
  void averagedOverThreeOrdersAModelLearnsItsDataAndIsTheSameEveryRun() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(trainingData()));
    NerTrainingConfig config =
        new NerTrainingConfig(
            NerTrainingConfig.Algorithm.PERCEPTRON, 50, 1, 0, 3, descriptor("ner-features.xml"), Map.of(), 0, 3);

    TokenNameFinderModel model = NerTrainer.train(samples, config);
    TokenNameFinderModel again = NerTrainer.train(samples, config);

    PerceptronModel weights = model.getArtifact("nameFinder.model");
    TokenNameFinder finder = FastNameFinder.of(model);
    for (NameSample sample : samples) {
      if (sample.isClearAdaptiveDataSet()) {
        finder.clearAdaptiveData();
      }
      assertThat(finder.find(sample.getSentence())).containsExactly(sample.getNames());
    }
    // the runs go side by side, each in its own order, and are averaged in a fixed order
    assertThat(weights).isEqualTo(again.getArtifact("nameFinder.model"));
  }

  @Test
  void theFirstOrderIsTheDocumentsOwnAndTheOthersAreShuffledEachItsOwnWay() {
    List<Integer> own = NerTrainer.permutation(40, 0);
    List<Integer> second = NerTrainer.permutation(40, 1);
    List<Integer> third = NerTrainer.permutation(40, 2);

    assertThat(own).isSorted().hasSize(40);
    assertThat(second).containsExactlyInAnyOrderElementsOf(own).isNotEqualTo(own).isNotEqualTo(third);
    assertThat(third).containsExactlyInAnyOrderElementsOf(own).isNotEqualTo(own);
    assertThat(NerTrainer.permutation(40, 1)).isEqualTo(second);
  }

  @Test
  void theFastFinderTagsExactlyAsOpenNlpsOwn() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(trainingData()));
    TokenNameFinderModel model =
        NerTrainer.train(
            samples,
            new NerTrainingConfig(
                NerTrainingConfig.Algorithm.PERCEPTRON, 5, 1, 0, 3, descriptor("ner-features.xml"), Map.of()));
    TokenNameFinder fast = FastNameFinder.of(model);
    NameFinderME reference = new NameFinderME(model);
    String[][] unseen = {
      {"Marta", "Dias", "visited", "Quito", "and", "Brenmoor", "Bank", "."},
      {"The", "Nordic", "Cup", "said", "Ines", "Okonkwo", "would", "hire", "Varga", "."},
      {},
    };

    assertThat(fast).isInstanceOf(FastNameFinder.class);
    for (int round = 0; round < 2; round++) {
      for (NameSample sample : samples) {
        if (sample.isClearAdaptiveDataSet()) {
          fast.clearAdaptiveData();
          reference.clearAdaptiveData();
        }
        assertThat(fast.find(sample.getSentence())).containsExactly(reference.find(sample.getSentence()));
      }
      for (String[] sentence : unseen) {
        assertThat(fast.find(sentence)).containsExactly(reference.find(sentence));
      }
    }
  }

  @Test
  void aModelWithWordClustersAndAGazetteerSavesAndLoadsAsOneFile() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(trainingData()));
    WordClusters clusters =
        new WordClusters(
            Map.of("Lisbon", new String[] {"7", "70"}, "Tallinn", new String[] {"7", "71"},
                "visited", new String[] {"2", "20"}));
    TokenNameFinderModel model =
        NerTrainer.train(
            samples,
            new NerTrainingConfig(
                NerTrainingConfig.Algorithm.PERCEPTRON, 50, 1, 0, 3,
                descriptor("ner-features-clusters.xml"),
                Map.of("word-clusters.wcl", clusters, "gazetteer.gaz", PublicGazetteer.build())));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));

    List<Span[]> before = new ArrayList<>();
    List<Span[]> after = new ArrayList<>();
    NameFinderME original = new NameFinderME(model);
    NameFinderME reloaded = new NameFinderME(loaded);
    for (NameSample sample : samples) {
      before.add(original.find(sample.getSentence()));
      after.add(reloaded.find(sample.getSentence()));
    }
    assertThat(after).containsExactlyElementsOf(before);
    assertThat(before.get(0)).containsExactly(samples.get(0).getNames());
  }
}
