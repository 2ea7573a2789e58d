package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LruCacheTest {

  @Test
  void keepsAtMostItsCapacityDroppingTheLeastRecentlyUsed() {
    LruCache<String, Integer> cache = new LruCache<>(2);
    List<String> computed = new ArrayList<>();

    cache.get("a", key -> { computed.add(key); return 1; });
    cache.get("b", key -> { computed.add(key); return 2; });
    cache.get("a", key -> { computed.add(key); return -1; });
    cache.get("c", key -> { computed.add(key); return 3; });

    assertThat(cache.size()).isEqualTo(2);
    assertThat(computed).containsExactly("a", "b", "c");
    // "b" was used least recently when "c" came
    assertThat(cache.contains("a")).isTrue();
    assertThat(cache.contains("b")).isFalse();
    assertThat(cache.get("a", key -> -1)).isEqualTo(1);
  }

  @Test
  void aCapacityBelowOneIsRefused() {
    assertThatThrownBy(() -> new LruCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
