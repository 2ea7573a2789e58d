package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs several entity finders and merges their mentions in text order. Where mentions overlap,
 * the finder listed first wins: a name found by the statistical model is not cut up by a rule.
 */
public final class CombinedEntityFinder implements EntityFinder {

  private final List<EntityFinder> finders;

  public CombinedEntityFinder(List<EntityFinder> finders) {
    this.finders = List.copyOf(finders);
  }

  @Override
  public List<Mention> find(List<Sentence> sentences) {
    return find(sentences, Deadline.NONE);
  }

  @Override
  public List<Mention> find(List<Sentence> sentences, Deadline deadline) {
    // kept mentions never overlap, so the one starting last before a new mention's end is the
    // only one that can overlap it: one look-up per mention keeps the merge O(n log n)
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (EntityFinder finder : finders) {
      for (Mention mention : finder.find(sentences, deadline)) {
        Map.Entry<Integer, Mention> before = kept.lowerEntry(mention.end());
        if (before == null || before.getValue().end() <= mention.start()) {
          kept.put(mention.start(), mention);
        }
      }
    }
    return new ArrayList<>(kept.values());
  }
}
