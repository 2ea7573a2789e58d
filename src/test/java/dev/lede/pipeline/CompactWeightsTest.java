package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

class CompactWeightsTest {

  private static final POSModel POS = Models.load(Models.POS_MODEL, POSModel::new);

  private static CompactWeights roundTrip(CompactWeights weights) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    weights.write(out);
    return CompactWeights.read(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void everyPredicateKeepsItsWeightsInOpenNlpsOrderThroughWriteAndRead() throws IOException {
    GISModel gis = (GISModel) POS.getArtifact("pos.model");
    Object[] data = gis.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];

    CompactWeights weights = roundTrip(CompactWeights.of(gis));

    assertThat(weights.outcomes()).containsExactly((String[]) data[2]);
    assertThat(weights.predicateCount()).isEqualTo(predicates.size());
    double[] expected = new double[weights.outcomeCount()];
    double[] actual = new double[weights.outcomeCount()];
    for (Map.Entry<String, Context> entry : predicates.entrySet()) {
      int p = weights.predicate(entry.getKey());
      assertThat(p).as(entry.getKey()).isNotNegative();
      // sums onto a running total, so that a different order of additions would show
      int[] outcomes = entry.getValue().getOutcomes();
      double[] parameters = entry.getValue().getParameters();
      for (int k = 0; k < outcomes.length; k++) {
        expected[outcomes[k]] += parameters[k];
      }
      weights.add(p, actual);
      assertThat(actual).as(entry.getKey()).containsExactly(expected);
    }
  }

  @Test
  void anUnknownFeatureHasNoWeights() {
    CompactWeights weights = CompactWeights.of(POS, "pos.model");
    double[] scores = new double[weights.outcomeCount()];

    for (String unknown : new String[] {"", "w=harbourferryz", "w=the ", "\0", "w=\uD83D\uDE00"}) {
      assertThat(weights.predicate(unknown)).as(unknown).isEqualTo(-1);
    }
    weights.add(-1, scores);
    assertThat(scores).containsOnly(0);
  }

  @Test
  void aMissingCompactModelIsAClearError() {
    assertThatThrownBy(() -> Models.loadCompact("/dev/lede/no-such.compact.bin", Models.POS_MODEL, POSModel::new))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/dev/lede/no-such.compact.bin is missing")
        .hasMessageContaining(Models.POS_MODEL)
        .hasMessageContaining("mvn process-classes");
  }

  @Test
  void notCompactWeightsIsAnIoError() {
    byte[] text = "w=the 1 2 3\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CompactWeights.read(new ByteArrayInputStream(text))).isInstanceOf(IOException.class);
  }
}
