package dev.lede.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.analysis.Models;
import dev.lede.inference.CompactWeights;
import dev.lede.inference.ModelResources;
import dev.lede.pipeline.FastPosTagger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSSample;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.model.BaseModel;
import org.junit.jupiter.api.Test;

public class CompactModelWriterTest {

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  @Test
  void theCompactPosModelKeepsEveryOtherEntryAndLoadsThroughOpenNlp() throws IOException {
    byte[] original = ModelResources.load(Models.POS_MODEL, InputStream::readAllBytes);
    POSModel full = new POSModel(new ByteArrayInputStream(original));

    byte[] written = CompactModelWriter.write(new ByteArrayInputStream(original), "pos.model");
    POSModel compact = new POSModel(new ByteArrayInputStream(written));

    Map<String, byte[]> before = entries(original);
    Map<String, byte[]> after = entries(written);
    assertThat(after.keySet()).containsAll(before.keySet()).contains("pos.model.weights");
    for (String name : before.keySet()) {
      if (!name.equals("pos.model") && !name.equals("manifest.properties")) {
        assertThat(after.get(name)).as(name).isEqualTo(before.get(name));
      }
    }

    assertThat(CompactWeights.isStripped(compact, "pos.model")).isTrue();
    assertThat(CompactWeights.isStripped(full, "pos.model")).isFalse();
    GISModel stripped = (GISModel) compact.getArtifact("pos.model");
    assertThat(stripped.getNumOutcomes()).isEqualTo(((GISModel) full.getArtifact("pos.model")).getNumOutcomes());
    assertThat(((Map<?, ?>) stripped.getDataStructures()[1])).hasSize(1);
    for (String key : new String[] {"BeamSize", "OpenNLP-Version", "Language", "Component-Name"}) {
      assertThat(compact.getManifestProperty(key)).as(key).isEqualTo(full.getManifestProperty(key));
    }
    assertThat(CompactWeights.of(compact, "pos.model").predicateCount())
        .isEqualTo(CompactWeights.of(full, "pos.model").predicateCount());
  }

  /** A stripped model must never reach POSTaggerME, which would tag with its placeholder weights. */
  @Test
  void aCompactModelTheFastTaggerCannotTakeIsRefused() throws IOException {
    List<POSSample> samples = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      samples.add(POSSample.parse("The_DET ferry_NOUN runs_VERB daily_ADV ._PUNCT"));
    }
    TrainingParameters parameters = TrainingParameters.defaultParams();
    parameters.put(TrainingParameters.ALGORITHM_PARAM, "PERCEPTRON");
    parameters.put(TrainingParameters.CUTOFF_PARAM, 0);
    POSModel perceptron =
        POSTaggerME.train("en", ObjectStreamUtils.createObjectStream(samples), parameters, new POSTaggerFactory());
    POSModel compact = new POSModel(compactForm(perceptron, "pos.model"));

    assertThatThrownBy(() -> FastPosTagger.of(compact))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("compact form");
    UnaryOperator<String[]> reference = new POSTaggerME(perceptron, POSTagFormat.UD)::tag;
    assertThat(reference.apply(new String[] {"The", "ferry"})).containsExactly("DET", "NOUN");
  }

  /** The compact form CompactModelWriter writes of a model whose weights are in {@code entry}. */
  public static InputStream compactForm(BaseModel model, String entry) throws IOException {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    model.serialize(saved);
    return new ByteArrayInputStream(CompactModelWriter.write(new ByteArrayInputStream(saved.toByteArray()), entry));
  }

  @Test
  void notAModelIsAnIoError() {
    byte[] notZip = "pos.model".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> CompactModelWriter.write(new ByteArrayInputStream(notZip), "pos.model"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("pos.model");
  }
}
