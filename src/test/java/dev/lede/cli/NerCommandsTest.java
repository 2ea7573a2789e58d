package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.train.NerTrainerTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerCommandsTest {

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = new CommandLine(command);
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void trainsThenEvaluatesAndWritesPredictions() throws IOException {
    Path data = dir.resolve("train.conll");
    Files.writeString(data, NerTrainerTest.trainingData());
    Path model = dir.resolve("model.bin");
    Path predictions = dir.resolve("predictions.txt");

    Run train = run(new TrainNerCommand(), "--data", data.toString(), "--out", model.toString(), "--iterations", "50");
    Run eval =
        run(new EvalNerCommand(), "--gold", data.toString(), "--model", model.toString(),
            "--predictions", predictions.toString(), "--warm-up", "0");

    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(Files.size(model)).isPositive();
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    // the model has learned its own training data
    assertThat(eval.out()).containsPattern("overall +\\d+ +\\d+ +\\d+ +100\\.00 +100\\.00 +100\\.00");
    assertThat(eval.out()).contains("tokens/s");
    assertThat(Files.readAllLines(predictions)).startsWith("Marta B-PER B-PER", "Okonkwo I-PER I-PER", "visited O O");
  }

  @Test
  void comparesWithOpenNlpsOutOfBoxModelInTheSameRun() throws IOException {
    Path data = dir.resolve("train.conll");
    Files.writeString(data, NerTrainerTest.trainingData());
    Path model = dir.resolve("model.bin");
    Path stock = dir.resolve("stock.bin");

    Run trainLede = run(new TrainNerCommand(), "--data", data.toString(), "--out", model.toString(), "--iterations", "50");
    Run trainStock = run(new TrainNerCommand(), "--data", data.toString(), "--out", stock.toString(), "--opennlp-defaults");
    Run eval =
        run(new EvalNerCommand(), "--gold", data.toString(), "--model", model.toString(),
            "--baseline", stock.toString(), "--warm-up", "0.2", "--train", data.toString());

    assertThat(trainLede.exitCode()).as(trainLede.err()).isZero();
    assertThat(trainStock.exitCode()).as(trainStock.err()).isZero();
    assertThat(eval.exitCode()).as(eval.err()).isZero();
    assertThat(eval.out()).containsPattern("lede +100\\.00 +\\d+ +\\d+");
    assertThat(eval.out()).containsPattern("baseline +\\d+\\.\\d\\d +\\d+ +\\d+");
    assertThat(eval.out()).containsPattern("lede / baseline: \\d+\\.\\d\\dx tokens per CPU-second");
    // evaluated on its own training file, every entity is seen, for both models
    assertThat(eval.out()).contains("0.0 % of gold entities unseen");
    assertThat(eval.out()).containsPattern("(?s)overall seen +\\d+ +\\d+ +\\d+ +100\\.00 +100\\.00 +100\\.00.*baseline.*overall seen +[1-9]");
    assertThat(eval.out()).containsPattern("overall unseen +0 ");
  }

  @Test
  void outOfBoxTrainingTakesNoTrainingOptions() throws IOException {
    Path data = dir.resolve("train.conll");
    Files.writeString(data, NerTrainerTest.trainingData());

    Run train =
        run(new TrainNerCommand(), "--data", data.toString(), "--out", dir.resolve("m").toString(),
            "--opennlp-defaults", "--cutoff", "2");

    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).startsWith("lede: --opennlp-defaults").contains("--cutoff");
    assertThat(dir.resolve("m")).doesNotExist();
  }

  @Test
  void learnsClustersThatTrainNerTakes() throws IOException {
    StringBuilder text = new StringBuilder();
    String[] animals = {"cat", "dog", "hen", "cow"};
    for (int i = 0; i < 400; i++) {
      text.append("The ").append(animals[i % 4]).append(" sat on the mat, said Marta Okonkwo.\n");
    }
    Path raw = dir.resolve("raw.txt");
    Files.writeString(raw, text);
    Path conll = dir.resolve("train.conll");
    Files.writeString(conll, NerTrainerTest.trainingData());
    Path clusters = dir.resolve("clusters.tsv");

    Run learn =
        run(new TrainClustersCommand(), "--text", raw.toString(), "--conll", conll.toString(),
            "--out", clusters.toString(), "--clusters", "2,3", "--brown", "3", "--dim", "8", "--epochs", "1");
    Run train =
        run(new TrainNerCommand(), "--data", conll.toString(), "--clusters", clusters.toString(),
            "--out", dir.resolve("model.bin").toString(), "--iterations", "20");

    assertThat(learn.exitCode()).as(learn.err()).isZero();
    // a word seen 3 times or more gets 2 k-means ids and 4 Brown prefixes
    assertThat(Files.readAllLines(clusters)).anyMatch(line -> line.matches("cat\t\\d+\t\\d+(\tb[01]+){4}"));
    assertThat(train.exitCode()).as(train.err()).isZero();
  }

  @Test
  void trainNerLearnsItsOwnClustersInTheSameRun() throws IOException {
    StringBuilder text = new StringBuilder();
    String[] animals = {"cat", "dog", "hen", "cow"};
    for (int i = 0; i < 400; i++) {
      text.append("The ").append(animals[i % 4]).append(" sat on the mat, said Marta Okonkwo.\n");
    }
    // a folder of text files is read whole
    Path raw = Files.createDirectories(dir.resolve("text/part"));
    Files.writeString(raw.resolve("a.txt"), text);
    Files.writeString(raw.resolve("b.txt"), "Quellmoor sat on the mat.\n".repeat(3));
    Path conll = dir.resolve("train.conll");
    Files.writeString(conll, NerTrainerTest.trainingData());
    Path model = dir.resolve("model.bin");
    Path clusters = dir.resolve("clusters.tsv");

    Run train =
        run(new TrainNerCommand(), "--data", conll.toString(), "--text", dir.resolve("text").toString(), "--kmeans", "2,3",
            "--brown", "3", "--dim", "8", "--epochs", "1", "--clusters-out", clusters.toString(),
            "--out", model.toString(), "--iterations", "20");

    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.err()).contains("skip-gram word vectors", "k-means, 3 clusters", "Brown clustering");
    // "visited" is only in the training data: its tokens are part of the unlabeled text
    assertThat(Files.readAllLines(clusters)).anyMatch(line -> line.matches("visited\t\\d+\t\\d+(\tb[01]+){4}"));
    // both files of the folder were read
    assertThat(Files.readAllLines(clusters))
        .anyMatch(line -> line.startsWith("cat\t"))
        .anyMatch(line -> line.startsWith("Quellmoor\t"));
    try (ZipFile zip = new ZipFile(model.toFile())) {
      assertThat(zip.getEntry("word-clusters.wcl")).isNotNull();
    }
  }

  @Test
  void trainsOnSeveralFilesAndCountsEntitiesSeenInAnyOfThem() throws IOException {
    Path first = Files.writeString(dir.resolve("first.conll"), NerTrainerTest.trainingData());
    // a second file, with a name and a sentence shape the first has not
    Path second =
        Files.writeString(
            dir.resolve("second.conll"),
            "Dr O\nZelmira B-PER\nQuast I-PER\narrived O\n. O\n\n".repeat(3));
    Path model = dir.resolve("model.bin");

    Run train =
        run(new TrainNerCommand(), "--data", first.toString(), second.toString(), "--out", model.toString(),
            "--iterations", "50");
    Run evalFirstOnly =
        run(new EvalNerCommand(), "--gold", second.toString(), "--model", model.toString(), "--warm-up", "0",
            "--train", first.toString());
    Run evalBoth =
        run(new EvalNerCommand(), "--gold", second.toString(), "--model", model.toString(), "--warm-up", "0",
            "--train", first.toString(), second.toString());

    assertThat(train.exitCode()).as(train.err()).isZero();
    // 12 sentences and 24 entities in the first file, 3 and 3 in the second
    assertThat(train.out()).startsWith("trained on 15 sentences, ").contains(", 27 entities");
    assertThat(evalFirstOnly.out()).containsPattern("overall +3 +3 +3 +100\\.00");
    assertThat(evalFirstOnly.out()).contains("100.0 % of gold entities unseen");
    assertThat(evalBoth.out()).contains("seen in " + first + ", " + second, "0.0 % of gold entities unseen");
  }

  @Test
  void givenConllFilesTheClustersLeaveTheTrainingDataOut() throws IOException {
    Path text = Files.writeString(dir.resolve("text.txt"), "The cat sat on the mat , said Marta Okonkwo .\n".repeat(50));
    Path conll = Files.writeString(dir.resolve("train.conll"), NerTrainerTest.trainingData());
    Path other = Files.writeString(dir.resolve("other.conll"), "Quellmoor B-LOC\nsat O\n. O\n\n".repeat(4));
    Path clusters = dir.resolve("clusters.tsv");

    Run train =
        run(new TrainNerCommand(), "--data", conll.toString(), "--text", text.toString(), "--conll", other.toString(),
            "--kmeans", "2", "--brown", "0", "--dim", "8", "--epochs", "1", "--clusters-out", clusters.toString(),
            "--out", dir.resolve("model.bin").toString(), "--iterations", "20");

    assertThat(train.exitCode()).as(train.err()).isZero();
    List<String> lines = Files.readAllLines(clusters);
    assertThat(lines).anyMatch(line -> line.startsWith("Quellmoor\t")).anyMatch(line -> line.startsWith("cat\t"));
    // "visited" occurs only in the training data, which --conll replaces as cluster text
    assertThat(lines).noneMatch(line -> line.startsWith("visited\t"));
  }

  @Test
  void trainNerTakesClustersOrTextNotBoth() throws IOException {
    Path data = dir.resolve("train.conll");
    Files.writeString(data, NerTrainerTest.trainingData());

    Run train =
        run(new TrainNerCommand(), "--data", data.toString(), "--clusters", data.toString(), "--text", data.toString(),
            "--out", dir.resolve("m").toString());

    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).startsWith("lede: give either --clusters or --text/--conll");
  }

  @Test
  void onlyThePerceptronAveragesSeveralOrders() throws IOException {
    Path data = dir.resolve("train.conll");
    Files.writeString(data, NerTrainerTest.trainingData());

    Run train =
        run(new TrainNerCommand(), "--data", data.toString(), "--algorithm", "MAXENT_QN", "--orders", "2",
            "--out", dir.resolve("m").toString());

    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).isEqualTo("lede: --orders must be at least 1, and more than 1 only with the perceptron" + System.lineSeparator());
    assertThat(dir.resolve("m")).doesNotExist();
  }

  @Test
  void aMissingFileIsOneClearLine() {
    Path missing = dir.resolve("missing.conll");

    Run eval = run(new EvalNerCommand(), "--gold", missing.toString());

    assertThat(eval.exitCode()).isEqualTo(1);
    assertThat(eval.err()).isEqualTo("lede: " + missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void aFileThatIsNotAModelIsSaidToBeOne() throws IOException {
    Path notModel = Files.writeString(dir.resolve("notes.bin"), "not a model\n");
    Path gold = Files.writeString(dir.resolve("gold.conll"), "Brenton B-LOC\n");

    Run eval = run(new EvalNerCommand(), "--gold", gold.toString(), "--model", notModel.toString());

    assertThat(eval.exitCode()).isEqualTo(1);
    assertThat(eval.err()).startsWith("lede: " + notModel + ": cannot load model: not a model file");
    assertThat(eval.err().lines()).hasSize(1);
  }

  @Test
  void aBadOptionValueIsAUsageError() throws IOException {
    Path data = dir.resolve("train.conll");
    Files.writeString(data, NerTrainerTest.trainingData());

    Run train = run(new TrainNerCommand(), "--data", data.toString(), "--out", dir.resolve("m").toString(), "--iterations", "0");

    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).startsWith("lede: ");
  }
}
