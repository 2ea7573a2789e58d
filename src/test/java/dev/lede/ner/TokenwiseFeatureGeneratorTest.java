package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.inference.FeatureSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The split FastNameFinder relies on: a tokenwise generator's features for a token are exactly
 * the token features of its neighbours at each offset plus its context features.
 */
class TokenwiseFeatureGeneratorTest {

  private static final String[][] SENTENCES = {
    {"Marta", "Okonkwo", "flew", "to", "Sri", "Lanka", "on", "12/03", "."},
    {"RUGBY", "-", "TALLINN", "BEAT", "QUITO", "31-7"},
    {"Lisbon"},
    {"\"", "It", "'s", "done", ",", "\"", "said", "Dias", "of", "Brenmoor", "Group", "Ltd."},
  };

  private static void assertSplitIsExact(TokenwiseFeatureGenerator generator) {
    for (String[] tokens : SENTENCES) {
      for (int index = 0; index < tokens.length; index++) {
        List<String> whole = new ArrayList<>();
        generator.createFeatures(whole, tokens, index, null);
        List<String> split = new ArrayList<>();
        for (int offset = -generator.window(); offset <= generator.window(); offset++) {
          int i = index + offset;
          if (i >= 0 && i < tokens.length) {
            generator.addTokenFeatures(FeatureSink.of(split), tokens[i], offset);
          }
        }
        generator.addContextFeatures(FeatureSink.of(split), tokens, index);

        assertThat(split).as("%s at %d", String.join(" ", tokens), index).containsExactlyInAnyOrderElementsOf(whole);
        assertThat(whole).isNotEmpty();
      }
    }
  }

  @Test
  void localFeaturesSplitExactly() {
    assertSplitIsExact(new LocalFeatureGenerator(2, 4));
  }

  @Test
  void localFeaturesWithoutAWordWindowSplitExactly() {
    assertSplitIsExact(new LocalFeatureGenerator(0, 3));
  }

  @Test
  void clusterFeaturesSplitExactly() {
    WordClusters clusters =
        new WordClusters(
            Map.of("Lisbon", new String[] {"7", "70"}, "Tallinn", new String[] {"7", "71"},
                "flew", new String[] {"2", "20"}, "said", new String[] {"3", "31"}));

    assertSplitIsExact(new ClusterFeatureGenerator(clusters, "k", 1));
    assertSplitIsExact(new ClusterFeatureGenerator(clusters, "b", 2));
  }
}
