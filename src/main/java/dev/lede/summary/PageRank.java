package dev.lede.summary;

import java.util.Arrays;

/** PageRank by power iteration over a weighted sentence graph, as TextRank and LexRank run it. */
final class PageRank {

  static final double DAMPING = 0.85;
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-8;

  private PageRank() {}

  static double[] scores(SentenceGraph graph) {
    int n = graph.size();
    double[] rank = new double[n];
    if (n == 0) {
      return rank;
    }
    Arrays.fill(rank, 1.0 / n);
    double[] degrees = graph.degrees();
    double[] share = new double[n];
    double[] received = new double[n];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      // a node with no edges would leak its rank: it gives it to every node alike
      double stranded = 0;
      for (int j = 0; j < n; j++) {
        if (degrees[j] > 0) {
          share[j] = rank[j] / degrees[j];
        } else {
          share[j] = 0;
          stranded += rank[j];
        }
      }
      graph.multiply(share, received);
      double change = 0;
      for (int i = 0; i < n; i++) {
        double next = (1 - DAMPING) / n + DAMPING * (received[i] + stranded / n);
        change += Math.abs(next - rank[i]);
        rank[i] = next;
      }
      if (change < TOLERANCE) {
        break;
      }
    }
    return rank;
  }
}
