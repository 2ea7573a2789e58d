package dev.lede.pipeline;

import java.util.Objects;

/**
 * One mention of a named entity: its type (PERSON, ORGANIZATION, LOCATION, MISC, ...), its
 * offsets in the article (Java {@code char} units), the sentence it is in and its text.
 */
public record Mention(String type, int start, int end, int sentence, String text) {

  // equals and hashCode written out, with the values the generated ones give: those are built
  // through method handles at their first call (about 10 ms at the end of a one-article run),
  // and C1 never inlines them

  @Override
  public boolean equals(Object other) {
    return other instanceof Mention m
        && start == m.start
        && end == m.end
        && sentence == m.sentence
        && Objects.equals(type, m.type)
        && Objects.equals(text, m.text);
  }

  @Override
  public int hashCode() {
    int hash = Objects.hashCode(type);
    hash = 31 * hash + Integer.hashCode(start);
    hash = 31 * hash + Integer.hashCode(end);
    hash = 31 * hash + Integer.hashCode(sentence);
    return 31 * hash + Objects.hashCode(text);
  }
}
