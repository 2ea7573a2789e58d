package dev.lede.clean;

/**
 * One line to cut from an article: {@code [start, end)} in char offsets, covering the whole line
 * and its line break (if any), and a short stable {@code reason}: {@code promotion}, {@code
 * navigation}, {@code credit}, {@code caption} or {@code byline}.
 */
public record Removal(int start, int end, String reason) {

  public static final String PROMOTION = "promotion";
  public static final String NAVIGATION = "navigation";
  public static final String CREDIT = "credit";
  public static final String CAPTION = "caption";
  public static final String BYLINE = "byline";
}
