package dev.lede.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.input.Article;
import dev.lede.pipeline.ApacheModels;
import dev.lede.pipeline.Deadline;
import dev.lede.pipeline.EntityFinder;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.OpenNlpSentenceSplitter;
import dev.lede.pipeline.OpenNlpTokenizer;
import dev.lede.pipeline.PosTagger;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.SentenceSplitter;
import dev.lede.pipeline.Stages;
import dev.lede.pipeline.Token;
import dev.lede.pipeline.Tokenizer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The work the analyzer hands its stages stays bounded whatever the text: checked by what the
 * stages are given, not by the clock.
 */
class HostileAnalysisTest {

  /** Records the size of every sentence the tagger and the entity finder are handed. */
  private static final class Recording {
    final List<Integer> tagged = new ArrayList<>();
    final List<Integer> found = new ArrayList<>();

    Stages stages() {
      SentenceSplitter oneSentencePerText =
          (text, from, to) -> from < to ? List.of(new Sentence(0, from, to, text.substring(from, to), List.of())) : List.of();
      Tokenizer byChar =
          sentence -> {
            List<Token> tokens = new ArrayList<>();
            for (int i = 0; i < sentence.text().length(); i++) {
              if (sentence.text().charAt(i) != ' ') {
                int at = sentence.start() + i;
                tokens.add(new Token(at, at + 1, sentence.text().substring(i, i + 1), null));
              }
            }
            return tokens;
          };
      PosTagger tagger =
          tokens -> {
            tagged.add(tokens.size());
            return tokens.stream().map(t -> t.withPos("X")).toList();
          };
      EntityFinder finder =
          sentences -> {
            sentences.forEach(s -> found.add(s.tokens().size()));
            return List.of();
          };
      return new Stages(text -> new Language("en", 1), oneSentencePerText, byChar, tagger, finder);
    }
  }

  @Test
  void aSentenceOfTenThousandTokensReachesTheTaggersInPiecesOfAtMost200() {
    Recording recording = new Recording();
    String text = "a ".repeat(10_000);

    AnalyzedArticle analyzed = new ArticleAnalyzer(recording.stages()).analyze(new Article("t", text, null, 0, null, null));

    assertThat(recording.tagged).hasSize(50).allMatch(n -> n == ArticleAnalyzer.MAX_SENTENCE_TOKENS);
    assertThat(recording.found).isEqualTo(recording.tagged);
    assertThat(analyzed.sentences()).hasSize(50);
    for (Sentence s : analyzed.sentences()) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text()).startsWith("a").endsWith("a");
      assertThat(s.index()).isEqualTo(analyzed.sentences().indexOf(s));
    }
  }

  @Test
  void theDeadlineStopsTheAnalysisBetweenSentences() {
    Recording recording = new Recording();
    AtomicLong clock = new AtomicLong();
    // every reading of the clock moves it on by one nanosecond: the budget is 20 readings
    Deadline deadline = Deadline.after(Duration.ofNanos(20), clock::incrementAndGet);
    String text = "a ".repeat(100_000);

    assertThatThrownBy(() -> new ArticleAnalyzer(recording.stages()).analyze(new Article("t", text, null, 0, null, null), deadline))
        .isInstanceOf(Deadline.DeadlineExceeded.class);
    assertThat(recording.tagged.size()).isBetween(1, 25);
    assertThat(recording.found).isEmpty();
  }

  @Test
  void theDeadlineCountsAcrossTheClocksWrapAround() {
    AtomicLong clock = new AtomicLong(Long.MAX_VALUE - 5);
    Deadline deadline = Deadline.after(Duration.ofNanos(10), clock::get);
    clock.addAndGet(8); // the reading wraps round to a negative number
    deadline.check(); // 8 ns spent: within the budget
    clock.addAndGet(5);
    assertThatThrownBy(deadline::check).isInstanceOf(Deadline.DeadlineExceeded.class);
    Deadline.NONE.check();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // hang guard: these took minutes before (quadratic scans)
  void aWordOf200000CharactersIsOneTokenAndEndsNoSentence() throws IOException {
    OpenNlpSentenceSplitter splitter = ApacheModels.sentenceSplitter();
    OpenNlpTokenizer tokenizer = ApacheModels.tokenizer();
    String word = "a.b-".repeat(50_000);
    String text = "It said " + word + " today. Then it stopped.";

    List<Sentence> sentences = splitter.split(text, 0, text.length());

    assertThat(sentences).extracting(Sentence::text).containsExactly("It said " + word + " today.", "Then it stopped.");
    List<Token> tokens = tokenizer.tokenize(sentences.get(0));
    assertThat(tokens).extracting(Token::text).containsExactly("It", "said", word, "today", ".");
    assertThat(tokens.get(2).start()).isEqualTo(text.indexOf(word));
  }

  @Test
  void theDetectorViewKeepsOffsetsAndMasksBreaksOnlyInsideOverlongRuns() {
    String line = "Short. Run\u00a0on\t" + "x.".repeat(40) + " end.";
    String view = OpenNlpSentenceSplitter.detectorView(line, ".?!");
    assertThat(view).hasSameSizeAs(line).startsWith("Short. Run on ").endsWith(" end.");
    assertThat(view).contains("x_x_").doesNotContain("x.x.");
  }
}
