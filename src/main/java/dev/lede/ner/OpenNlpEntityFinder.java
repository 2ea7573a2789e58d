package dev.lede.ner;

import dev.lede.pipeline.Deadline;
import dev.lede.pipeline.EntityFinder;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Named entities from lede's own OpenNLP name-finder model (types PERSON, ORGANIZATION,
 * LOCATION, MISC). The model learned CoNLL-2003's tokens, so each sentence is first put in that
 * form ({@link NameFinderInput}: straight quotes, "'s" split off), and the names found are
 * repaired document-wide ({@link NameRepairs}: titles, particles, surnames, organizations named by
 * their context, place adjectives). Not thread-safe: one per thread
 * over one shared model, from one {@link #factory} per model so that all share the weights of the
 * words seen.
 */
public final class OpenNlpEntityFinder implements EntityFinder {

  private final TokenNameFinder finder;

  public OpenNlpEntityFinder(TokenNameFinderModel model) {
    this(FastNameFinder.of(model));
  }

  private OpenNlpEntityFinder(TokenNameFinder finder) {
    this.finder = finder;
  }

  /** Entity finders for the model, one per thread, sharing one cache of words' weights. */
  public static Supplier<OpenNlpEntityFinder> factory(TokenNameFinderModel model) {
    Supplier<TokenNameFinder> finders = FastNameFinder.factory(model);
    return () -> new OpenNlpEntityFinder(finders.get());
  }

  @Override
  public List<Mention> find(List<Sentence> sentences) {
    return find(sentences, Deadline.NONE);
  }

  @Override
  public List<Mention> find(List<Sentence> sentences, Deadline deadline) {
    List<Mention> mentions = new ArrayList<>();
    List<Sentence> tagged = new ArrayList<>();
    List<NameFinderInput> inputs = new ArrayList<>();
    List<String[]> texts = new ArrayList<>();
    for (Sentence sentence : sentences) {
      if (!sentence.tokens().isEmpty()) {
        NameFinderInput input = NameFinderInput.of(sentence);
        tagged.add(sentence);
        inputs.add(input);
        texts.add(input.texts());
      }
    }
    List<Span[]> names = new ArrayList<>(tagged.size());
    // document-level features read the whole article before its first sentence is tagged
    try (DocumentContext.Scope scope = DocumentContext.enter(texts)) {
      for (int s = 0; s < tagged.size(); s++) {
        deadline.check();
        names.add(finder.find(inputs.get(s).texts()));
      }
    } finally {
      // adaptive data (the "previous map" feature) must not leak from one article to the next
      finder.clearAdaptiveData();
    }
    names = NameRepairs.repair(texts, names);
    for (int s = 0; s < tagged.size(); s++) {
      Sentence sentence = tagged.get(s);
      NameFinderInput input = inputs.get(s);
      for (Span span : names.get(s)) {
        int start = input.starts()[span.getStart()];
        int end = input.ends()[span.getEnd() - 1];
        String text = sentence.text().substring(start - sentence.start(), end - sentence.start());
        mentions.add(new Mention(span.getType(), start, end, sentence.index(), text));
      }
    }
    return mentions;
  }
}
