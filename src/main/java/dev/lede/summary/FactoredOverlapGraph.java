package dev.lede.summary;

/**
 * TextRank's word-overlap graph in linear time. The weight between sentences i and j is
 * {@code shared(i, j) / (2 sqrt(ln(1+|Si|) ln(1+|Sj|)))}: Mihalcea and Tarau's normalisation
 * with the geometric instead of the arithmetic mean of the two log-lengths (the two differ by a
 * few percent at news sentence lengths). That weight factors as {@code W = V V^T - diag}, with
 * row i of V the term indicator of sentence i scaled by {@code 1 / sqrt(2 ln(1+|Si|))}; so
 * {@code W x} is computed as {@code V (V^T x)} in time proportional to the number of terms,
 * and the quadratic matrix is never built.
 */
final class FactoredOverlapGraph implements SentenceGraph {

  private final SentenceTerms terms;
  private final double[] scale;

  FactoredOverlapGraph(SentenceTerms terms) {
    this.terms = terms;
    this.scale = new double[terms.size()];
    for (int i = 0; i < scale.length; i++) {
      scale[i] = terms.of(i).length == 0 ? 0 : 1 / Math.sqrt(2 * Math.log1p(terms.of(i).length));
    }
  }

  @Override
  public int size() {
    return scale.length;
  }

  @Override
  public double[] degrees() {
    double[] ones = new double[scale.length];
    java.util.Arrays.fill(ones, 1);
    double[] degrees = new double[scale.length];
    multiply(ones, degrees);
    return degrees;
  }

  @Override
  public void multiply(double[] x, double[] out) {
    double[] perTerm = new double[terms.vocabularySize()];
    for (int j = 0; j < scale.length; j++) {
      double v = scale[j] * x[j];
      for (int t : terms.of(j)) {
        perTerm[t] += v;
      }
    }
    for (int i = 0; i < scale.length; i++) {
      double sum = 0;
      for (int t : terms.of(i)) {
        sum += perTerm[t];
      }
      // remove the self-loop: a sentence shares all its terms with itself
      out[i] = scale[i] * (sum - terms.of(i).length * scale[i] * x[i]);
    }
  }
}
