package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.summary.Summarizer;
import dev.lede.summary.Summarizers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bug inside one article's processing costs that article only, and shows its trace only with --debug. */
class InternalFaultTest {

  @TempDir Path dir;

  /** The standard summarizer, except that it fails on the article that mentions "Vell". */
  private static Summarizer failingOnVell() {
    return failingOnVell(() -> new IllegalStateException("injected fault"));
  }

  /** The standard summarizer, except that it throws what {@code fault} gives on the "Vell" article. */
  private static Summarizer failingOnVell(Supplier<? extends Throwable> fault) {
    Summarizer standard = Summarizers.standard();
    return (article, length) -> {
      if (article.article().text().contains("Vell")) {
        Throwable t = fault.get();
        if (t != null) {
          sneakyThrow(t);
        }
      }
      return standard.summarize(article, length);
    };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneakyThrow(Throwable t) throws T {
    throw (T) t;
  }

  private record Run(int exitCode, List<JsonNode> records, String err) {}

  private Run run(String... args) throws IOException {
    return run(InternalFaultTest::failingOnVell, args);
  }

  private Run run(Supplier<Summarizer> summarizer, String... args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main main = new Main(InputStream.nullInputStream(), out, new PrintStream(err, true, StandardCharsets.UTF_8));
    int code = main.run(new LedeCommand(main.streams(), summarizer), args);
    List<JsonNode> records = new java.util.ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      records.add(new ObjectMapper().readTree(line));
    }
    return new Run(code, records, err.toString(StandardCharsets.UTF_8));
  }

  private void articles() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The council met on Monday. It approved the budget for the harbour.\n");
    Files.writeString(dir.resolve("b.txt"), "The ferry to Vell will run from March. The operator said so on Tuesday.\n");
    Files.writeString(dir.resolve("c.txt"), "The school reopened on Wednesday. Parents welcomed the decision.\n");
  }

  @Test
  void aFaultInOneArticleIsItsInternalErrorRecordAndTheBatchGoesOn() throws IOException {
    articles();

    Run run = run("-q", "--threads", "2", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.records()).hasSize(3);
    assertThat(run.records().get(0).has("summary")).isTrue();
    JsonNode error = run.records().get(1).get("error");
    assertThat(error.get("code").asText()).isEqualTo("internal");
    assertThat(error.get("message").asText()).contains("injected fault");
    assertThat(run.records().get(2).has("summary")).isTrue();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("b.txt").doesNotContain("\tat ");
  }

  @Test
  void debugPrintsTheStackTraceOfTheFault() throws IOException {
    articles();

    Run run = run("-q", "--debug", dir.toString());

    assertThat(run.records()).hasSize(3);
    assertThat(run.err()).contains("java.lang.IllegalStateException: injected fault").contains("\tat ");
  }

  @Test
  void anArticleThatOutgrowsTheHeapIsATooLargeRecordAndTheBatchGoesOn() throws IOException {
    articles();

    Run run =
        run(() -> failingOnVell(() -> new OutOfMemoryError("Java heap space")), "-q", "--threads", "2", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.records()).hasSize(3);
    assertThat(run.records().get(0).has("summary")).isTrue();
    JsonNode error = run.records().get(1).get("error");
    assertThat(error.get("code").asText()).isEqualTo("too-large");
    assertThat(error.get("message").asText()).contains("memory");
    assertThat(run.records().get(2).has("summary")).isTrue();
    assertThat(run.err().lines()).hasSize(1);
  }

  @Test
  void anArticleStruckByAPassingMemoryShortageIsTriedAgain() throws IOException {
    articles();
    AtomicInteger faults = new AtomicInteger(1);

    Run run =
        run(
            () -> failingOnVell(() -> faults.getAndDecrement() > 0 ? new OutOfMemoryError("Java heap space") : null),
            "-q",
            dir.toString());

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.records()).hasSize(3).allSatisfy(r -> assertThat(r.has("summary")).isTrue());
    assertThat(faults.get()).isNegative();
  }
}
