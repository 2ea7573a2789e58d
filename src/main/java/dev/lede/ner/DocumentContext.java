package dev.lede.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.namefind.NameSample;

/**
 * The document whose sentences a name finder is tagging on this thread, for features that look
 * across the whole document (how a word is cased in the rest of the article). OpenNLP's finders
 * and trainers hand feature generators one sentence at a time, so whoever drives them names the
 * document here before its first sentence: {@link OpenNlpEntityFinder} (the article),
 * {@code NerEvaluator} and {@code NerTrainer} (each document of a CoNLL file). Without a
 * document, a generator takes the sentence for the whole document.
 */
public final class DocumentContext {

  private static final ThreadLocal<Document> CURRENT = new ThreadLocal<>();

  /** The sentences, read into {@link DocumentWords} only if some generator asks for them. */
  private static final class Document {
    private final List<String[]> sentences;
    private final List<String[]> predictedOutcomes;
    private DocumentWords words;

    Document(List<String[]> sentences, List<String[]> predictedOutcomes) {
      this.sentences = sentences;
      this.predictedOutcomes = predictedOutcomes;
    }

    DocumentWords words() {
      if (words == null) {
        words = DocumentWords.of(sentences);
      }
      return words;
    }
  }

  private DocumentContext() {}

  /** Makes {@code sentences} this thread's document until the returned scope is closed. */
  public static Scope enter(List<String[]> sentences) {
    return enter(new Document(List.copyOf(sentences), null));
  }

  /**
   * For training: makes {@code sentences} this thread's document, with the outcomes a model that
   * never saw it predicted for each sentence, which {@link PreviousLabelFeatureGenerator} then
   * remembers instead of the gold ones.
   */
  public static Scope enter(List<String[]> sentences, List<String[]> predictedOutcomes) {
    if (predictedOutcomes.size() != sentences.size()) {
      throw new IllegalArgumentException("one predicted outcome sequence per sentence is needed");
    }
    return enter(new Document(List.copyOf(sentences), List.copyOf(predictedOutcomes)));
  }

  private static Scope enter(Document document) {
    Document outer = CURRENT.get();
    CURRENT.set(document);
    return () -> {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    };
  }

  /** Samples split into documents: a document starts at each sample flagged to clear adaptive data. */
  public static List<List<NameSample>> byDocument(List<NameSample> samples) {
    List<List<NameSample>> documents = new ArrayList<>();
    for (NameSample sample : samples) {
      if (documents.isEmpty() || sample.isClearAdaptiveDataSet()) {
        documents.add(new ArrayList<>());
      }
      documents.get(documents.size() - 1).add(sample);
    }
    return documents;
  }

  /** The token sentences of samples, for {@link #enter}. */
  public static List<String[]> sentences(List<NameSample> samples) {
    List<String[]> sentences = new ArrayList<>(samples.size());
    for (NameSample sample : samples) {
      sentences.add(sample.getSentence());
    }
    return sentences;
  }

  /** This thread's document, or null if none was entered. */
  static DocumentWords current() {
    Document document = CURRENT.get();
    return document == null ? null : document.words();
  }

  /**
   * The predicted outcomes of the current document's sentence with these tokens, or null when
   * there are none (always so when tagging).
   */
  static String[] predictedOutcomes(String[] tokens) {
    Document document = CURRENT.get();
    if (document == null || document.predictedOutcomes == null) {
      return null;
    }
    for (int i = 0; i < document.sentences.size(); i++) {
      if (Arrays.equals(document.sentences.get(i), tokens)) {
        return document.predictedOutcomes.get(i);
      }
    }
    return null;
  }

  /** The time a document stays current; closing it never throws. */
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }
}
