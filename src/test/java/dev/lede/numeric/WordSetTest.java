package dev.lede.numeric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {

  @Test
  void holdsItsWordsAndNoOthers() {
    WordSet months = WordSet.of("january", "february", "march", "may", "june");
    assertThat(List.of("january", "february", "march", "may", "june"))
        .allMatch(months::contains);
    assertThat(List.of("", "jan", "March", "mayor", "junes", "july")).noneMatch(months::contains);
  }

  @Test
  void tellsApartWordsOfOneHashCode() {
    // "Aa" and "BB" share a hash code, and so does every string made of them
    WordSet set = WordSet.of("AaAa", "BBBB", "AaBB");
    assertThat(set.contains("BBAa")).isFalse();
    assertThat(List.of("AaAa", "BBBB", "AaBB")).allMatch(set::contains);
  }

  @Test
  void findsEveryWordOfALargeSetAmongManyOthers() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      words.add("w" + i);
    }
    WordSet set = WordSet.of(words);
    for (int i = 0; i < 2000; i++) {
      assertThat(set.contains("w" + i)).as("w%d", i).isEqualTo(i < 500);
    }
    assertThat(WordSet.of(List.of()).contains("w1")).isFalse();
  }
}
