package dev.lede.ner;

import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The local features of a token for the name finder: the lower-cased words and token classes in
 * a window around it, word-class and word-bigram pairs, prefixes and suffixes, a collapsed word
 * shape, sentence begin and end, and whether the sentence is an all-caps headline. Everything
 * per token is computed once per sentence, which keeps tagging fast.
 */
final class LocalFeatureGenerator implements AdaptiveFeatureGenerator {

  private final int window;
  private final int affixLength;

  private String[] sentence;
  private String[] lower;
  private String[] tokenClass;
  private String[] shape;
  private boolean headline;

  LocalFeatureGenerator(int window, int affixLength) {
    this.window = window;
    this.affixLength = affixLength;
  }

  @Override
  public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    String word = lower[index];
    String cls = tokenClass[index];
    features.add("w=" + word);
    features.add("c=" + cls);
    features.add("wc=" + word + "," + cls);
    features.add("sh=" + shape[index]);
    for (int offset = -window; offset <= window; offset++) {
      int i = index + offset;
      if (offset != 0 && i >= 0 && i < tokens.length) {
        features.add("w" + offset + "=" + lower[i]);
        features.add("c" + offset + "=" + tokenClass[i]);
      }
    }
    if (index > 0) {
      features.add("pw,w=" + lower[index - 1] + "," + word);
      features.add("pc,c=" + tokenClass[index - 1] + "," + cls);
      features.add("psh=" + shape[index - 1]);
    } else {
      features.add("S=begin");
    }
    if (index + 1 < tokens.length) {
      features.add("w,nw=" + word + "," + lower[index + 1]);
      features.add("c,nc=" + cls + "," + tokenClass[index + 1]);
      features.add("nsh=" + shape[index + 1]);
    } else {
      features.add("S=end");
    }
    int maxAffix = Math.min(affixLength, word.length());
    for (int n = 1; n <= maxAffix; n++) {
      features.add("pre=" + word.substring(0, n));
      features.add("suf=" + word.substring(word.length() - n));
    }
    if (headline) {
      features.add("hl,w=" + word);
      features.add("hl,sh=" + shape[index]);
    }
  }

  private void prepare(String[] tokens) {
    sentence = tokens;
    lower = new String[tokens.length];
    tokenClass = new String[tokens.length];
    shape = new String[tokens.length];
    int letters = 0;
    int upper = 0;
    for (int i = 0; i < tokens.length; i++) {
      String token = tokens[i];
      lower[i] = token.toLowerCase(Locale.ROOT);
      tokenClass[i] = FeatureGeneratorUtil.tokenFeature(token);
      shape[i] = shape(token);
      for (int k = 0; k < token.length(); k++) {
        char ch = token.charAt(k);
        if (Character.isLetter(ch)) {
          letters++;
          if (Character.isUpperCase(ch)) {
            upper++;
          }
        }
      }
    }
    // headlines ("CRICKET - LEICESTERSHIRE TAKE OVER ...") need their own weights: case says little there
    headline = letters >= 4 && upper == letters;
  }

  /** Upper-case letters as X, lower-case as x, digits as d, runs of one kind collapsed. */
  static String shape(String token) {
    StringBuilder out = new StringBuilder(8);
    char last = 0;
    for (int k = 0; k < token.length(); k++) {
      char ch = token.charAt(k);
      char kind;
      if (Character.isUpperCase(ch)) {
        kind = 'X';
      } else if (Character.isLowerCase(ch)) {
        kind = 'x';
      } else if (Character.isDigit(ch)) {
        kind = 'd';
      } else {
        kind = ch;
      }
      if (kind != last) {
        out.append(kind);
        last = kind;
      }
    }
    return out.toString();
  }
}
