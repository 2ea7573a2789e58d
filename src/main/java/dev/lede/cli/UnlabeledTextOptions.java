package dev.lede.cli;

import dev.lede.train.ClusterTrainer;
import dev.lede.train.UnlabeledText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The unlabeled text that word clusters are learned from, and how they are learned: shared by
 * {@code train-clusters} and {@code train-ner}, so that one train-ner run can build its clusters
 * with the same options. The defaults are the shipped model's recipe.
 */
final class UnlabeledTextOptions {

  @Option(names = "--text", arity = "1..*", paramLabel = "FILE", description = "Unlabeled raw text for word clusters (one paragraph or sentence a line): files, or folders whose files are all read, in name order.")
  List<Path> textFiles = new ArrayList<>();

  @Option(names = "--conll", arity = "1..*", paramLabel = "FILE", description = "CoNLL files whose tokens to add to the unlabeled text (tags are ignored); train-ner adds its --data files' tokens unless these are given.")
  List<Path> conllFiles = new ArrayList<>();

  @Option(names = "--brown", defaultValue = "100", description = "Brown clusters to learn; 0 for none (default: ${DEFAULT-VALUE}).")
  int brownClusters;

  @Option(names = "--brown-words", defaultValue = "40000", description = "Most frequent words that Brown clustering places (default: ${DEFAULT-VALUE}).")
  int brownWords;

  @Option(names = "--min-count", defaultValue = "3", description = "Cluster only words seen this often (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--dim", defaultValue = "100", description = "Word-vector size (default: ${DEFAULT-VALUE}).")
  int dimension;

  @Option(names = "--window", defaultValue = "5", description = "Context words on each side for word vectors (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--epochs", defaultValue = "3", description = "Passes over the text for word vectors (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed for word vectors (default: ${DEFAULT-VALUE}).")
  long seed;

  boolean hasText() {
    return !textFiles.isEmpty() || !conllFiles.isEmpty();
  }

  /** Null when the options are valid, else the one-line complaint. */
  String invalid(List<Integer> kmeans, int threads) {
    if (minCount < 1 || dimension < 1 || window < 1 || epochs < 1 || threads < 1 || brownClusters < 0
        || brownWords < 1 || kmeans.stream().anyMatch(k -> k < 2) || (kmeans.isEmpty() && brownClusters == 0)) {
      return "--min-count, --dim, --window, --epochs, --threads, --brown-words must be positive,"
          + " k-means cluster counts at least 2 (or 0), and some clustering asked for";
    }
    return null;
  }

  ClusterTrainer.Options options(List<Integer> kmeans, int threads) {
    return new ClusterTrainer.Options(
        minCount, dimension, window, 5, epochs, 1e-4, kmeans, 15, brownClusters, brownWords, threads, seed);
  }

  /**
   * The token sentences of the text and CoNLL files, then of {@code moreConll} (files not already
   * given); null after telling {@code err} which file could not be read.
   */
  List<List<String>> read(List<Path> moreConll, PrintWriter err) {
    List<List<String>> sentences = new ArrayList<>();
    List<Path> conll = new ArrayList<>(conllFiles);
    for (Path file : moreConll) {
      if (conll.stream().noneMatch(given -> given.toAbsolutePath().normalize().equals(file.toAbsolutePath().normalize()))) {
        conll.add(file);
      }
    }
    Path current = null;
    try {
      for (Path given : textFiles) {
        current = given;
        for (Path file : files(given)) {
          current = file;
          sentences.addAll(UnlabeledText.readText(file));
        }
      }
      for (Path file : conll) {
        current = file;
        sentences.addAll(UnlabeledText.readConll(file));
      }
    } catch (IOException e) {
      err.println("lede: " + current + ": " + TrainNerCommand.reason(e));
      return null;
    }
    return sentences;
  }

  /** The file itself, or every regular file under a folder, sorted so runs read the same order. */
  private static List<Path> files(Path given) throws IOException {
    if (!Files.isDirectory(given)) {
      return List.of(given);
    }
    try (Stream<Path> walk = Files.walk(given)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** "0" alone means no k-means clustering. */
  static List<Integer> kmeans(List<Integer> counts) {
    return counts.equals(List.of(0)) ? List.of() : counts;
  }
}
