package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    // kept mentions never overlap, so those a new mention overlaps are the ones starting last
    // before its end, going back while they reach into it: a look-up or two per mention keeps
    // the merge O(n log n)
    TreeMap<Integer, Mention> kept = new TreeMap<>();
    for (EntityFinder finder : finders) {
      for (Mention mention : finder.find(sentences, deadline)) {
        List<Integer> covered = new ArrayList<>();
        boolean contains = true;
        for (Map.Entry<Integer, Mention> before = kept.lowerEntry(mention.end());
            before != null && before.getValue().end() > mention.start();
            before = kept.lowerEntry(before.getKey())) {
          Mention other = before.getValue();
          contains &= mention.start() <= other.start() && other.end() <= mention.end() && mention.end() - mention.start() > other.end() - other.start();
          covered.add(before.getKey());
        }
        if (covered.isEmpty() || contains) {
          // a later finder's mention that holds earlier ones whole wins: the rules' TIME "09:12
          // GMT" over the name finder's MISC "GMT"
          covered.forEach(kept::remove);
          kept.put(mention.start(), mention);
        }
      }
    }
    return new ArrayList<>(kept.values());
  }
}
