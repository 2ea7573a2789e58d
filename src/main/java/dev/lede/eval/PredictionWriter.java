package dev.lede.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Writes tagged sentences as conlleval reads them: {@code token gold predicted} per line, IOB2
 * tags with CoNLL's type names (PER, ORG, LOC, MISC), a blank line between sentences.
 */
public final class PredictionWriter {

  private PredictionWriter() {}

  public static void write(List<TaggedSentence> sentences, Writer out) throws IOException {
    boolean first = true;
    for (TaggedSentence sentence : sentences) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      String[] gold = iob2(sentence.gold(), sentence.tokens().length);
      String[] predicted = iob2(sentence.predicted(), sentence.tokens().length);
      for (int i = 0; i < sentence.tokens().length; i++) {
        out.write(sentence.tokens()[i] + " " + gold[i] + " " + predicted[i] + "\n");
      }
    }
  }

  /** IOB2 tags for entity spans over a sentence of the given length. */
  static String[] iob2(Span[] spans, int length) {
    String[] tags = new String[length];
    Arrays.fill(tags, "O");
    for (Span span : spans) {
      String type = ConllTypes.toConll(span.getType());
      tags[span.getStart()] = "B-" + type;
      for (int i = span.getStart() + 1; i < span.getEnd(); i++) {
        tags[i] = "I-" + type;
      }
    }
    return tags;
  }
}
