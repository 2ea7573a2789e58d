package dev.lede.cli;

import dev.lede.Lede;
import dev.lede.Outcome;
import dev.lede.analysis.Models;
import dev.lede.batch.BatchRunner;
import dev.lede.bench.LongArticle;
import dev.lede.bench.ProcessRuns;
import dev.lede.bench.StageTimes;
import dev.lede.input.Article;
import dev.lede.input.Input;
import dev.lede.input.InputException;
import dev.lede.input.InputReader;
import dev.lede.input.InputWalker;
import dev.lede.summary.Summarizers;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lede bench}: speed and memory, each figure next to a baseline measured in the same run,
 * since a shared machine's absolute figures drift from run to run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Measure lede's speed and memory against baselines run alongside.",
    description = {
      "Reports, on the articles of DIR:",
      "  1. model load time, and each pipeline stage's tokens/s on one thread (after a warm-up pass);",
      "  2. in-process batch throughput, --threads 1 against --threads N, in turns (one pass each per"
          + " turn, as many turns as --passes): the median articles/s of each and of the turns' ratios;",
      "  3. whole runs of lede as a separate process on DIR (JVM start included), --threads 1 and N"
          + " in turns: the median time of each, articles/s, peak RSS, and the speed-up of each pair;",
      "  4. cold start: the median wall time of lede on one article against a bare JVM start;",
      "  5. with --memory-check, peak RSS of a run over a folder of that many articles (hard links);",
      "  6. with --long-article, a whole run on one article of that many megabytes made of DIR's"
          + " articles, and its time per word against the --threads 1 runs' on the folder.",
    })
final class BenchCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--articles", paramLabel = "DIR", required = true, description = "Folder of articles (*.txt, recursively).")
  private Path articles;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "400", description = "Articles for the in-process timings, of the stages and of the batch (default: ${DEFAULT-VALUE}).")
  private int limit;

  @Option(names = "--passes", paramLabel = "N", defaultValue = "3", description = "Timed passes over them, for each stage and each thread count of the in-process batch (default: ${DEFAULT-VALUE}).")
  private int passes;

  @Option(names = "--threads", paramLabel = "N", description = "Threads to compare with one (default: processors).")
  private Integer threads;

  @Option(names = "--process-runs", paramLabel = "N", defaultValue = "3", description = "Whole runs at each thread count, in turns (default: ${DEFAULT-VALUE}).")
  private int processRuns;

  @Option(names = "--cold-runs", paramLabel = "N", defaultValue = "10", description = "Process starts for the cold-start median (default: ${DEFAULT-VALUE}).")
  private int coldRuns;

  @Option(names = "--skip-process", description = "Only the in-process figures (1 and 2).")
  private boolean skipProcess;

  @Option(names = "--memory-check", paramLabel = "N", split = ",", description = "Folder sizes for the memory check, e.g. 1000,100000.")
  private int[] memoryCheck = new int[0];

  @Option(
      names = "--long-article",
      paramLabel = "MB",
      description = "Also time one article of this many megabytes (a temporary file of DIR's articles one after another, repeated as needed).")
  private Integer longArticleMegabytes;

  @Override
  public Integer call() throws Exception {
    if (processRuns < 1 || coldRuns < 1 || passes < 1 || limit < 1) {
      throw new ParameterException(
          spec.commandLine(), "--process-runs, --cold-runs, --passes and --limit take 1 or more");
    }
    if (longArticleMegabytes != null && longArticleMegabytes < 1) {
      throw new ParameterException(spec.commandLine(), "--long-article takes 1 or more megabytes");
    }
    PrintWriter out = spec.commandLine().getOut();
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (!java.nio.file.Files.isDirectory(articles)) {
      throw new ParameterException(spec.commandLine(), "--articles " + articles + ": no such folder");
    }
    List<Path> files = listArticles();
    if (files.isEmpty()) {
      throw new IllegalArgumentException(articles + ": no *.txt articles found");
    }
    List<Article> sample = read(files.subList(0, Math.min(limit, files.size())));

    long loadStart = System.nanoTime();
    Models models = Models.load();
    out.printf("Model load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);

    StageTimes times = StageTimes.measure(sample, models.newAnalyzer(), Summarizers.standard(), passes);
    out.printf("%nStages, 1 thread, %d articles x %d passes:%n", sample.size(), passes);
    for (Map.Entry<String, Double> stage : times.tokensPerSecond().entrySet()) {
      out.printf("  %-11s %,12.0f tokens/s%n", stage.getKey(), stage.getValue());
    }

    // in turns, as the whole runs below: one pass after the other measured a drift of the machine
    // or a burst of the optimizing compiler as a speed-up (x1.26 one run, x1.93 the run before)
    BatchRunner<Outcome> oneThread = inProcessRunner(models, sample, 1);
    BatchRunner<Outcome> manyThreads = inProcessRunner(models, sample, workers);
    double[] one = new double[passes];
    double[] many = new double[passes];
    double[] ratios = new double[passes];
    for (int pass = 0; pass < passes; pass++) {
      one[pass] = articlesPerSecond(oneThread, sample);
      many[pass] = articlesPerSecond(manyThreads, sample);
      ratios[pass] = many[pass] / one[pass];
    }
    Arrays.sort(one);
    Arrays.sort(many);
    Arrays.sort(ratios);
    out.printf(
        "%nIn-process batch: %.0f articles/s at 1 thread, %.0f at %d threads: x%.2f (median of %d pairs; x%.2f to x%.2f)%n",
        median(one), median(many), workers, median(ratios), passes, ratios[0], ratios[passes - 1]);

    double folderSecondsAtOneThread = Double.NaN;
    if (!skipProcess) {
      out.printf("%nWhole runs on %s (%d articles, JVM start included):%n", articles, files.size());
      // in turns, so that the machine's drift weighs on both counts alike
      List<ProcessRuns.Run> single = new ArrayList<>();
      List<ProcessRuns.Run> multi = new ArrayList<>();
      double[] speedUps = new double[processRuns];
      for (int i = 0; i < processRuns; i++) {
        single.add(ProcessRuns.run(ProcessRuns.ledeCommand("-q", "--threads", "1", "-o", "/dev/null", articles.toString())));
        multi.add(ProcessRuns.run(ProcessRuns.ledeCommand("-q", "--threads", "" + workers, "-o", "/dev/null", articles.toString())));
        speedUps[i] = single.get(i).seconds() / multi.get(i).seconds();
      }
      printRuns(out, "--threads 1", single, files.size());
      printRuns(out, "--threads " + workers, multi, files.size());
      Arrays.sort(speedUps);
      out.printf(
          "  speed-up x%.2f (median of %d pairs; x%.2f to x%.2f)%n",
          median(speedUps), processRuns, speedUps[0], speedUps[processRuns - 1]);
      folderSecondsAtOneThread = median(sortedSeconds(single));

      double lede = medianSeconds(ProcessRuns.ledeCommand(files.get(0).toString()));
      double jvm = medianSeconds(ProcessRuns.jvmBaselineCommand());
      out.printf(
          "%nCold start, one article, median of %d: lede %.3f s; bare JVM (java -version) %.3f s; ratio x%.1f%n",
          coldRuns, lede, jvm, lede / jvm);
    }
    for (int size : memoryCheck) {
      out.printf("%nMemory check, %d articles: %s%n", size, memoryRun(files, size, workers));
    }
    if (longArticleMegabytes != null) {
      out.printf("%nLong article, %d MB: %s%n", longArticleMegabytes, longArticleRun(files, folderSecondsAtOneThread));
    }
    return ExitCodes.OK;
  }

  private List<Path> listArticles() {
    List<Path> files = new ArrayList<>();
    new InputWalker(List.of(articles.toString()), "*.txt", FileSystems.getDefault())
        .forEachRemaining(
            input -> {
              if (input instanceof Input.FileInput file) {
                files.add(file.path());
              }
            });
    return files;
  }

  private static List<Article> read(List<Path> files) throws InputException {
    InputReader reader = new InputReader(Lede.Options.DEFAULT_MAX_BYTES, InputStream.nullInputStream());
    List<Article> sample = new ArrayList<>();
    for (Path file : files) {
      sample.add(reader.read(new Input.FileInput(file.toString(), file)));
    }
    return sample;
  }

  /** A batch runner over the sample, with this many threads, after a warm-up pass. */
  private static BatchRunner<Outcome> inProcessRunner(Models models, List<Article> sample, int threads)
      throws InterruptedException {
    Lede lede = new Lede(models, Summarizers::standard, Lede.Options.defaults(), InputStream.nullInputStream());
    // articles are read beforehand, so that only the pipeline is timed
    Map<String, Article> bySource = new HashMap<>();
    for (Article article : sample) {
      bySource.put(article.source(), article);
    }
    BatchRunner<Outcome> runner = new BatchRunner<>(input -> lede.summarize(bySource.get(input.source())), threads);
    articlesPerSecond(runner, sample);
    return runner;
  }

  /** One pass of the runner over the sample. */
  private static double articlesPerSecond(BatchRunner<Outcome> runner, List<Article> sample)
      throws InterruptedException {
    List<Input> inputs = new ArrayList<>();
    for (Article article : sample) {
      inputs.add(new Input.FileInput(article.source(), Path.of(article.source())));
    }
    long start = System.nanoTime();
    runner.run(inputs.iterator(), (in, outcome) -> {});
    return sample.size() / ((System.nanoTime() - start) / 1e9);
  }

  private double medianSeconds(List<String> command) throws IOException, InterruptedException {
    double[] seconds = new double[coldRuns];
    ProcessRuns.run(command); // the first start warms the page cache
    for (int i = 0; i < coldRuns; i++) {
      seconds[i] = ProcessRuns.run(command).seconds();
    }
    Arrays.sort(seconds);
    return median(seconds);
  }

  /** The runs' wall times, shortest first. */
  private static double[] sortedSeconds(List<ProcessRuns.Run> runs) {
    return runs.stream().mapToDouble(ProcessRuns.Run::seconds).sorted().toArray();
  }

  /** The median time of the runs (their range), its articles/s, and the highest peak RSS. */
  private static void printRuns(PrintWriter out, String label, List<ProcessRuns.Run> runs, int articles) {
    double[] seconds = sortedSeconds(runs);
    double median = median(seconds);
    out.printf(
        "  %-12s %6.2f s (%.2f-%.2f), %6.0f articles/s, peak RSS %.0f MiB (exit %s)%n",
        label,
        median,
        seconds[0],
        seconds[seconds.length - 1],
        articles / median,
        runs.stream().mapToDouble(ProcessRuns.Run::peakRssMiB).max().orElseThrow(),
        runs.stream().map(run -> "" + run.exitCode()).distinct().collect(Collectors.joining(",")));
  }

  /** The middle value of sorted values (the mean of the two middle ones for an even count). */
  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * A whole run on one article of {@link #longArticleMegabytes} made of the given ones, and its time
   * per word against the folder's run at one thread ({@code folderSeconds}, NaN if not measured).
   */
  private String longArticleRun(List<Path> files, double folderSeconds) throws IOException, InterruptedException {
    Path file = Files.createTempFile("lede-bench-", ".txt");
    try {
      double folderSecondsPerWord = folderSeconds / LongArticle.words(files);
      LongArticle article = LongArticle.write(files, longArticleMegabytes * 1_000_000L, file);
      ProcessRuns.Run run = ProcessRuns.run(ProcessRuns.ledeCommand("-q", "-o", "/dev/null", file.toString()));
      double perWord = run.seconds() / article.words();
      return String.format(
          "%,d words, %.1f s, peak RSS %.0f MiB (exit %d); %.1f us a word%s",
          article.words(),
          run.seconds(),
          run.peakRssMiB(),
          run.exitCode(),
          perWord * 1e6,
          Double.isNaN(folderSecondsPerWord)
              ? ""
              : String.format(
                  ", x%.2f the folder's at --threads 1 (%.1f us, JVM start included)",
                  perWord / folderSecondsPerWord, folderSecondsPerWord * 1e6));
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Peak RSS of a run over {@code size} articles: hard links to the given ones, round robin. */
  private String memoryRun(List<Path> files, int size, int workers) throws IOException, InterruptedException {
    Path folder = Files.createTempDirectory("lede-bench-");
    try {
      for (int i = 0; i < size; i++) {
        Path link = folder.resolve(String.format("%03d/%06d.txt", i / 1000, i));
        Files.createDirectories(link.getParent());
        Files.createLink(link, files.get(i % files.size()).toAbsolutePath());
      }
      ProcessRuns.Run run =
          ProcessRuns.run(ProcessRuns.ledeCommand("-q", "--threads", "" + workers, "-o", "/dev/null", folder.toString()));
      return String.format(
          "%.1f s, %.0f articles/s, peak RSS %.0f MiB (exit %d)",
          run.seconds(), size / run.seconds(), run.peakRssMiB(), run.exitCode());
    } finally {
      try (var walk = Files.walk(folder)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
