package dev.lede.keywords;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TextRank over words: nodes are word keys, an edge joins two words that occur within {@link
 * #WINDOW} positions of each other among a sentence's candidate words, weighted by how often they
 * do. The rank is PageRank with damping {@value #DAMPING} and a fixed number of iterations, so the
 * cost is linear in the number of edges, itself at most {@code WINDOW - 1} per candidate word.
 */
final class WordGraph {

  static final int WINDOW = 3;
  static final double DAMPING = 0.85;
  static final int ITERATIONS = 30;

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<Map<Integer, Integer>> edges = new ArrayList<>();

  /** Adds one sentence's candidate words, in order. */
  void addSentence(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      int a = id(words.get(i));
      for (int j = i + 1; j < Math.min(words.size(), i + WINDOW); j++) {
        int b = id(words.get(j));
        if (a != b) {
          edges.get(a).merge(b, 1, Integer::sum);
          edges.get(b).merge(a, 1, Integer::sum);
        }
      }
    }
  }

  private int id(String word) {
    // get and put, not computeIfAbsent: C1 would allocate the capturing lambda at every word
    Integer id = ids.get(word);
    if (id == null) {
      id = edges.size();
      edges.add(new HashMap<>());
      ids.put(word, id);
    }
    return id;
  }

  /** Each word's rank, scaled so that the mean rank is 1. */
  Map<String, Double> ranks() {
    int n = edges.size();
    Map<String, Double> ranks = new HashMap<>();
    if (n == 0) {
      return ranks;
    }
    // flatten the edges once: the iterations then walk plain arrays
    int[] offsets = new int[n + 1];
    for (int a = 0; a < n; a++) {
      offsets[a + 1] = offsets[a] + edges.get(a).size();
    }
    int[] targets = new int[offsets[n]];
    double[] weights = new double[offsets[n]];
    for (int a = 0; a < n; a++) {
      int i = offsets[a];
      double outWeight = 0;
      for (int w : edges.get(a).values()) {
        outWeight += w;
      }
      for (Map.Entry<Integer, Integer> e : edges.get(a).entrySet()) {
        targets[i] = e.getKey();
        weights[i++] = e.getValue() / outWeight;
      }
    }
    double[] rank = new double[n];
    Arrays.fill(rank, 1.0 / n);
    for (int iteration = 0; iteration < ITERATIONS; iteration++) {
      double[] next = new double[n];
      double dangling = 0;
      for (int a = 0; a < n; a++) {
        if (offsets[a] == offsets[a + 1]) {
          dangling += rank[a];
        }
        for (int i = offsets[a]; i < offsets[a + 1]; i++) {
          next[targets[i]] += rank[a] * weights[i];
        }
      }
      for (int a = 0; a < n; a++) {
        next[a] = (1 - DAMPING) / n + DAMPING * (next[a] + dangling / n);
      }
      rank = next;
    }
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      ranks.put(e.getKey(), rank[e.getValue()] * n);
    }
    return ranks;
  }
}
