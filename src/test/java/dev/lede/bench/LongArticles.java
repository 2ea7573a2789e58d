package dev.lede.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes synthetic news-like articles of any length, to see how lede's cost grows with an
 * article's size. Sentences are English in shape (function words, verbs, numbers, dates,
 * quotations with speakers, paragraphs) around invented names and nouns, so that every stage
 * has real work to do without any corpus text. The cast and the vocabulary grow with the
 * article, as they do in a long real text: a long article is not one short one repeated.
 *
 * <p>{@code java -cp target/lede.jar:target/test-classes dev.lede.bench.LongArticles /tmp/long 100 1000 10000 40000}
 * writes /tmp/long-100.txt and so on.
 */
public final class LongArticles {

  private static final String[] SYLLABLES = {
    "ka", "lo", "mir", "ven", "tas", "dor", "bel", "qua", "rin", "sol", "tem", "vak", "zor", "nel",
    "fas", "gri", "hov", "jun", "pel", "sab"
  };
  private static final String[] VERBS = {
    "approved", "rejected", "announced", "delayed", "funded", "reviewed", "opened", "closed",
    "praised", "questioned", "expanded", "cut"
  };
  private static final String[] SAYS = {"said", "told reporters", "added", "warned", "explained"};
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
  private static final String[] MONTHS = {"March", "April", "June", "October", "December"};
  private static final String[] ADJECTIVES = {"new", "large", "local", "public", "final", "early", "costly"};

  private final Random random;
  private final int sentences;

  private LongArticles(int sentences, long seed) {
    this.sentences = sentences;
    this.random = new Random(seed);
  }

  /** A synthetic article of exactly {@code sentences} body sentences under a headline. */
  public static String article(int sentences, long seed) {
    return new LongArticles(sentences, seed).write();
  }

  public static void main(String[] args) throws IOException {
    for (int i = 1; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      Files.writeString(Path.of(args[0] + "-" + size + ".txt"), article(size, size), StandardCharsets.UTF_8);
    }
  }

  private String write() {
    // the cast and the vocabulary grow as the square root of the length (Heaps' law, roughly)
    int people = 4 + (int) Math.sqrt(sentences);
    int nouns = 30 + 4 * (int) Math.sqrt(sentences);
    List<String> cast = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      cast.add(capitalized(word(2)) + " " + capitalized(word(3)));
    }
    List<String> places = new ArrayList<>();
    for (int i = 0; i < 3 + people / 4; i++) {
      places.add(capitalized(word(3)));
    }
    List<String> things = new ArrayList<>();
    for (int i = 0; i < nouns; i++) {
      things.add(word(2 + random.nextInt(2)));
    }
    StringBuilder text = new StringBuilder();
    text.append("The ").append(capitalized(things.get(0))).append(" plan for ").append(places.get(0)).append(" moves ahead\n\n");
    for (int s = 0; s < sentences; s++) {
      String person = pick(cast);
      String surname = person.substring(person.indexOf(' ') + 1);
      String place = pick(places);
      String thing = pick(things);
      switch (random.nextInt(5)) {
        case 0 ->
            text.append(person).append(" of the ").append(place).append(" council ").append(pick(VERBS))
                .append(" the ").append(pick(ADJECTIVES)).append(' ').append(thing).append(" on ").append(pick(DAYS)).append('.');
        case 1 ->
            text.append('"').append("The ").append(thing).append(" will cost ").append(place).append(" about $")
                .append(1 + random.nextInt(90)).append(" million,\" ").append(surname).append(' ').append(pick(SAYS)).append('.');
        case 2 ->
            text.append("In ").append(pick(MONTHS)).append(' ').append(1990 + random.nextInt(35)).append(", the ")
                .append(thing).append(" in ").append(place).append(" was ").append(pick(VERBS)).append(" by ")
                .append(1 + random.nextInt(60)).append("% after a vote of the ").append(pick(things)).append(" board.");
        case 3 ->
            text.append(surname).append(" said the ").append(pick(ADJECTIVES)).append(' ').append(thing)
                .append(" and the ").append(pick(things)).append(" would be ").append(pick(VERBS)).append(" before the ")
                .append(pick(things)).append(" of ").append(place).append('.');
        default ->
            text.append("Officials in ").append(place).append(" have ").append(pick(VERBS)).append(" plans for a ")
                .append(pick(ADJECTIVES)).append(' ').append(thing).append(", according to ").append(pick(cast)).append('.');
      }
      // paragraphs of one to four sentences, as in news
      text.append(random.nextInt(3) == 0 || s == sentences - 1 ? "\n\n" : " ");
    }
    return text.toString();
  }

  private String pick(List<String> words) {
    // a few words recur often and most rarely, as in real text
    double u = random.nextDouble();
    return words.get((int) (words.size() * u * u));
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private String word(int syllables) {
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    return word.toString();
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
