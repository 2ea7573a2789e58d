package dev.lede.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.summary.Articles;
import dev.lede.summary.LeadSummarizer;
import dev.lede.summary.LearnedSummarizer;
import dev.lede.summary.RankedSentence;
import dev.lede.summary.SalienceModel;
import dev.lede.summary.SentenceFeatures;
import dev.lede.summary.SummaryLength;
import dev.lede.train.SalienceTraining.Options;
import dev.lede.train.SalienceTraining.Prepared;
import dev.lede.train.SalienceTraining.Score;
import dev.lede.train.SummaryExamples.Example;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalienceTrainingTest {

  private static final String[] PLACES = {"Kelby", "Aldon", "Millbrook", "Eastport", "Tamford", "Rendle"};

  /** Invented stories whose reference is always their last sentence. */
  private static List<Example> lastSentenceStories(String corpus, int count) {
    List<Example> examples = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      String place = PLACES[n % PLACES.length];
      String[] lines = {
        "Workers in " + place + " began repairs to the old harbour wall on Monday.",
        "The council of " + place + " paid for new stone from a local quarry.",
        "Fishing boats from " + place + " stayed in port during the repairs.",
        "The mayor of " + place + " announced a festival for the end of summer number " + n + ".",
      };
      AnalyzedArticle a = Articles.analyze(lines);
      examples.add(new Example(corpus, a, lines[3]));
    }
    return examples;
  }

  @Test
  void theOracleTakesTheSentencesTheReferenceCopiesAndStopsWhenNothingHelps() {
    AnalyzedArticle a = Articles.analyze(
        "The council approved a new budget for the city schools on Tuesday.",
        "A school in the north will get a new roof.",
        "Teachers welcomed money for books and repairs.",
        "The weather stayed dry all week.");
    String reference = a.sentences().get(0).text() + "\n" + a.sentences().get(2).text();
    boolean[] oracle = SalienceTraining.oracle(a, reference, 3);
    assertThat(oracle).containsExactly(true, false, true, false);
  }

  @Test
  void learnsWhereTheReferenceSentencesSit() throws IOException {
    List<Prepared> data = SalienceTraining.prepare(lastSentenceStories("invented", 12), 1);
    assertThat(data).allSatisfy(p -> assertThat(p.oracle()).containsExactly(false, false, false, true));
    Options options = new Options(new LinkedHashSet<>(SentenceFeatures.NAMES), 1.0, 1.0, 1);
    SalienceModel model = SalienceTraining.train(data, options);
    assertThat(model.weights().get("relative-position")).isPositive();
    AnalyzedArticle unseen = lastSentenceStories("invented", 13).get(12).analysis();
    assertThat(new LearnedSummarizer(model).summarize(unseen, SummaryLength.sentences(1)))
        .extracting(RankedSentence::sentence)
        .containsExactly(3);
  }

  @Test
  void droppedFeaturesGetNoWeight() throws IOException {
    List<Prepared> data = SalienceTraining.prepare(lastSentenceStories("invented", 6), 1);
    Options options = new Options(new LinkedHashSet<>(List.of("bias", "position")), 1.0, 1.0, 1);
    assertThat(SalienceTraining.train(data, options).weights()).containsOnlyKeys("bias", "position");
  }

  @Test
  void crossValidationScoresEveryCorpusAndSystemOnHeldOutArticles() throws IOException {
    List<Example> examples = new ArrayList<>(lastSentenceStories("big", 8));
    examples.addAll(lastSentenceStories("small", 4));
    List<Prepared> data = SalienceTraining.prepare(examples, 1);
    Options options = new Options(new LinkedHashSet<>(SentenceFeatures.NAMES), 1.0, 1.0, 1);
    List<Score> scores =
        SalienceTraining.crossValidate(data, options, 4, 7, Map.of("lead", new LeadSummarizer()));
    assertThat(scores).extracting(Score::corpus, Score::system, Score::articles)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("big", "learned", 8),
            org.assertj.core.groups.Tuple.tuple("big", "lead", 8),
            org.assertj.core.groups.Tuple.tuple("small", "learned", 4),
            org.assertj.core.groups.Tuple.tuple("small", "lead", 4));
    // the last sentence is the reference: learned finds it, the lead does not
    assertThat(scores.get(0).mean().rouge1()).isEqualTo(1.0);
    assertThat(scores.get(1).mean().rouge1()).isLessThan(0.5);
  }

  @Test
  void foldsPartitionTheArticlesEvenlyAndRepeatWithTheSeed() {
    int[] folds = SalienceTraining.folds(23, 5, 3);
    int[] sizes = new int[5];
    for (int f : folds) {
      sizes[f]++;
    }
    assertThat(sizes).containsExactlyInAnyOrder(5, 5, 5, 4, 4);
    assertThat(SalienceTraining.folds(23, 5, 3)).isEqualTo(folds);
    assertThat(Arrays.equals(SalienceTraining.folds(23, 5, 4), folds)).isFalse();
  }
}
