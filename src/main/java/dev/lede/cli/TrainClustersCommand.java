package dev.lede.cli;

import dev.lede.ner.WordClusters;
import dev.lede.train.ClusterTrainer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede train-clusters}: learns word clusters from unlabeled text (skip-gram vectors and
 * k-means at several sizes, Brown clusters), for {@code lede train-ner --clusters}; train-ner can
 * also learn them itself from the same options.
 */
@Command(
    name = "train-clusters",
    mixinStandardHelpOptions = true,
    description = "Learn word clusters from unlabeled text, for train-ner --clusters.")
public final class TrainClustersCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin UnlabeledTextOptions text;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the clusters (word<TAB>id...).")
  Path out;

  @Option(names = "--clusters", split = ",", defaultValue = "100,300,1000", description = "k-means cluster counts, one clustering each; 0 for none (default: ${DEFAULT-VALUE}).")
  List<Integer> clusterCounts;

  @Option(names = "--threads", defaultValue = "1", description = "Threads for word vectors; more than 1 makes them differ slightly from run to run (k-means always uses every core) (default: ${DEFAULT-VALUE}).")
  int threads;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (!text.hasText()) {
      err.println("lede: give --text or --conll files to learn from");
      return 2;
    }
    List<Integer> kmeans = UnlabeledTextOptions.kmeans(clusterCounts);
    String invalid = text.invalid(kmeans, threads);
    if (invalid != null) {
      err.println("lede: " + invalid);
      return 2;
    }
    long start = System.nanoTime();
    List<List<String>> sentences = text.read(List.of(), err);
    if (sentences == null) {
      return 1;
    }
    long tokens = sentences.stream().mapToLong(List::size).sum();
    ClusterTrainer.Options options = text.options(kmeans, threads);
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
        kmeans, text.brownClusters, clusters.size(), tokens, (System.nanoTime() - start) / 1e9, out);
    return 0;
  }
}
