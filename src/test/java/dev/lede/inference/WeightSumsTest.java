package dev.lede.inference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.pipeline.ApacheModels;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.maxent.GISModel;
import org.junit.jupiter.api.Test;

class WeightSumsTest {

  /**
   * Whole-string features are remembered by reference in a small table: every POS feature, twice
   * over and with copies and unknown features in between, so that slots are shared and overwritten,
   * must still add exactly the weights its own lookup gives.
   */
  @Test
  void rememberedLookupsAddWhatTheModelsLookupsAdd() {
    GISModel gis = ApacheModels.posWeights();
    CompactWeights weights = CompactWeights.of(gis);
    List<String> features = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (String feature : ApacheModels.predicates(gis).keySet()) {
        features.add(feature);
        features.add(new String(feature)); // the same feature, another String
        features.add(feature + "\u0000unknown");
      }
    }

    WeightSums sums = new WeightSums(weights);
    double[] remembered = new double[weights.outcomeCount()];
    double[] lookedUp = new double[weights.outcomeCount()];
    sums.into(remembered);
    for (String feature : features) {
      sums.add(feature);
      weights.add(weights.predicate(feature), lookedUp);
      assertThat(remembered).as(feature).containsExactly(lookedUp);
    }
  }

  @Test
  void featuresTheModelDoesNotKnowMakeNoSums() {
    WeightSums sums = new WeightSums(CompactWeights.of(ApacheModels.posWeights()));
    sums.into(null);
    sums.add("no such feature");
    sums.add("no such feature");
    assertThat(sums.sums()).isNull();
  }
}
