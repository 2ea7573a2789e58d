package dev.lede.pipeline;

import java.util.HashMap;
import java.util.Map;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Porter stems of one article's words, each word stemmed once: an article repeats its words. Not
 * thread-safe (nor is OpenNLP's stemmer, which keeps its word in a buffer): one per article.
 */
public final class PorterStems {

  private final PorterStemmer stemmer = new PorterStemmer();
  private final Map<String, String> cache = new HashMap<>();

  /** The stem of {@code word}, which the caller has lower-cased. */
  public String of(String word) {
    // get and put, not computeIfAbsent: C1 would allocate the capturing lambda at every word
    String stem = cache.get(word);
    if (stem == null) {
      stem = stemmer.stem(word);
      cache.put(word, stem);
    }
    return stem;
  }
}
