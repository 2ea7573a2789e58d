package dev.lede.ner;

import dev.lede.inference.CompactWeights;
import dev.lede.inference.FeatureSink;
import dev.lede.inference.WeightSums;
import dev.lede.inference.WordCache;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Sums, for each token of a sentence, the model weights of the features a feature generator
 * gives it: the same sum (up to the order of additions) as looking each feature string up.
 * Most of lede's features depend on one word at a fixed offset ({@link TokenwiseFeatureGenerator});
 * those are summed once per word and offset and kept in a bounded cache, so a token costs a few
 * array additions plus the lookups of its remaining features, which such a generator names in
 * parts ({@link FeatureSink}) so that no string is made for them. Generators of any other kind
 * are run and looked up feature by feature, as OpenNLP does. Not thread-safe; the cache may be shared
 * by the scorers of one model's generators and weights on other threads.
 */
final class TokenScorer {

  private final int outcomes;
  // arrays and indexed loops: C1 does no escape analysis, so a for-each over a list allocates an
  // iterator, three per token here (about 2 % of a batch's allocation)
  private final TokenwiseFeatureGenerator[] tokenwise;
  private final AdaptiveFeatureGenerator[] generic;
  private final int window;
  private final WordCache<WordWeights> words;
  private final ArrayList<String> features = new ArrayList<>();
  private final WeightSums summing;
  // made once: C1 does not inline invokedynamic, and a method reference made per token costs a
  // runtime call to allocate it
  private final Function<String, WordWeights> weigh = this::weigh;

  /**
   * @param generator the model's feature generator
   * @param weights the perceptron's weights by feature
   * @param words the cache of words' weights, for this generator and these weights
   */
  TokenScorer(AdaptiveFeatureGenerator generator, CompactWeights weights, WordCache<WordWeights> words) {
    this.outcomes = weights.outcomeCount();
    this.summing = new WeightSums(weights);
    List<AdaptiveFeatureGenerator> parts = new ArrayList<>();
    flatten(generator, parts);
    List<TokenwiseFeatureGenerator> splits = new ArrayList<>();
    List<AdaptiveFeatureGenerator> others = new ArrayList<>();
    int widest = 0;
    for (AdaptiveFeatureGenerator part : parts) {
      if (part instanceof TokenwiseFeatureGenerator split) {
        splits.add(split);
        widest = Math.max(widest, split.window());
      } else {
        others.add(part);
      }
    }
    this.tokenwise = splits.toArray(TokenwiseFeatureGenerator[]::new);
    this.generic = others.toArray(AdaptiveFeatureGenerator[]::new);
    this.window = widest;
    this.words = words;
  }

  /**
   * The parts of a generator whose features are the union of theirs. OpenNLP's cache only saves
   * recomputing a token's features for each beam candidate, which the fast finder never does;
   * subclasses may change behaviour, so only these exact classes are opened.
   */
  private static void flatten(AdaptiveFeatureGenerator generator, List<AdaptiveFeatureGenerator> parts) {
    if (generator.getClass() == CachedFeatureGenerator.class) {
      flatten(((CachedFeatureGenerator) generator).getCachedFeatureGenerator(), parts);
    } else if (generator.getClass() == AggregatedFeatureGenerator.class) {
      for (AdaptiveFeatureGenerator part : ((AggregatedFeatureGenerator) generator).getGenerators()) {
        flatten(part, parts);
      }
    } else {
      parts.add(generator);
    }
  }

  /** The cached weights of each token's word. */
  WordWeights[] words(String[] tokens) {
    WordWeights[] found = new WordWeights[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      found[i] = words.get(tokens[i], weigh);
    }
    return found;
  }

  /** The summed feature weights of each token, by outcome index; {@code words} from {@link #words}. */
  double[][] score(String[] tokens, WordWeights[] words) {
    describeSentence(tokens, words);
    // row by row: C1 makes a two-dimensional array in a runtime call, about 0.5 % of a batch
    double[][] scores = new double[tokens.length][];
    for (int i = 0; i < tokens.length; i++) {
      double[] tokenScores = new double[outcomes];
      scores[i] = tokenScores;
      for (int offset = Math.max(-window, -i); offset <= window && i + offset < tokens.length; offset++) {
        add(words[i + offset].atOffset(offset), tokenScores);
      }
      summing.into(tokenScores);
      for (TokenwiseFeatureGenerator generator : tokenwise) {
        generator.addContextFeatures(summing, tokens, i);
      }
      features.clear();
      for (AdaptiveFeatureGenerator generator : generic) {
        generator.createFeatures(features, tokens, i, null);
      }
      for (int f = 0; f < features.size(); f++) {
        summing.add(features.get(f));
      }
    }
    return scores;
  }

  int cachedWords() {
    return words.size();
  }

  /**
   * Hands each generator that describes words the descriptions of the sentence's, kept with their
   * weights: made per word, not per token (a generator describes every word or none).
   */
  private void describeSentence(String[] tokens, WordWeights[] words) {
    for (int g = 0; g < tokenwise.length; g++) {
      if (words.length > 0 && words[0].description(g) != null) {
        Object[] descriptions = new Object[words.length];
        for (int i = 0; i < words.length; i++) {
          descriptions[i] = words[i].description(g);
        }
        tokenwise[g].describedSentence(tokens, descriptions);
      }
    }
  }

  private WordWeights weigh(String token) {
    double[][] byOffset = new double[2 * window + 1][];
    for (int offset = -window; offset <= window; offset++) {
      summing.into(null);
      for (TokenwiseFeatureGenerator generator : tokenwise) {
        if (Math.abs(offset) <= generator.window()) {
          generator.addTokenFeatures(summing, token, offset);
        }
      }
      byOffset[offset + window] = summing.sums();
    }
    Object[] descriptions = new Object[tokenwise.length];
    for (int g = 0; g < tokenwise.length; g++) {
      descriptions[g] = tokenwise[g].describe(token);
    }
    return new WordWeights(byOffset, window, FeatureGeneratorUtil.tokenFeature(token), descriptions, outcomes);
  }

  private static void add(double[] weights, double[] scores) {
    if (weights != null) {
      for (int o = 0; o < scores.length; o++) {
        scores[o] += weights[o];
      }
    }
  }
}
