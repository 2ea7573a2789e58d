package dev.lede.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WordCacheTest {

  @Test
  void computesAWordOnceWhileItIsHeld() {
    WordCache<Integer> cache = new WordCache<>(10);
    List<String> computed = new ArrayList<>();

    assertThat(cache.get("a", word -> { computed.add(word); return 1; })).isEqualTo(1);
    assertThat(cache.get("b", word -> { computed.add(word); return 2; })).isEqualTo(2);
    assertThat(cache.get("a", word -> { computed.add(word); return -1; })).isEqualTo(1);

    assertThat(computed).containsExactly("a", "b");
  }

  @Test
  void holdsAtMostTwoGenerationsAndKeepsTheWordsInUse() {
    WordCache<Integer> cache = new WordCache<>(3);
    AtomicInteger computedThe = new AtomicInteger();
    for (int i = 0; i < 100; i++) {
      cache.get("w" + i, word -> 0);
      // "the" comes back every other word, as common words do
      cache.get("the", word -> computedThe.incrementAndGet());
      assertThat(cache.size()).isLessThanOrEqualTo(6);
    }
    assertThat(computedThe.get()).isEqualTo(1);
    assertThat(cache.contains("w99")).isTrue();
    assertThat(cache.contains("w0")).isFalse();
  }

  @Test
  void aWordFromTheOldGenerationIsNotComputedAgain() {
    WordCache<Integer> cache = new WordCache<>(2);
    AtomicInteger computations = new AtomicInteger();
    cache.get("a", word -> computations.incrementAndGet());
    cache.get("b", word -> computations.incrementAndGet()); // the generation is full: a and b are old now

    assertThat(cache.get("a", word -> computations.incrementAndGet())).isEqualTo(1);
    assertThat(computations.get()).isEqualTo(2);
  }

  @Test
  void threadsSharingTheCacheGetTheValueOfEachWord() throws Exception {
    WordCache<String> cache = new WordCache<>(50);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        runs.add(
            pool.submit(
                () -> {
                  List<String> wrong = new ArrayList<>();
                  for (int i = 0; i < 20_000; i++) {
                    String word = "w" + (i * (seed + 1) % 300);
                    String value = cache.get(word, String::toUpperCase);
                    if (!value.equals(word.toUpperCase())) {
                      wrong.add(word + "=" + value);
                    }
                  }
                  return wrong;
                }));
      }
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    // a thread may add to a generation that another has just aged: a few more than two at most
    assertThat(cache.size()).isLessThanOrEqualTo(2 * 50 + 4);
  }

  @Test
  void aGenerationBelowOneWordIsRefused() {
    assertThatThrownBy(() -> new WordCache<String>(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
