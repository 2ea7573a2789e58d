package dev.lede.input;

/** How to read an input: told from its name and opening, or forced to plain text or HTML. */
public enum InputFormat {
  /** HTML when the file name ends in .html or .htm or the text opens like HTML; else plain text. */
  AUTO,
  TEXT,
  HTML
}
