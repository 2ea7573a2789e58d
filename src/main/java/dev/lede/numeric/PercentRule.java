package dev.lede.numeric;

/**
 * PERCENT mentions: "12.5%", "12.5 percent", "12.5 per cent", "12.5pc", ranges ("10-12%", "10 to
 * 12 percent") and percentage points ("3 percentage points", "a 3-percentage-point rise").
 */
final class PercentRule implements Rule {

  @Override
  public Match match(Tokens t, int i) {
    String s = t.lower(i);
    if (isGluedPercent(s)) {
      return new Match(NumericType.PERCENT, i + 1);
    }
    int j = t.numberPhraseEnd(i);
    if (j < 0) {
      return null;
    }
    if (t.is(j, "-") || t.is(j, "–") || t.is(j, "to")) {
      int second = t.numberPhraseEnd(j + 1);
      if (second > j + 1 && markerEnd(t, second) > 0) {
        j = second;
      }
    }
    int end = markerEnd(t, j);
    return end > 0 ? new Match(NumericType.PERCENT, end) : null;
  }

  /** The end of the percent sign or words at {@code j}, or -1. */
  private static int markerEnd(Tokens t, int j) {
    if (t.is(j, "%") || t.is(j, "percent") || t.text(j).equals("pc") || t.is(j, "per-cent")) {
      return j + 1;
    }
    if (t.is(j, "per") && t.is(j + 1, "cent")) {
      return j + 2;
    }
    if (t.is(j, "percentage") && (t.is(j + 1, "point") || t.is(j + 1, "points"))) {
      return j + 2;
    }
    // "3-percentage-point": the tokenizer splits off the first hyphen only
    int k = t.is(j, "-") && t.attached(j) ? j + 1 : j;
    if (t.is(k, "percentage-point") || t.is(k, "percentage-points")) {
      return k + 1;
    }
    return -1;
  }

  private static boolean isGluedPercent(String lower) {
    if (lower.length() > 1 && lower.endsWith("%")) {
      return Numbers.isNumeral(lower.substring(0, lower.length() - 1));
    }
    return lower.length() > 2 && lower.endsWith("pc")
        && Numbers.isNumeral(lower.substring(0, lower.length() - 2));
  }
}
