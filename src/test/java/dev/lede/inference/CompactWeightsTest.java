package dev.lede.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.analysis.Models;
import dev.lede.pipeline.ApacheModels;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

class CompactWeightsTest {

  private static CompactWeights roundTrip(CompactWeights weights) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    weights.write(out);
    return CompactWeights.read(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void everyPredicateKeepsItsWeightsInOpenNlpsOrderThroughWriteAndRead() throws IOException {
    GISModel gis = ApacheModels.posWeights();
    Map<String, Context> predicates = ApacheModels.predicates(gis);

    CompactWeights weights = roundTrip(CompactWeights.of(gis));

    assertThat(weights.outcomes()).containsExactly((String[]) gis.getDataStructures()[2]);
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
  void aFeatureNamedInPartsIsLookedUpAsItsString() {
    GISModel gis = ApacheModels.posWeights();
    Map<String, Context> predicates = ApacheModels.predicates(gis);
    CompactWeights weights = CompactWeights.of(gis);
    int pairs = 0;

    for (String feature : predicates.keySet()) {
      int p = weights.predicate(feature);
      assertThat(p).as(feature).isNotNegative();
      for (int cut = 0; cut <= feature.length(); cut++) {
        String head = feature.substring(0, cut);
        String padded = "<" + feature.substring(cut) + ">";
        assertThat(weights.predicate(head, padded, 1, padded.length() - 1)).as(feature).isEqualTo(p);
        String rest = feature.substring(cut);
        assertThat(weights.predicate(head, rest, 0, rest.length())).as(feature).isEqualTo(p);
        // one char more or less than a known feature: the lookup must compare lengths and chars
        assertThat(weights.predicate(head, padded, 1, padded.length()))
            .isEqualTo(weights.predicate(feature + ">"));
        assertThat(weights.predicate(head, padded, 0, padded.length() - 1))
            .isEqualTo(weights.predicate(head + padded.substring(0, padded.length() - 1)));
      }
      int comma = feature.lastIndexOf(',');
      if (comma >= 0) {
        pairs++;
        for (int cut = 0; cut <= comma; cut++) {
          String head = feature.substring(0, cut);
          String first = feature.substring(cut, comma);
          String second = feature.substring(comma + 1);
          assertThat(weights.predicate(head, first, ',', second)).as(feature).isEqualTo(p);
          assertThat(weights.predicate(head, first, ';', second))
              .isEqualTo(weights.predicate(head + first + ";" + second));
        }
      }
    }
    assertThat(pairs).as("features with a comma (w&c=word,shape)").isGreaterThan(1000);
  }

  @Test
  void aFeatureNamedInPartsWhoseHashIsAnothersIsNotIt() {
    // "Aa" and "BB" have one String hash; so do "p,\u0232" and "p;a" (44 * 31 + 562 = 59 * 31 + 97)
    String longWord = "Aa".repeat(40); // longer than the powers of 31 kept for whole-text hashes
    String[] known = {"w=Aa", "x=Aa,Aa", "p,\u0232", "w=" + longWord};
    Context[] contexts = new Context[known.length];
    for (int i = 0; i < known.length; i++) {
      contexts[i] = new Context(new int[] {0}, new double[] {i + 1});
    }
    CompactWeights weights = CompactWeights.of(new GISModel(contexts, known, new String[] {"O"}));
    assertThat("BB".hashCode()).isEqualTo("Aa".hashCode());
    assertThat("p;a".hashCode()).isEqualTo("p,\u0232".hashCode());

    assertThat(weights.predicate("w=", "BB", 0, 2)).isEqualTo(-1);
    assertThat(weights.predicate("w=", "<Aa>", 1, 3)).isEqualTo(0);
    assertThat(weights.predicate("x=", "BB", ',', "Aa")).isEqualTo(-1);
    assertThat(weights.predicate("x=", "Aa", ',', "BB")).isEqualTo(-1);
    assertThat(weights.predicate("x=", "Aa", ',', "Aa")).isEqualTo(1);
    assertThat(weights.predicate("p", "", ';', "a")).isEqualTo(-1);
    assertThat(weights.predicate("w=", longWord, 0, longWord.length())).isEqualTo(weights.predicate("w=" + longWord)).isNotNegative();
    assertThat(weights.predicate("w=", "BB".repeat(40), 0, 80)).isEqualTo(-1);
    assertThat(weights.predicate("p", "", ',', "\u0232")).isEqualTo(2);
  }

  @Test
  void anUnknownFeatureHasNoWeights() {
    CompactWeights weights = CompactWeights.of(ApacheModels.posModel(), "pos.model");
    double[] scores = new double[weights.outcomeCount()];

    for (String unknown : new String[] {"", "w=harbourferryz", "w=the ", "\0", "w=\uD83D\uDE00"}) {
      assertThat(weights.predicate(unknown)).as(unknown).isEqualTo(-1);
    }
    weights.add(-1, scores);
    assertThat(scores).containsOnly(0);
  }

  @Test
  void aMissingCompactModelIsAClearError() {
    assertThatThrownBy(() -> ModelResources.loadCompact("/dev/lede/no-such.compact.bin", Models.POS_MODEL, POSModel::new))
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
