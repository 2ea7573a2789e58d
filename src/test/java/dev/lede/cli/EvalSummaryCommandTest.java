package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.pipeline.ApacheModels;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalSummaryCommandTest {

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new EvalSummaryCommand(() -> ApacheModels::analyzerWithoutEntities));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @Test
  void scoresLedeAndBothBaselinesOnBothLayouts() throws IOException {
    // category folders with a title line, as in BBC News Summary
    write(dir.resolve("a/news/001.txt"),
        "Harbour reopens after storm\n\nThe harbour in Eastport reopened on Friday after a storm closed it for a week. "
            + "Fishing boats returned to the harbour at dawn.\n\nThe mayor said repairs to the harbour wall would cost two million pounds. "
            + "Traders welcomed the news.\n");
    write(dir.resolve("s/news/001.txt"),
        "The harbour in Eastport reopened on Friday after a storm closed it for a week.The mayor said repairs to the harbour wall would cost two million pounds.");
    // flat one-line stories with one highlight per line, as in CNN/DailyMail
    write(dir.resolve("a/abc123.txt"),
        "A new bridge over the river Tam opened on Monday. Drivers queued for hours to cross it. The bridge cost forty million pounds and took three years to build.");
    write(dir.resolve("s/abc123.txt"), "New bridge over river Tam opens.\nIt cost forty million pounds.\n");

    int code = run("--articles", dir.resolve("a").toString(), "--summaries", dir.resolve("s").toString(), "--sentences", "2", "--ablation");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("2 articles, 2 sentences per summary")
        .containsPattern("(?m)^lede +\\d+\\.\\d +\\d+\\.\\d +\\d+\\.\\d$")
        .containsPattern("(?m)^lead-2 +")
        .containsPattern("(?m)^textrank +")
        .containsPattern("(?m)^lede -position +");
  }

  @Test
  void scoresAgainstHighlightsAndExtractsWithBootstrapIntervals() throws IOException {
    // the CNN-Corpus layout: one paragraph per line, highlights and a human extract per story
    write(dir.resolve("a/s1.txt"),
        "The harbour in Eastport reopened on Friday after a storm closed it for a week.\n"
            + "Fishing boats returned to the harbour at dawn, their crews cheering.\n"
            + "The mayor said repairs to the harbour wall would cost two million pounds.\n");
    write(dir.resolve("s/s1.txt"), "Eastport harbour reopens after storm.\nRepairs will cost two million pounds.\n");
    write(dir.resolve("e/s1.txt"), "The mayor said repairs to the harbour wall would cost two million pounds.\n");
    // a story of one paragraph is scored whole, and counted
    write(dir.resolve("a/s2.txt"), "The ferry to Vell sailed again on Monday. Its crew was glad to be back at sea.\n");
    write(dir.resolve("s/s2.txt"), "Crossing resumes.\n");
    write(dir.resolve("e/s2.txt"), "Crossing resumes.\n");

    int code = run("--articles", dir.resolve("a").toString(), "--summaries", dir.resolve("s").toString(),
        "--extracts", dir.resolve("e").toString(), "--sentences", "1", "--without-opening");

    assertThat(code).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString())
        .contains("2 articles, 1 sentences per summary, opening paragraph taken away (1 articles of one paragraph scored whole)")
        .contains("against " + dir.resolve("s"))
        .contains("against " + dir.resolve("e"))
        .containsPattern("(?m)^lede - lead-1: R-1 [+-]\\d+\\.\\d\\d \\[[+-]\\d+\\.\\d\\d, [+-]\\d+\\.\\d\\d\\], R-2 ")
        .containsPattern("(?m)^lede - textrank: R-1 ");
    // without its opening, the one-sentence lead is the fishing boats, which the extract lacks
    assertThat(out.toString()).containsPattern("(?m)^lead-1 +[0-9.]+ +0\\.0 ");
  }

  @Test
  void aMissingSummaryIsOneClearLine() throws IOException {
    write(dir.resolve("a/x.txt"), "One story about the harbour reopening on Friday morning.");
    Files.createDirectories(dir.resolve("s"));

    int code = run("--articles", dir.resolve("a").toString(), "--summaries", dir.resolve("s").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("lede: ").contains("x.txt: no reference summary").hasLineCount(1);
  }

  @Test
  void aMissingFolderIsOneClearLine() {
    int code = run("--articles", dir.resolve("nowhere").toString(), "--summaries", dir.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("lede: " + dir.resolve("nowhere") + ": no such directory" + System.lineSeparator());
  }

  @Test
  void failingModelsAreReportedNotThrown() throws IOException {
    write(dir.resolve("a/x.txt"), "One story about the harbour reopening on Friday morning.");
    write(dir.resolve("s/x.txt"), "Harbour reopens.");
    CommandLine cli = new CommandLine(new EvalSummaryCommand(() -> {
      throw new IllegalStateException("model /dev/lede/ner/lede-ner-en.bin is missing from the classpath");
    }));
    cli.setErr(new PrintWriter(err));

    int code = cli.execute("--articles", dir.resolve("a").toString(), "--summaries", dir.resolve("s").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("lede: models: model /dev/lede/ner/lede-ner-en.bin is missing");
  }
}
