package dev.lede.hostile;

import static dev.lede.hostile.Cli.ARTICLE;
import static dev.lede.hostile.Cli.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Lede;
import dev.lede.Outcome;
import dev.lede.analysis.Models;
import dev.lede.input.Input;
import dev.lede.input.InputWalker;
import dev.lede.summary.Summarizers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Folders that fight back: deep, looping, with FIFOs, unreadable, vanishing or oddly named files. */
class HostileFoldersTest {

  @TempDir Path dir;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES) // a FIFO opened for reading would block forever
  void deepLoopingFoldersWithAFifoAndABrokenLinkGiveOneRecordEach() throws Exception {
    Path deep = dir;
    for (int i = 0; i < 50; i++) {
      deep = deep.resolve("d" + i);
    }
    Files.createDirectories(deep);
    Files.writeString(deep.resolve("deep.txt"), ARTICLE);
    Files.createSymbolicLink(dir.resolve("d0/d1/loop"), dir.resolve("d0"));
    Files.createSymbolicLink(dir.resolve("broken.txt"), dir.resolve("nowhere.txt"));
    Path fifo = dir.resolve("fifo.txt");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");

    Cli.Run run = Cli.run("-q", dir.toString());

    Map<String, JsonNode> records = run.records();
    assertThat(records).hasSize(4);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(code(records.get(deep.resolve("deep.txt").toString()))).isNull();
    JsonNode loop = records.get(dir.resolve("d0/d1/loop").toString()).get("error");
    assertThat(loop.get("code").asText()).isEqualTo("io");
    assertThat(loop.get("message").asText()).contains("loop");
    assertThat(records.get(dir.resolve("broken.txt").toString()).get("error").get("message").asText())
        .contains("broken symbolic link");
    assertThat(records.get(fifo.toString()).get("error").get("message").asText()).contains("FIFO");
  }

  @Test
  void anUnreadableFileIsAnIoRecord() throws IOException {
    // root reads files whatever their mode: there is nothing to test then
    assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
    Path locked = dir.resolve("locked.txt");
    Files.writeString(locked, ARTICLE);
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));

    Cli.Run run = Cli.run("-q", "--format", "jsonl", locked.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode error = run.records().get(locked.toString()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("io");
    assertThat(error.get("message").asText()).contains("permission denied");
  }

  @Test
  void aFileDeletedBetweenListingAndReadingIsAnIoRecord() throws IOException {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    Files.writeString(dir.resolve("b.txt"), ARTICLE);
    InputWalker walker = new InputWalker(List.of(dir.toString()), "*.txt", FileSystems.getDefault());
    Input first = walker.next();
    Input second = walker.next();
    Files.delete(dir.resolve("b.txt"));

    Lede lede = new Lede(Models.load(), Summarizers::standard, Lede.Options.defaults(), InputStream.nullInputStream());

    assertThat(lede.process(first)).isInstanceOf(Outcome.Summarized.class);
    Outcome gone = lede.process(second);
    assertThat(gone).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed) gone).record().error().code()).isEqualTo("io");
    assertThat(((Outcome.Failed) gone).message()).contains("deleted");
  }

  @Test
  void oddFileNamesStayValidJson() throws Exception {
    // under a non-UTF-8 locale Java spells every non-ASCII name with replacement characters
    assumeTrue("UTF-8".equals(System.getProperty("sun.jnu.encoding")), "a UTF-8 locale");
    Files.writeString(dir.resolve("with spaces.txt"), ARTICLE);
    Files.writeString(dir.resolve("new\nline.txt"), ARTICLE);
    Files.writeString(dir.resolve("caf\u00e9 \u201cquoted\u201d.txt"), ARTICLE);
    // a name that is not UTF-8: Java cannot spell it, the shell can
    Process touch =
        new ProcessBuilder("sh", "-c", "printf '%s' \"$1\" > \"$(printf 'bad\\377name.txt')\"", "sh", ARTICLE)
            .directory(dir.toFile())
            .start();
    assumeTrue(touch.waitFor() == 0, "shell");

    Cli.Run run = Cli.run("-q", dir.toString());

    Map<String, JsonNode> records = run.records();
    assertThat(records).hasSize(4);
    assertThat(run.exitCode()).isZero();
    assertThat(records).containsKeys(
        dir.resolve("with spaces.txt").toString(),
        dir.resolve("new\nline.txt").toString(),
        dir.resolve("caf\u00e9 \u201cquoted\u201d.txt").toString());
    // the byte that is not UTF-8 is shown as U+FFFD; the file is still read through its real name
    assertThat(records.keySet()).anyMatch(source -> source.endsWith("bad\ufffdname.txt"));
    assertThat(records.values()).allMatch(record -> code(record) == null);
  }
}
