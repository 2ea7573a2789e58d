package dev.lede.ner;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Features of a token from the rest of its document ({@link DocumentContext}), after Ratinov and
 * Roth (2009): how its word is cased where case is informative, in conjunction with where the
 * token itself stands (inside a sentence, at its start, in an all-caps headline) and its own case;
 * its places in runs of capitalised words; and, optionally, the words next to it where it is
 * capitalised elsewhere. All of it is looked up once per word per sentence, so tagging stays fast.
 */
final class DocumentFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final int MAX_NEIGHBOURS = 8;
  /** Where a token stands: inside a sentence, at its start or after an opener, in a headline. */
  private static final String[] PLACES = {"m", "s", "h"};
  private static final String[] CASES = {"-", "l", "c", "u"};
  private static final String[] CASE_FEATURES = new String[8];
  private static final String[][] CASE_PLACE_FEATURES = new String[8][PLACES.length * CASES.length];
  private static final String[] RUN_FEATURES = new String[8];

  static {
    for (int flags = 0; flags < 8; flags++) {
      CASE_FEATURES[flags] = "dc=" + flags;
      RUN_FEATURES[flags] = "dr=" + flags;
      for (int p = 0; p < PLACES.length; p++) {
        for (int c = 0; c < CASES.length; c++) {
          CASE_PLACE_FEATURES[flags][p * CASES.length + c] = "dc=" + flags + PLACES[p] + CASES[c];
        }
      }
    }
  }

  private final boolean neighbours;

  private String[] sentence;
  private DocumentWords document;
  private List<List<String>> features;

  DocumentFeatureGenerator(boolean neighbours) {
    this.neighbours = neighbours;
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    DocumentWords current = DocumentContext.current();
    if (tokens != sentence || current == null || current != document) {
      prepare(tokens, current);
    }
    List<String> own = features.get(index);
    for (int i = 0; i < own.size(); i++) { // addAll would copy them into a new array first
      out.add(own.get(i));
    }
  }

  private void prepare(String[] tokens, DocumentWords current) {
    sentence = tokens;
    // without a document, the sentence is its own
    document = current != null ? current : DocumentWords.of(List.<String[]>of(tokens));
    boolean headline = DocumentWords.isHeadline(tokens);
    features = new ArrayList<>(tokens.length);
    for (int i = 0; i < tokens.length; i++) {
      List<String> own = new ArrayList<>(4);
      features.add(own);
      int casing = DocumentWords.casing(tokens[i]);
      DocumentWords.Word word = casing == 0 ? null : document.word(tokens[i].toLowerCase(Locale.ROOT));
      if (word == null) {
        continue;
      }
      int place = headline ? 2 : i == 0 || DocumentWords.isOpener(tokens[i - 1]) ? 1 : 0;
      int caseIndex = casing == DocumentWords.LOWER ? 1 : casing == DocumentWords.CAPITALISED ? 2 : 3;
      own.add(CASE_FEATURES[word.casing]);
      own.add(CASE_PLACE_FEATURES[word.casing][place * CASES.length + caseIndex]);
      if (word.runs != 0) {
        own.add(RUN_FEATURES[word.runs]);
      }
      if (neighbours && (casing != DocumentWords.LOWER || headline)) {
        for (String feature : neighbourFeatures(word)) {
          own.add(feature);
        }
      }
    }
  }

  private static String[] neighbourFeatures(DocumentWords.Word word) {
    if (word.neighbourFeatures == null) {
      List<String> made = new ArrayList<>();
      addFirst(made, "db=", word.before());
      addFirst(made, "da=", word.after());
      word.neighbourFeatures = made.toArray(String[]::new);
    }
    return word.neighbourFeatures;
  }

  /** The first {@link #MAX_NEIGHBOURS} words, in their order, after the mark (a loop: streams are slow in C1). */
  private static void addFirst(List<String> out, String mark, Collection<String> words) {
    int added = 0;
    for (String w : words) {
      if (added++ == MAX_NEIGHBOURS) {
        return;
      }
      out.add(mark + w);
    }
  }
}
