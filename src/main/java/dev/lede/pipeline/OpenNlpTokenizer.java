package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens from OpenNLP's English (UD EWT) tokenizer model. A word (white space to white space)
 * longer than {@link #MAX_WORD_CHARS} is one token as it is: the model builds features from the
 * whole word at each of its characters, quadratic in the word's length, and no word that long
 * is language.
 */
public final class OpenNlpTokenizer implements Tokenizer {

  static final int MAX_WORD_CHARS = 100;

  private final TokenizerME tokenizer;

  public OpenNlpTokenizer(TokenizerModel model) {
    this.tokenizer = new TokenizerME(model);
  }

  @Override
  public List<Token> tokenize(Sentence sentence) {
    String text = sentence.text();
    List<Token> tokens = new ArrayList<>();
    int pieceStart = 0;
    int i = 0;
    while (i < text.length()) {
      if (isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int wordEnd = i;
      while (wordEnd < text.length() && !isSpace(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd - i > MAX_WORD_CHARS) {
        addModelTokens(sentence, pieceStart, i, tokens);
        tokens.add(new Token(sentence.start() + i, sentence.start() + wordEnd, text.substring(i, wordEnd), null));
        pieceStart = wordEnd;
      }
      i = wordEnd;
    }
    addModelTokens(sentence, pieceStart, text.length(), tokens);
    return tokens;
  }

  /** The model's tokens of the sentence's text from {@code from} to {@code to}. */
  private void addModelTokens(Sentence sentence, int from, int to, List<Token> tokens) {
    if (from >= to) {
      return;
    }
    String piece = sentence.text().substring(from, to);
    for (Span span : tokenizer.tokenizePos(piece)) {
      int start = sentence.start() + from + span.getStart();
      int end = sentence.start() + from + span.getEnd();
      tokens.add(new Token(start, end, span.getCoveredText(piece).toString(), null));
    }
  }

  /** White space as OpenNLP's whitespace tokenizer sees it. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }
}
