package dev.lede.hostile;

import static dev.lede.hostile.Cli.ARTICLE;
import static dev.lede.hostile.Cli.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad bytes and odd shapes: each input gives exactly one record, a summary or an error with a
 * stable code, and nothing crashes. The timeouts only guard against a hang: the inputs that
 * once took minutes (quadratic scans) take seconds now.
 */
class HostileInputTest {

  @TempDir Path dir;

  private void write(String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private void write(String name, String text) throws IOException {
    write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  @Test
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void everyBadOrOddFileGetsOneRecordWithAStableCode() throws IOException {
    write("utf8.txt", ARTICLE);
    write("utf8-bom.txt", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, ARTICLE.getBytes(StandardCharsets.UTF_8)));
    write("utf16le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ARTICLE.getBytes(StandardCharsets.UTF_16LE)));
    write("utf16be.txt", concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, ARTICLE.getBytes(StandardCharsets.UTF_16BE)));
    write("latin1.txt", ARTICLE.replace("on Tuesday", "at the caf\u00e9 on Tuesday").getBytes(Charset.forName("windows-1252")));
    write("bom-then-invalid.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i', (byte) 0xC3, '(', '\n'});
    write("utf16-odd-length.txt", new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i'});
    write("nul.txt", concat(ARTICLE.getBytes(StandardCharsets.UTF_8), new byte[] {0, 'x'}));
    byte[] random = new byte[20_000];
    new Random(6).nextBytes(random);
    write("binary.txt", random);
    write("empty.txt", new byte[0]);
    write("blank.txt", " \n\t\r\n   \n");
    write("few-controls.txt", ARTICLE.replace("voted", "vo\u0007ted").replace("Lines", "\u001b[1mLines"));
    write("mostly-controls.txt", "\u0001\u0002\u0003\u0004\u0005 ab\u0006\u0007\u0008\u000e\u000f\u0010 cd");
    write("long-token.txt", ARTICLE + "x".repeat(100_000) + "-/." + "y.".repeat(50_000) + "\n");
    write("short-lines.txt", "Update\n".repeat(40_000));
    write("quotes.txt", ARTICLE + "\"Yes,\" said Maria Okafor. \"No,\" she told Northport Radio.\n".repeat(2_000));
    write("arabic.txt", "\u0635\u0648\u062a \u0627\u0644\u0645\u062c\u0644\u0633 \u0639\u0644\u0649 \u0627\u0644\u0642\u0631\u0627\u0631 \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621. ".repeat(20));
    write("hebrew.txt", "\u05d4\u05de\u05d5\u05e2\u05e6\u05d4 \u05d4\u05e6\u05d1\u05d9\u05e2\u05d4 \u05d1\u05d9\u05d5\u05dd \u05e9\u05dc\u05d9\u05e9\u05d9. ".repeat(20));
    write("chinese.txt", "\u5e02\u8bae\u4f1a\u5468\u4e8c\u6295\u7968\u901a\u8fc7\u4e86\u65b0\u7684\u6e21\u8f6e\u822a\u7ebf\u3002".repeat(30));

    Cli.Run run = Cli.run("-q", dir.toString());

    Map<String, JsonNode> records = run.records();
    assertThat(records).hasSize(19);
    assertThat(run.exitCode()).isEqualTo(1);
    for (String ok : new String[] {"utf8", "utf8-bom", "utf16le", "utf16be", "few-controls", "long-token", "short-lines", "quotes"}) {
      JsonNode record = records.get(dir.resolve(ok + ".txt").toString());
      assertThat(code(record)).as(ok).isNull();
      if (ok.equals("short-lines")) {
        // one word over and over tells the detector nothing: read as English, and said so
        assertThat(record.get("warnings").get(0).asText()).startsWith("language uncertain");
      } else {
        assertThat(record.get("warnings")).as(ok).isEmpty();
      }
    }
    for (String same : new String[] {"utf8-bom", "utf16le", "utf16be"}) {
      assertThat(records.get(dir.resolve(same + ".txt").toString()).get("summary"))
          .isEqualTo(records.get(dir.resolve("utf8.txt").toString()).get("summary"));
    }
    JsonNode latin1 = records.get(dir.resolve("latin1.txt").toString());
    assertThat(latin1.get("summary").get(0).get("text").asText()).contains("caf\u00e9");
    assertThat(latin1.get("warnings").get(0).asText()).contains("Windows-1252");
    assertThat(records.get(dir.resolve("few-controls.txt").toString()).get("summary").toString()).contains("\\u0007");
    // the first line is taken for a headline
    assertThat(records.get(dir.resolve("short-lines.txt").toString()).get("stats").get("sentences").asInt()).isEqualTo(39_999);
    assertThat(records.get(dir.resolve("quotes.txt").toString()).get("quotes")).hasSize(4_000);

    Map<String, String> failures = Map.ofEntries(
        Map.entry("bom-then-invalid", "decode"),
        Map.entry("utf16-odd-length", "decode"),
        Map.entry("nul", "not-text"),
        Map.entry("binary", "not-text"),
        Map.entry("mostly-controls", "not-text"),
        Map.entry("empty", "empty"),
        Map.entry("blank", "empty"),
        Map.entry("arabic", "not-english"),
        Map.entry("hebrew", "not-english"),
        Map.entry("chinese", "not-english"));
    failures.forEach((name, expected) -> {
      JsonNode error = records.get(dir.resolve(name + ".txt").toString()).get("error");
      assertThat(error.get("code").asText()).as(name).isEqualTo(expected);
      assertThat(error.get("message").asText()).as(name).isNotBlank();
    });
    // one line on standard error per failed input, none for the others
    assertThat(run.err().lines()).hasSize(failures.size());
  }

  @Test
  void rightToLeftAndCjkTextIsSummarizedWithItsLanguageWhenAllowed() throws IOException {
    write("arabic.txt", "\u0635\u0648\u062a \u0627\u0644\u0645\u062c\u0644\u0633 \u0639\u0644\u0649 \u0627\u0644\u0642\u0631\u0627\u0631 \u064a\u0648\u0645 \u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621. ".repeat(20));
    write("hebrew.txt", "\u05d4\u05de\u05d5\u05e2\u05e6\u05d4 \u05d4\u05e6\u05d1\u05d9\u05e2\u05d4 \u05d1\u05d9\u05d5\u05dd \u05e9\u05dc\u05d9\u05e9\u05d9. ".repeat(20));
    write("chinese.txt", "\u5e02\u8bae\u4f1a\u5468\u4e8c\u6295\u7968\u901a\u8fc7\u4e86\u65b0\u7684\u6e21\u8f6e\u822a\u7ebf\u3002".repeat(30));

    Cli.Run run = Cli.run("-q", "--allow-non-english", dir.toString());

    assertThat(run.exitCode()).isZero();
    Map<String, JsonNode> records = run.records();
    assertThat(records.get(dir.resolve("arabic.txt").toString()).get("language").get("code").asText()).isEqualTo("ar");
    assertThat(records.get(dir.resolve("hebrew.txt").toString()).get("language").get("code").asText()).isEqualTo("he");
    assertThat(records.get(dir.resolve("chinese.txt").toString()).get("language").get("code").asText()).isEqualTo("cmn");
    for (JsonNode record : records.values()) {
      assertThat(record.get("summary")).isNotEmpty();
      // the English name finder and keyword extractor do not run on other languages
      assertThat(record.get("entities")).isEmpty();
      assertThat(record.get("keywords")).isEmpty();
      assertThat(record.get("warnings").toString()).contains("not English");
    }
  }

  @Test
  void aSentenceOfThousandsOfWordsIsCutIntoPiecesForTheTaggers() throws IOException {
    StringBuilder sentence = new StringBuilder();
    String[] words = {"council", "ferry", "harbour", "route", "island", "crossing", "commuters", "Northport"};
    for (int i = 0; i < 3_000; i++) {
      sentence.append(words[i % words.length]).append(' ');
    }
    write("run-on.txt", sentence.toString());

    Cli.Run run = Cli.run("-q", "--format", "jsonl", dir.resolve("run-on.txt").toString());

    assertThat(run.exitCode()).isZero();
    // 3,000 tokens in pieces of at most 200
    assertThat(run.records().values().iterator().next().get("stats").get("sentences").asInt()).isEqualTo(15);
  }

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aFourMegabyteSentenceRunsOutOfItsTimeBudgetAndTheBatchGoesOn() throws IOException {
    // distinct words, which no cache of lede's remembers: about 8 s of work on the 2-core
    // development machine, so a budget of 1 s runs out whatever the machine's mood (a megabyte of
    // five words repeated took under a second once the tokenizer and rules got faster)
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; sentence.length() < 4_000_000; i++) {
      sentence.append("harbour").append(i).append(' ');
    }
    write("a-long-sentence.txt", sentence.toString());
    write("b-article.txt", ARTICLE);

    Cli.Run run = Cli.run("-q", "--timeout", "1", dir.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    Map<String, JsonNode> records = run.records();
    JsonNode error = records.get(dir.resolve("a-long-sentence.txt").toString()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("timeout");
    assertThat(error.get("message").asText()).contains("--timeout");
    assertThat(code(records.get(dir.resolve("b-article.txt").toString()))).isNull();
  }

  @Test
  void aHundredMegabyteFileIsRefusedFromItsSize() throws IOException {
    Path big = dir.resolve("big.txt");
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(100L << 20); // sparse: takes no disk space
    }

    Cli.Run run = Cli.run("-q", "--format", "jsonl", big.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode error = run.records().get(big.toString()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("too-large");
    assertThat(error.get("message").asText()).contains("104857600 bytes");
  }

  @Test
  void aHundredMegabyteStreamIsRefusedAfterReadingNoMoreThanTheLimit() {
    long limit = 1L << 20;
    CountingStream stdin = new CountingStream(100L << 20);

    Cli.Run run = Cli.run(stdin, "-q", "--format", "jsonl", "--max-bytes", String.valueOf(limit), "-");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(code(run.records().get("-"))).isEqualTo("too-large");
    assertThat(stdin.served).isLessThanOrEqualTo(limit + 1);
  }

  /** An endless-looking stream of article-like text that counts what was read from it. */
  private static final class CountingStream extends InputStream {
    private final long size;
    private long served;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      if (served >= size) {
        return -1;
      }
      served++;
      return 'a' + (int) (served % 7 == 0 ? ' ' - 'a' : served % 26);
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (served >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - served);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n;
    }
  }

  @Test
  void standardInputWithBadBytesGetsItsRecordToo() {
    Cli.Run run = Cli.run(new ByteArrayInputStream(new byte[] {0, 1, 2, 0}), "-q", "--format", "jsonl", "-");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(code(run.records().get("-"))).isEqualTo("not-text");
  }
}
