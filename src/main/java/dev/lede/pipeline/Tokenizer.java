package dev.lede.pipeline;

import java.util.List;

/** Splits one sentence into tokens whose offsets point into the article. */
public interface Tokenizer {

  List<Token> tokenize(Sentence sentence);
}
