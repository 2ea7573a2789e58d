package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentences from OpenNLP's English model, one line at a time: in plain-text news a line break
 * ends a paragraph, so no sentence crosses one, and the detector's cost stays linear. Breaks the
 * model makes after abbreviations are joined again ({@link AbbreviationRepair}).
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

  private final SentenceDetectorME detector;

  public OpenNlpSentenceSplitter(SentenceModel model) {
    this.detector = new SentenceDetectorME(model);
  }

  @Override
  public List<Sentence> split(String text, int from, int to) {
    List<Sentence> sentences = new ArrayList<>();
    int lineStart = from;
    while (lineStart < to) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0 || lineEnd > to) {
        lineEnd = to;
      }
      if (lineEnd > lineStart) {
        String line = text.substring(lineStart, lineEnd);
        for (Span span : AbbreviationRepair.repair(line, detector.sentPosDetect(line))) {
          Span trimmed = span.trim(line);
          if (trimmed.length() > 0) {
            int start = lineStart + trimmed.getStart();
            int end = lineStart + trimmed.getEnd();
            sentences.add(
                new Sentence(sentences.size(), start, end, text.substring(start, end), List.of()));
          }
        }
      }
      lineStart = lineEnd + 1;
    }
    return sentences;
  }
}
