package dev.lede.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lede command on HTML pages, run in-process. */
class HtmlInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TITLE = "Tidal mill reopens after ten-year restoration";

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(new ByteArrayInputStream(new byte[0]), out, new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private Path newsPage() throws IOException {
    Path file = dir.resolve("mill.html");
    try (InputStream in = getClass().getResourceAsStream("/dev/lede/html/news-page.html")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  private static String codePointSlice(String text, int start, int end) {
    return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
  }

  @Test
  void anHtmlPageIsSummarizedFromItsArticleBody() throws IOException {
    Run run = run("--include-text", newsPage().toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode record = JSON.readTree(run.out());
    assertThat(record.get("title").asText()).isEqualTo(TITLE);
    assertThat(record.get("published").asText()).isEqualTo("2024-05-14T09:30:00+01:00");

    String text = record.get("text").asText();
    assertThat(text).startsWith(TITLE + "\n\n");
    String body = text.substring(TITLE.length());
    assertThat(body).contains("Tomas Reyne").doesNotContain("Share", "newsletter", "Wonderful", "Privacy");
    assertThat(record.get("stats").get("characters").asInt()).isEqualTo(text.codePointCount(0, text.length()));

    JsonNode summary = record.get("summary");
    assertThat(summary).hasSize(3);
    for (JsonNode sentence : summary) {
      assertThat(body).contains(sentence.get("text").asText());
      assertThat(codePointSlice(text, sentence.get("start").asInt(), sentence.get("end").asInt()))
          .isEqualTo(sentence.get("text").asText());
    }
    JsonNode reyne = null;
    for (JsonNode entity : record.get("entities")) {
      reyne = entity.get("text").asText().equals("Tomas Reyne") ? entity : reyne;
    }
    assertThat(reyne).isNotNull();
    for (JsonNode mention : reyne.get("mentions")) {
      assertThat(codePointSlice(text, mention.get("start").asInt(), mention.get("end").asInt()))
          .isEqualTo("Tomas Reyne");
    }
  }

  @Test
  void textIsLeftOutUnlessAskedForAndForcedTextReadsTheMarkup() throws IOException {
    Path page = newsPage();
    assertThat(JSON.readTree(run(page.toString()).out()).has("text")).isFalse();

    JsonNode raw = JSON.readTree(run("--input-format", "text", "--include-text", page.toString()).out());
    assertThat(raw.get("text").asText()).startsWith("<!DOCTYPE html>");
    assertThat(raw.get("published").isNull()).isTrue();
  }

  @Test
  void aPageWithoutArticleTextGetsAnEmptyErrorRecord() throws IOException {
    Path page = dir.resolve("menu.html");
    Files.writeString(page, "<html><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav></body></html>");

    Run run = run(page.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
    assertThat(JSON.readTree(run.out()).get("error").get("code").asText()).isEqualTo("empty");
    assertThat(run.err()).isEqualTo("lede: " + page + ": no article text in the HTML page\n");
  }

  @Test
  void anUnknownInputFormatIsAUsageError() {
    Run run = run("--input-format", "pdf", "x.pdf");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--input-format must be auto, text or html, not 'pdf'");
  }
}
