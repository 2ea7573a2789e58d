package dev.lede.output;

/**
 * The unit in which output offsets count: Unicode code points (what Python and jq index by)
 * or UTF-16 code units (what Java and JavaScript index by).
 */
public enum OffsetUnit {
  CODEPOINT("codepoint"),
  UTF16("utf16");

  private final String label;

  OffsetUnit(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A mapper from Java char offsets in {@code text} to this unit. */
  public OffsetMapper mapperFor(String text) {
    return this == UTF16 ? OffsetMapper.identity() : OffsetMapper.codePoints(text);
  }
}
