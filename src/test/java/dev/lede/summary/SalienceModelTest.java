package dev.lede.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalienceModelTest {

  private static SalienceModel read(String text) throws IOException {
    return SalienceModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void writesAndReadsBackTheSameWeightsInFeatureOrder() throws IOException {
    SalienceModel model = new SalienceModel(Map.of("centrality", 1.5, "bias", -2.0, "first", 0.25));
    StringWriter out = new StringWriter();
    model.write(out, List.of("made for a test"));
    assertThat(out.toString()).startsWith("# made for a test\nbias\t");
    SalienceModel back = read(out.toString());
    assertThat(back.weights()).containsExactly(
        Map.entry("bias", -2.0), Map.entry("first", 0.25), Map.entry("centrality", 1.5));
  }

  @Test
  void salienceIsTheLogisticOfTheWeightedFeatures() {
    SentenceFeatures features = SentenceFeatures.of(Articles.analyze(
        "The council approved a new budget for the city schools on Tuesday.",
        "Teachers said the new budget gives the schools money for books."));
    SalienceModel model = new SalienceModel(Map.of("bias", -1.0, "first", 2.0));
    double[] salience = model.salience(features);
    assertThat(salience[0]).isCloseTo(1 / (1 + Math.exp(-1.0)), within(1e-12));
    assertThat(salience[1]).isCloseTo(1 / (1 + Math.exp(1.0)), within(1e-12));
  }

  @Test
  void rejectsUnknownFeaturesAndMalformedLines() {
    assertThatThrownBy(() -> new SalienceModel(Map.of("has-title", 1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has-title");
    assertThatThrownBy(() -> read("bias 1.0\n")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> read("bias\tlots\n")).isInstanceOf(IOException.class);
  }
}
