package dev.lede.pipeline;

import java.util.List;

/** Gives each token of a sentence its part-of-speech tag. */
public interface PosTagger {

  List<Token> tag(List<Token> tokens);
}
