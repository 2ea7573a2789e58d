package dev.lede.summary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A logistic sentence scorer: the probability that a sentence belongs in the summary,
 * {@code 1 / (1 + exp(-w·x))} over the {@link SentenceFeatures}. Stored as text, one
 * {@code name<TAB>weight} line per feature ({@code #} lines are comments), so trained
 * weights can be read and reviewed; a feature the file does not name weighs nothing.
 */
public final class SalienceModel {

  private final Map<String, Double> weights;
  private final double[] byFeature;

  public SalienceModel(Map<String, Double> weights) {
    for (String name : weights.keySet()) {
      if (!SentenceFeatures.NAMES.contains(name)) {
        throw new IllegalArgumentException("unknown sentence feature: " + name);
      }
    }
    Map<String, Double> ordered = new LinkedHashMap<>();
    byFeature = new double[SentenceFeatures.NAMES.size()];
    for (int f = 0; f < byFeature.length; f++) {
      String name = SentenceFeatures.NAMES.get(f);
      if (weights.containsKey(name)) {
        ordered.put(name, weights.get(name));
        byFeature[f] = weights.get(name);
      }
    }
    this.weights = Collections.unmodifiableMap(ordered);
  }

  public static SalienceModel read(InputStream in) throws IOException {
    Map<String, Double> weights = new LinkedHashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 2) {
        throw new IOException("expected name<TAB>weight, got: " + line);
      }
      try {
        weights.put(parts[0], Double.parseDouble(parts[1]));
      } catch (NumberFormatException e) {
        throw new IOException("not a weight: " + line, e);
      }
    }
    return new SalienceModel(weights);
  }

  /** Writes the weights in {@link SentenceFeatures#NAMES} order, after the comment lines. */
  public void write(Writer out, List<String> comments) throws IOException {
    for (String c : comments) {
      out.write("# " + c + "\n");
    }
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      out.write(String.format(Locale.ROOT, "%s\t%.6f\n", w.getKey(), w.getValue()));
    }
  }

  /** The weight of each feature the model names, in {@link SentenceFeatures#NAMES} order. */
  public Map<String, Double> weights() {
    return weights;
  }

  /** Each sentence's probability of belonging in the summary. */
  public double[] salience(SentenceFeatures features) {
    double[][] values = features.values();
    double[] salience = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double z = 0;
      for (int f = 0; f < byFeature.length; f++) {
        z += byFeature[f] * values[i][f];
      }
      salience[i] = 1 / (1 + Math.exp(-z));
    }
    return salience;
  }
}
