package dev.lede.train;

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
      float score = dot(vectors, offset, centroids, c * dim, dim);
      if (score > bestScore) {
        bestScore = score;
        best = c;
      }
    }
    return best;
  }

  /**
   * The dot product with four running sums: the JIT does not vectorise a single float sum (its
   * order is fixed), and this loop is nearly all of k-means' time.
   */
  static float dot(float[] a, int aOffset, float[] b, int bOffset, int length) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int d = 0;
    for (; d + 3 < length; d += 4) {
      s0 += a[aOffset + d] * b[bOffset + d];
      s1 += a[aOffset + d + 1] * b[bOffset + d + 1];
      s2 += a[aOffset + d + 2] * b[bOffset + d + 2];
      s3 += a[aOffset + d + 3] * b[bOffset + d + 3];
    }
    for (; d < length; d++) {
      s0 += a[aOffset + d] * b[bOffset + d];
    }
    return (s0 + s1) + (s2 + s3);
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
