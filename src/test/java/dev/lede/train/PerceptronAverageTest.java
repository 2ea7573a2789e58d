package dev.lede.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;

class PerceptronAverageTest {

  private static PerceptronModel model(String[] outcomes, Map<String, Context> features) {
    String[] names = features.keySet().toArray(new String[0]);
    Context[] parameters = new Context[names.length];
    for (int i = 0; i < names.length; i++) {
      parameters[i] = features.get(names[i]);
    }
    return new PerceptronModel(parameters, names, outcomes);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Context> features(PerceptronModel model) {
    return (Map<String, Context>) model.getDataStructures()[1];
  }

  @Test
  void eachWeightIsTheMeanOverTheModelsMatchedByOutcomeName() {
    PerceptronModel first =
        model(
            new String[] {"other", "person"},
            Map.of("w=ada", new Context(new int[] {0, 1}, new double[] {-2, 4}),
                "sh=Xx", new Context(new int[] {1}, new double[] {3})));
    // the same outcomes in the other order, as a run over shuffled documents may number them
    PerceptronModel second =
        model(
            new String[] {"person", "other"},
            Map.of("w=ada", new Context(new int[] {0, 1}, new double[] {2, 2}),
                "w=said", new Context(new int[] {1}, new double[] {6})));

    PerceptronModel mean = PerceptronAverage.of(List.of(first, second));

    assertThat((String[]) mean.getDataStructures()[2]).containsExactly("other", "person");
    Map<String, Context> weights = features(mean);
    assertThat(weights.keySet()).containsExactlyInAnyOrder("w=ada", "sh=Xx", "w=said");
    // other: (-2 + 2) / 2 = 0 is left out; person: (4 + 2) / 2
    assertThat(weights.get("w=ada").getOutcomes()).containsExactly(1);
    assertThat(weights.get("w=ada").getParameters()).containsExactly(3.0);
    // a feature only one model has counts as 0 in the other
    assertThat(weights.get("sh=Xx").getParameters()).containsExactly(1.5);
    assertThat(weights.get("w=said").getOutcomes()).containsExactly(0);
    assertThat(weights.get("w=said").getParameters()).containsExactly(3.0);
  }

  @Test
  void theMeanScoresAsTheModelsScoreTogether() {
    PerceptronModel first =
        model(new String[] {"other", "person"}, Map.of("w=ada", new Context(new int[] {0, 1}, new double[] {1, 3})));
    PerceptronModel second =
        model(new String[] {"other", "person"}, Map.of("w=ada", new Context(new int[] {0, 1}, new double[] {3, 1})));

    double[] scores = PerceptronAverage.of(List.of(first, second)).eval(new String[] {"w=ada"});

    // the two models disagree by the same margin: their mean has no preference
    assertThat(scores[0]).isEqualTo(scores[1]);
  }

  @Test
  void modelsWithDifferentOutcomesCannotBeAveraged() {
    PerceptronModel first = model(new String[] {"other", "person"}, Map.of());
    PerceptronModel second = model(new String[] {"other", "place"}, Map.of());

    assertThatThrownBy(() -> PerceptronAverage.of(List.of(first, second)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different outcomes");
  }
}
