package dev.lede.pipeline;

import java.util.List;

/**
 * Finds named-entity mentions in the tokenized sentences of one article. Implementations may
 * keep per-document state (OpenNLP's adaptive data) and are not thread-safe: one per thread.
 */
public interface EntityFinder {

  List<Mention> find(List<Sentence> sentences);

  /** {@link #find(List)} within a time budget; finders that are slow per sentence check it between sentences. */
  default List<Mention> find(List<Sentence> sentences, Deadline deadline) {
    deadline.check();
    return find(sentences);
  }
}
