package dev.lede.cli;

import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.analysis.Models;
import dev.lede.eval.SummaryCorpus;
import dev.lede.eval.SummaryEvaluation;
import dev.lede.eval.SummaryEvaluation.NamedSummarizer;
import dev.lede.eval.SummaryEvaluation.Result;
import dev.lede.eval.RougeScores;
import dev.lede.input.Article;
import dev.lede.summary.LeadSummarizer;
import dev.lede.summary.LearnedSummarizer;
import dev.lede.summary.SalienceModel;
import dev.lede.summary.Summarizer;
import dev.lede.summary.Summarizers;
import dev.lede.summary.NewsSummarizer;
import dev.lede.summary.NewsSummarizer.Weights;
import dev.lede.summary.SummaryLength;
import dev.lede.summary.TextRankSummarizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval-summary}: mean ROUGE F1 of lede's summarizer over a corpus of articles with
 * reference summaries (one or two per article), next to the hand-weighted method, Lead-N and
 * TextRank computed in the same run, with paired bootstrap intervals of lede's difference from
 * the baselines.
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

  @Option(names = "--extracts", paramLabel = "DIR", description = "A second reference per article, same relative paths (CNN-Corpus: the human extracts); scored in its own table.")
  Path extracts;

  @Option(names = "--model", paramLabel = "FILE", description = "Score the learned method with these weights (train-summary --out) instead of the shipped ones.")
  Path model;

  @Option(names = "--without-opening", description = "Take each article's first paragraph away before summarizing: stories whose opening is not the gist (articles of one paragraph are scored whole, and counted).")
  boolean withoutOpening;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the bootstrap resampling (default: ${DEFAULT-VALUE}).")
  long seed;

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
      List<Path> references = new ArrayList<>(List.of(summaries));
      if (extracts != null) {
        references.add(extracts);
      }
      List<SummaryCorpus.Pair> pairs = SummaryCorpus.pairs(articles, references);
      Supplier<ArticleAnalyzer> analyzers;
      try {
        analyzers = pipeline.get();
      } catch (IllegalStateException | UncheckedIOException e) {
        err.println("lede: models: " + e.getMessage());
        return 1;
      }
      List<NamedSummarizer> systems = systems();
      long started = System.nanoTime();
      // counted as the run takes the openings away, so that no article is read twice
      AtomicInteger whole = new AtomicInteger();
      UnaryOperator<Article> prepare = !withoutOpening ? UnaryOperator.identity() : article -> {
        Article rest = SummaryCorpus.withoutOpening(article);
        if (rest == article) {
          whole.incrementAndGet();
        }
        return rest;
      };
      List<Result> results =
          SummaryEvaluation.run(pairs, analyzers, systems, SummaryLength.sentences(sentences), threads, prepare);
      double seconds = (System.nanoTime() - started) / 1e9;
      out.printf("%d articles, %d sentences per summary%s, %.0f s%n", pairs.size(), sentences,
          withoutOpening ? ", opening paragraph taken away (" + whole.get() + " articles of one paragraph scored whole)" : "",
          seconds);
      out.println("ROUGE F1 x100 (rouge-score rules: lowercase, [a-z0-9] tokens, Porter stems)");
      for (int r = 0; r < references.size(); r++) {
        out.printf("against %s%n%-24s %6s %6s %6s%n", references.get(r), "summarizer", "R-1", "R-2", "R-L");
        Map<String, Result> byName = new LinkedHashMap<>();
        for (Result result : results) {
          if (result.reference() == r) {
            byName.put(result.name(), result);
            RougeScores mean = result.mean();
            out.printf("%-24s %6.1f %6.1f %6.1f%n", result.name(), 100 * mean.rouge1(), 100 * mean.rouge2(), 100 * mean.rougeL());
          }
        }
        Result lede = byName.get("lede");
        for (String baseline : List.of("lead-" + sentences, "textrank")) {
          out.println(BootstrapReport.line("lede", baseline, lede.perArticle(), byName.get(baseline).perArticle(), seed));
        }
      }
      out.flush();
      return 0;
    } catch (FileSystemException e) {
      err.println(ErrorReporter.line(e));
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

  private List<NamedSummarizer> systems() throws IOException {
    List<NamedSummarizer> systems = new ArrayList<>();
    systems.add(new NamedSummarizer("lede", learned()));
    systems.add(new NamedSummarizer("lede hand-weighted", new NewsSummarizer()));
    if (ablation) {
      Weights w = Weights.DEFAULT;
      // the ablation takes the hand-weighted method apart: its parts are explicit weights
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

  private Summarizer learned() throws IOException {
    if (model == null) {
      return Summarizers.standard();
    }
    try (InputStream in = Files.newInputStream(model)) {
      return new LearnedSummarizer(SalienceModel.read(in));
    }
  }
}
