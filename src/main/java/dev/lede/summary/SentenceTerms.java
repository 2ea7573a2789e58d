package dev.lede.summary;

import dev.lede.pipeline.PorterStems;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of each sentence of one article, as sets of term ids: lowercased,
 * Porter-stemmed nouns, proper nouns, verbs, adjectives and numbers. Function words carry no
 * topic, so two sentences that share only "the" and "of" are not alike.
 */
final class SentenceTerms {

  private static final Set<String> CONTENT_TAGS = Set.of("NOUN", "PROPN", "VERB", "ADJ", "NUM");

  private final int[][] terms;
  private final int vocabularySize;

  private SentenceTerms(int[][] terms, int vocabularySize) {
    this.terms = terms;
    this.vocabularySize = vocabularySize;
  }

  static SentenceTerms of(List<Sentence> sentences) {
    PorterStems stems = new PorterStems();
    Map<String, Integer> ids = new HashMap<>();
    int[][] terms = new int[sentences.size()][];
    for (int i = 0; i < terms.length; i++) {
      Set<Integer> set = new LinkedHashSet<>();
      for (Token token : sentences.get(i).tokens()) {
        if (isContentWord(token)) {
          String stem = stems.of(token.text().toLowerCase(Locale.ROOT));
          // get and put, not computeIfAbsent: C1 would allocate the capturing lambda at every word
          Integer id = ids.get(stem);
          if (id == null) {
            id = ids.size();
            ids.put(stem, id);
          }
          set.add(id);
        }
      }
      terms[i] = new int[set.size()];
      int k = 0;
      for (int id : set) { // a loop: a stream per sentence is slow in the C1-compiled runs
        terms[i][k++] = id;
      }
    }
    return new SentenceTerms(terms, ids.size());
  }

  private static boolean isContentWord(Token token) {
    return CONTENT_TAGS.contains(token.pos()) && hasLetterOrDigit(token.text());
  }

  // a loop, not codePoints().anyMatch: a stream per token was a third of this class's time
  static boolean hasLetterOrDigit(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (Character.isLetterOrDigit(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  int size() {
    return terms.length;
  }

  int vocabularySize() {
    return vocabularySize;
  }

  /** The distinct term ids of sentence {@code i}. */
  int[] of(int i) {
    return terms[i];
  }

  /** How many terms sentences {@code i} and {@code j} share. */
  int overlap(int i, int j) {
    int[] a = terms[i];
    int[] b = terms[j];
    if (a.length > b.length) {
      int[] swap = a;
      a = b;
      b = swap;
    }
    int shared = 0;
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          shared++;
          break;
        }
      }
    }
    return shared;
  }

  /** Cosine of the two sentences' term sets: 1 for the same words, 0 for none shared. */
  double cosine(int i, int j) {
    int a = terms[i].length;
    int b = terms[j].length;
    return a == 0 || b == 0 ? 0 : overlap(i, j) / Math.sqrt((double) a * b);
  }
}
