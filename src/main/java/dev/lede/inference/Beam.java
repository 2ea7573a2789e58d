package dev.lede.inference;

import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The pieces of OpenNLP's beam search that lede's fast taggers (POS and names) share, so that they
 * keep the same candidates as OpenNLP's own taggers.
 */
public final class Beam {

  private Beam() {}

  /** A candidate tag sequence: its last outcome, its parent and its summed log probability. */
  public record Candidate(Candidate parent, int outcome, double score, int length)
      implements Comparable<Candidate> {

    /** The outcome names of the sequence, first to last. */
    public String[] outcomes(String[] names) {
      String[] out = new String[length];
      Candidate node = this;
      for (int i = length - 1; i >= 0; i--) {
        out[i] = names[node.outcome];
        node = node.parent;
      }
      return out;
    }

    /** Best first, as the beam's priority queues need. */
    @Override
    public int compareTo(Candidate other) {
      return Double.compare(other.score, score);
    }
  }

  /**
   * The candidates of a beam step, best first: the binary heap of {@link java.util.PriorityQueue},
   * sifting the same way, so that candidates of equal scores come out in the same order as from
   * OpenNLP's queues, but comparing scores directly: C1 calls {@code compareTo} through the
   * interface at every sift (about 3 % of a batch in the queues). Not thread-safe.
   */
  public static final class Queue {

    private Candidate[] heap = new Candidate[16];
    private int size;

    public void add(Candidate candidate) {
      if (size == heap.length) {
        heap = Arrays.copyOf(heap, 2 * size);
      }
      int k = size++;
      while (k > 0) {
        int parent = (k - 1) >>> 1;
        Candidate above = heap[parent];
        if (!better(candidate, above)) {
          break;
        }
        heap[k] = above;
        k = parent;
      }
      heap[k] = candidate;
    }

    /** Takes the best candidate out; throws if there is none, as {@code Queue.remove} does. */
    public Candidate remove() {
      if (size == 0) {
        throw new NoSuchElementException();
      }
      Candidate best = heap[0];
      Candidate last = heap[--size];
      heap[size] = null;
      if (size > 0) {
        siftDown(last);
      }
      return best;
    }

    private void siftDown(Candidate candidate) {
      int k = 0;
      int half = size >>> 1;
      while (k < half) {
        int child = 2 * k + 1;
        Candidate below = heap[child];
        int right = child + 1;
        if (right < size && better(heap[right], below)) {
          below = heap[child = right];
        }
        if (!better(below, candidate)) {
          break;
        }
        heap[k] = below;
        k = child;
      }
      heap[k] = candidate;
    }

    /** Strictly better: what {@code a.compareTo(b) < 0} says. */
    private static boolean better(Candidate a, Candidate b) {
      return Double.compare(b.score, a.score) < 0;
    }

    public int size() {
      return size;
    }

    public boolean isEmpty() {
      return size == 0;
    }

    public void clear() {
      Arrays.fill(heap, 0, size, null);
      size = 0;
    }
  }

  /**
   * The beam's threshold, the k-th largest score (the smallest when there are fewer than k): OpenNLP
   * extends a candidate only with outcomes that score at least that. k is {@code top.length}, and
   * {@code top} the caller's scratch (one per tagger: this runs at every token).
   */
  public static double kthLargest(double[] scores, double[] top) {
    int k = top.length;
    if (k >= scores.length) {
      double min = Double.POSITIVE_INFINITY;
      for (double s : scores) {
        min = Math.min(min, s);
      }
      return min;
    }
    Arrays.fill(top, Double.NEGATIVE_INFINITY);
    for (double s : scores) {
      if (s > top[k - 1]) {
        int j = k - 1;
        while (j > 0 && top[j - 1] < s) {
          top[j] = top[j - 1];
          j--;
        }
        top[j] = s;
      }
    }
    return top[k - 1];
  }
}
