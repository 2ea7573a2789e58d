package dev.lede.summary;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.input.Article;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Articles built token by token, for sizes no pipeline run in a unit test could afford. */
final class Synthetic {

  private Synthetic() {}

  /** {@code count} sentences of {@code words} words each, drawn from a vocabulary of {@code vocabulary}. */
  static AnalyzedArticle article(int count, int words, int vocabulary, long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    List<Sentence> sentences = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      int start = text.length();
      List<Token> tokens = new ArrayList<>(words + 1);
      for (int w = 0; w < words; w++) {
        int id = random.nextInt(vocabulary);
        String word = (id % 10 == 0 ? "Name" : "word") + id;
        String pos = id % 10 == 0 ? "PROPN" : (w == 1 ? "VERB" : "NOUN");
        int tokenStart = text.length();
        text.append(word);
        tokens.add(new Token(tokenStart, text.length(), word, pos));
        text.append(' ');
      }
      tokens.add(new Token(text.length(), text.length() + 1, ".", "PUNCT"));
      text.append(".");
      sentences.add(new Sentence(s, start, text.length(), text.substring(start), tokens));
      text.append('\n');
    }
    Article article = new Article("synthetic", text.toString(), null, 0, null, null);
    return new AnalyzedArticle(article, new Language("en", 1), sentences, List.of());
  }
}
