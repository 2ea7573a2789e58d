package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.Models;
import dev.lede.inference.ModelResources;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class OpenNlpTokenizerTest {

  private static final TokenizerModel MODEL = ModelResources.load(Models.TOKEN_MODEL, TokenizerModel::new);

  private static Sentence sentence(String text, int start) {
    return new Sentence(0, start, start + text.length(), text, List.of());
  }

  @Test
  void givesTheModelsTokensWithArticleOffsets() {
    String text =
        "Dr. O'Neill didn't say \"no,\" the U.S. firm's C.E.O. told Reuters on Tue.\u00a0It's 3.5%-up (e.g. $1,200/yr) -- so-called \"gains\"!";
    TokenizerME reference = new TokenizerME(MODEL);
    List<String> expected = new ArrayList<>();
    for (Span span : reference.tokenizePos(text)) {
      expected.add((span.getStart() + 40) + ":" + span.getCoveredText(text));
    }

    List<String> actual = new ArrayList<>();
    OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(MODEL);
    for (int pass = 0; pass < 2; pass++) { // the second pass reads the remembered splits
      actual.clear();
      for (Token t : tokenizer.tokenize(sentence(text, 40))) {
        assertThat(t.end() - t.start()).isEqualTo(t.text().length());
        actual.add(t.start() + ":" + t.text());
      }
      assertThat(actual).isEqualTo(expected);
    }
    assertThat(expected).hasSizeGreaterThan(30);
  }

  @Test
  void aSentencesLastWordGivesUpItsPeriodEvenWhenTheModelTakesItForAnAbbreviation() {
    OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(MODEL);

    List<Token> tokens = tokenizer.tokenize(sentence("The talks were held in Tel Aviv.", 7));
    List<Token> quoted = tokenizer.tokenize(sentence("\"We booked two DJs.\"", 0));

    assertThat(tokens).extracting(Token::text).endsWith("Tel", "Aviv", ".");
    Token period = tokens.get(tokens.size() - 1);
    assertThat(period.start()).isEqualTo(7 + 31);
    assertThat(period.end()).isEqualTo(7 + 32);
    assertThat(tokens.get(tokens.size() - 2).end()).isEqualTo(period.start());
    assertThat(quoted).extracting(Token::text).endsWith("DJs", ".", "\"");
    // the model alone keeps those periods, as it would an abbreviation's
    assertThat(new TokenizerME(MODEL).tokenize("Aviv.")).containsExactly("Aviv.");
    assertThat(new TokenizerME(MODEL).tokenize("DJs.")).containsExactly("DJs.");
  }

  @Test
  void periodsInsideAWordAndInitialsStayWhereTheModelPutsThem() {
    OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(MODEL);

    assertThat(tokenizer.tokenize(sentence("He moved to the U.S.", 0))).extracting(Token::text)
        .isEqualTo(List.of(new TokenizerME(MODEL).tokenize("He moved to the U.S.")));
    assertThat(tokenizer.tokenize(sentence("Dr. Ruth Marsh met Ellen J.", 0))).extracting(Token::text)
        .startsWith("Dr.").endsWith("J.");
  }

  @Test
  void asksTheModelOncePerDistinctWordHoweverLongTheText() {
    OpenNlpTokenizer tokenizer = new OpenNlpTokenizer(MODEL);
    String text = "The council's ferry, the council said, sails on Tuesday. ";
    List<Token> first = tokenizer.tokenize(sentence(text, 0));
    for (int i = 1; i < 1_000; i++) {
      List<Token> again = tokenizer.tokenize(sentence(text, i * text.length()));
      assertThat(again).extracting(Token::text).isEqualTo(first.stream().map(Token::text).toList());
    }

    // "The", "council's", "ferry,", "the", "council", "said,", "sails", "on", "Tuesday."
    assertThat(tokenizer.modelCalls()).isEqualTo(9);
  }
}
