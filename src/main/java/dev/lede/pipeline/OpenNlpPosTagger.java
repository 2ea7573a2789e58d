package dev.lede.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import opennlp.tools.postag.POSModel;

/**
 * Universal Dependencies POS tags from OpenNLP's English (UD EWT) model. Not thread-safe: one per
 * thread, from one {@link #factory} per model so that all share the weights of the words seen.
 */
public final class OpenNlpPosTagger implements PosTagger {

  private final UnaryOperator<String[]> tagger;

  public OpenNlpPosTagger(POSModel model) {
    this(FastPosTagger.of(model));
  }

  private OpenNlpPosTagger(UnaryOperator<String[]> tagger) {
    this.tagger = tagger;
  }

  /** Taggers for the model, one per thread, sharing one cache of words' weights. */
  public static Supplier<OpenNlpPosTagger> factory(POSModel model) {
    Supplier<UnaryOperator<String[]>> taggers = FastPosTagger.factory(model);
    return () -> new OpenNlpPosTagger(taggers.get());
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
