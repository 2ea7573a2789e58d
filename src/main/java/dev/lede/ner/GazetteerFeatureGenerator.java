package dev.lede.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Gazetteer features: for each token inside a listed name, the name's category and the token's
 * place in it (B, I, L, or U for a one-token name), e.g. "gz=COUNTRY:L" for "Lanka" in "Sri
 * Lanka". A name matches in its own case, or in capitals in an all-caps token.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {

  private final Gazetteer gazetteer;

  private String[] sentence;
  private List<List<String>> features;

  GazetteerFeatureGenerator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    if (tokens != sentence) {
      prepare(tokens);
    }
    out.addAll(features.get(index));
  }

  private void prepare(String[] tokens) {
    sentence = tokens;
    features = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      features.add(new ArrayList<>(0));
    }
    for (int start = 0; start < tokens.length; start++) {
      for (Gazetteer.Entry entry : gazetteer.startingWith(tokens[start])) {
        String[] name = entry.tokens();
        if (start + name.length <= tokens.length && matches(tokens, start, name)) {
          for (int k = 0; k < name.length; k++) {
            String place = name.length == 1 ? "U" : k == 0 ? "B" : k == name.length - 1 ? "L" : "I";
            features.get(start + k).add("gz=" + entry.category() + ":" + place);
          }
        }
      }
    }
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
