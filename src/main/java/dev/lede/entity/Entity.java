package dev.lede.entity;

import dev.lede.pipeline.Mention;
import java.util.List;

/**
 * One named entity of an article, however many ways it is written: {@code text} is its longest
 * form (possessives stripped), {@code type} the majority type of its mentions, {@code count} the
 * number of its mentions, {@code aliases} its other forms in order of first appearance,
 * {@code mentions} every mention in text order, and {@code salience} its rank score (see {@link
 * EntityGrouper}).
 */
public record Entity(
    String text,
    String type,
    int count,
    List<String> aliases,
    List<Mention> mentions,
    double salience) {

  public Entity {
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }

  /** Where the entity is first mentioned in the article (char offset). */
  public int firstStart() {
    return mentions.get(0).start();
  }
}
