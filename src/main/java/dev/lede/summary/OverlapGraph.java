package dev.lede.summary;

/**
 * TextRank's graph as Mihalcea and Tarau (2004) define it: the weight between two sentences is
 * the number of words they share over {@code ln|Si| + ln|Sj|}. Every pair is computed, so its
 * cost is quadratic: it serves as the baseline it is, on articles of ordinary length.
 */
final class OverlapGraph implements SentenceGraph {

  private final double[][] weights;

  OverlapGraph(SentenceTerms terms) {
    int n = terms.size();
    weights = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double norm = Math.log(terms.of(i).length) + Math.log(terms.of(j).length);
        double w = norm > 0 ? terms.overlap(i, j) / norm : 0;
        weights[i][j] = w;
        weights[j][i] = w;
      }
    }
  }

  @Override
  public int size() {
    return weights.length;
  }

  @Override
  public double[] degrees() {
    double[] degrees = new double[weights.length];
    for (int i = 0; i < weights.length; i++) {
      for (double w : weights[i]) {
        degrees[i] += w;
      }
    }
    return degrees;
  }

  @Override
  public void multiply(double[] x, double[] out) {
    for (int i = 0; i < weights.length; i++) {
      double sum = 0;
      for (int j = 0; j < weights.length; j++) {
        sum += weights[i][j] * x[j];
      }
      out[i] = sum;
    }
  }
}
