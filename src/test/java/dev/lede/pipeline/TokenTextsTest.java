package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.analysis.ArticleAnalyzer;
import dev.lede.input.Article;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An analyzed article holds one string per distinct word, however often the word recurs. */
class TokenTextsTest {

  /** Splits at spaces, one new string per token, as a real tokenizer does. */
  private static final Tokenizer BY_SPACE =
      sentence -> {
        List<Token> tokens = new ArrayList<>();
        String text = sentence.text();
        for (int i = 0; i < text.length(); ) {
          int end = text.indexOf(' ', i);
          end = end < 0 ? text.length() : end;
          if (end > i) {
            tokens.add(new Token(sentence.start() + i, sentence.start() + end, new String(text.substring(i, end)), null));
          }
          i = end + 1;
        }
        return tokens;
      };

  private static final Stages STAGES =
      new Stages(
          text -> new Language("en", 1),
          (text, from, to) -> {
            List<Sentence> lines = new ArrayList<>();
            for (int start = from; start < to; ) {
              int end = text.indexOf('\n', start);
              end = end < 0 || end > to ? to : end;
              if (end > start) {
                lines.add(new Sentence(0, start, end, text.substring(start, end), List.of()));
              }
              start = end + 1;
            }
            return lines;
          },
          BY_SPACE,
          tokens -> tokens.stream().map(t -> t.withPos("X")).toList(),
          sentences -> List.of());

  @Test
  void aRecurringWordIsOneStringAcrossTheArticle() {
    String text = "the ferry sails at dawn\n".repeat(500) + "a ferry is late\n";

    AnalyzedArticle analyzed = new ArticleAnalyzer(STAGES).analyze(new Article("t", text, null, 0, null, null));

    Map<String, Boolean> strings = new IdentityHashMap<>();
    int tokens = 0;
    for (Sentence s : analyzed.sentences()) {
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        strings.put(t.text(), true);
        tokens++;
      }
    }
    assertThat(tokens).isEqualTo(2504);
    // the, ferry, sails, at, dawn, a, is, late
    assertThat(strings).hasSize(8);
  }
}
