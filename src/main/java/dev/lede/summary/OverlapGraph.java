package dev.lede.summary;

import java.util.Arrays;

/**
 * TextRank's graph as Mihalcea and Tarau (2004) define it: the weight between two sentences is
 * the number of words they share over {@code ln|Si| + ln|Sj|}. Only pairs that share a word have
 * an edge, so the graph is kept sparse (each row's edges, columns ascending) and built from each
 * term's list of sentences: the cost is the number of sentence pairs sharing a term, not of all
 * pairs times their lengths, and the memory 12 bytes an edge (the dense matrix took 8 bytes a
 * pair, sharing or not). Its sums add the same non-zero terms in the same order as the dense
 * matrix would, so the scores are the dense graph's to the last bit. Still quadratic at worst (a
 * word in every sentence): it serves articles of ordinary length.
 */
final class OverlapGraph implements SentenceGraph {

  /** Row i's edges are {@code columns[rowStart[i] .. rowStart[i+1])}, with their weights. */
  private final int[] rowStart;
  private final int[] columns;
  private final double[] weights;

  OverlapGraph(SentenceTerms terms) {
    int n = terms.size();
    int[][] sentencesOf = sentencesOfTerms(terms);
    // sized exactly first: a growing array would hold the graph twice at its peak
    columns = new int[pairsSharingATerm(terms, sentencesOf)];
    weights = new double[columns.length];
    rowStart = new int[n + 1];
    int[] shared = new int[n];
    int[] touched = new int[n];
    int edges = 0;
    for (int i = 0; i < n; i++) {
      int count = 0;
      for (int t : terms.of(i)) {
        for (int j : sentencesOf[t]) {
          if (j != i && shared[j]++ == 0) {
            touched[count++] = j;
          }
        }
      }
      Arrays.sort(touched, 0, count);
      for (int k = 0; k < count; k++) {
        int j = touched[k];
        double norm = Math.log(terms.of(i).length) + Math.log(terms.of(j).length);
        if (norm > 0) {
          columns[edges] = j;
          weights[edges++] = shared[j] / norm;
        }
        shared[j] = 0;
      }
      rowStart[i + 1] = edges;
    }
  }

  /** The ordered pairs of distinct sentences that share a term: an upper bound of the edges. */
  private static int pairsSharingATerm(SentenceTerms terms, int[][] sentencesOf) {
    int[] lastSeenFrom = new int[terms.size()];
    Arrays.fill(lastSeenFrom, -1);
    long pairs = 0;
    for (int i = 0; i < terms.size(); i++) {
      for (int t : terms.of(i)) {
        for (int j : sentencesOf[t]) {
          if (j != i && lastSeenFrom[j] != i) {
            lastSeenFrom[j] = i;
            pairs++;
          }
        }
      }
    }
    return Math.toIntExact(pairs);
  }

  /** For each term id, the sentences that hold it, ascending. */
  private static int[][] sentencesOfTerms(SentenceTerms terms) {
    int[] frequency = new int[terms.vocabularySize()];
    for (int i = 0; i < terms.size(); i++) {
      for (int t : terms.of(i)) {
        frequency[t]++;
      }
    }
    int[][] sentences = new int[frequency.length][];
    for (int t = 0; t < frequency.length; t++) {
      sentences[t] = new int[frequency[t]];
      frequency[t] = 0;
    }
    for (int i = 0; i < terms.size(); i++) {
      for (int t : terms.of(i)) {
        sentences[t][frequency[t]++] = i;
      }
    }
    return sentences;
  }

  /** How many weighted edges the graph holds, counting each pair twice. */
  int edgeCount() {
    return rowStart[rowStart.length - 1];
  }

  @Override
  public int size() {
    return rowStart.length - 1;
  }

  @Override
  public double[] degrees() {
    double[] degrees = new double[size()];
    for (int i = 0; i < degrees.length; i++) {
      for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
        degrees[i] += weights[e];
      }
    }
    return degrees;
  }

  @Override
  public void multiply(double[] x, double[] out) {
    for (int i = 0; i < out.length; i++) {
      double sum = 0;
      for (int e = rowStart[i]; e < rowStart[i + 1]; e++) {
        sum += weights[e] * x[columns[e]];
      }
      out[i] = sum;
    }
  }
}
