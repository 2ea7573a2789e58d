package dev.lede.cli;

import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.analysis.Models;
import dev.lede.eval.SummaryCorpus;
import dev.lede.summary.LeadSummarizer;
import dev.lede.summary.NewsSummarizer;
import dev.lede.summary.SalienceModel;
import dev.lede.summary.SentenceFeatures;
import dev.lede.summary.Summarizer;
import dev.lede.summary.TextRankSummarizer;
import dev.lede.train.SalienceTraining;
import dev.lede.train.SalienceTraining.Options;
import dev.lede.train.SalienceTraining.Prepared;
import dev.lede.train.SalienceTraining.Score;
import dev.lede.train.SummaryExamples;
import dev.lede.train.SummaryExamples.Example;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede train-summary}: fits the learned sentence scorer on corpora of articles with
 * reference summaries, reports k-fold cross-validated ROUGE per corpus next to lede's
 * hand-weighted summarizer, Lead-N and TextRank on the same folds, and writes the weights
 * trained on all the data.
 */
@Command(
    name = "train-summary",
    mixinStandardHelpOptions = true,
    description = {
      "Train the learned sentence scorer (logistic, OpenNLP maxent) on article/summary corpora;"
          + " report k-fold cross-validated ROUGE F1 x100 per corpus, then write the weights"
          + " trained on all of it.",
      "Give --articles and --summaries once per corpus, in the same order."
    })
public final class TrainSummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article files (repeat per corpus).")
  List<Path> articles;

  @Option(names = "--summaries", required = true, paramLabel = "DIR", description = "Folder of reference summaries (repeat per corpus, same order).")
  List<Path> summaries;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the weights trained on all the data (TSV).")
  Path out;

  @Option(names = "--cache", paramLabel = "FILE", description = "Keep the analyzed articles here (gzipped JSON) and reuse them when the folders match.")
  Path cache;

  @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Cross-validation folds, by article; 0 skips it (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the fold shuffle (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--l2", defaultValue = "1.0", description = "L2 penalty of the maxent trainer (default: ${DEFAULT-VALUE}).")
  double l2;

  @Option(names = "--sentences", defaultValue = "3", paramLabel = "N", description = "Summary length in sentences, for the oracle labels and the scores (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--drop", paramLabel = "FEATURE", description = "Leave this feature out (repeatable); 'interactions' drops every x- feature.")
  List<String> drop = new ArrayList<>();

  @Option(names = "--balance", defaultValue = "1", paramLabel = "X", description = "Weight of each smaller corpus relative to the largest: 1 weighs them alike, 0 counts each article once (default: ${DEFAULT-VALUE}).")
  double balance;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Analysis threads (default: ${DEFAULT-VALUE}).")
  int threads;

  private final Supplier<Supplier<ArticleAnalyzer>> pipeline;

  public TrainSummaryCommand() {
    this(() -> Models.load()::newAnalyzer);
  }

  /** {@code pipeline} loads the models and gives a factory of per-thread analyzers. */
  TrainSummaryCommand(Supplier<Supplier<ArticleAnalyzer>> pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (articles.size() != summaries.size()) {
      err.println("lede: give --summaries once for each --articles");
      return 2;
    }
    if (folds < 0 || folds == 1 || sentences < 1 || threads < 1 || !(l2 >= 0) || !(balance >= 0)) {
      err.println("lede: --folds must be 0 or at least 2, --sentences and --threads at least 1, --l2 and --balance at least 0");
      return 2;
    }
    Set<String> features = new LinkedHashSet<>(SentenceFeatures.NAMES);
    for (String d : drop) {
      if (d.equals("interactions")) {
        features.removeIf(f -> f.startsWith(SentenceFeatures.INTERACTION));
      } else if (!features.remove(d)) {
        err.println("lede: --drop: no feature " + d + " (features: " + String.join(", ", SentenceFeatures.NAMES) + ")");
        return 2;
      }
    }
    Options options = new Options(features, l2, balance, sentences);
    try {
      List<Example> examples = examples(out, err);
      if (examples == null) {
        return 1;
      }
      List<Prepared> data = SalienceTraining.prepare(examples, sentences);
      if (folds > 0) {
        report(out, SalienceTraining.crossValidate(data, options, folds, seed, baselines()));
      }
      SalienceModel model = SalienceTraining.train(data, options);
      out.println("weights trained on all " + data.size() + " articles (log-odds of a sentence being in the summary):");
      for (Map.Entry<String, Double> w : model.weights().entrySet()) {
        out.printf("  %-20s %8.3f%n", w.getKey(), w.getValue());
      }
      if (this.out != null) {
        try (Writer w = Files.newBufferedWriter(this.out, StandardCharsets.UTF_8)) {
          model.write(w, List.of(
              "lede's learned sentence scorer: weights on the log-odds of a sentence being in the summary.",
              "trained by: lede " + String.join(" ", spec.commandLine().getParseResult().originalArgs()),
              "on " + data.size() + " articles; see src/main/java/dev/lede/summary/README.md for the method and its figures."));
        }
        out.println("wrote " + this.out);
      }
      out.flush();
      return 0;
    } catch (FileSystemException e) {
      err.println(ErrorReporter.line(e));
      return 1;
    } catch (IOException e) {
      err.println("lede: " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("lede: interrupted");
      return 1;
    }
  }

  private List<Example> examples(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
    List<String> sources = new ArrayList<>();
    for (int c = 0; c < articles.size(); c++) {
      sources.add(articles.get(c).toAbsolutePath() + "=" + summaries.get(c).toAbsolutePath());
    }
    if (cache != null) {
      List<Example> cached = SummaryExamples.readCache(cache, sources);
      if (cached != null) {
        out.println("read " + cached.size() + " analyzed articles from " + cache);
        return cached;
      }
    }
    Supplier<ArticleAnalyzer> analyzers;
    try {
      analyzers = pipeline.get();
    } catch (IllegalStateException | UncheckedIOException e) {
      err.println("lede: models: " + e.getMessage());
      return null;
    }
    List<Example> examples = new ArrayList<>();
    for (int c = 0; c < articles.size(); c++) {
      List<SummaryCorpus.Pair> pairs = SummaryCorpus.pairs(articles.get(c), summaries.get(c));
      // the reference folder names the corpus: one article folder may come with two references
      examples.addAll(SummaryExamples.analyze(summaries.get(c).toString(), pairs, analyzers, threads));
    }
    if (cache != null) {
      SummaryExamples.writeCache(cache, sources, examples);
      out.println("cached " + examples.size() + " analyzed articles in " + cache);
    }
    return examples;
  }

  private static Map<String, Summarizer> baselines() {
    Map<String, Summarizer> baselines = new LinkedHashMap<>();
    baselines.put("lede (hand-weighted)", new NewsSummarizer());
    baselines.put("lead", new LeadSummarizer());
    baselines.put("textrank", new TextRankSummarizer());
    return baselines;
  }

  private void report(PrintWriter out, List<Score> scores) {
    out.printf("%d-fold cross-validation by article (seed %d), %d sentences, ROUGE F1 x100%n", folds, seed, sentences);
    Map<String, Map<String, Score>> byCorpus = new LinkedHashMap<>();
    for (Score s : scores) {
      byCorpus.computeIfAbsent(s.corpus(), c -> new LinkedHashMap<>()).put(s.system(), s);
    }
    byCorpus.forEach((corpus, systems) -> {
      out.printf("%s (%d articles)%n  %-24s %6s %6s %6s%n", corpus, systems.values().iterator().next().articles(), "summarizer", "R-1", "R-2", "R-L");
      for (Score s : systems.values()) {
        out.printf("  %-24s %6.1f %6.1f %6.1f%n", s.system(), 100 * s.mean().rouge1(), 100 * s.mean().rouge2(), 100 * s.mean().rougeL());
      }
      Score learned = systems.get("learned");
      Score lead = systems.get("lead");
      if (learned != null && lead != null) {
        out.println("  " + BootstrapReport.line("learned", "lead", learned.perArticle(), lead.perArticle(), seed));
      }
    });
    out.flush();
  }
}
