package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/** Universal Dependencies POS tags from OpenNLP's English (UD EWT) model. */
public final class OpenNlpPosTagger implements PosTagger {

  private final POSTaggerME tagger;

  public OpenNlpPosTagger(POSModel model) {
    this.tagger = new POSTaggerME(model, POSTagFormat.UD);
  }

  @Override
  public List<Token> tag(List<Token> tokens) {
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
    }
    String[] tags = tagger.tag(words);
    List<Token> tagged = new ArrayList<>(tokens.size());
    for (int i = 0; i < words.length; i++) {
      tagged.add(tokens.get(i).withPos(tags[i]));
    }
    return tagged;
  }
}
