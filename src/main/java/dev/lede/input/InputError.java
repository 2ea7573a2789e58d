package dev.lede.input;

/**
 * Why an input could not be summarized. Each code is part of the JSON contract: scripts
 * match on it, so codes are never renamed.
 */
public enum InputError {
  /** The input holds no text, or only white space. */
  EMPTY("empty"),
  /** The input is binary (NUL bytes or mostly control characters), not text. */
  NOT_TEXT("not-text"),
  /** The bytes could not be decoded as text. */
  DECODE("decode"),
  /** The input is larger than --max-bytes. */
  TOO_LARGE("too-large"),
  /** The input could not be read: missing, unreadable, not a regular file, deleted meanwhile. */
  IO("io"),
  /** The article is not in English (and --allow-non-english was not given). */
  NOT_ENGLISH("not-english"),
  /** The article took longer than --timeout to summarize. */
  TIMEOUT("timeout"),
  /** lede itself failed on this input: a bug, reported with --debug's stack trace. */
  INTERNAL("internal");

  private final String code;

  InputError(String code) {
    this.code = code;
  }

  /** The stable code written in error records. */
  public String code() {
    return code;
  }
}
