package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Runs several entity finders and merges their mentions in text order. Where mentions overlap,
 * the finder listed first wins (a name found by the statistical model is not cut up by a rule),
 * unless a later mention holds the earlier ones whole and is longer: then it replaces them.
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
    // kept mentions never overlap: a new one is cut into only by the one starting last before
    // it, and holds whole those starting inside it (a view, no copy); two look-ups per mention
    // keep the merge O(n log n)
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (EntityFinder finder : finders) {
      for (Mention mention : finder.find(sentences, deadline)) {
        Map.Entry<Integer, Mention> before = kept.lowerEntry(mention.start());
        if (before != null && before.getValue().end() > mention.start()) {
          continue;
        }
        NavigableMap<Integer, Mention> inside = kept.subMap(mention.start(), true, mention.end(), false);
        if (!inside.isEmpty()) {
          Mention last = inside.lastEntry().getValue();
          Mention first = inside.firstEntry().getValue();
          boolean sameSpan = inside.size() == 1 && first.start() == mention.start() && first.end() == mention.end();
          if (last.end() > mention.end() || sameSpan) {
            continue;
          }
          // a later finder's mention that holds earlier ones whole wins: the rules' TIME "09:12
          // GMT" over the name finder's MISC "GMT"
          inside.clear();
        }
        kept.put(mention.start(), mention);
      }
    }
    return new ArrayList<>(kept.values());
  }
}
