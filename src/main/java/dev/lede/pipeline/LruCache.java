package dev.lede.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A map that holds at most {@code capacity} entries and drops the least recently used one to
 * make room, so a cache filled from an endless stream of articles stays the same size.
 */
public final class LruCache<K, V> {

  private final LinkedHashMap<K, V> entries;

  public LruCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    // access order: a get moves the entry to the young end
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The value for the key, computed and kept if absent. */
  public V get(K key, Function<? super K, ? extends V> compute) {
    return entries.computeIfAbsent(key, compute);
  }

  public int size() {
    return entries.size();
  }

  public boolean contains(K key) {
    return entries.containsKey(key);
  }
}
