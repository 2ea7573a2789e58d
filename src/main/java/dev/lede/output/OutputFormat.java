package dev.lede.output;

/**
 * How records are written: {@code json} pretty-prints (one object for one input, an array of
 * objects for several); {@code jsonl} writes one compact object per line.
 */
public enum OutputFormat {
  JSON,
  JSONL
}
