package dev.lede.eval;

import dev.lede.ner.DocumentContext;
import dev.lede.ner.NameRepairs;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.util.Span;

/**
 * Runs a name finder over gold sentences, one at a time on the gold tokens, clearing its
 * document-level data at document boundaries, and counts entities as conlleval does: a
 * prediction is correct only if its span and its type both match a gold entity. lede's tagger is
 * evaluated as it runs in lede, its names repaired document by document ({@link NameRepairs}).
 */
public final class NerEvaluator {

  private NerEvaluator() {}

  /** A source of fresh name finders, and whether their names get lede's {@link NameRepairs}. */
  public record Tagger(Supplier<TokenNameFinder> finders, boolean repaired) {}

  /**
   * How speed is measured: passes over the gold data, untimed until each tagger has spent
   * {@code warmUpNanos} of CPU (the JIT compiler needs a few seconds before code runs at full
   * speed), then {@code passes} timed ones, of which the fastest counts: on a shared machine
   * the slower ones mostly measure the neighbours.
   */
  public record Timing(long warmUpNanos, int passes) {

    public Timing {
      if (warmUpNanos < 0 || passes < 1) {
        throw new IllegalArgumentException("warm-up must be at least 0 and passes at least 1");
      }
    }
  }

  /**
   * Tags the gold sentences with each tagger and counts entities, the taggers taking turns pass
   * by pass, so that all of them meet the same load on the machine. Each pass gets a fresh
   * tagger from its supplier, so no pass starts with the words of an earlier one cached.
   */
  public static List<NerEvaluation> compare(
      List<Tagger> taggers, List<NameSample> gold, Timing timing) {
    long[] warmedNanos = new long[taggers.size()];
    // an empty gold set would never use up the warm-up time
    boolean warming = timing.warmUpNanos() > 0 && !gold.isEmpty();
    while (warming) {
      warming = false;
      for (int t = 0; t < taggers.size(); t++) {
        if (warmedNanos[t] < timing.warmUpNanos()) {
          warmedNanos[t] += tag(taggers.get(t), gold).cpuNanos();
          warming |= warmedNanos[t] < timing.warmUpNanos();
        }
      }
    }
    Tagging[] best = new Tagging[taggers.size()];
    for (int pass = 0; pass < timing.passes(); pass++) {
      for (int t = 0; t < taggers.size(); t++) {
        Tagging tagging = tag(taggers.get(t), gold);
        if (best[t] == null || tagging.cpuNanos() < best[t].cpuNanos()) {
          best[t] = tagging;
        }
      }
    }
    List<NerEvaluation> evaluations = new ArrayList<>();
    for (Tagging result : best) {
      evaluations.add(
          new NerEvaluation(
              count(result.sentences()), result.sentences(), result.tokens(), result.nanos(), result.cpuNanos()));
    }
    return evaluations;
  }

  private record Tagging(List<TaggedSentence> sentences, long tokens, long nanos, long cpuNanos) {}

  private static Tagging tag(Tagger tagger, List<NameSample> gold) {
    TokenNameFinder finder = tagger.finders().get();
    List<TaggedSentence> tagged = new ArrayList<>(gold.size());
    long tokens = 0;
    // CPU time of this thread, because on a shared machine wall time also counts waiting; plus
    // the garbage collector's time, which runs in other threads but is the tagger's cost too
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long gcStart = collectionMillis();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (List<NameSample> document : DocumentContext.byDocument(gold)) {
      // the document is known before its first sentence is tagged, as an article is in lede
      List<String[]> sentences = DocumentContext.sentences(document);
      List<Span[]> predicted = new ArrayList<>(sentences.size());
      try (DocumentContext.Scope scope = DocumentContext.enter(sentences)) {
        for (int i = 0; i < sentences.size(); i++) {
          if (document.get(i).isClearAdaptiveDataSet()) {
            finder.clearAdaptiveData();
          }
          predicted.add(finder.find(sentences.get(i)));
          tokens += sentences.get(i).length;
        }
      }
      if (tagger.repaired()) {
        predicted = NameRepairs.repair(sentences, predicted);
      }
      for (int i = 0; i < sentences.size(); i++) {
        tagged.add(new TaggedSentence(sentences.get(i), document.get(i).getNames(), predicted.get(i)));
      }
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart + (collectionMillis() - gcStart) * 1_000_000;
    return new Tagging(tagged, tokens, nanos, cpuNanos);
  }

  private static long collectionMillis() {
    long millis = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      millis += Math.max(0, collector.getCollectionTime());
    }
    return millis;
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
