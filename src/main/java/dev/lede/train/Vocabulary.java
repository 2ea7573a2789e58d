package dev.lede.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a corpus seen at least a minimum number of times, most frequent first, with
 * their counts; and the corpus itself as sentences of word indexes (rarer words left out).
 */
final class Vocabulary {

  private final List<String> words;
  private final long[] counts;
  private final Map<String, Integer> index;

  private Vocabulary(List<String> words, long[] counts) {
    this.words = List.copyOf(words);
    this.counts = counts;
    this.index = new HashMap<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      index.put(words.get(i), i);
    }
  }

  static Vocabulary of(List<List<String>> sentences, int minCount) {
    Map<String, long[]> counted = new HashMap<>();
    for (List<String> sentence : sentences) {
      for (String token : sentence) {
        counted.computeIfAbsent(token, t -> new long[1])[0]++;
      }
    }
    List<Map.Entry<String, long[]>> kept = new ArrayList<>();
    for (Map.Entry<String, long[]> entry : counted.entrySet()) {
      if (entry.getValue()[0] >= minCount) {
        kept.add(entry);
      }
    }
    kept.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Long.compare(b.getValue()[0], a.getValue()[0])
        : a.getKey().compareTo(b.getKey()));
    List<String> words = new ArrayList<>(kept.size());
    long[] counts = new long[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      words.add(kept.get(i).getKey());
      counts[i] = kept.get(i).getValue()[0];
    }
    return new Vocabulary(words, counts);
  }

  int size() {
    return words.size();
  }

  String word(int i) {
    return words.get(i);
  }

  long count(int i) {
    return counts[i];
  }

  /** The sentences as arrays of word indexes, without the words outside the vocabulary. */
  int[][] encode(List<List<String>> sentences) {
    int[][] encoded = new int[sentences.size()][];
    for (int s = 0; s < encoded.length; s++) {
      List<String> sentence = sentences.get(s);
      int[] ids = new int[sentence.size()];
      int n = 0;
      for (String token : sentence) {
        Integer id = index.get(token);
        if (id != null) {
          ids[n++] = id;
        }
      }
      encoded[s] = Arrays.copyOf(ids, n);
    }
    return encoded;
  }
}
