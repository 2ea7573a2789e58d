package dev.lede.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The character n-grams of a token's lower-cased word, marked at its start and end ("<kr",
 * "ov>"), as in Stanford's CRF tagger: pieces such as "-ov", "berg" or "corp" tell names, places
 * and companies apart even in words never seen in training. They depend on the word alone.
 */
final class CharNgramFeatureGenerator implements AdaptiveFeatureGenerator {

  /** Longer words (URLs, numbers) add many rare n-grams and little evidence. */
  private static final int MAX_WORD_LENGTH = 20;

  private final int min;
  private final int max;

  private String[] sentence;
  private List<List<String>> features;

  CharNgramFeatureGenerator(int min, int max) {
    this.min = min;
    this.max = max;
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      sentence = tokens;
      features = new ArrayList<>(tokens.length);
      for (String token : tokens) {
        features.add(ngrams(token));
      }
    }
    out.addAll(features.get(index));
  }

  List<String> ngrams(String token) {
    if (token.length() > MAX_WORD_LENGTH) {
      return List.of();
    }
    String marked = "<" + token.toLowerCase(Locale.ROOT) + ">";
    List<String> grams = new ArrayList<>();
    for (int n = min; n <= max; n++) {
      for (int start = 0; start + n <= marked.length(); start++) {
        // the whole marked word is the word feature already
        if (n < marked.length()) {
          grams.add("ng=" + marked.substring(start, start + n));
        }
      }
    }
    return grams;
  }
}
