package dev.lede.ner;

import dev.lede.pipeline.EntityFinder;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Named entities from lede's own OpenNLP name-finder model (types PERSON, ORGANIZATION,
 * LOCATION, MISC). Not thread-safe: one per thread over one shared model.
 */
public final class OpenNlpEntityFinder implements EntityFinder {

  private final NameFinderME finder;

  public OpenNlpEntityFinder(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
  }

  @Override
  public List<Mention> find(List<Sentence> sentences) {
    List<Mention> mentions = new ArrayList<>();
    try {
      for (Sentence sentence : sentences) {
        if (sentence.tokens().isEmpty()) {
          continue;
        }
        for (Span span : finder.find(sentence.tokenTexts())) {
          Token first = sentence.tokens().get(span.getStart());
          Token last = sentence.tokens().get(span.getEnd() - 1);
          int start = first.start();
          int end = last.end();
          String text = sentence.text().substring(start - sentence.start(), end - sentence.start());
          mentions.add(new Mention(span.getType(), start, end, sentence.index(), text));
        }
      }
    } finally {
      // adaptive data (the "previous map" feature) must not leak from one article to the next
      finder.clearAdaptiveData();
    }
    return mentions;
  }
}
