package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentences from OpenNLP's English model, one line at a time: in plain-text news a line break
 * ends a paragraph, so no sentence crosses one, and the detector's cost stays linear. Breaks the
 * model makes after abbreviations are joined again ({@link AbbreviationRepair}), and its errors at
 * closing quotation marks mended ({@link QuoteBreaks}).
 */
public final class OpenNlpSentenceSplitter implements SentenceSplitter {

  /**
   * Runs of characters without a space longer than this never hold a sentence break: OpenNLP's
   * detector scans from each period in a run to the run's ends, quadratic over a long run.
   */
  static final int MAX_RUN = 64;

  private final SentenceDetectorME detector;
  private final String endOfSentence;

  public OpenNlpSentenceSplitter(SentenceModel model) {
    this.detector = new SentenceDetectorME(model);
    char[] eos = model.getEosCharacters();
    this.endOfSentence = eos == null ? ".?!" : new String(eos);
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
        Span[] detected = detector.sentPosDetect(detectorView(line, endOfSentence));
        for (Span span : QuoteBreaks.split(line, joinWrongBreaks(line, detected))) {
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

  /** The detector's pieces of {@code line}, joined where a break is wrong by either rule. */
  private static List<Span> joinWrongBreaks(String line, Span[] spans) {
    List<Span> joined = new ArrayList<>(spans.length);
    for (Span span : spans) {
      if (!joined.isEmpty()) {
        Span previous = joined.get(joined.size() - 1);
        // each piece cut and stripped once, for both rules
        String before = line.substring(previous.getStart(), previous.getEnd()).strip();
        String after = line.substring(span.getStart(), span.getEnd()).strip();
        if (!before.isEmpty() && !after.isEmpty()
            && (AbbreviationRepair.shouldJoin(before, after) || QuoteBreaks.carriesOn(before, after))) {
          joined.set(joined.size() - 1, new Span(previous.getStart(), span.getEnd()));
          continue;
        }
      }
      joined.add(span);
    }
    return joined;
  }

  /**
   * The line as the detector reads it, offset for offset: white space of any kind as a plain
   * space (the detector's scans stop at ' ' only), no end-of-sentence character in a run
   * longer than {@link #MAX_RUN}, so that its cost stays linear, and none between two digits: a
   * decimal point ends no sentence, though the model split "$1.5 billion" after "1.5".
   */
  public static String detectorView(String line, String endOfSentence) {
    char[] view = line.toCharArray();
    for (int i = 1; i + 1 < view.length; i++) {
      if (endOfSentence.indexOf(view[i]) >= 0 && isDigit(view[i - 1]) && isDigit(view[i + 1])) {
        view[i] = '_';
      }
    }
    int runStart = 0;
    for (int i = 0; i <= view.length; i++) {
      boolean space = i == view.length || Character.isWhitespace(view[i]) || Character.isSpaceChar(view[i]);
      if (space) {
        if (i < view.length) {
          view[i] = ' ';
        }
        if (i - runStart > MAX_RUN) {
          for (int j = runStart; j < i; j++) {
            if (endOfSentence.indexOf(view[j]) >= 0) {
              view[j] = '_';
            }
          }
        }
        runStart = i + 1;
      }
    }
    return new String(view);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
