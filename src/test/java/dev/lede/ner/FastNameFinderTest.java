package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.Models;
import dev.lede.eval.ConllReader;
import dev.lede.inference.ModelResources;
import dev.lede.train.NerTrainer;
import dev.lede.train.NerTrainerTest;
import dev.lede.train.NerTrainingConfig;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.CollectionObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** FastNameFinder must find exactly the spans OpenNLP's NameFinderME finds, whatever the model's features. */
class FastNameFinderTest {

  /** Invented sentences; a line of its own, "#", starts a new document (adaptive data is cleared). */
  private static final String TEXT = """
      #
      Marta Okonkwo flew from Lisbon to New York on Monday to meet Veltrix Holdings .
      " We will not sell , " said Paulo Dias , the chief executive of Brenmoor Group .
      SOCCER - CASTILLON BANK CUP : ORVANE BEAT QUITO 2-1 IN OSAKA
      Okonkwo said the Nordic Cup would move to Sri Lanka and New Zealand in 2027 .
      Dias
      .
      #
      The Tallinn-based firm , founded by Ines Varga in 1998 , employs 4,500 people in Estonia , Latvia and Lithuania .
      Varga 's company , Varga Labs , listed shares in Frankfurt , London and Hong Kong after talks with Deutsche Bank and the European Commission .
      Mr. O'Neill , 43 , said : " It is done . "
      """;

  static TokenNameFinderModel shipped;
  /** What lede runs on: the compact form the build wrote into target/classes. */
  static TokenNameFinderModel compact;

  @BeforeAll
  static void load() {
    shipped = Models.loadNer(Models.NER_MODEL);
    compact = ModelResources.loadCompact(Models.NER_MODEL_COMPACT, Models.NER_MODEL, TokenNameFinderModel::new);
  }

  /** The sentences, with a null standing for each document boundary. */
  private static List<String[]> sentences() {
    List<String[]> sentences = new ArrayList<>();
    for (String line : TEXT.strip().split("\n")) {
      sentences.add(line.equals("#") ? null : line.strip().split(" "));
    }
    // a long sentence: every word at every offset, and more tokens than OpenNLP's feature cache holds
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      words.addAll(List.of("Tomas", "Lind", "of", "Orvane", "Corp", "visited", "Quito", "."));
    }
    sentences.add(words.toArray(String[]::new));
    sentences.add(new String[0]);
    return sentences;
  }

  private static void assertSameSpans(TokenNameFinder fast, TokenNameFinder reference) {
    int found = 0;
    // twice: the second round starts with the words cached and the previous-label map filled
    for (int round = 0; round < 2; round++) {
      for (String[] sentence : sentences()) {
        if (sentence == null) {
          fast.clearAdaptiveData();
          reference.clearAdaptiveData();
          continue;
        }
        var expected = reference.find(sentence);
        assertThat(fast.find(sentence)).as(String.join(" ", sentence)).containsExactly(expected);
        found += expected.length;
      }
    }
    // the comparison means something only if names were found
    assertThat(found).isGreaterThan(10);
  }

  @Test
  void theShippedModelFindsWhatNameFinderMeFinds() {
    TokenNameFinder fast = FastNameFinder.of(shipped);

    assertThat(fast).isInstanceOf(FastNameFinder.class);
    assertSameSpans(fast, new NameFinderME(shipped));
  }

  @Test
  void theCompactShippedModelFindsWhatNameFinderMeFindsWithTheFullOne() {
    TokenNameFinder fast = FastNameFinder.of(compact);

    assertThat(fast).isInstanceOf(FastNameFinder.class);
    assertThat((Object) compact.getArtifact("word-clusters.wcl")).isInstanceOf(WordClusters.class);
    assertSameSpans(fast, new NameFinderME(shipped));
  }

  @Test
  void aCacheOfOneWordGivesTheSameSpans() {
    assertSameSpans(FastNameFinder.of(shipped, 1), new NameFinderME(shipped));
  }

  @Test
  void theWordCacheStaysWithinItsBound() {
    FastNameFinder fast = (FastNameFinder) FastNameFinder.of(shipped, 50);
    for (int i = 0; i < 40; i++) {
      String[] sentence = new String[10];
      for (int k = 0; k < sentence.length; k++) {
        sentence[k] = "Word" + (i * sentence.length + k);
      }
      fast.find(sentence);
      // two generations of 50 words
      assertThat(fast.cachedWords()).isLessThanOrEqualTo(100);
    }

    assertThat(fast.cachedWords()).isGreaterThanOrEqualTo(50);
  }

  @Test
  void findersFromOneFactoryShareTheirWordsAndFindTheSameSpansOnTheirThreads() throws Exception {
    Supplier<TokenNameFinder> finders = FastNameFinder.factory(shipped);
    FastNameFinder first = (FastNameFinder) finders.get();
    first.find(new String[] {"Angela", "Merkel", "visited", "Paris", "."});
    FastNameFinder second = (FastNameFinder) finders.get();
    assertThat(second.cachedWords()).isEqualTo(first.cachedWords()).isGreaterThan(0);

    List<List<Span>> expected = spansOf(new NameFinderME(shipped));
    assertThat(expected).anySatisfy(spans -> assertThat(spans).isNotEmpty());
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<List<Span>>>> runs = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        runs.add(pool.submit(() -> spansOf(finders.get())));
      }
      for (Future<List<List<Span>>> run : runs) {
        assertThat(run.get()).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The spans of each sentence, ten times over, clearing the adaptive data between documents. */
  private static List<List<Span>> spansOf(TokenNameFinder finder) {
    List<List<Span>> found = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      for (String[] sentence : sentences()) {
        if (sentence == null) {
          finder.clearAdaptiveData();
        } else {
          found.add(List.of(finder.find(sentence)));
        }
      }
    }
    return found;
  }

  /** OpenNLP's out-of-box model: its default generators, none of which the fast path knows, and BIO tags. */
  @Test
  void openNlpsOutOfBoxModelFindsWhatNameFinderMeFinds() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(NerTrainerTest.trainingData()));
    TokenNameFinderModel model = NerTrainer.trainOpenNlpDefault(samples);

    assertThat(model.getFactory().createSequenceCodec()).isInstanceOf(BioCodec.class);
    assertThat(FastNameFinder.of(model)).isInstanceOf(FastNameFinder.class);
    assertSameSpans(FastNameFinder.of(model), new NameFinderME(model));
  }

  /** lede's tokenwise features with BIO tags, whose validator the fast path tabulates too. */
  @Test
  void aBioModelFindsWhatNameFinderMeFinds() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(NerTrainerTest.trainingData()));
    TrainingParameters parameters = new TrainingParameters();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    parameters.put(TrainingParameters.ITERATIONS_PARAM, 30);
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    TokenNameFinderModel model =
        NameFinderME.train(
            "en", null, new CollectionObjectStream<>(samples), parameters,
            TokenNameFinderFactory.create(null, NerTrainerTest.descriptor("ner-features.xml"), Map.of(), new BioCodec()));

    assertThat(FastNameFinder.of(model)).isInstanceOf(FastNameFinder.class);
    assertSameSpans(FastNameFinder.of(model), new NameFinderME(model));
  }

  @Test
  void aMaxentModelIsLeftToNameFinderMe() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(NerTrainerTest.trainingData()));
    TokenNameFinderModel model =
        NerTrainer.train(
            samples,
            new NerTrainingConfig(
                NerTrainingConfig.Algorithm.MAXENT_QN, 10, 1, 0, 3, NerTrainerTest.descriptor("ner-features.xml"), Map.of()));

    assertThat(FastNameFinder.of(model)).isInstanceOf(NameFinderME.class);
  }
}
