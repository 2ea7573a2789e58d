package dev.lede.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.Lede;
import dev.lede.input.InputFormat;
import dev.lede.Outcome;
import dev.lede.input.Article;
import dev.lede.output.OffsetUnit;
import dev.lede.output.OutputFormat;
import dev.lede.output.RecordWriter;
import dev.lede.summary.Summarizers;
import dev.lede.summary.SummaryLength;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * The whole per-article pipeline on any text: a record that serializes, with offsets that index
 * the text, or an error record; never an exception (which {@code Lede.process} would turn into an
 * internal error: a bug).
 */
class PipelineFuzzTest {

  private static final Lede LEDE =
      new Lede(
          SentenceFuzzTest.FuzzModels.MODELS,
          Summarizers::standard,
          new Lede.Options(
              SummaryLength.DEFAULT,
              OffsetUnit.UTF16,
              1 << 20,
              true,
              InputFormat.AUTO,
              false,
              Duration.ofSeconds(60)),
          InputStream.nullInputStream());

  @FuzzTest(maxDuration = "5m")
  void summarize(FuzzedDataProvider data) throws IOException {
    String text = data.consumeRemainingAsString();
    Outcome outcome = LEDE.summarize(Article.of("fuzz", text, null));
    JsonNode record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(RecordWriter.toJson(outcome.record(), OutputFormat.JSONL));
    if (outcome instanceof Outcome.Summarized) {
      for (JsonNode sentence : record.get("summary")) {
        int start = sentence.get("start").asInt();
        int end = sentence.get("end").asInt();
        assertThat(text.substring(start, end)).isEqualTo(sentence.get("text").asText());
      }
      for (JsonNode quote : record.get("quotes")) {
        assertThat(quote.get("start").asInt()).isLessThanOrEqualTo(quote.get("end").asInt());
        assertThat(quote.get("end").asInt()).isLessThanOrEqualTo(text.length());
      }
    } else {
      assertThat(record.get("error").get("code").asText()).isIn("timeout", "not-english");
    }
  }
}
