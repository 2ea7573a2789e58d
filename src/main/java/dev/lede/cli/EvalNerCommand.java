package dev.lede.cli;

import dev.lede.ner.ConllReader;
import dev.lede.ner.EntityCounts;
import dev.lede.ner.NerEvaluation;
import dev.lede.ner.NerEvaluator;
import dev.lede.ner.PredictionWriter;
import dev.lede.pipeline.Models;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval-ner}: entity-level precision, recall and F1 of a name-finder model on
 * CoNLL-2003 gold data, per type and overall, and the tagging speed.
 */
@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description = "Evaluate a named-entity model on CoNLL-2003 (IOB2) gold data.")
public final class EvalNerCommand implements Callable<Integer> {

  /** Timed passes over the gold data (after a warm-up pass); the fastest one gives the speed. */
  static final int TIMED_PASSES = 3;

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold data, CoNLL-2003 format.")
  Path gold;

  @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: lede's built-in model).")
  Path model;

  @Option(names = "--predictions", paramLabel = "OUT", description = "Also write 'token gold predicted' lines (conlleval input).")
  Path predictions;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    List<NameSample> samples;
    try {
      samples = ConllReader.read(gold);
    } catch (IOException | UncheckedIOException e) {
      err.println("lede: " + gold + ": " + TrainNerCommand.reason(e));
      return 1;
    }
    long loadStart = System.nanoTime();
    TokenNameFinderModel nameFinder;
    try {
      nameFinder = model == null ? Models.loadNer(Models.NER_MODEL) : new TokenNameFinderModel(model);
    } catch (IOException | RuntimeException e) {
      err.println("lede: " + (model == null ? Models.NER_MODEL : model) + ": cannot load model: " + TrainNerCommand.reason(e));
      return 1;
    }
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    NerEvaluation evaluation = NerEvaluator.evaluate(nameFinder, samples, TIMED_PASSES);
    if (predictions != null) {
      try (Writer writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        PredictionWriter.write(evaluation.sentences(), writer);
      } catch (IOException e) {
        err.println("lede: " + predictions + ": " + TrainNerCommand.reason(e));
        return 1;
      }
    }
    stdout.printf("%-13s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "found", "right", "P", "R", "F1");
    for (Map.Entry<String, EntityCounts> entry : evaluation.byType().entrySet()) {
      printRow(stdout, entry.getKey(), entry.getValue());
    }
    printRow(stdout, "overall", evaluation.overall());
    stdout.printf(
        "%d sentences, %d tokens tagged by one thread (fastest of %d passes after a warm-up) in %.2f s (%.0f tokens/s)"
            + " and %.2f s of CPU (%.0f tokens/CPU-s); model loaded in %.2f s%n",
        samples.size(), evaluation.tokens(), TIMED_PASSES, evaluation.taggingNanos() / 1e9,
        evaluation.tokensPerSecond(), evaluation.taggingCpuNanos() / 1e9,
        evaluation.tokensPerCpuSecond(), loadSeconds);
    return 0;
  }

  private static void printRow(PrintWriter out, String type, EntityCounts counts) {
    out.printf(
        "%-13s %6d %6d %6d %7.2f %7.2f %7.2f%n",
        type, counts.gold(), counts.predicted(), counts.correct(),
        100 * counts.precision(), 100 * counts.recall(), 100 * counts.f1());
  }
}
