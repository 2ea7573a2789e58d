package dev.lede.pipeline;

import java.util.List;

/** Splits an article's text into sentences (without tokens). */
public interface SentenceSplitter {

  /**
   * Returns the sentences of {@code text} between {@code from} and {@code to}, in order, indexed
   * from 0, with offsets into {@code text}.
   */
  List<Sentence> split(String text, int from, int to);
}
