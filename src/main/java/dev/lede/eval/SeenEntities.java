package dev.lede.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;

/**
 * The entity texts of a training set, to tell generalisation from memory: an entity is seen when
 * its exact text (tokens joined by single spaces, case kept, any type) is an entity somewhere in
 * the training data. Gold and predicted entities are split by their own text, so a correct
 * prediction falls in the same part as its gold entity and each part is counted as conlleval
 * counts the whole.
 */
public final class SeenEntities {

  private final Set<String> texts;

  private SeenEntities(Set<String> texts) {
    this.texts = texts;
  }

  public static SeenEntities of(List<NameSample> training) {
    Set<String> texts = new HashSet<>();
    for (NameSample sample : training) {
      for (Span span : sample.getNames()) {
        texts.add(text(sample.getSentence(), span));
      }
    }
    return new SeenEntities(texts);
  }

  /** Whether the entity the span marks in these tokens occurs as an entity in the training data. */
  public boolean contains(String[] tokens, Span span) {
    return texts.contains(text(tokens, span));
  }

  /** Counts of one type (or overall) split into seen and unseen entities. */
  public record Split(EntityCounts seen, EntityCounts unseen) {

    public static final Split NONE = new Split(EntityCounts.NONE, EntityCounts.NONE);

    public Split plus(Split other) {
      return new Split(seen.plus(other.seen), unseen.plus(other.unseen));
    }
  }

  /** Per type, the conlleval counts of seen and of unseen entities. */
  public SortedMap<String, Split> count(List<TaggedSentence> sentences) {
    SortedMap<String, Split> byType = new TreeMap<>();
    for (TaggedSentence sentence : sentences) {
      Set<Span> gold = new HashSet<>(List.of(sentence.gold()));
      for (Span span : sentence.gold()) {
        byType.merge(span.getType(), split(sentence.tokens(), span, new EntityCounts(1, 0, 0)), Split::plus);
      }
      for (Span span : sentence.predicted()) {
        EntityCounts counts = new EntityCounts(0, 1, gold.contains(span) ? 1 : 0);
        byType.merge(span.getType(), split(sentence.tokens(), span, counts), Split::plus);
      }
    }
    return byType;
  }

  /** The sum of the per-type splits. */
  public static Split overall(SortedMap<String, Split> byType) {
    return byType.values().stream().reduce(Split.NONE, Split::plus);
  }

  private Split split(String[] tokens, Span span, EntityCounts counts) {
    return contains(tokens, span) ? new Split(counts, EntityCounts.NONE) : new Split(EntityCounts.NONE, counts);
  }

  private static String text(String[] tokens, Span span) {
    return String.join(" ", List.of(tokens).subList(span.getStart(), span.getEnd()));
  }
}
