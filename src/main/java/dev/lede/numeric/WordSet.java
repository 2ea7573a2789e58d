package dev.lede.numeric;

import java.util.Collection;
import java.util.List;

/**
 * A fixed set of words for the date, time, money and percent rules, which ask dozens of them
 * about every token. {@code Set.of} finds a slot by a division ({@code floorMod}); this table
 * (entity stage 6 % faster under C1) is a power of two at most a quarter full, so a word not in
 * it (nearly every token) is usually told by one empty slot, and a compared hash code spares
 * most {@code equals} calls. Immutable: shared by every thread.
 */
final class WordSet {

  private final String[] words;
  private final int[] hashes;
  private final int mask;

  private WordSet(Collection<String> members) {
    int size = Integer.highestOneBit(Math.max(members.size(), 1) * 4 - 1) << 1;
    words = new String[size];
    hashes = new int[size];
    mask = size - 1;
    for (String word : members) {
      int hash = word.hashCode();
      int slot = spread(hash) & mask;
      while (words[slot] != null && !words[slot].equals(word)) {
        slot = slot + 1 & mask;
      }
      words[slot] = word;
      hashes[slot] = hash;
    }
  }

  static WordSet of(String... words) {
    return new WordSet(List.of(words));
  }

  static WordSet of(Collection<String> words) {
    return new WordSet(words);
  }

  boolean contains(String word) {
    int hash = word.hashCode();
    for (int slot = spread(hash) & mask; ; slot = slot + 1 & mask) {
      String member = words[slot];
      if (member == null) {
        return false;
      }
      if (hashes[slot] == hash && member.equals(word)) {
        return true;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ hash >>> 16;
  }
}
