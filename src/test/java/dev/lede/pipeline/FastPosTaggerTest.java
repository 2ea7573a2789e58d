package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.Models;
import dev.lede.inference.ModelResources;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.SuffixFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class FastPosTaggerTest {

  private static final POSModel MODEL = ModelResources.load(Models.POS_MODEL, POSModel::new);
  /** What lede runs on: the compact form the build wrote into target/classes. */
  private static final POSModel COMPACT = ModelResources.loadCompact(Models.POS_MODEL_COMPACT, Models.POS_MODEL, POSModel::new);

  private static final List<String> SENTENCES =
      List.of(
          "The harbour ferry will not run on Sunday , the council said .",
          "Time flies like an arrow ; fruit flies like a banana .",
          "She can can the cans that he can't open .",
          "Buffalo buffalo Buffalo buffalo buffalo buffalo Buffalo buffalo .",
          "Shares in Acme Widgets rose 4.5 % to £ 12.30 after the 2004 results were published .",
          "\" We will fight on , \" Ms Okafor told reporters in Lagos on 3 March .",
          "WHO SAID THAT ?",
          "Yes",
          "e-mail me at the.office@example.org or call 020 7946 0000 - extension 12/B !",
          "Der Zug nach München fährt um 8 Uhr ab .",
          "The old man the boats while the complex houses married and single soldiers .",
          "Running , jumping and swimming were what they did best , weren't they ?");

  private static String[] tokens(String sentence) {
    return sentence.split(" ");
  }

  @Test
  void apacheUdModelGetsTheFastTagger() {
    assertThat(FastPosTagger.of(MODEL)).isInstanceOf(FastPosTagger.class);
  }

  @Test
  void givesPosTaggerMesTagsOnWrittenSentences() {
    UnaryOperator<String[]> fast = FastPosTagger.of(MODEL);
    POSTaggerME reference = new POSTaggerME(MODEL, POSTagFormat.UD);
    for (String sentence : SENTENCES) {
      assertThat(fast.apply(tokens(sentence))).as(sentence).containsExactly(reference.tag(tokens(sentence)));
    }
  }

  @Test
  void theCompactModelGivesPosTaggerMesTagsOnWrittenSentences() {
    UnaryOperator<String[]> fast = FastPosTagger.of(COMPACT);
    POSTaggerME reference = new POSTaggerME(MODEL, POSTagFormat.UD);
    assertThat(fast).isInstanceOf(FastPosTagger.class);
    for (String sentence : SENTENCES) {
      assertThat(fast.apply(tokens(sentence))).as(sentence).containsExactly(reference.tag(tokens(sentence)));
    }
  }

  /** Word salad keeps the beam's candidates close, where a wrong tie-break or feature would show. */
  @Test
  void givesPosTaggerMesTagsOnShuffledWords() {
    assertSameTagsOnShuffledWords(FastPosTagger.of(MODEL));
  }

  @Test
  void theCompactModelGivesPosTaggerMesTagsOnShuffledWords() {
    assertSameTagsOnShuffledWords(FastPosTagger.of(COMPACT));
  }

  private static void assertSameTagsOnShuffledWords(UnaryOperator<String[]> fast) {
    List<String> words = new ArrayList<>();
    for (String sentence : SENTENCES) {
      words.addAll(List.of(tokens(sentence)));
    }
    POSTaggerME reference = new POSTaggerME(MODEL, POSTagFormat.UD);
    Random random = new Random(5);
    for (int n = 0; n < 500; n++) {
      String[] sentence = new String[1 + random.nextInt(60)];
      for (int i = 0; i < sentence.length; i++) {
        sentence[i] = words.get(random.nextInt(words.size()));
      }
      assertThat(fast.apply(sentence))
          .as(String.join(" ", sentence))
          .containsExactly(reference.tag(sentence));
    }
  }

  @Test
  void theDecompositionOfFeaturesIsCheckedAgainstTheModelsGenerator() {
    CachedFeatureGenerator apache = (CachedFeatureGenerator) MODEL.getFactory().createFeatureGenerators();
    assertThat(FastPosTagger.hasDefaultFeatures(apache.getCachedFeatureGenerator())).isTrue();
    // a wider window of words than the tagger sums
    AdaptiveFeatureGenerator wider =
        new AggregatedFeatureGenerator(
            apache.getCachedFeatureGenerator(), new WindowFeatureGenerator(new TokenFeatureGenerator(), 3, 3));
    assertThat(FastPosTagger.hasDefaultFeatures(wider)).isFalse();
    assertThat(FastPosTagger.hasDefaultFeatures(new SuffixFeatureGenerator(5))).isFalse();
  }

  @Test
  void anEmptySentenceHasNoTags() {
    assertThat(FastPosTagger.of(MODEL).apply(new String[0])).isEmpty();
  }

  @Test
  void aModelItDoesNotKnowGoesToPosTaggerMe() throws Exception {
    List<POSSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(POSSample.parse("The_DET ferry_NOUN runs_VERB daily_ADV ._PUNCT"));
      samples.add(POSSample.parse("A_DET council_NOUN met_VERB today_NOUN ._PUNCT"));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    POSModel perceptron =
        POSTaggerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters, new POSTaggerFactory());

    UnaryOperator<String[]> tagger = FastPosTagger.of(perceptron);

    assertThat(tagger).isNotInstanceOf(FastPosTagger.class);
    String[] sentence = tokens("The council runs today .");
    assertThat(tagger.apply(sentence)).containsExactly(new POSTaggerME(perceptron, POSTagFormat.UD).tag(sentence));
  }
}
