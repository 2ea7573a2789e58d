package dev.lede.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells HTML from plain text by its opening: a doctype, {@code <html>} or {@code <head>} after
 * white space, comments and an XML declaration, or several block tags early on (a fragment).
 */
public final class HtmlSniffer {

  /** How far into the text to look: a page's opening, not a whole article. */
  private static final int WINDOW = 4096;
  /** Fragments have several; a plain-text article that mentions one tag does not. */
  private static final int BLOCK_TAGS = 3;

  private static final Pattern PREAMBLE =
      Pattern.compile("\\A(?:\\s|\uFEFF|<!--.*?-->|<\\?xml[^>]*>)*", Pattern.DOTALL);
  private static final Pattern DOCUMENT_START =
      Pattern.compile("<(?:!doctype\\s+html|html|head)[\\s>]", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_TAG =
      Pattern.compile(
          "<(?:p|div|article|section|main|body|h[1-6]|ul|ol|li|table|blockquote|br)(?:\\s[^>]*)?/?>",
          Pattern.CASE_INSENSITIVE);

  private HtmlSniffer() {}

  public static boolean looksLikeHtml(String text) {
    String opening = text.substring(0, Math.min(text.length(), WINDOW));
    if (opening.indexOf('<') < 0) {
      // both patterns need one; without it the block-tag search would try every position
      return false;
    }
    Matcher preamble = PREAMBLE.matcher(opening);
    int start = preamble.lookingAt() ? preamble.end() : 0;
    if (DOCUMENT_START.matcher(opening).region(start, opening.length()).lookingAt()) {
      return true;
    }
    Matcher blocks = BLOCK_TAG.matcher(opening);
    int count = 0;
    while (count < BLOCK_TAGS && blocks.find()) {
      count++;
    }
    return count >= BLOCK_TAGS;
  }
}
