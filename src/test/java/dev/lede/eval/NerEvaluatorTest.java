package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class NerEvaluatorTest {

  private static Span span(int start, int end, String type) {
    return new Span(start, end, type);
  }

  @Test
  void countsOnlyExactSpanAndTypeMatchesAsCorrect() {
    String[] tokens = {"a", "b", "c", "d", "e", "f"};
    List<TaggedSentence> sentences =
        List.of(
            new TaggedSentence(
                tokens,
                new Span[] {span(0, 2, "PERSON"), span(3, 4, "LOCATION"), span(5, 6, "MISC")},
                // right person; location with the wrong type; a spurious one; misc too short
                new Span[] {span(0, 2, "PERSON"), span(3, 4, "ORGANIZATION"), span(4, 5, "MISC")}),
            new TaggedSentence(
                tokens,
                new Span[] {span(1, 3, "LOCATION")},
                new Span[] {span(1, 3, "LOCATION"), span(4, 6, "PERSON")}));

    Map<String, EntityCounts> byType = NerEvaluator.count(sentences);
    NerEvaluation evaluation = new NerEvaluation(new java.util.TreeMap<>(byType), sentences, 12, 0, 0);

    assertThat(byType.get("PERSON")).isEqualTo(new EntityCounts(1, 2, 1));
    assertThat(byType.get("LOCATION")).isEqualTo(new EntityCounts(2, 1, 1));
    assertThat(byType.get("ORGANIZATION")).isEqualTo(new EntityCounts(0, 1, 0));
    assertThat(byType.get("MISC")).isEqualTo(new EntityCounts(1, 1, 0));
    EntityCounts overall = evaluation.overall();
    assertThat(overall).isEqualTo(new EntityCounts(4, 5, 2));
    assertThat(overall.precision()).isCloseTo(0.4, within(1e-9));
    assertThat(overall.recall()).isCloseTo(0.5, within(1e-9));
    assertThat(overall.f1()).isCloseTo(2 * 0.4 * 0.5 / 0.9, within(1e-9));
  }

  @Test
  void noPredictionsMeansZeroScoresNotNaN() {
    EntityCounts counts = new EntityCounts(3, 0, 0);
    assertThat(counts.precision()).isZero();
    assertThat(counts.f1()).isZero();
  }
}
