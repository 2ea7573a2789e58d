package dev.lede.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gazetteer features: for each token inside a listed name, the name's category and the token's
 * place in it (B, I, L, or U for a one-token name), e.g. "gz=COUNTRY:L" for "Lanka" in "Sri
 * Lanka". A name matches in its own case, or in capitals in an all-caps token. With a window,
 * a token also gets the features of its neighbours up to that far either side, marked with the
 * side and distance ("p1gz=COUNTRY:U" after a country, "n1gz=..." before one): a listed name
 * next to a word often says what the word is ("Bank of" + country, first name + surname).
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

  /** The features of a token that has none, shared: never added to. */
  private static final List<String> NONE = List.of();

  private final Gazetteer gazetteer;
  private final int window;
  // "p1", "n1", ... by distance, made once rather than concatenated at every token
  private final String[] before;
  private final String[] after;

  private String[] sentence;
  private List<List<String>> features;

  /** {@code window}: how many neighbours either side lend their features; 0 for none. */
  GazetteerFeatureGenerator(Gazetteer gazetteer, int window) {
    if (window < 0) {
      throw new IllegalArgumentException("the window must be at least 0");
    }
    this.gazetteer = gazetteer;
    this.window = window;
    this.before = new String[window + 1];
    this.after = new String[window + 1];
    for (int distance = 1; distance <= window; distance++) {
      before[distance] = "p" + distance;
      after[distance] = "n" + distance;
    }
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    List<String> own = features.get(index);
    for (int i = 0; i < own.size(); i++) { // addAll would copy them into a new array first
      out.add(own.get(i));
    }
  }

  private void prepare(String[] tokens) {
    sentence = tokens;
    List<List<String>> own = ownFeatures(tokens);
    features = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      // most tokens are in no listed name nor next to one: they share the empty list
      List<String> all = own.get(i).isEmpty() ? NONE : new ArrayList<>(own.get(i));
      for (int distance = 1; distance <= window; distance++) {
        if (i - distance >= 0) {
          all = addMarked(all, before[distance], own.get(i - distance));
        }
        if (i + distance < tokens.length) {
          all = addMarked(all, after[distance], own.get(i + distance));
        }
      }
      features.add(all);
    }
  }

  /** Adds the marked features to {@code out}, made a list of its own first if it is {@link #NONE}. */
  private static List<String> addMarked(List<String> out, String mark, List<String> neighbourFeatures) {
    if (neighbourFeatures.isEmpty()) {
      return out;
    }
    List<String> into = out == NONE ? new ArrayList<>() : out;
    for (int i = 0; i < neighbourFeatures.size(); i++) { // no iterator: C1 would allocate one per call
      into.add(mark + neighbourFeatures.get(i));
    }
    return into;
  }

  /** Each token's own features: the listed names it is part of. */
  private List<List<String>> ownFeatures(String[] tokens) {
    List<List<String>> features = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      features.add(NONE);
    }
    for (int start = 0; start < tokens.length; start++) {
      List<Gazetteer.Entry> entries = gazetteer.startingWith(tokens[start]);
      for (int e = 0; e < entries.size(); e++) { // no iterator: C1 would allocate one per token
        String[] name = entries.get(e).tokens();
        if (start + name.length <= tokens.length && matches(tokens, start, name)) {
          for (int k = 0; k < name.length; k++) {
            String place = name.length == 1 ? "U" : k == 0 ? "B" : k == name.length - 1 ? "L" : "I";
            if (features.get(start + k) == NONE) {
              features.set(start + k, new ArrayList<>(1));
            }
            features.get(start + k).add("gz=" + entries.get(e).category() + ":" + place);
          }
        }
      }
    }
    return features;
  }

  private static boolean matches(String[] tokens, int start, String[] name) {
    for (int k = 0; k < name.length; k++) {
      String token = tokens[start + k];
      if (!token.equals(name[k]) && !(isAllCaps(token) && token.equalsIgnoreCase(name[k]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAllCaps(String token) {
    return token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
  }
}
