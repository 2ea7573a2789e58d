package dev.lede.pipeline;

import dev.lede.inference.CompactWeights;
import dev.lede.inference.GisNormalization;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.tokenize.DefaultTokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringUtil;

/**
 * Where {@link TokenizerME} splits one word (a string without white space), with the same
 * decisions, from the same weights summed in the same order, for a maxent model with OpenNLP's
 * default token features and no abbreviation dictionary: the model is asked at each char
 * boundary, and {@code DefaultTokenContextGenerator} builds some fifteen feature strings there,
 * each hashed and looked up anew. Here the weights are in compact form, made once per model; a
 * char's own features and the char-class features are looked up once per model (Latin-1 chars)
 * or once per boundary, and the prefix, suffix and char-pair features are looked up from the
 * word's chars without making strings. Other models are split by {@link TokenizerME}. Immutable:
 * one serves every thread.
 */
final class WordSplitter {

  private static final String MODEL_ENTRY = "token.model";
  private static final int CACHED_CHARS = 256;
  /** The keys of a char's features, in {@code addCharPreds}' order of calls. */
  private static final String[] KEYS = {"p1", "p2", "f1", "f2"};
  private static final int P1 = 0;
  private static final int P2 = 1;
  private static final int F1 = 2;
  private static final int F2 = 3;

  /** The char-class features {@code addCharPreds} adds after {@code key=c}. */
  private static final String[] CLASSES = {"_alpha", "_caps", "_num", "_ws", "_eos", "_quote", "_lp", "_rp"};
  private static final int ALPHA = 0;
  private static final int CAPS = 1;
  private static final int NUM = 2;
  private static final int WS = 3;
  private static final int EOS = 4;
  private static final int QUOTE = 5;
  private static final int LP = 6;
  private static final int RP = 7;

  private final CompactWeights weights;
  private final double logPrior;
  private final int split;
  /** {@code key=c} for each key and Latin-1 char: predicate indexes, -1 where there is none. */
  private final int[][] charFeatures;
  /** {@code key_alpha}, {@code key_caps}, ... by key, in the order of CLASSES. */
  private final int[][] classFeatures;
  private final int p2Bok;
  private final int f2Bok;
  private final int charCode;

  private WordSplitter(CompactWeights weights) {
    this.weights = weights;
    this.logPrior = StrictMath.log(1.0 / weights.outcomeCount()); // as OpenNLP's UniformPrior
    this.split = Arrays.asList(weights.outcomes()).indexOf(TokenizerME.SPLIT);
    this.charFeatures = new int[KEYS.length][CACHED_CHARS];
    this.classFeatures = new int[KEYS.length][CLASSES.length];
    for (int k = 0; k < KEYS.length; k++) {
      for (int c = 0; c < CACHED_CHARS; c++) {
        charFeatures[k][c] = weights.predicate(KEYS[k] + "=" + (char) c);
      }
      for (int c = 0; c < CLASSES.length; c++) {
        classFeatures[k][c] = weights.predicate(KEYS[k] + CLASSES[c]);
      }
    }
    this.p2Bok = weights.predicate("p2=bok");
    this.f2Bok = weights.predicate("f2=bok");
    this.charCode = weights.predicate("cc");
  }

  /**
   * Each word's spans as {@link TokenizerME#tokenizePos} gives them: from this splitter when the
   * model allows, else from a TokenizerME of the model's own.
   */
  static Function<String, Span[]> of(TokenizerModel model) {
    return factory(model).get();
  }

  /**
   * Splitters as {@link #of} makes them, one per thread: the fast one, over the compact weights
   * the model carries (as the build's compact model does) or made from it once, serves them all.
   */
  static Supplier<Function<String, Span[]>> factory(TokenizerModel model) {
    TokenizerFactory factory = model.getFactory();
    if (factory.getClass() == TokenizerFactory.class
        && factory.getContextGenerator().getClass() == DefaultTokenContextGenerator.class
        && model.getAbbreviations() == null
        && !factory.isUseAlphaNumericOptimization()
        && model.getArtifact(MODEL_ENTRY) instanceof GISModel gis
        && Arrays.asList((String[]) gis.getDataStructures()[2]).contains(TokenizerME.SPLIT)) {
      WordSplitter splitter = new WordSplitter(CompactWeights.of(model, MODEL_ENTRY));
      return () -> splitter::split;
    }
    if (CompactWeights.isStripped(model, MODEL_ENTRY)) {
      throw new IllegalArgumentException(
          "the model keeps its weights in compact form, which only the fast splitter reads, and it cannot split with this model");
    }
    return () -> new TokenizerME(model)::tokenizePos;
  }

  /** The tokens of {@code word}, which holds no white space. */
  Span[] split(String word) {
    int end = word.length();
    if (end < 2) {
      return new Span[] {new Span(0, end)};
    }
    List<Span> found = new ArrayList<>(2);
    double[] sums = new double[weights.outcomeCount()];
    int start = 0;
    for (int j = 1; j < end; j++) {
      if (splitsAt(word, j, sums)) {
        found.add(new Span(start, j));
        start = j;
      }
    }
    found.add(new Span(start, end));
    return found.toArray(new Span[0]);
  }

  /** GISModel's best outcome for the boundary before char {@code index}: whether it is a split. */
  private boolean splitsAt(String word, int index, double[] sums) {
    Arrays.fill(sums, logPrior);
    // the lookups first, as the language detector does: independent misses in the processor's
    // caches that it overlaps
    int prefix = weights.predicate("p=", word, 0, index);
    int suffix = weights.predicate("s=", word, index, word.length());
    int before = index > 1 ? weights.predicate("p21=", word, index - 2, index) : p2Bok;
    int around = weights.predicate("p1f1=", word, index - 1, index + 1);
    int after = index + 1 < word.length() ? weights.predicate("f12=", word, index, index + 2) : f2Bok;
    // DefaultTokenContextGenerator.createContext's features, in its order (index > 0 here):
    // p=prefix, s=suffix, p1=c, p2=c, p21=cc, p1f1=cc, f1=c, f2=c, f12=cc, then cc for entities;
    // ArrayMath.sumFeatures multiplies each weight by the feature's value, 1, which changes no bit
    weights.add(prefix, sums);
    weights.add(suffix, sums);
    addChar(P1, word, index - 1, sums);
    if (index > 1) {
      addChar(P2, word, index - 2, sums);
    }
    weights.add(before, sums);
    weights.add(around, sums);
    addChar(F1, word, index, sums);
    if (index + 1 < word.length()) {
      addChar(F2, word, index + 1, sums);
    }
    weights.add(after, sums);
    if (word.charAt(0) == '&' && word.charAt(word.length() - 1) == ';') {
      weights.add(charCode, sums);
    }
    GisNormalization.normalize(sums);
    int best = 0; // ArrayMath.argmax: the first of equals
    for (int o = 1; o < sums.length; o++) {
      if (sums[best] < sums[o]) {
        best = o;
      }
    }
    return best == split;
  }

  /** {@code addCharPreds(KEYS[key], c, ...)} for the char of the word at {@code at}. */
  private void addChar(int key, String word, int at, double[] sums) {
    char c = word.charAt(at);
    weights.add(c < CACHED_CHARS ? charFeatures[key][c] : weights.predicate(KEYS[key] + "=", word, at, at + 1), sums);
    int[] classes = classFeatures[key];
    if (Character.isLetter(c)) {
      weights.add(classes[ALPHA], sums);
      if (Character.isUpperCase(c)) {
        weights.add(classes[CAPS], sums);
      }
    } else if (Character.isDigit(c)) {
      weights.add(classes[NUM], sums);
    } else if (StringUtil.isWhitespace(c)) {
      weights.add(classes[WS], sums);
    } else if (c == '.' || c == '?' || c == '!') {
      weights.add(classes[EOS], sums);
    } else if (c == '`' || c == '"' || c == '\'') {
      weights.add(classes[QUOTE], sums);
    } else if (c == '[' || c == '{' || c == '(') {
      weights.add(classes[LP], sums);
    } else if (c == ']' || c == '}' || c == ')') {
      weights.add(classes[RP], sums);
    }
  }
}
