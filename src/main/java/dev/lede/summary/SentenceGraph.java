package dev.lede.summary;

/** A weighted undirected graph over an article's sentences, seen through what PageRank needs. */
interface SentenceGraph {

  int size();

  /** The total edge weight of each node. */
  double[] degrees();

  /** {@code out = W x}, where W is the weight matrix (zero diagonal). */
  void multiply(double[] x, double[] out);
}
