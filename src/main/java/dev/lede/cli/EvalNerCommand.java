package dev.lede.cli;

import dev.lede.analysis.Models;
import dev.lede.eval.ConllReader;
import dev.lede.eval.EntityCounts;
import dev.lede.eval.NerEvaluation;
import dev.lede.eval.NerEvaluator;
import dev.lede.eval.PredictionWriter;
import dev.lede.eval.SeenEntities;
import dev.lede.ner.FastNameFinder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lede eval-ner}: entity-level precision, recall and F1 of a name-finder model on
 * CoNLL-2003 gold data, per type and overall, and the tagging speed; with {@code --baseline},
 * the same for a second model tagged by OpenNLP's own {@link NameFinderME}, timed in turns with
 * the first in the same JVM; with {@code --train}, the same counts for entities seen and unseen in
 * that training file.
 */
@Command(
    name = "eval-ner",
    mixinStandardHelpOptions = true,
    description = "Evaluate a named-entity model on CoNLL-2003 (IOB2) gold data.")
public final class EvalNerCommand implements Callable<Integer> {

  /** Timed passes over the gold data (after the warm-up); the fastest one gives the speed. */
  static final int TIMED_PASSES = 3;

  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE", description = "Gold data, CoNLL-2003 format.")
  Path gold;

  @Option(names = "--model", paramLabel = "MODEL", description = "Model file (default: lede's built-in model).")
  Path model;

  @Option(
      names = "--baseline",
      paramLabel = "MODEL",
      description = "Also evaluate this model with OpenNLP's stock NameFinderME, timed in turns with the first, and print the speed ratio.")
  Path baseline;

  @Option(
      names = "--warm-up",
      defaultValue = "6",
      paramLabel = "SECONDS",
      description = "CPU seconds each tagger runs untimed first, so the JIT compiler has done its work (default: ${DEFAULT-VALUE}).")
  double warmUpSeconds;

  @Option(
      names = "--train",
      arity = "1..*",
      paramLabel = "FILE",
      description = "Also count seen and unseen entities apart, per type: seen when the entity's exact text is an entity in these CoNLL training files.")
  List<Path> train = new ArrayList<>();

  @Option(
      names = "--no-repairs",
      description = "Score the model's own names, without the rules lede applies after tagging (titles, name particles, a person's surname, photo credits).")
  boolean noRepairs;

  @Option(names = "--predictions", paramLabel = "OUT", description = "Also write 'token gold predicted' lines (conlleval input).")
  Path predictions;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (!(warmUpSeconds >= 0 && warmUpSeconds <= 3600)) {
      err.println("lede: --warm-up must be between 0 and 3600 seconds");
      return 2;
    }
    List<NameSample> samples;
    try {
      samples = ConllReader.read(gold);
    } catch (IOException | UncheckedIOException e) {
      err.println("lede: " + gold + ": " + TrainNerCommand.reason(e));
      return 1;
    }
    SeenEntities seen = null;
    if (!train.isEmpty()) {
      List<List<NameSample>> perFile = TrainNerCommand.readEach(train, err);
      if (perFile == null) {
        return 1;
      }
      seen = SeenEntities.of(perFile.stream().flatMap(List::stream).toList());
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
    List<NerEvaluator.Tagger> taggers = new ArrayList<>();
    taggers.add(new NerEvaluator.Tagger(() -> FastNameFinder.of(nameFinder), !noRepairs));
    if (baseline != null) {
      TokenNameFinderModel stock;
      try {
        stock = new TokenNameFinderModel(baseline);
      } catch (IOException | RuntimeException e) {
        err.println("lede: " + baseline + ": cannot load model: " + TrainNerCommand.reason(e));
        return 1;
      }
      taggers.add(new NerEvaluator.Tagger(() -> new NameFinderME(stock), false));
    }
    NerEvaluator.Timing timing = new NerEvaluator.Timing((long) (warmUpSeconds * 1e9), TIMED_PASSES);
    List<NerEvaluation> evaluations = NerEvaluator.compare(taggers, samples, timing);
    NerEvaluation evaluation = evaluations.get(0);
    if (predictions != null) {
      try (Writer writer = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
        PredictionWriter.write(evaluation.sentences(), writer);
      } catch (IOException e) {
        err.println("lede: " + predictions + ": " + TrainNerCommand.reason(e));
        return 1;
      }
    }
    stdout.printf("%-19s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "found", "right", "P", "R", "F1");
    for (Map.Entry<String, EntityCounts> entry : evaluation.byType().entrySet()) {
      printRow(stdout, entry.getKey(), entry.getValue());
    }
    printRow(stdout, "overall", evaluation.overall());
    stdout.printf(
        "%d sentences, %d tokens tagged by one thread in %.2f s (%.0f tokens/s) and %.2f s of CPU (%.0f tokens/CPU-s);"
            + " model loaded in %.2f s%n",
        samples.size(), evaluation.tokens(), evaluation.taggingNanos() / 1e9, evaluation.tokensPerSecond(),
        evaluation.taggingCpuNanos() / 1e9, evaluation.tokensPerCpuSecond(), loadSeconds);
    if (seen != null) {
      printSeen(stdout, seen, evaluation);
    }
    if (baseline != null) {
      NerEvaluation stock = evaluations.get(1);
      stdout.printf("%nbaseline %s, tagged by OpenNLP's NameFinderME:%n", baseline);
      printRow(stdout, "overall", stock.overall());
      if (seen != null) {
        printSeen(stdout, seen, stock);
      }
      stdout.printf("%-13s %7s %12s %12s%n", "tagger", "F1", "tokens/CPU-s", "tokens/s");
      printSpeed(stdout, "lede", evaluation);
      printSpeed(stdout, "baseline", stock);
      stdout.printf(
          "lede / baseline: %.2fx tokens per CPU-second, %.2fx tokens per second%n",
          evaluation.tokensPerCpuSecond() / stock.tokensPerCpuSecond(),
          evaluation.tokensPerSecond() / stock.tokensPerSecond());
    }
    stdout.printf(
        "speed: fastest of %d passes per tagger, taken in turns, each by a fresh tagger, after %.1f s of"
            + " CPU of warm-up each; CPU = the tagging thread's plus garbage collection%n",
        TIMED_PASSES, warmUpSeconds);
    return 0;
  }

  private static void printRow(PrintWriter out, String type, EntityCounts counts) {
    out.printf(
        "%-19s %6d %6d %6d %7.2f %7.2f %7.2f%n",
        type, counts.gold(), counts.predicted(), counts.correct(),
        100 * counts.precision(), 100 * counts.recall(), 100 * counts.f1());
  }

  private void printSeen(PrintWriter out, SeenEntities seen, NerEvaluation evaluation) {
    SortedMap<String, SeenEntities.Split> byType = seen.count(evaluation.sentences());
    SeenEntities.Split overall = SeenEntities.overall(byType);
    int gold = overall.seen().gold() + overall.unseen().gold();
    out.printf(
        "%nseen in %s (the entity's exact text is an entity there): %.1f %% of gold entities unseen%n",
        String.join(", ", train.stream().map(Path::toString).toList()), gold == 0 ? 0 : 100.0 * overall.unseen().gold() / gold);
    for (Map.Entry<String, SeenEntities.Split> entry : byType.entrySet()) {
      printRow(out, entry.getKey() + " seen", entry.getValue().seen());
      printRow(out, entry.getKey() + " unseen", entry.getValue().unseen());
    }
    printRow(out, "overall seen", overall.seen());
    printRow(out, "overall unseen", overall.unseen());
  }

  private static void printSpeed(PrintWriter out, String tagger, NerEvaluation evaluation) {
    out.printf(
        "%-13s %7.2f %12.0f %12.0f%n",
        tagger, 100 * evaluation.overall().f1(), evaluation.tokensPerCpuSecond(), evaluation.tokensPerSecond());
  }
}
