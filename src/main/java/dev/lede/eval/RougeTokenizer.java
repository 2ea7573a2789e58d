package dev.lede.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * Tokens as Google's rouge-score package makes them: lowercase, every run of characters outside
 * [a-z0-9] is a separator, and only tokens longer than 3 characters are Porter-stemmed.
 */
public final class RougeTokenizer {

  private static final int SHORTEST_STEMMED = 4;

  private RougeTokenizer() {}

  public static List<String> tokenize(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    // one stemmer per call: PorterStemmer keeps its word in a buffer, so it is not thread-safe
    PorterStemmer stemmer = new PorterStemmer();
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < lower.length()) {
      if (!isTokenChar(lower.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < lower.length() && isTokenChar(lower.charAt(i))) {
        i++;
      }
      String token = lower.substring(start, i);
      tokens.add(token.length() >= SHORTEST_STEMMED ? stemmer.stem(token) : token);
    }
    return tokens;
  }

  private static boolean isTokenChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
