package dev.lede.pipeline;

import dev.lede.inference.WordCache;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens from OpenNLP's English (UD EWT) tokenizer model. The model splits each word (white
 * space to white space) on its own, from that word's characters alone, so a word's split is
 * remembered: news repeats its words, and the model's per-character features are most of a
 * tokenizer's cost. A word longer than {@link #MAX_WORD_CHARS} is one token as it is: the model
 * builds features from the whole word at each of its characters, quadratic in the word's
 * length, and no word that long is language. Not thread-safe (nor is {@link TokenizerME}): one
 * per thread, from one {@link #factory} per model so that all share the remembered splits.
 */
public final class OpenNlpTokenizer implements Tokenizer {

  static final int MAX_WORD_CHARS = 100;
  /**
   * Distinct words whose split is kept per generation of the cache (at most two are): about 150
   * bytes each. 20,000 had the model run for 10 % of the words of an 845k-word article (a
   * 20,000-word least-recently-used map: 9 %); why 40,000: {@link FastPosTagger#CACHED_WORDS}.
   */
  static final int REMEMBERED_WORDS = 40_000;

  /** A word's tokens: where each starts within the word, and its text. Never changed once made. */
  private record Split(int[] starts, String[] texts) {}

  /** Where the one token of a word the model leaves whole starts: most words are. */
  private static final int[] WHOLE = {0};

  private final Function<String, Span[]> splitter;
  private final WordCache<Split> splits;
  // made once: C1 does not inline invokedynamic, and a method reference made per word costs a
  // runtime call to allocate it
  private final Function<String, Split> splitWord = this::split;
  private long modelCalls;

  /** A tokenizer that remembers splits for itself alone. */
  public OpenNlpTokenizer(TokenizerModel model) {
    this(WordSplitter.of(model), new WordCache<>(REMEMBERED_WORDS));
  }

  private OpenNlpTokenizer(Function<String, Span[]> splitter, WordCache<Split> splits) {
    this.splitter = splitter;
    this.splits = splits;
  }

  /** Tokenizers for the model, one per thread, that share the splits they remember. */
  public static Supplier<OpenNlpTokenizer> factory(TokenizerModel model) {
    Supplier<Function<String, Span[]>> splitters = WordSplitter.factory(model);
    WordCache<Split> splits = new WordCache<>(REMEMBERED_WORDS);
    return () -> new OpenNlpTokenizer(splitters.get(), splits);
  }

  @Override
  public List<Token> tokenize(Sentence sentence) {
    String text = sentence.text();
    List<Token> tokens = new ArrayList<>();
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
      String word = text.substring(i, wordEnd);
      int offset = sentence.start() + i;
      if (word.length() > MAX_WORD_CHARS) {
        tokens.add(new Token(offset, offset + word.length(), word, null));
      } else {
        Split split = splits.get(word, splitWord);
        for (int t = 0; t < split.texts().length; t++) {
          int start = offset + split.starts()[t];
          tokens.add(new Token(start, start + split.texts()[t].length(), split.texts()[t], null));
        }
      }
      i = wordEnd;
    }
    splitFinalPeriod(tokens);
    return tokens;
  }

  /**
   * The model splits each word alone, so it cannot know that the sentence ends after the last
   * one: it keeps the period of a word it takes for an abbreviation ("Bogdanchikov.", "Aviv.",
   * "DJs." before the next sentence), and the name finder then meets a word it never saw. The
   * sentence splitter ended the sentence there, so that period is the sentence's own: split it
   * off, as CoNLL's and the Penn Treebank's text do, unless the word has a period inside ("U.S.")
   * or is one letter ("J."). Closing quotes and brackets after it are passed over.
   */
  private static void splitFinalPeriod(List<Token> tokens) {
    int last = tokens.size() - 1;
    while (last >= 0 && isClosing(tokens.get(last).text())) {
      last--;
    }
    if (last < 0) {
      return;
    }
    Token token = tokens.get(last);
    String text = token.text();
    int period = text.length() - 1;
    if (period >= 2 && text.indexOf('.') == period && Character.isLetter(text.charAt(period - 1))) {
      tokens.set(last, new Token(token.start(), token.end() - 1, text.substring(0, period), null));
      tokens.add(last + 1, new Token(token.end() - 1, token.end(), ".", null));
    }
  }

  private static boolean isClosing(String text) {
    for (int k = 0; k < text.length(); k++) {
      if ("\"'\u201d\u2019)]\u00bb".indexOf(text.charAt(k)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** How many words the model has split so far (the others were remembered). */
  long modelCalls() {
    return modelCalls;
  }

  private Split split(String word) {
    modelCalls++;
    Span[] spans = splitter.apply(word);
    if (spans.length == 1 && spans[0].length() == word.length()) {
      return new Split(WHOLE, new String[] {word});
    }
    int[] starts = new int[spans.length];
    String[] texts = new String[spans.length];
    for (int t = 0; t < spans.length; t++) {
      starts[t] = spans[t].getStart();
      texts[t] = word.substring(spans[t].getStart(), spans[t].getEnd());
    }
    return new Split(starts, texts);
  }

  /** White space as OpenNLP's whitespace tokenizer sees it. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
  }
}
