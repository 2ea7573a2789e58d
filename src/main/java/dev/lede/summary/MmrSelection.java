package dev.lede.summary;

import dev.lede.summary.SentenceHygiene.Defect;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Greedy maximal marginal relevance under the sentence hygiene rules: each step takes the
 * sentence whose salience, discounted by its similarity to the closest sentence already taken
 * ({@code s (1 - r sim)}), is highest. A clean sentence always beats a defective one; a sentence
 * that needs its predecessor counts as clean once that predecessor is taken. Penalties only
 * grow, so stale queue entries are upper bounds and a lazy queue re-scores only the few
 * candidates at the top (linear in practice).
 */
final class MmrSelection {

  private MmrSelection() {}

  /** Up to {@code count} sentence indices, best first. */
  static List<Integer> select(
      Defect[] defects, SentenceTerms terms, double[] salience, double redundancy, int count) {
    int n = defects.length;
    PriorityQueue<Candidate> queue = new PriorityQueue<>();
    for (int i = 0; i < n; i++) {
      queue.add(new Candidate(i, tier(defects[i], false), salience[i]));
    }
    boolean[] taken = new boolean[n];
    List<Integer> chosen = new ArrayList<>(count);
    while (chosen.size() < count && !queue.isEmpty()) {
      Candidate top = queue.poll();
      int i = top.sentence();
      boolean afterPrevious = i > 0 && taken[i - 1];
      if (taken[i] || top.tier() != tier(defects[i], afterPrevious)) {
        continue;
      }
      double value = salience[i] * (1 - redundancy * maxSimilarity(terms, i, chosen));
      Candidate rescored = new Candidate(i, top.tier(), value);
      Candidate next = queue.peek();
      if (value < top.value() && next != null && next.compareTo(rescored) < 0) {
        queue.add(rescored);
        continue;
      }
      taken[i] = true;
      chosen.add(i);
      if (i + 1 < n && defects[i + 1] == Defect.NEEDS_PREVIOUS && !taken[i + 1]) {
        queue.add(new Candidate(i + 1, tier(defects[i + 1], true), salience[i + 1]));
      }
    }
    return chosen;
  }

  private static int tier(Defect defect, boolean afterPrevious) {
    return switch (defect) {
      case NONE -> 0;
      case NEEDS_PREVIOUS -> afterPrevious ? 0 : 1;
      default -> 2;
    };
  }

  /** Cosine of the two sentences' term sets: 1 for the same words, 0 for none shared. */
  private static double maxSimilarity(SentenceTerms terms, int i, List<Integer> chosen) {
    double max = 0;
    for (int j : chosen) {
      max = Math.max(max, terms.cosine(i, j));
    }
    return max;
  }

  /** Best first: lower tier, then higher value, then earlier sentence. */
  private record Candidate(int sentence, int tier, double value) implements Comparable<Candidate> {
    @Override
    public int compareTo(Candidate o) {
      if (tier != o.tier) {
        return Integer.compare(tier, o.tier);
      }
      if (value != o.value) {
        return Double.compare(o.value, value);
      }
      return Integer.compare(sentence, o.sentence);
    }
  }
}
