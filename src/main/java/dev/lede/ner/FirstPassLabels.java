package dev.lede.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.util.Span;

/**
 * What a first tagging pass said about the rest of a document, as features for a second pass
 * (after Krishnan and Manning 2006): a name is usually written the same way and means the same
 * thing all through an article, and the first pass may get it right in one place and wrong in
 * another, also later in the article, where a feature looking backwards cannot see it. For each
 * token, from the token's other occurrences only (its own label the second pass can work out from
 * the same local evidence the first pass had; given it, the second pass learns to copy the first):
 * <ul>
 *   <li>"ft=" the majority label ("O" or a type) the first pass gave this exact token string
 *       elsewhere in the document, if it gave it a type there;
 *   <li>"fs=" the majority type of the multi-token names found elsewhere that contain it;
 *   <li>"fe=" type and place (B, I, L, U) wherever the token is part of a name the first pass
 *       found elsewhere in the document, with that name's majority type there: so an untagged
 *       repeat of a tagged name is marked too.
 * </ul>
 * "ft=" and "fs=" are given only to tokens with a capital letter: the lower-case words inside
 * names ("of", "the") would carry their names' types to every other place they stand.
 * Immutable.
 */
final class FirstPassLabels {

  private static final String NONE = "O";
  private static final Span[] NO_NAMES = new Span[0];

  private final Map<String, Map<String, Integer>> tokenCounts = new HashMap<>();
  private final Map<String, Map<String, Integer>> containingCounts = new HashMap<>();
  private final Map<List<String>, Map<String, Integer>> nameCounts = new HashMap<>();
  private final Map<String, List<List<String>>> namesByFirstToken = new HashMap<>();
  /** The names found in each sentence, by its tokens, to leave a token's own labels out. */
  private final Map<List<String>, Span[]> sentenceNames = new HashMap<>();

  private FirstPassLabels() {}

  /** The counts for a document's sentences and the names a first pass found in each. */
  static FirstPassLabels of(List<String[]> sentences, List<Span[]> names) {
    FirstPassLabels labels = new FirstPassLabels();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      labels.sentenceNames.putIfAbsent(Arrays.asList(tokens), names.get(s));
      String[] own = ownLabels(tokens.length, names.get(s));
      String[] containing = containingLabels(tokens.length, names.get(s));
      for (int i = 0; i < tokens.length; i++) {
        count(labels.tokenCounts, tokens[i], own[i]);
        if (containing[i] != null) {
          count(labels.containingCounts, tokens[i], containing[i]);
        }
      }
      for (Span name : names.get(s)) {
        List<String> text = List.of(tokens).subList(name.getStart(), name.getEnd());
        if (!labels.nameCounts.containsKey(text)) {
          labels.namesByFirstToken.computeIfAbsent(text.get(0), t -> new ArrayList<>()).add(text);
        }
        count(labels.nameCounts, text, name.getType());
      }
    }
    return labels;
  }

  /** The features of each token of a sentence of the document. */
  List<List<String>> features(String[] tokens) {
    Span[] names = sentenceNames.getOrDefault(Arrays.asList(tokens), NO_NAMES);
    String[] own = ownLabels(tokens.length, names);
    String[] containing = containingLabels(tokens.length, names);
    List<List<String>> features = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      List<String> made = new ArrayList<>(3);
      if (hasCapital(tokens[i])) {
        String label = majorityElsewhere(tokenCounts.get(tokens[i]), own[i]);
        if (label != null && (!label.equals(NONE) || typedElsewhere(tokenCounts.get(tokens[i]), own[i]))) {
          made.add("ft=" + label);
        }
        String type = majorityElsewhere(containingCounts.get(tokens[i]), containing[i]);
        if (type != null) {
          made.add("fs=" + type);
        }
      }
      features.add(made);
    }
    for (int start = 0; start < tokens.length; start++) {
      for (List<String> name : namesByFirstToken.getOrDefault(tokens[start], List.of())) {
        int length = name.size();
        if (start + length <= tokens.length && Arrays.asList(tokens).subList(start, start + length).equals(name)) {
          String type = majorityElsewhere(nameCounts.get(name), typeOf(names, start, start + length));
          for (int k = 0; type != null && k < length; k++) {
            String place = length == 1 ? "U" : k == 0 ? "B" : k == length - 1 ? "L" : "I";
            features.get(start + k).add("fe=" + type + ":" + place);
          }
        }
      }
    }
    return features;
  }

  /** Each token's first-pass label: the type of the name it is in, or O. */
  private static String[] ownLabels(int length, Span[] names) {
    String[] labels = new String[length];
    Arrays.fill(labels, NONE);
    for (Span name : names) {
      Arrays.fill(labels, name.getStart(), name.getEnd(), name.getType());
    }
    return labels;
  }

  /** Each token's multi-token name's type, or null. */
  private static String[] containingLabels(int length, Span[] names) {
    String[] labels = new String[length];
    for (Span name : names) {
      if (name.length() > 1) {
        Arrays.fill(labels, name.getStart(), name.getEnd(), name.getType());
      }
    }
    return labels;
  }

  private static String typeOf(Span[] names, int start, int end) {
    for (Span name : names) {
      if (name.getStart() == start && name.getEnd() == end) {
        return name.getType();
      }
    }
    return null;
  }

  private static boolean hasCapital(String token) {
    return token.chars().anyMatch(Character::isUpperCase);
  }

  private static <K> void count(Map<K, Map<String, Integer>> counts, K key, String label) {
    counts.computeIfAbsent(key, k -> new TreeMap<>()).merge(label, 1, Integer::sum);
  }

  /** Whether some label but O is left once this occurrence's own label is taken out. */
  private static boolean typedElsewhere(Map<String, Integer> counts, String own) {
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!e.getKey().equals(NONE) && e.getValue() - (e.getKey().equals(own) ? 1 : 0) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The most frequent label once this occurrence's own label (null: none) is taken out, or null
   * if nothing is left; of equally frequent ones the first in name order, so runs agree.
   */
  private static String majorityElsewhere(Map<String, Integer> counts, String own) {
    if (counts == null) {
      return null;
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      int count = e.getValue() - (e.getKey().equals(own) ? 1 : 0);
      if (count > bestCount) {
        best = e.getKey();
        bestCount = count;
      }
    }
    return best;
  }
}
