package dev.lede.ner;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Spherical k-means over word vectors: vectors and centroids are unit length and a word joins
 * the centroid with the largest cosine. Starts from k words spread over the frequency ranks, so
 * the result is the same on every run.
 */
final class KMeans {

  private KMeans() {}

  /** Cluster index of each of the {@code vectors.length / dim} vectors. */
  static int[] cluster(float[] vectors, int dim, int k, int iterations, int threads)
      throws InterruptedException {
    int n = vectors.length / dim;
    float[] unit = vectors.clone();
    for (int i = 0; i < n; i++) {
      normalize(unit, i * dim, dim);
    }
    int clusters = Math.min(k, n);
    float[] centroids = new float[clusters * dim];
    for (int c = 0; c < clusters; c++) {
      int word = (int) ((long) c * n / clusters);
      System.arraycopy(unit, word * dim, centroids, c * dim, dim);
    }
    int[] assignment = new int[n];
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      for (int iteration = 0; iteration < iterations; iteration++) {
        float[] current = centroids;
        pool.submit(() -> IntStream.range(0, n).parallel()
            .forEach(i -> assignment[i] = nearest(unit, i * dim, current, clusters, dim)))
            .get();
        centroids = new float[clusters * dim];
        for (int i = 0; i < n; i++) {
          int base = assignment[i] * dim;
          for (int d = 0; d < dim; d++) {
            centroids[base + d] += unit[i * dim + d];
          }
        }
        for (int c = 0; c < clusters; c++) {
          normalize(centroids, c * dim, dim);
        }
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return assignment;
  }

  private static int nearest(float[] vectors, int offset, float[] centroids, int clusters, int dim) {
    int best = 0;
    float bestScore = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < clusters; c++) {
      int base = c * dim;
      float score = 0;
      for (int d = 0; d < dim; d++) {
        score += vectors[offset + d] * centroids[base + d];
      }
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  private static void normalize(float[] vectors, int offset, int dim) {
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      norm += vectors[offset + d] * vectors[offset + d];
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int d = 0; d < dim; d++) {
        vectors[offset + d] *= scale;
      }
    }
  }
}
