package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FactoredOverlapGraphTest {

  @Test
  void multipliesLikeTheExplicitMatrixOfItsWeights() {
    SentenceTerms terms = SentenceTerms.of(Synthetic.article(25, 8, 30, 4).sentences());
    FactoredOverlapGraph graph = new FactoredOverlapGraph(terms);
    int n = terms.size();
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = (i % 7) + 0.5;
    }
    double[] fast = new double[n];
    graph.multiply(x, fast);
    for (int i = 0; i < n; i++) {
      double expected = 0;
      for (int j = 0; j < n; j++) {
        if (j != i) {
          double norm = 2 * Math.sqrt(Math.log1p(terms.of(i).length) * Math.log1p(terms.of(j).length));
          expected += terms.overlap(i, j) / norm * x[j];
        }
      }
      assertThat(fast[i]).isCloseTo(expected, within(1e-9));
    }
  }

  @Test
  void ranksLikeTheQuadraticTextRankGraph() {
    SentenceTerms terms = SentenceTerms.of(Synthetic.article(40, 10, 60, 5).sentences());
    double[] factored = PageRank.scores(new FactoredOverlapGraph(terms));
    double[] quadratic = PageRank.scores(new OverlapGraph(terms));
    assertThat(RankedSummaries.byScore(factored).subList(0, 5))
        .containsExactlyInAnyOrderElementsOf(RankedSummaries.byScore(quadratic).subList(0, 5));
  }
}
