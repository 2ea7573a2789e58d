package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/** Tokens from OpenNLP's English (UD EWT) tokenizer model. */
public final class OpenNlpTokenizer implements Tokenizer {

  private final TokenizerME tokenizer;

  public OpenNlpTokenizer(TokenizerModel model) {
    this.tokenizer = new TokenizerME(model);
  }

  @Override
  public List<Token> tokenize(Sentence sentence) {
    Span[] spans = tokenizer.tokenizePos(sentence.text());
    List<Token> tokens = new ArrayList<>(spans.length);
    for (Span span : spans) {
      int start = sentence.start() + span.getStart();
      int end = sentence.start() + span.getEnd();
      tokens.add(new Token(start, end, span.getCoveredText(sentence.text()).toString(), null));
    }
    return tokens;
  }
}
