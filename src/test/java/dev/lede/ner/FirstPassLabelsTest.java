package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class FirstPassLabelsTest {

  private static final String[] FIRST = {"Dorrit", "Vance", "joined", "Halvex", "Bank", "of", "Tarn", "."};
  private static final String[] SECOND = {"Vance", "said", "Halvex", "Bank", "of", "Tarn", "grew", "."};
  private static final String[] THIRD = {"Tarn", "and", "Vance", "met", "in", "Tarn", "."};

  /** What a first pass found: the person three times, the bank once, Tarn alone once. */
  private static FirstPassLabels labels() {
    return FirstPassLabels.of(
        List.of(FIRST, SECOND, THIRD),
        List.of(
            new Span[] {new Span(0, 2, "PERSON"), new Span(3, 7, "ORGANIZATION")},
            new Span[] {new Span(0, 1, "PERSON")},
            new Span[] {new Span(0, 1, "LOCATION"), new Span(2, 3, "PERSON")}));
  }

  @Test
  void aTokenGetsTheLabelsOfItsOtherOccurrencesOnly() {
    List<List<String>> features = labels().features(THIRD);

    // Tarn here a place; elsewhere inside the bank once and untagged once
    assertThat(features.get(0)).containsExactly("ft=O", "fs=ORGANIZATION");
    // Tarn untagged here; elsewhere once each inside the bank, a place, untagged: ties go by name
    assertThat(features.get(5)).containsExactly("ft=LOCATION", "fs=ORGANIZATION", "fe=LOCATION:U");
    // Vance: a person in the two other places, one of them inside "Dorrit Vance"
    assertThat(features.get(2)).containsExactly("ft=PERSON", "fs=PERSON", "fe=PERSON:U");
    assertThat(features.get(1)).isEmpty();
  }

  @Test
  void aNameFoundOnlyHereGivesItsTokensNothing() {
    assertThat(labels().features(FIRST).get(0)).isEmpty();
  }

  @Test
  void anUntaggedRepeatOfAFoundNameIsMarkedWithTheNamesType() {
    List<List<String>> features = labels().features(SECOND);

    assertThat(features.get(2)).contains("fe=ORGANIZATION:B");
    assertThat(features.get(3)).contains("fe=ORGANIZATION:I");
    assertThat(features.get(4)).containsExactly("fe=ORGANIZATION:I");
    assertThat(features.get(5)).contains("fe=ORGANIZATION:L");
  }

  @Test
  void lowerCaseWordsInsideNamesGetNoTokenLabels() {
    List<List<String>> features = labels().features(new String[] {"the", "cost", "of", "it"});

    assertThat(features).allSatisfy(token -> assertThat(token).isEmpty());
  }
}
