package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OverlapGraphTest {

  /** One sentence per text, every word a noun (a content word), "." punctuation. */
  private static SentenceTerms terms(List<String> texts) {
    List<Sentence> sentences = new ArrayList<>();
    int at = 0;
    for (String text : texts) {
      List<Token> tokens = new ArrayList<>();
      int offset = at;
      for (String word : text.split(" ")) {
        tokens.add(new Token(offset, offset + word.length(), word, word.equals(".") ? "PUNCT" : "NOUN"));
        offset += word.length() + 1;
      }
      sentences.add(new Sentence(sentences.size(), at, at + text.length(), text, tokens));
      at += text.length() + 1;
    }
    return SentenceTerms.of(sentences);
  }

  /** The graph as Mihalcea and Tarau write it: every pair, a dense matrix. */
  private static double[][] dense(SentenceTerms terms) {
    int n = terms.size();
    double[][] w = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double norm = Math.log(terms.of(i).length) + Math.log(terms.of(j).length);
        w[i][j] = w[j][i] = norm > 0 ? terms.overlap(i, j) / norm : 0;
      }
    }
    return w;
  }

  @Test
  void givesTheDenseGraphsSumsToTheLastBit() {
    Random random = new Random(11);
    List<String> texts = new ArrayList<>(List.of("ferry", "ferry", ".", "ferry island vote"));
    for (int s = 0; s < 120; s++) {
      StringBuilder text = new StringBuilder("w" + random.nextInt(40));
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(" w").append(random.nextInt(k % 3 == 0 ? 8 : 200));
      }
      texts.add(text.toString());
    }
    SentenceTerms terms = terms(texts);
    double[][] dense = dense(terms);
    OverlapGraph graph = new OverlapGraph(terms);
    int n = terms.size();
    double[] x = new double[n];
    double[] degrees = new double[n];
    double[] product = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = random.nextDouble();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        degrees[i] += dense[i][j];
        product[i] += dense[i][j] * x[j];
      }
    }
    double[] out = new double[n];
    graph.multiply(x, out);

    assertThat(graph.degrees()).isEqualTo(degrees);
    assertThat(out).isEqualTo(product);
    // the two one-word sentences share "ferry", but ln 1 + ln 1 = 0: no edge, as in the dense graph
    assertThat(dense[0][1]).isZero();
    assertThat(degrees[2]).isZero();
  }

  @Test
  void holdsOnlyThePairsThatShareAWord() {
    // 2,000 sentences in stories of five that share their words with no other story
    List<String> texts = new ArrayList<>();
    for (int s = 0; s < 2_000; s++) {
      int story = s / 5;
      texts.add("a" + story + " b" + story + " c" + s);
    }
    OverlapGraph graph = new OverlapGraph(terms(texts));

    // each sentence is linked to the four others of its story: linear, where all pairs are 4 million
    assertThat(graph.edgeCount()).isEqualTo(2_000 * 4);
  }
}
