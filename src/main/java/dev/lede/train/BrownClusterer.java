package dev.lede.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Brown clustering (Brown et al. 1992) with Liang's (2005) window: words are taken most frequent
 * first; each joins the active clusters as a cluster of its own, and the two active clusters whose
 * merge loses the least average mutual information of the class bigram model are merged, so that
 * at most {@code clusters} + 1 clusters are ever active. Once every word is placed, the remaining
 * clusters are merged down to one, and each cluster's path in that merge tree (0 = left, 1 =
 * right) is the bit string of its words. Costs O(words * clusters^2) logarithms.
 */
final class BrownClusterer {

  private final Vocabulary vocabulary;
  private final int words;
  private final int slots;
  private final double total;
  // each word's right and left neighbours in the text (word indexes) with bigram counts
  private final int[][] right;
  private final int[][] rightCount;
  private final int[][] left;
  private final int[][] leftCount;

  private final int[] wordSlot;
  private final List<List<Integer>> members = new ArrayList<>();
  private final boolean[] active;
  private final double[] p1;
  private final double[][] p2;
  private final double[][] q2;
  // loss[a][b], a < b: change in mutual information if a and b were merged (higher is better)
  private final double[][] loss;

  BrownClusterer(Vocabulary vocabulary, int[][] sentences, int words, int clusters) {
    this.vocabulary = vocabulary;
    this.words = Math.min(words, vocabulary.size());
    this.slots = clusters + 1;
    this.wordSlot = new int[this.words];
    Arrays.fill(wordSlot, -1);
    this.active = new boolean[slots];
    this.p1 = new double[slots];
    this.p2 = new double[slots][slots];
    this.q2 = new double[slots][slots];
    this.loss = new double[slots][slots];
    for (int s = 0; s < slots; s++) {
      members.add(new ArrayList<>());
    }
    long[] bigrams = bigrams(sentences, this.words);
    this.total = Math.max(1, bigrams.length);
    this.right = new int[this.words][];
    this.rightCount = new int[this.words][];
    this.left = new int[this.words][];
    this.leftCount = new int[this.words][];
    adjacency(bigrams, true);
    adjacency(bigrams, false);
  }

  /** Bit strings of the clustered words (the {@code words} most frequent), by word index. */
  String[] cluster() {
    int nextWord = 0;
    for (; nextWord < Math.min(words, slots - 1); nextWord++) {
      add(nextWord, nextWord);
    }
    for (; nextWord < words; nextWord++) {
      add(nextWord, freeSlot());
      mergeBest(null);
    }
    // the clusters now active are the leaves of the hierarchy built by merging them to one
    int[] leafOf = new int[slots];
    int leaves = 0;
    for (int s = 0; s < slots; s++) {
      leafOf[s] = active[s] ? leaves++ : -1;
    }
    int[] wordLeaf = new int[words];
    for (int w = 0; w < words; w++) {
      wordLeaf[w] = leafOf[wordSlot[w]];
    }
    Tree tree = new Tree(leaves);
    int[] slotNode = leafOf.clone();
    while (activeCount() > 1) {
      mergeBest((a, b) -> slotNode[a] = tree.join(slotNode[a], slotNode[b]));
    }
    String[] paths = tree.paths();
    String[] bits = new String[words];
    for (int w = 0; w < words; w++) {
      bits[w] = paths[wordLeaf[w]];
    }
    return bits;
  }

  private interface MergeListener {
    void merged(int survivor, int absorbed);
  }

  /** Parent links of the merge tree over the leaves, and each leaf's path from the root. */
  private static final class Tree {
    private final List<int[]> children = new ArrayList<>();
    private final int leaves;

    Tree(int leaves) {
      this.leaves = leaves;
    }

    int join(int leftNode, int rightNode) {
      children.add(new int[] {leftNode, rightNode});
      return leaves + children.size() - 1;
    }

    String[] paths() {
      String[] paths = new String[leaves];
      if (children.isEmpty()) {
        Arrays.fill(paths, "0");
        return paths;
      }
      List<int[]> stack = new ArrayList<>();
      List<String> prefixes = new ArrayList<>();
      stack.add(new int[] {leaves + children.size() - 1});
      prefixes.add("");
      while (!stack.isEmpty()) {
        int node = stack.remove(stack.size() - 1)[0];
        String prefix = prefixes.remove(prefixes.size() - 1);
        if (node < leaves) {
          paths[node] = prefix.isEmpty() ? "0" : prefix;
        } else {
          int[] kids = children.get(node - leaves);
          stack.add(new int[] {kids[0]});
          prefixes.add(prefix + "0");
          stack.add(new int[] {kids[1]});
          prefixes.add(prefix + "1");
        }
      }
      return paths;
    }
  }

  private int freeSlot() {
    for (int s = 0; s < slots; s++) {
      if (!active[s]) {
        return s;
      }
    }
    throw new IllegalStateException("no free cluster slot");
  }

  private int activeCount() {
    int n = 0;
    for (boolean a : active) {
      n += a ? 1 : 0;
    }
    return n;
  }

  /** Puts word w in empty slot s as a cluster of its own. */
  private void add(int w, int s) {
    wordSlot[w] = s;
    members.get(s).add(w);
    p1[s] = vocabulary.count(w) / total;
    Arrays.fill(p2[s], 0);
    for (int t = 0; t < slots; t++) {
      p2[t][s] = 0;
    }
    for (int i = 0; i < right[w].length; i++) {
      int t = wordSlot[right[w][i]];
      if (t >= 0) {
        p2[s][t] += rightCount[w][i] / total;
      }
    }
    for (int i = 0; i < left[w].length; i++) {
      int l = left[w][i];
      int t = wordSlot[l];
      if (t >= 0 && l != w) {
        p2[t][s] += leftCount[w][i] / total;
      }
    }
    active[s] = true;
    for (int t = 0; t < slots; t++) {
      if (active[t]) {
        q2[s][t] = q(p2[s][t], p1[s], p1[t]);
        q2[t][s] = q(p2[t][s], p1[t], p1[s]);
      }
    }
    // the new cluster is a new neighbour x for every other pair's merge
    for (int c = 0; c < slots; c++) {
      if (!active[c] || c == s) {
        continue;
      }
      for (int d = c + 1; d < slots; d++) {
        if (active[d] && d != s) {
          loss[c][d] += term(c, d, s);
        }
      }
    }
    for (int t = 0; t < slots; t++) {
      if (active[t] && t != s) {
        setLoss(s, t, computeLoss(s, t));
      }
    }
  }

  private void mergeBest(MergeListener listener) {
    int bestA = -1;
    int bestB = -1;
    double best = Double.NEGATIVE_INFINITY;
    for (int c = 0; c < slots; c++) {
      if (!active[c]) {
        continue;
      }
      for (int d = c + 1; d < slots; d++) {
        if (active[d] && loss[c][d] > best) {
          best = loss[c][d];
          bestA = c;
          bestB = d;
        }
      }
    }
    int a = bestA;
    int b = bestB;
    if (listener == null && members.get(b).size() > members.get(a).size()) {
      // keep the bigger cluster in place: fewer words change slot
      a = bestB;
      b = bestA;
    }
    for (int c = 0; c < slots; c++) {
      if (!active[c] || c == a || c == b) {
        continue;
      }
      for (int d = c + 1; d < slots; d++) {
        if (active[d] && d != a && d != b) {
          loss[c][d] -= term(c, d, a) + term(c, d, b);
        }
      }
    }
    double self = p2[a][a] + p2[a][b] + p2[b][a] + p2[b][b];
    for (int x = 0; x < slots; x++) {
      p2[a][x] += p2[b][x];
      p2[x][a] += p2[x][b];
    }
    p2[a][a] = self;
    p1[a] += p1[b];
    active[b] = false;
    for (int x = 0; x < slots; x++) {
      p2[b][x] = 0;
      p2[x][b] = 0;
    }
    for (int w : members.get(b)) {
      wordSlot[w] = a;
    }
    members.get(a).addAll(members.get(b));
    members.get(b).clear();
    for (int x = 0; x < slots; x++) {
      if (active[x]) {
        q2[a][x] = q(p2[a][x], p1[a], p1[x]);
        q2[x][a] = q(p2[x][a], p1[x], p1[a]);
      }
    }
    for (int c = 0; c < slots; c++) {
      if (!active[c] || c == a) {
        continue;
      }
      for (int d = c + 1; d < slots; d++) {
        if (active[d] && d != a) {
          loss[c][d] += term(c, d, a);
        }
      }
    }
    for (int x = 0; x < slots; x++) {
      if (active[x] && x != a) {
        setLoss(a, x, computeLoss(a, x));
      }
    }
    if (listener != null) {
      listener.merged(a, b);
    }
  }

  private void setLoss(int a, int b, double value) {
    loss[Math.min(a, b)][Math.max(a, b)] = value;
  }

  /** What neighbour x contributes to the loss of merging c and d. */
  private double term(int c, int d, int x) {
    double pcd = p1[c] + p1[d];
    return q(p2[c][x] + p2[d][x], pcd, p1[x]) + q(p2[x][c] + p2[x][d], p1[x], pcd)
        - q2[c][x] - q2[x][c] - q2[d][x] - q2[x][d];
  }

  private double computeLoss(int c, int d) {
    double sum = 0;
    for (int x = 0; x < slots; x++) {
      if (active[x] && x != c && x != d) {
        sum += term(c, d, x);
      }
    }
    double pcd = p1[c] + p1[d];
    double self = p2[c][c] + p2[c][d] + p2[d][c] + p2[d][d];
    return sum + q(self, pcd, pcd) - q2[c][c] - q2[c][d] - q2[d][c] - q2[d][d];
  }

  private static double q(double pxy, double px, double py) {
    return pxy <= 0 ? 0 : pxy * Math.log(pxy / (px * py));
  }

  /** The corpus bigrams of clustered words, as sorted (first * 2^32 + second) keys. */
  private static long[] bigrams(int[][] sentences, int words) {
    int n = 0;
    for (int[] sentence : sentences) {
      n += Math.max(0, sentence.length - 1);
    }
    long[] keys = new long[n];
    int k = 0;
    for (int[] sentence : sentences) {
      for (int i = 0; i + 1 < sentence.length; i++) {
        if (sentence[i] < words && sentence[i + 1] < words) {
          keys[k++] = ((long) sentence[i] << 32) | sentence[i + 1];
        }
      }
    }
    keys = Arrays.copyOf(keys, k);
    Arrays.sort(keys);
    return keys;
  }

  /** Fills the right (or left) neighbour lists from the sorted bigram keys. */
  private void adjacency(long[] bigrams, boolean rightward) {
    long[] keys = bigrams;
    if (!rightward) {
      keys = new long[bigrams.length];
      for (int i = 0; i < bigrams.length; i++) {
        long first = bigrams[i] >>> 32;
        long second = bigrams[i] & 0xFFFFFFFFL;
        keys[i] = (second << 32) | first;
      }
      Arrays.sort(keys);
    }
    int[][] neighbours = rightward ? right : left;
    int[][] counts = rightward ? rightCount : leftCount;
    int i = 0;
    for (int w = 0; w < words; w++) {
      List<int[]> pairs = new ArrayList<>();
      while (i < keys.length && (keys[i] >>> 32) == w) {
        int other = (int) (keys[i] & 0xFFFFFFFFL);
        int count = 0;
        while (i < keys.length && keys[i] == (((long) w << 32) | other)) {
          count++;
          i++;
        }
        pairs.add(new int[] {other, count});
      }
      neighbours[w] = new int[pairs.size()];
      counts[w] = new int[pairs.size()];
      for (int j = 0; j < pairs.size(); j++) {
        neighbours[w][j] = pairs.get(j)[0];
        counts[w][j] = pairs.get(j)[1];
      }
    }
  }
}
