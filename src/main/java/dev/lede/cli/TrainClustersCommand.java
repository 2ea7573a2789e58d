package dev.lede.cli;

import dev.lede.ner.ClusterTrainer;
import dev.lede.ner.UnlabeledText;
import dev.lede.ner.WordClusters;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede train-clusters}: learns word clusters from unlabeled text (skip-gram vectors and
 * k-means at several sizes), for {@code lede train-ner --clusters}.
 */
@Command(
    name = "train-clusters",
    mixinStandardHelpOptions = true,
    description = "Learn word clusters from unlabeled text, for train-ner --clusters.")
public final class TrainClustersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--text", arity = "1..*", paramLabel = "FILE", description = "Raw text files (one paragraph or sentence a line).")
  List<Path> textFiles = new ArrayList<>();

  @Option(names = "--conll", arity = "1..*", paramLabel = "FILE", description = "CoNLL files whose tokens to add (tags are ignored).")
  List<Path> conllFiles = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the clusters (word<TAB>id...).")
  Path out;

  @Option(names = "--clusters", split = ",", defaultValue = "100,300,1000", description = "k-means cluster counts, one clustering each; 0 for none (default: ${DEFAULT-VALUE}).")
  List<Integer> clusterCounts;

  @Option(names = "--brown", defaultValue = "0", description = "Brown clusters to learn as well; 0 for none (default: ${DEFAULT-VALUE}).")
  int brownClusters;

  @Option(names = "--brown-words", defaultValue = "50000", description = "Most frequent words that Brown clustering places (default: ${DEFAULT-VALUE}).")
  int brownWords;

  @Option(names = "--min-count", defaultValue = "3", description = "Cluster only words seen this often (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--dim", defaultValue = "100", description = "Word-vector size (default: ${DEFAULT-VALUE}).")
  int dimension;

  @Option(names = "--window", defaultValue = "5", description = "Context words on each side (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--epochs", defaultValue = "3", description = "Passes over the text (default: ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--threads", defaultValue = "1", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (textFiles.isEmpty() && conllFiles.isEmpty()) {
      err.println("lede: give --text or --conll files to learn from");
      return 2;
    }
    List<Integer> kmeans = clusterCounts.equals(List.of(0)) ? List.of() : clusterCounts;
    if (minCount < 1 || dimension < 1 || window < 1 || epochs < 1 || threads < 1 || brownClusters < 0
        || brownWords < 1 || kmeans.stream().anyMatch(k -> k < 2) || (kmeans.isEmpty() && brownClusters == 0)) {
      err.println("lede: --min-count, --dim, --window, --epochs, --threads, --brown-words must be positive,"
          + " --clusters at least 2 (or 0), and some clustering asked for");
      return 2;
    }
    long start = System.nanoTime();
    List<List<String>> sentences = new ArrayList<>();
    Path current = null;
    try {
      for (Path file : textFiles) {
        current = file;
        sentences.addAll(UnlabeledText.readText(file));
      }
      for (Path file : conllFiles) {
        current = file;
        sentences.addAll(UnlabeledText.readConll(file));
      }
    } catch (IOException e) {
      err.println("lede: " + current + ": " + TrainNerCommand.reason(e));
      return 1;
    }
    long tokens = sentences.stream().mapToLong(List::size).sum();
    ClusterTrainer.Options options =
        new ClusterTrainer.Options(
            minCount, dimension, window, 5, epochs, 1e-4, kmeans, 15, brownClusters, brownWords,
            threads, seed);
    WordClusters clusters;
    try {
      clusters = ClusterTrainer.train(sentences, options);
    } catch (IllegalArgumentException e) {
      err.println("lede: " + e.getMessage());
      return 1;
    }
    try {
      clusters.write(out);
    } catch (IOException e) {
      err.println("lede: " + out + ": " + TrainNerCommand.reason(e));
      return 1;
    }
    stdout.printf(
        "learned k-means clusters %s and %d Brown clusters for %d words from %d tokens in %.1f s; wrote %s%n",
        kmeans, brownClusters, clusters.size(), tokens, (System.nanoTime() - start) / 1e9, out);
    return 0;
  }
}
