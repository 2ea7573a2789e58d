package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.pipeline.ApacheModels;
import dev.lede.summary.SalienceModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainSummaryCommandTest {

  private static final String[] PLACES = {"Kelby", "Aldon", "Millbrook", "Eastport"};

  @TempDir Path dir;

  private StringWriter out = new StringWriter();
  private StringWriter err = new StringWriter();

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cli = new CommandLine(new TrainSummaryCommand(() -> ApacheModels::analyzerWithoutEntities));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** Invented one-line stories whose reference is their first sentence. */
  private void corpus(String name) throws IOException {
    for (int n = 0; n < PLACES.length; n++) {
      String place = PLACES[n];
      String first = "Workers in " + place + " began repairs to the harbour wall on Monday.";
      write(dir.resolve(name + "/a/" + n + ".txt"),
          first + " The council of " + place + " paid for new stone. Boats stayed in port for a week.");
      write(dir.resolve(name + "/s/" + n + ".txt"), first + "\n");
    }
  }

  @Test
  void crossValidatesOnEveryCorpusAndWritesWeightsTheModelReads() throws IOException {
    corpus("one");
    corpus("two");
    Path weights = dir.resolve("weights.tsv");
    Path cache = dir.resolve("cache.json.gz");
    String[] args = {
      "--articles", dir.resolve("one/a").toString(), "--summaries", dir.resolve("one/s").toString(),
      "--articles", dir.resolve("two/a").toString(), "--summaries", dir.resolve("two/s").toString(),
      "--folds", "2", "--sentences", "1", "--out", weights.toString(), "--cache", cache.toString()
    };

    assertThat(run(args)).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("cached 8 analyzed articles")
        .contains("2-fold cross-validation by article")
        .contains(dir.resolve("one/s") + " (4 articles)")
        .containsPattern("(?m)^  learned +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d$")
        .containsPattern("(?m)^  textrank +")
        .contains("weights trained on all 8 articles");
    SalienceModel model;
    try (InputStream in = Files.newInputStream(weights)) {
      model = SalienceModel.read(in);
    }
    assertThat(model.weights()).containsKey("position");
    assertThat(Files.readString(weights)).contains("# trained by: lede --articles");

    assertThat(run(args)).isZero();
    assertThat(out.toString()).contains("read 8 analyzed articles from " + cache);
  }

  @Test
  void refusesUnknownFeaturesAndUnpairedFolders() throws IOException {
    corpus("one");
    String a = dir.resolve("one/a").toString();
    String s = dir.resolve("one/s").toString();
    assertThat(run("--articles", a, "--summaries", s, "--drop", "has-title")).isEqualTo(2);
    assertThat(err.toString()).contains("no feature has-title");
    assertThat(run("--articles", a, "--articles", a, "--summaries", s)).isEqualTo(2);
    assertThat(err.toString()).contains("once for each --articles");
    assertThat(run("--articles", dir.resolve("none").toString(), "--summaries", s)).isEqualTo(1);
    assertThat(err.toString()).startsWith("lede: " + dir.resolve("none"));
  }
}
