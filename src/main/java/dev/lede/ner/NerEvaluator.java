package dev.lede.ner;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
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
   * Tags the gold sentences and counts entities. The sentences are tagged {@code passes} times
   * after one untimed warm-up pass (so compiled, not interpreted, code is timed), and the fastest
   * pass gives the speed: on a shared machine the others mostly measure the neighbours.
   */
  public static NerEvaluation evaluate(TokenNameFinderModel model, List<NameSample> gold, int passes) {
    TokenNameFinder finder = FastNameFinder.of(model);
    tag(finder, gold);
    Tagging best = null;
    for (int pass = 0; pass < passes; pass++) {
      Tagging tagging = tag(finder, gold);
      if (best == null || tagging.cpuNanos() < best.cpuNanos()) {
        best = tagging;
      }
    }
    Tagging result = best == null ? tag(finder, gold) : best;
    return new NerEvaluation(
        count(result.sentences()), result.sentences(), result.tokens(), result.nanos(), result.cpuNanos());
  }

  private record Tagging(List<TaggedSentence> sentences, long tokens, long nanos, long cpuNanos) {}

  private static Tagging tag(TokenNameFinder finder, List<NameSample> gold) {
    List<TaggedSentence> tagged = new ArrayList<>(gold.size());
    long tokens = 0;
    long nanos = 0;
    // CPU time of this thread as well: on a shared machine wall time also counts waiting
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (List<NameSample> document : DocumentContext.byDocument(gold)) {
      long start = System.nanoTime();
      // the document is known before its first sentence is tagged, as an article is in lede
      List<String[]> sentences = DocumentContext.sentences(document);
      try (DocumentContext.Scope scope = DocumentContext.enter(sentences)) {
        for (int i = 0; i < sentences.size(); i++) {
          NameSample sample = document.get(i);
          if (sample.isClearAdaptiveDataSet()) {
            finder.clearAdaptiveData();
          }
          Span[] predicted = finder.find(sentences.get(i));
          tokens += sentences.get(i).length;
          tagged.add(new TaggedSentence(sentences.get(i), sample.getNames(), predicted));
        }
      }
      nanos += System.nanoTime() - start;
    }
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
    return new Tagging(tagged, tokens, nanos, cpuNanos);
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
