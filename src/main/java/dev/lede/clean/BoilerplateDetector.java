package dev.lede.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds the lines news sites wrap around an article: promotions ("download our app", "sign up for
 * the newsletter"), navigation ("Also read: ..."), photo credits and captions, and agency
 * bylines. Works on plain text, one line at a time, before any other stage.
 *
 * <p>Credits, captions, bylines and navigation labels have a recognisable shape and are matched
 * by pattern ({@link LineShapes}). Promotions vary too much for that, so each line gets a score
 * from features of the kind an editor would notice ({@link LineScore}): call-to-action and
 * marketing vocabulary, an imperative opening, addressing the reader, a brand name repeated, an
 * exclamation mark; against it, verbs of reporting, quotation marks, narrative past tense and
 * length. A line near the end (or, less, the start) of the article earns a bonus, and so does a
 * line next to one already removed, because such lines come in runs. Lines scoring at least
 * {@value #THRESHOLD} are removed; lines longer than {@value LineScore#MAX_WORDS} words never are.
 */
public final class BoilerplateDetector {

  static final double THRESHOLD = 3.5;
  static final double END_BONUS = 1.0;
  static final double START_BONUS = 0.5;
  static final double RUN_BONUS = 1.0;
  /** How many non-blank lines at either end count as "near" it. */
  static final int END_LINES = 3;
  static final int START_LINES = 2;

  private record Line(int start, int end, int next, String text) {}

  /** The lines to remove from {@code text}, in text order. */
  public List<Removal> detect(String text) {
    List<Line> lines = lines(text);
    int n = lines.size();
    String[] reasons = new String[n];
    double[] scores = new double[n];
    String[] scoreReasons = new String[n];
    Deque<Integer> removed = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      String line = lines.get(i).text();
      reasons[i] = LineShapes.classify(line);
      if (reasons[i] == null) {
        LineScore score = LineScore.of(line);
        scores[i] = score.value() + positionBonus(i, n);
        scoreReasons[i] = score.reason();
        if (scores[i] >= THRESHOLD) {
          reasons[i] = score.reason();
        }
      }
      if (reasons[i] != null) {
        removed.add(i);
      }
    }
    // promotional lines come in runs: a neighbour of a removed line needs less evidence; a
    // worklist of removed lines spreads the removal in one pass over the lines, never quadratic
    while (!removed.isEmpty()) {
      int j = removed.poll();
      for (int i = j - 1; i <= j + 1; i += 2) {
        if (i >= 0 && i < n && reasons[i] == null && scores[i] + RUN_BONUS >= THRESHOLD) {
          reasons[i] = scoreReasons[i];
          removed.add(i);
        }
      }
    }
    List<Removal> removals = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (reasons[i] != null) {
        removals.add(new Removal(lines.get(i).start(), lines.get(i).next(), reasons[i]));
      }
    }
    return removals;
  }

  /** {@code text} without the removed lines. */
  public static String remove(String text, List<Removal> removals) {
    StringBuilder kept = new StringBuilder(text.length());
    int from = 0;
    for (Removal r : removals) {
      kept.append(text, from, r.start());
      from = r.end();
    }
    kept.append(text, from, text.length());
    return kept.toString();
  }

  private static double positionBonus(int i, int n) {
    if (n - i <= END_LINES) {
      return END_BONUS;
    }
    return i < START_LINES ? START_BONUS : 0;
  }

  /** The non-blank lines of {@code text}, with their offsets (line break excluded) and the next line's start. */
  private static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int newline = text.indexOf('\n', start);
      int next = newline < 0 ? text.length() : newline + 1;
      int end = newline < 0 ? text.length() : newline;
      if (end > start && text.charAt(end - 1) == '\r') {
        end--;
      }
      String line = text.substring(start, end);
      if (!line.isBlank()) {
        lines.add(new Line(start, end, next, line.strip()));
      }
      start = next;
    }
    return lines;
  }
}
