package dev.lede.cli;

import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.analysis.Models;
import dev.lede.eval.SummaryCorpus;
import dev.lede.eval.SummaryEvaluation;
import dev.lede.eval.SummaryEvaluation.NamedSummarizer;
import dev.lede.eval.SummaryEvaluation.Result;
import dev.lede.summary.LeadSummarizer;
import dev.lede.summary.NewsSummarizer;
import dev.lede.summary.NewsSummarizer.Weights;
import dev.lede.summary.SummaryLength;
import dev.lede.summary.TextRankSummarizer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval-summary}: mean ROUGE F1 of lede's summarizer over a corpus of articles with
 * reference summaries, next to the Lead-N and TextRank baselines computed in the same run.
 */
@Command(
    name = "eval-summary",
    mixinStandardHelpOptions = true,
    description = {
      "Scores lede's summaries against reference summaries: mean ROUGE-1/2/L F1 x100"
          + " (rules of Google's rouge-score), next to the Lead-N and TextRank baselines.",
      "Each article DIR/<path>.txt is paired with the summary at the same <path> under the"
          + " summaries folder."
    })
public final class EvalSummaryCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--articles", required = true, paramLabel = "DIR", description = "Folder of article files (*.txt, searched recursively).")
  Path articles;

  @Option(names = "--summaries", required = true, paramLabel = "DIR", description = "Folder of reference summaries, same relative paths.")
  Path summaries;

  @Option(names = "--sentences", defaultValue = "3", paramLabel = "N", description = "Summary length in sentences (default: ${DEFAULT-VALUE}).")
  int sentences;

  @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Worker threads, one analyzer each (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--ablation", description = "Also score lede's summarizer with each of its parts switched off.")
  boolean ablation;

  private final Supplier<Supplier<ArticleAnalyzer>> pipeline;

  /** Runs on lede's real pipeline: the models are loaded once, one analyzer per thread. */
  public EvalSummaryCommand() {
    this(() -> Models.load()::newAnalyzer);
  }

  /** {@code pipeline} loads the models and gives a factory of per-thread analyzers. */
  EvalSummaryCommand(Supplier<Supplier<ArticleAnalyzer>> pipeline) {
    this.pipeline = pipeline;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (sentences < 1 || threads < 1) {
      err.println("lede: --sentences and --threads must be at least 1");
      return 2;
    }
    try {
      List<SummaryCorpus.Pair> pairs = SummaryCorpus.pairs(articles, summaries);
      Supplier<ArticleAnalyzer> analyzers;
      try {
        analyzers = pipeline.get();
      } catch (IllegalStateException | UncheckedIOException e) {
        err.println("lede: models: " + e.getMessage());
        return 1;
      }
      List<NamedSummarizer> systems = systems();
      long started = System.nanoTime();
      List<Result> results =
          SummaryEvaluation.run(pairs, analyzers, systems, SummaryLength.sentences(sentences), threads);
      double seconds = (System.nanoTime() - started) / 1e9;
      out.printf("%d article/summary pairs, %d sentences per summary, %.0f s%n", pairs.size(), sentences, seconds);
      out.println("ROUGE F1 x100 (rouge-score rules: lowercase, [a-z0-9] tokens, Porter stems)");
      out.printf("%-24s %6s %6s %6s%n", "summarizer", "R-1", "R-2", "R-L");
      for (Result r : results) {
        out.printf("%-24s %6.1f %6.1f %6.1f%n", r.name(), 100 * r.mean().rouge1(), 100 * r.mean().rouge2(), 100 * r.mean().rougeL());
      }
      out.flush();
      return 0;
    } catch (FileSystemException e) {
      err.println("lede: " + e.getFile() + ": " + (e.getReason() != null ? e.getReason() : "cannot read"));
      return 1;
    } catch (IOException e) {
      err.println("lede: " + articles + ": " + e.getMessage());
      return 1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("lede: interrupted");
      return 1;
    }
  }

  private List<NamedSummarizer> systems() {
    List<NamedSummarizer> systems = new ArrayList<>();
    systems.add(new NamedSummarizer("lede", new NewsSummarizer()));
    if (ablation) {
      Weights w = Weights.DEFAULT;
      systems.add(new NamedSummarizer("lede -centrality", new NewsSummarizer(new Weights(0, w.position(), w.entities(), w.redundancy(), w.hygiene()))));
      systems.add(new NamedSummarizer("lede -position", new NewsSummarizer(new Weights(w.centrality(), 0, w.entities(), w.redundancy(), w.hygiene()))));
      systems.add(new NamedSummarizer("lede -entities", new NewsSummarizer(new Weights(w.centrality(), w.position(), 0, w.redundancy(), w.hygiene()))));
      systems.add(new NamedSummarizer("lede -redundancy (MMR)", new NewsSummarizer(new Weights(w.centrality(), w.position(), w.entities(), 0, w.hygiene()))));
      systems.add(new NamedSummarizer("lede -hygiene", new NewsSummarizer(new Weights(w.centrality(), w.position(), w.entities(), w.redundancy(), false))));
      systems.add(new NamedSummarizer("centrality only", new NewsSummarizer(new Weights(1, 0, 0, 0, false))));
    }
    systems.add(new NamedSummarizer("lead-" + sentences, new LeadSummarizer()));
    systems.add(new NamedSummarizer("textrank", new TextRankSummarizer()));
    return systems;
  }
}
