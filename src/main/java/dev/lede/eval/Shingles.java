package dev.lede.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's text metric (scrapinghub/article-extraction-benchmark): each
 * text is cut into {@code \w+} tokens (Unicode, case kept), then into a multiset of 4-token
 * shingles (a text of fewer tokens is one shingle); a page's TP, FP and FN are the shared
 * shingles and each side's surplus.
 */
public final class Shingles {

  static final int SIZE = 4;
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private Shingles() {}

  /** One page's counts: shingles both texts have, only the prediction has, only the truth has. */
  public record Counts(long truePositives, long falsePositives, long falseNegatives) {

    /** Precision; 1 when the texts agree entirely (both empty too), as the benchmark counts it. */
    public double precision() {
      if (falsePositives + falseNegatives == 0) {
        return 1;
      }
      return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
      if (falsePositives + falseNegatives == 0) {
        return 1;
      }
      return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static Counts compare(String predicted, String truth) {
    Map<String, Integer> expected = shingles(truth);
    Map<String, Integer> got = shingles(predicted);
    long tp = 0;
    long fp = 0;
    for (Map.Entry<String, Integer> shingle : got.entrySet()) {
      int both = Math.min(shingle.getValue(), expected.getOrDefault(shingle.getKey(), 0));
      tp += both;
      fp += shingle.getValue() - both;
    }
    long truthCount = expected.values().stream().mapToLong(Integer::longValue).sum();
    return new Counts(tp, fp, truthCount - tp);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      tokens.add(word.group());
    }
    Map<String, Integer> shingles = new HashMap<>();
    if (tokens.isEmpty()) {
      return shingles;
    }
    if (tokens.size() < SIZE) {
      shingles.put(String.join(" ", tokens), 1);
      return shingles;
    }
    for (int i = 0; i + SIZE <= tokens.size(); i++) {
      shingles.merge(String.join(" ", tokens.subList(i, i + SIZE)), 1, Integer::sum);
    }
    return shingles;
  }
}
