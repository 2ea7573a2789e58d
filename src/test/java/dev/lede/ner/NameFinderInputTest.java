package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderInputTest {

  /** A sentence whose tokens are the given whitespace-separated words of the text. */
  private static Sentence sentence(String text) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    for (String word : text.split(" ")) {
      tokens.add(new Token(i, i + word.length(), word, null));
      i += word.length() + 1;
    }
    return new Sentence(0, 0, text.length(), text, tokens);
  }

  @Test
  void curlyQuotesBecomeStraightAndPossessivesAndQuotesAreSplitOff() {
    Sentence sentence = sentence("“Lisbon’s mayor” met Veltrix’ chief … — Ana");

    NameFinderInput input = NameFinderInput.of(sentence);

    assertThat(input.texts())
        .containsExactly("\"", "Lisbon", "'s", "mayor", "\"", "met", "Veltrix", "'", "chief", "...", "--", "Ana");
    // each piece keeps its own offsets in the text
    for (int i = 0; i < input.texts().length; i++) {
      String original = sentence.text().substring(input.starts()[i], input.ends()[i]);
      assertThat(NameFinderInput.normalize(original)).isEqualTo(input.texts()[i]);
    }
  }

  @Test
  void headlineCapsPossessiveIsSplitToo() {
    assertThat(NameFinderInput.of(sentence("KYIV’S MAYOR SPEAKS")).texts())
        .containsExactly("KYIV", "'S", "MAYOR", "SPEAKS");
  }

  @Test
  void plainTokensAreLeftAlone() {
    assertThat(NameFinderInput.of(sentence("It 's 3.5 % , said O'Neill")).texts())
        .containsExactly("It", "'s", "3.5", "%", ",", "said", "O'Neill");
  }

  @Test
  void contractionsAreSplitAsInCoNllText() {
    Sentence sentence = sentence("“I’m sure we're fine,” Ana said . It isn't , CAN'T and won't . Ruud'd O'Neill 'm");

    NameFinderInput input = NameFinderInput.of(sentence);

    assertThat(input.texts())
        .containsExactly("\"", "I", "'m", "sure", "we", "'re", "fine,", "\"", "Ana", "said", ".", "It", "is", "n't", ",",
            "CA", "N'T", "and", "wo", "n't", ".", "Ruud", "'d", "O'Neill", "'m");
    assertThat(sentence.text().substring(input.starts()[2], input.ends()[2])).isEqualTo("’m");
  }

  @Test
  void aSlashBetweenLettersIsSplitOffAsInCoNllText() {
    Sentence sentence = sentence("REUTERS/Tomas Aldervik/File Photo, 24/7 and 1/2");

    NameFinderInput input = NameFinderInput.of(sentence);

    assertThat(input.texts())
        .containsExactly("REUTERS", "/", "Tomas", "Aldervik", "/", "File", "Photo,", "24/7", "and", "1/2");
    assertThat(sentence.text().substring(input.starts()[2], input.ends()[2])).isEqualTo("Tomas");
    assertThat(sentence.text().substring(input.starts()[4], input.ends()[4])).isEqualTo("/");
  }

  /** A sentence of space-separated words, each of tokens separated by "|" with no space between them. */
  private static Sentence splitWords(String text) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    for (String word : text.split(" ")) {
      if (plain.length() > 0) {
        plain.append(' ');
      }
      for (String piece : word.split("\\|")) {
        tokens.add(new Token(plain.length(), plain.length() + piece.length(), piece, null));
        plain.append(piece);
      }
    }
    return new Sentence(0, 0, plain.length(), plain.toString(), tokens);
  }

  @Test
  void aWordSplitAtAHyphenInsideItIsOneTokenAgainAsInCoNllText() {
    Sentence sentence = splitWords("The Norland|-|based and Velm|-listed firms , pro-|Moscow rebels won 2|-|1 .");

    NameFinderInput input = NameFinderInput.of(sentence);

    assertThat(input.texts())
        .containsExactly("The", "Norland-based", "and", "Velm-listed", "firms", ",", "pro-Moscow", "rebels", "won", "2-1", ".");
    assertThat(sentence.text().substring(input.starts()[1], input.ends()[1])).isEqualTo("Norland-based");
    assertThat(sentence.text().substring(input.starts()[6], input.ends()[6])).isEqualTo("pro-Moscow");
  }

  @Test
  void aHyphenNotBetweenLettersOrDigitsStaysApart() {
    // a dash, a hyphen at a word's edge, and the possessive of a joined word split off again
    assertThat(NameFinderInput.of(splitWords("Norland|-- and -|Velm or Velm|- but Anna|-|Lena|’s")).texts())
        .containsExactly("Norland", "--", "and", "-", "Velm", "or", "Velm", "-", "but", "Anna-Lena", "'s");
  }
}
