package dev.lede.output;

/**
 * How records are written: {@code json} pretty-prints (one object for one input, an array of
 * objects for several); {@code jsonl} writes one compact object per line; {@code text} is for
 * people at a terminal, a block per article.
 */
public enum OutputFormat {
  JSON,
  JSONL,
  TEXT
}
