package dev.lede.hostile;

import static dev.lede.hostile.Cli.ARTICLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Output that goes away or fills up, and runs that are stopped halfway. */
class HostileOutputTest {

  @TempDir Path dir;

  private Path corpus(int articles) throws IOException {
    Path corpus = dir.resolve("corpus");
    Files.createDirectories(corpus);
    for (int i = 0; i < articles; i++) {
      Files.writeString(corpus.resolve(String.format("a%03d.txt", i)), ARTICLE.replace("Tuesday", "day " + i));
    }
    return corpus;
  }

  /** lede as a child process, its standard output into {@code stdout}. */
  private static Process lede(Path stdout, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "dev.lede.cli.Main"));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(stdout.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void aReaderThatLeavesEarlyEndsTheRunQuietly() throws Exception {
    Path corpus = corpus(200);
    String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // lede DIR | head -1, with lede's exit status and standard error kept
    Process pipeline =
        new ProcessBuilder(
                "bash", "-c",
                "\"$0\" -cp \"$1\" dev.lede.cli.Main -q --threads 1 \"$2\" 2>\"$3\" | head -1; echo \"${PIPESTATUS[0]}\"",
                javaCommand, System.getProperty("java.class.path"), corpus.toString(), dir.resolve("err").toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> out = new String(pipeline.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
    assertThat(pipeline.waitFor(2, TimeUnit.MINUTES)).isTrue();

    assertThat(out).hasSize(2);
    assertThat(Cli.JSON.readTree(out.get(0)).get("summary")).isNotEmpty();
    assertThat(out.get(1)).isEqualTo("141");
    assertThat(dir.resolve("err")).isEmptyFile();
  }

  @Test
  void aFullDiskIsOneClearErrorAndExitCodeOne() throws IOException {
    assumeTrue(Files.isWritable(Path.of("/dev/full")), "/dev/full");
    Path a = dir.resolve("a.txt");
    Files.writeString(a, ARTICLE);

    Cli.Run run = Cli.run("-q", "-o", "/dev/full", a.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("lede: ").contains("No space left on device");
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void sigtermMidBatchLeavesOnlyWholeJsonLines() throws Exception {
    Path corpus = corpus(300);
    Path captured = dir.resolve("captured.jsonl");
    Process lede = lede(captured, "-q", "--threads", "1", corpus.toString());
    while (Files.readAllLines(captured).size() < 3) {
      assertThat(lede.isAlive()).isTrue();
      Thread.sleep(20);
    }
    lede.destroy(); // SIGTERM
    assertThat(lede.waitFor(1, TimeUnit.MINUTES)).isTrue();
    // a cut record would leave a last line without its newline
    String output = Files.readString(captured);
    assertThat(output).endsWith("\n");
    List<String> lines = output.lines().toList();
    assertThat(lines.size()).isBetween(3, 299);
    for (String line : lines) {
      JsonNode record = Cli.JSON.readTree(line);
      assertThat(record.get("summary")).as(line).isNotEmpty();
    }
  }

  @Test
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void sigtermMidBatchLeavesOnlyWholeFilesInTheOutputFolder() throws Exception {
    Path corpus = corpus(300);
    Path out = dir.resolve("out");
    Process lede = lede(dir.resolve("stdout"), "-q", "--threads", "1", "--output-dir", out.toString(), corpus.toString());
    while (!Files.exists(out.resolve("a005.txt.json"))) {
      assertThat(lede.isAlive()).isTrue();
      Thread.sleep(20);
    }
    lede.destroy(); // SIGTERM
    assertThat(lede.waitFor(1, TimeUnit.MINUTES)).isTrue();

    List<Path> written;
    try (Stream<Path> files = Files.list(out)) {
      written = files.toList();
    }
    int json = 0;
    for (Path file : written) {
      String name = file.getFileName().toString();
      if (name.endsWith(".txt.json")) {
        assertThat(Cli.JSON.readTree(file.toFile()).get("summary")).as(name).isNotEmpty();
        json++;
      } else {
        // a temporary file cut short by the signal: hidden, never taken for a record, never listed as input
        assertThat(name).startsWith(".lede-").endsWith(".tmp");
      }
    }
    assertThat(json).isBetween(6, 299);

    // a resumed run passes over the whole files and finishes the batch
    Cli.Run resumed = Cli.run("-q", "--output-dir", out.toString(), "--skip-existing", corpus.toString());
    assertThat(resumed.exitCode()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.filter(f -> f.toString().endsWith(".txt.json")).count()).isEqualTo(300);
    }
  }
}
