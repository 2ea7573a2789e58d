package dev.lede.eval;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of running a name finder over gold data: counts per entity type and overall, the
 * tagged sentences, and how long the tagging took, in wall-clock time and in CPU time of the
 * tagging thread plus garbage collection (both include the bookkeeping between sentences, a
 * small share).
 */
public record NerEvaluation(
    SortedMap<String, EntityCounts> byType,
    List<TaggedSentence> sentences,
    long tokens,
    long taggingNanos,
    long taggingCpuNanos) {

  public NerEvaluation {
    byType = new TreeMap<>(byType);
    sentences = List.copyOf(sentences);
  }

  public EntityCounts overall() {
    EntityCounts total = EntityCounts.NONE;
    for (Map.Entry<String, EntityCounts> entry : byType.entrySet()) {
      total = total.plus(entry.getValue());
    }
    return total;
  }

  /** Tokens per second of wall-clock time. */
  public double tokensPerSecond() {
    return taggingNanos == 0 ? 0 : tokens * 1e9 / taggingNanos;
  }

  /** Tokens per second of CPU time (tagging thread and GC): the speed of one unshared core. */
  public double tokensPerCpuSecond() {
    return taggingCpuNanos == 0 ? 0 : tokens * 1e9 / taggingCpuNanos;
  }
}
