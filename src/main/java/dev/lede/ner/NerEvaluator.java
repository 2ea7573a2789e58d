package dev.lede.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Runs a name finder over gold sentences, one at a time on the gold tokens, clearing its
 * document-level data at document boundaries, and counts entities as conlleval does: a
 * prediction is correct only if its span and its type both match a gold entity.
 */
public final class NerEvaluator {

  private NerEvaluator() {}

  /**
   * Tags the gold sentences and counts entities. With {@code warmUp}, an untimed pass over the
   * sentences comes first, so the speed measured is that of compiled, not interpreted, code.
   */
  public static NerEvaluation evaluate(TokenNameFinderModel model, List<NameSample> gold, boolean warmUp) {
    NameFinderME finder = new NameFinderME(model);
    if (warmUp) {
      for (NameSample sample : gold) {
        if (sample.isClearAdaptiveDataSet()) {
          finder.clearAdaptiveData();
        }
        finder.find(sample.getSentence());
      }
    }
    List<TaggedSentence> tagged = new ArrayList<>(gold.size());
    long tokens = 0;
    long nanos = 0;
    // CPU time of this thread as well: on a shared machine wall time also counts waiting
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (NameSample sample : gold) {
      long start = System.nanoTime();
      if (sample.isClearAdaptiveDataSet()) {
        finder.clearAdaptiveData();
      }
      Span[] predicted = finder.find(sample.getSentence());
      nanos += System.nanoTime() - start;
      tokens += sample.getSentence().length;
      tagged.add(new TaggedSentence(sample.getSentence(), sample.getNames(), predicted));
    }
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    return new NerEvaluation(count(tagged), tagged, tokens, nanos, cpuNanos);
  }

  /** Gold, predicted and correct entities per type over the given sentences. */
  public static TreeMap<String, EntityCounts> count(List<TaggedSentence> sentences) {
    TreeMap<String, EntityCounts> byType = new TreeMap<>();
    for (TaggedSentence sentence : sentences) {
      Set<Span> gold = new HashSet<>(List.of(sentence.gold()));
      for (Span span : sentence.gold()) {
        byType.merge(span.getType(), new EntityCounts(1, 0, 0), EntityCounts::plus);
      }
      for (Span span : sentence.predicted()) {
        // Span.equals compares start, end and type
        int correct = gold.contains(span) ? 1 : 0;
        byType.merge(span.getType(), new EntityCounts(0, 1, correct), EntityCounts::plus);
      }
    }
    return byType;
  }
}
