package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;

/** Universal Dependencies POS tags from OpenNLP's English (UD EWT) model. */
public final class OpenNlpPosTagger implements PosTagger {

  private final UnaryOperator<String[]> tagger;

  public OpenNlpPosTagger(POSModel model) {
    this.tagger = FastPosTagger.of(model);
  }

  @Override
  public List<Token> tag(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    String[] tags = tagger.apply(words);
    List<Token> tagged = new ArrayList<>(tokens.size());
    for (int i = 0; i < words.length; i++) {
      tagged.add(tokens.get(i).withPos(tags[i]));
    }
    return tagged;
  }
}
