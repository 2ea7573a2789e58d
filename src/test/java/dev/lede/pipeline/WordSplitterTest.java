package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.analysis.Models;
import dev.lede.inference.CompactWeights;
import dev.lede.inference.ModelResources;
import dev.lede.train.CompactModelWriterTest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import opennlp.tools.tokenize.TokenSample;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.junit.jupiter.api.Test;

class WordSplitterTest {

  private static final TokenizerModel MODEL = ModelResources.load(Models.TOKEN_MODEL, TokenizerModel::new);
  /** What lede runs on: the build's compact form of the model. */
  private static final TokenizerModel COMPACT =
      ModelResources.loadCompact(Models.TOKEN_MODEL_COMPACT, Models.TOKEN_MODEL, TokenizerModel::new);

  /** Words the model splits, words it keeps, and each of the feature generator's char classes. */
  private static final List<String> WORDS =
      List.of("council", "council's", "don't", "cannot", "gonna", "(BBC)", "said,", "\"We", "end.\"",
          "U.S.", "Mr.", "$1.9bn", "£15.8m", "10-12%", "3:30pm", "e-mail", "[1]", "{x}", "`quote'",
          "well...", "Why?!", "&amp;", "&", "a", "ab", "Zürich,", "naïve.", "東京都.", "😀!", "--",
          "O'Neill's", "http://example.org/a?b=c", "co-operate", "1,250,000.", "Ü", "9/11");

  @Test
  void splitsEveryWordWhereTokenizerMeDoes() {
    Function<String, Span[]> fast = WordSplitter.of(MODEL);
    TokenizerME oracle = new TokenizerME(MODEL);
    for (String word : words()) {
      assertThat(fast.apply(word)).as(word).containsExactly(oracle.tokenizePos(word));
    }
  }

  @Test
  void theCompactModelSplitsEveryWordWhereTokenizerMeDoesWithTheOriginal() {
    Function<String, Span[]> fast = WordSplitter.of(COMPACT);
    TokenizerME oracle = new TokenizerME(MODEL);
    assertThat(CompactWeights.isStripped(COMPACT, "token.model")).isTrue();
    for (String word : words()) {
      assertThat(fast.apply(word)).as(word).containsExactly(oracle.tokenizePos(word));
    }
  }

  /** A stripped model must never reach TokenizerME, which would split with its placeholder weights. */
  @Test
  void aCompactModelTheFastSplitterCannotTakeIsRefused() throws IOException {
    List<TokenSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(TokenSample.parse("The ferry<SPLIT>, it runs<SPLIT>.", TokenSample.DEFAULT_SEPARATOR_CHARS));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    // the alphanumeric optimization is a feature the fast splitter does not have
    TokenizerModel trained =
        TokenizerME.train(
            ObjectStreamUtils.createObjectStream(samples), new TokenizerFactory("en", null, true, null), parameters);
    TokenizerModel compact = new TokenizerModel(CompactModelWriterTest.compactForm(trained, "token.model"));

    assertThatThrownBy(() -> WordSplitter.of(compact))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("compact form");
    assertThat(WordSplitter.of(trained).apply("ferry,")).containsExactly(new Span(0, 5), new Span(5, 6));
  }

  @Test
  void theApacheModelGetsTheFastSplitter() {
    assertThat(WordSplitter.of(MODEL).getClass().getName()).contains("WordSplitter");
  }

  /** The fixed words, and random words of the chars they use. */
  private static List<String> words() {
    List<String> words = new ArrayList<>(WORDS);
    String pool = String.join("", WORDS);
    Random random = new Random(11);
    for (int w = 0; w < 20_000; w++) {
      StringBuilder word = new StringBuilder();
      for (int i = 1 + random.nextInt(12); i > 0; i--) {
        word.append(pool.charAt(random.nextInt(pool.length())));
      }
      words.add(word.toString());
    }
    // lone surrogates of the emoji are drawn too: such words must split as TokenizerME splits them
    return words;
  }
}
