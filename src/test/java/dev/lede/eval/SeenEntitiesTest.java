package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SeenEntitiesTest {

  private static final SeenEntities SEEN =
      SeenEntities.of(
          List.of(
              new NameSample(
                  new String[] {"Marta", "Okonkwo", "joined", "Pellworth", "Mills"},
                  new Span[] {new Span(0, 2, "PERSON"), new Span(3, 5, "ORGANIZATION")},
                  true)));

  @Test
  void anEntityIsSeenWhenItsExactTextIsATrainingEntityOfAnyType() {
    String[] tokens = {"Pellworth", "Mills", "hired", "Marta", "and", "Marta", "Okonkwo"};

    assertThat(SEEN.contains(tokens, new Span(0, 2, "LOCATION"))).isTrue();
    assertThat(SEEN.contains(tokens, new Span(5, 7, "PERSON"))).isTrue();
    // a part of a training entity is not the entity
    assertThat(SEEN.contains(tokens, new Span(0, 1, "ORGANIZATION"))).isFalse();
    assertThat(SEEN.contains(tokens, new Span(3, 4, "PERSON"))).isFalse();
  }

  @Test
  void splitsGoldAndPredictionsByTheirOwnText() {
    String[] tokens = {"Marta", "Okonkwo", "met", "Idris", "Vale", "of", "Pellworth", "Mills"};
    TaggedSentence sentence =
        new TaggedSentence(
            tokens,
            new Span[] {new Span(0, 2, "PERSON"), new Span(3, 5, "PERSON"), new Span(6, 8, "ORGANIZATION")},
            // seen person right, unseen person cut short, seen company mistyped
            new Span[] {new Span(0, 2, "PERSON"), new Span(4, 5, "PERSON"), new Span(6, 8, "LOCATION")});

    SortedMap<String, SeenEntities.Split> byType = SEEN.count(List.of(sentence));

    assertThat(byType.get("PERSON").seen()).isEqualTo(new EntityCounts(1, 1, 1));
    assertThat(byType.get("PERSON").unseen()).isEqualTo(new EntityCounts(1, 1, 0));
    assertThat(byType.get("ORGANIZATION").seen()).isEqualTo(new EntityCounts(1, 0, 0));
    assertThat(byType.get("LOCATION").seen()).isEqualTo(new EntityCounts(0, 1, 0));
    SeenEntities.Split overall = SeenEntities.overall(byType);
    assertThat(overall.seen()).isEqualTo(new EntityCounts(2, 2, 1));
    assertThat(overall.unseen()).isEqualTo(new EntityCounts(1, 1, 0));
    // the parts add up to conlleval's whole
    assertThat(overall.seen().plus(overall.unseen()))
        .isEqualTo(NerEvaluator.count(List.of(sentence)).values().stream().reduce(EntityCounts.NONE, EntityCounts::plus));
  }
}
