package dev.lede.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE F1 with the rules of Google's rouge-score package: its tokenization
 * ({@link RougeTokenizer}), clipped n-gram counts for ROUGE-1 and ROUGE-2, and for ROUGE-L the
 * longest common subsequence over the whole token sequence (line breaks count for nothing).
 */
public final class Rouge {

  private Rouge() {}

  public static RougeScores score(String reference, String candidate) {
    List<String> ref = RougeTokenizer.tokenize(reference);
    List<String> cand = RougeTokenizer.tokenize(candidate);
    return new RougeScores(ngramF1(ref, cand, 1), ngramF1(ref, cand, 2), lcsF1(ref, cand));
  }

  public static double ngramF1(List<String> ref, List<String> cand, int n) {
    Map<String, Integer> refCounts = ngrams(ref, n);
    Map<String, Integer> candCounts = ngrams(cand, n);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : candCounts.entrySet()) {
      overlap += Math.min(e.getValue(), refCounts.getOrDefault(e.getKey(), 0));
    }
    return f1(overlap, Math.max(0, cand.size() - n + 1), Math.max(0, ref.size() - n + 1));
  }

  static double lcsF1(List<String> ref, List<String> cand) {
    return f1(lcsLength(ref, cand), cand.size(), ref.size());
  }

  private static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + n)), 1, Integer::sum);
    }
    return counts;
  }

  /** Two rows of the classic table: memory stays linear in the candidate's length. */
  private static int lcsLength(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (String x : a) {
      for (int j = 1; j <= b.size(); j++) {
        current[j] =
            x.equals(b.get(j - 1))
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }

  private static double f1(int overlap, int candidateTotal, int referenceTotal) {
    if (overlap == 0 || candidateTotal == 0 || referenceTotal == 0) {
      return 0;
    }
    double precision = overlap / (double) candidateTotal;
    double recall = overlap / (double) referenceTotal;
    return 2 * precision * recall / (precision + recall);
  }
}
