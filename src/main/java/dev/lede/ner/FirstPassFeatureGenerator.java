package dev.lede.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The second pass of two-pass tagging: features from what a first-pass tagger found in the whole
 * document ({@link FirstPassLabels}). The first pass tags the document ({@link DocumentContext})
 * before its first sentence gets features; in training, {@link NerTrainer} gives the names that
 * cross-validated first-pass models found instead, so the second pass learns how far to trust a
 * first pass that makes mistakes. Without a document, the sentence is its own. Not thread-safe:
 * each second-pass tagger has its own first-pass tagger.
 */
final class FirstPassFeatureGenerator implements AdaptiveFeatureGenerator {

  private final TokenNameFinder firstPass;

  private List<String[]> document;
  private FirstPassLabels labels;
  private String[] sentence;
  private List<List<String>> features;

  FirstPassFeatureGenerator(TokenNameFinder firstPass) {
    this.firstPass = firstPass;
  }

  @Override
  public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
    List<String[]> current = DocumentContext.sentences();
    if (labels == null || current != document || (current == null && tokens != sentence)) {
      document = current;
      List<String[]> sentences = current != null ? current : List.<String[]>of(tokens);
      labels = FirstPassLabels.of(sentences, names(sentences));
      sentence = null;
    }
    if (tokens != sentence) {
      sentence = tokens;
      features = labels.features(tokens);
    }
    out.addAll(features.get(index));
  }

  private List<Span[]> names(List<String[]> sentences) {
    List<Span[]> given = DocumentContext.firstPassNames();
    if (given != null) {
      return given;
    }
    List<Span[]> found = new ArrayList<>(sentences.size());
    firstPass.clearAdaptiveData();
    for (String[] tokens : sentences) {
      found.add(firstPass.find(tokens));
    }
    firstPass.clearAdaptiveData();
    return found;
  }
}
