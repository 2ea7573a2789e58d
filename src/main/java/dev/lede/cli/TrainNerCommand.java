package dev.lede.cli;

import dev.lede.eval.ConllReader;
import dev.lede.ner.WordClusters;
import dev.lede.train.ClusterTrainer;
import dev.lede.train.NerTrainer;
import dev.lede.train.NerTrainingConfig;
import dev.lede.train.PublicGazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede train-ner}: trains a name-finder model on CoNLL-2003 data; with {@code --text} (or
 * {@code --conll}) it first learns the word clusters from that unlabeled text and the training
 * data's tokens (or, given {@code --conll}, those files' tokens instead), as {@code train-clusters}
 * would, so one command builds the whole model.
 */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    description = "Train a named-entity model on CoNLL-2003 (IOB2) data; with --text, learn its word clusters in the same run.")
public final class TrainNerCommand implements Callable<Integer> {

  /** The feature descriptors used unless --features names another: without and with clusters. */
  static final String DEFAULT_FEATURES = "/dev/lede/ner/ner-features.xml";
  static final String DEFAULT_CLUSTER_FEATURES = "/dev/lede/ner/ner-features-clusters.xml";
  /** The model-resource name the cluster descriptor refers to. */
  static final String CLUSTER_RESOURCE = "word-clusters.wcl";
  /** The model-resource name under which a descriptor finds the public gazetteer. */
  static final String GAZETTEER_RESOURCE = "gazetteer.gaz";
  /** Perceptrons averaged into a model unless --orders says otherwise. */
  static final int DEFAULT_ORDERS = 3;

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      arity = "1..*",
      paramLabel = "FILE",
      description = "Training data, CoNLL-2003 format: one file or several, read in turn (a file named twice counts twice).")
  List<Path> data;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
  Path out;

  @Option(names = "--algorithm", defaultValue = "PERCEPTRON", description = "PERCEPTRON or MAXENT_QN (default: ${DEFAULT-VALUE}).")
  NerTrainingConfig.Algorithm algorithm;

  @Option(names = "--iterations", defaultValue = "300", description = "Training iterations at most (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--threads", defaultValue = "1", description = "Threads for word vectors and for MAXENT_QN; more than 1 makes word vectors differ slightly from run to run (k-means always uses every core) (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--cutoff", defaultValue = "0", description = "Drop features seen fewer times than this (default: ${DEFAULT-VALUE}).")
  int cutoff;

  @Option(names = "--folds", defaultValue = "0", description = "Train on documents' labels as predicted by this many cross-validation models, for the previous-label feature; 0 for gold labels (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--orders", paramLabel = "N", description = "Perceptrons to train, each reading the documents in another order (their own, then shuffled), side by side on the machine's cores; the model is their average, steadier than any one of them (default: " + DEFAULT_ORDERS + "; MAXENT_QN trains one).")
  Integer orders;

  @Option(names = "--beam", defaultValue = "3", description = "Beam width the model tags with; 1 is fastest (default: ${DEFAULT-VALUE}).")
  int beamSize;

  @Option(names = "--features", paramLabel = "XML", description = "Feature-generator descriptor (default: lede's own, built in).")
  Path features;

  @Option(
      names = "--opennlp-defaults",
      description = "Train OpenNLP's out-of-box model instead, as its own trainer does given no options: default features, BIO tags, perceptron, 300 iterations, cutoff 0, beam 3 (a baseline for eval-ner --baseline).")
  boolean openNlpDefaults;

  @Option(names = "--clusters", paramLabel = "FILE", description = "Word clusters from train-clusters; they go into the model as resource " + CLUSTER_RESOURCE + ".")
  Path clusters;

  @Mixin UnlabeledTextOptions text;

  @Option(names = "--kmeans", split = ",", defaultValue = "100,300,1000", description = "With --text/--conll: k-means cluster counts, one clustering each; 0 for none (default: ${DEFAULT-VALUE}).")
  List<Integer> kmeansCounts;

  @Option(names = "--clusters-out", paramLabel = "FILE", description = "With --text/--conll: also write the learned clusters here.")
  Path clustersOut;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (iterations < 1 || threads < 1 || cutoff < 0 || beamSize < 1 || folds < 0 || folds == 1) {
      err.println("lede: --iterations, --threads and --beam must be at least 1, --cutoff at least 0, --folds 0 or at least 2");
      return 2;
    }
    boolean perceptron = algorithm == NerTrainingConfig.Algorithm.PERCEPTRON;
    int orderCount = orders != null ? orders : perceptron ? DEFAULT_ORDERS : 1;
    if (orderCount < 1 || (orderCount > 1 && !perceptron)) {
      err.println("lede: --orders must be at least 1, and more than 1 only with the perceptron");
      return 2;
    }
    List<Integer> kmeans = UnlabeledTextOptions.kmeans(kmeansCounts);
    if (text.hasText()) {
      String invalid = clusters != null ? "give either --clusters or --text/--conll, not both" : text.invalid(kmeans, threads);
      if (invalid != null) {
        err.println("lede: " + invalid);
        return 2;
      }
    } else if (clustersOut != null) {
      err.println("lede: --clusters-out needs --text or --conll files to learn clusters from");
      return 2;
    }
    if (openNlpDefaults) {
      for (String option : List.of("--algorithm", "--iterations", "--threads", "--cutoff", "--beam", "--orders", "--features", "--clusters")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
          err.println("lede: --opennlp-defaults trains with OpenNLP's own settings; it does not take " + option);
          return 2;
        }
      }
    }
    List<List<NameSample>> perFile = readEach(data, err);
    if (perFile == null) {
      return 1;
    }
    List<NameSample> samples = new ArrayList<>();
    for (int i = 0; i < perFile.size(); i++) {
      if (perFile.get(i).isEmpty()) {
        err.println("lede: " + data.get(i) + ": no sentences");
        return 1;
      }
      samples.addAll(perFile.get(i));
    }
    if (openNlpDefaults) {
      long start = System.nanoTime();
      TokenNameFinderModel model;
      try {
        model = NerTrainer.trainOpenNlpDefault(samples);
      } catch (IOException | RuntimeException e) {
        err.println("lede: " + dataNames() + ": cannot train: " + reason(e));
        return 1;
      }
      return save(model, samples, start);
    }
    byte[] descriptor;
    try {
      descriptor = features == null ? defaultDescriptor() : Files.readAllBytes(features);
    } catch (IOException e) {
      err.println("lede: " + features + ": " + reason(e));
      return 1;
    }
    Map<String, Object> resources = new HashMap<>();
    // the gazetteer is built from lists in the JDK; only a descriptor that uses it gets it
    if (new String(descriptor, StandardCharsets.UTF_8).contains(GAZETTEER_RESOURCE)) {
      resources.put(GAZETTEER_RESOURCE, PublicGazetteer.build());
    }
    if (clusters != null) {
      try {
        resources.put(CLUSTER_RESOURCE, WordClusters.read(clusters));
      } catch (IOException e) {
        err.println("lede: " + clusters + ": " + reason(e));
        return 1;
      }
    } else if (text.hasText()) {
      WordClusters learned = learnClusters(kmeans, err);
      if (learned == null) {
        return 1;
      }
      resources.put(CLUSTER_RESOURCE, learned);
    }
    long start = System.nanoTime();
    TokenNameFinderModel model;
    try {
      NerTrainingConfig config =
          new NerTrainingConfig(
              algorithm, iterations, threads, cutoff, beamSize, descriptor, resources, folds, orderCount);
      model = NerTrainer.train(samples, config);
    } catch (IOException | RuntimeException e) {
      err.println("lede: " + (features == null ? dataNames() : features) + ": cannot train: " + reason(e));
      return 1;
    }
    return save(model, samples, start);
  }

  private int save(TokenNameFinderModel model, List<NameSample> samples, long start) {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    double seconds = (System.nanoTime() - start) / 1e9;
    try (OutputStream stream = Files.newOutputStream(out)) {
      model.serialize(stream);
    } catch (IOException e) {
      err.println("lede: " + out + ": " + reason(e));
      return 1;
    }
    long tokens = samples.stream().mapToLong(s -> s.getSentence().length).sum();
    long entities = samples.stream().mapToLong(s -> s.getNames().length).sum();
    stdout.printf(
        "trained on %d sentences, %d tokens, %d entities in %.1f s; wrote %s (%.1f MB)%n",
        samples.size(), tokens, entities, seconds, out, size(out) / 1e6);
    return 0;
  }

  private String dataNames() {
    return String.join(", ", data.stream().map(Path::toString).distinct().toList());
  }

  /**
   * Clusters learned from the unlabeled text plus the training data's own tokens, or the --conll
   * files' tokens when they are named (so that training on more labeled files can keep the clusters
   * of the training file alone); null on failure.
   */
  private WordClusters learnClusters(List<Integer> kmeans, PrintWriter err) {
    long start = System.nanoTime();
    List<List<String>> sentences = text.read(text.conllFiles.isEmpty() ? data : List.of(), err);
    if (sentences == null) {
      return null;
    }
    WordClusters learned;
    try {
      learned = ClusterTrainer.train(sentences, text.options(kmeans, threads), err::println);
    } catch (IllegalArgumentException e) {
      err.println("lede: " + e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("lede: interrupted while learning word clusters");
      return null;
    }
    if (clustersOut != null) {
      try {
        learned.write(clustersOut);
      } catch (IOException e) {
        err.println("lede: " + clustersOut + ": " + reason(e));
        return null;
      }
    }
    long tokens = sentences.stream().mapToLong(List::size).sum();
    err.printf("learned word clusters for %d words from %d tokens in %.1f s%n",
        learned.size(), tokens, (System.nanoTime() - start) / 1e9);
    return learned;
  }

  private byte[] defaultDescriptor() throws IOException {
    String resource = clusters == null && !text.hasText() ? DEFAULT_FEATURES : DEFAULT_CLUSTER_FEATURES;
    try (InputStream in = TrainNerCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("feature descriptor " + resource + " is missing from the classpath");
      }
      return in.readAllBytes();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  /** Each CoNLL file's samples, in the files' order; null after telling {@code err} which file failed. */
  static List<List<NameSample>> readEach(List<Path> files, PrintWriter err) {
    List<List<NameSample>> samples = new ArrayList<>();
    for (Path file : files) {
      try {
        samples.add(ConllReader.read(file));
      } catch (IOException | UncheckedIOException e) {
        err.println("lede: " + file + ": " + reason(e));
        return null;
      }
    }
    return samples;
  }

  static String reason(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    String message = cause.getMessage();
    if (cause instanceof NoSuchFileException) {
      return "no such file";
    }
    if (cause instanceof NullPointerException || cause instanceof java.util.zip.ZipException || message == null) {
      // OpenNLP reads a model as a zip of known entries: anything else fails deep inside it
      return "not a model file (" + cause.getClass().getSimpleName() + ")";
    }
    return message;
  }
}
