package dev.lede.quotes;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.entity.Entity;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import dev.lede.pipeline.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the attribution around each quotation of one article (rules in {@link QuoteFinder}). */
final class Attributor {

  /**
   * What the attribution says: {@code cue} whether there is one at all, the speaker's canonical
   * name (or null) and the offsets of the words naming the speaker.
   */
  record Attribution(boolean cue, String speaker, int start, int end) {
    static final Attribution NONE = new Attribution(false, null, -1, -1);
    static final Attribution UNNAMED = new Attribution(true, null, -1, -1);
  }

  /** How far after a closing mark the speech verb may come ({@code "...," the minister's aide said}). */
  private static final int AFTER_VERB_WINDOW = 12;
  /** The longest apposition skipped between a subject and its verb. */
  private static final int APPOSITION_WINDOW = 15;
  private static final Set<String> SKIPPABLE =
      Set.of("also", "later", "then", "again", "once", "recently", "previously", "earlier",
          "has", "had", "have", "was", "is", "will", "would", "could", "did", "does", "not");
  /** "Ana Ruiz of Rivera Water said": the person speaks, not the firm. */
  private static final Set<String> PARTITIVE = Set.of("of", "at", "from", "for");
  private static final Set<String> CHARACTERIZING =
      Set.of("called", "calls", "calling", "described", "describes", "describing", "dubbed",
          "branded", "labelled", "labeled");
  private static final Set<String> ORGANIZATION_NOUNS =
      Set.of("company", "firm", "group", "club", "organisation", "organization", "agency",
          "bank", "carmaker", "airline", "operator", "retailer", "union", "party", "ministry",
          "department", "government", "council", "committee", "commission", "association");
  /** Forms that are verbs whatever the tagger says (it calls a clause-final "said" a noun). */
  private static final Set<String> UNAMBIGUOUS_SPEECH = Set.of("said", "says", "told", "tells");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  private static final Set<String> MASCULINE = Set.of("he", "him");
  private static final Set<String> FEMININE = Set.of("she", "her");
  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Integer> tokenSentence = new ArrayList<>();
  /** The index of each sentence's first token; one more entry for the end. */
  private final int[] sentenceFirstToken;
  private final Mention[] mentionAt;
  /** Per entity, whether an honorific makes it male (1) or female (2) or both: for fitsGender. */
  // by identity: each entity is one object of the article's list, and an Entity's generated
  // hashCode would hash all its mentions (and be built through method handles at its first call)
  private final Map<Entity, Integer> honorifics = new IdentityHashMap<>();
  private final Map<Mention, Entity> entityOf = new HashMap<>();
  private final List<Mention> mentions;
  private final List<QuotationMarks.Marked> quotations;
  private final List<Sentence> sentences;

  Attributor(AnalyzedArticle article, List<Entity> entities, List<QuotationMarks.Marked> quotations) {
    this.text = article.article().text();
    this.sentences = article.sentences();
    this.quotations = quotations;
    this.sentenceFirstToken = new int[sentences.size() + 1];
    for (Sentence s : sentences) {
      sentenceFirstToken[s.index()] = tokens.size();
      for (Token t : s.tokens()) {
        tokens.add(t);
        tokenSentence.add(s.index());
      }
    }
    sentenceFirstToken[sentences.size()] = tokens.size();
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        entityOf.put(m, e);
      }
    }
    List<Mention> byStart = new ArrayList<>(article.mentions());
    byStart.sort(java.util.Comparator.comparingInt(Mention::start));
    this.mentions = byStart;
    this.mentionAt = new Mention[tokens.size()];
    // every lookup below searches the sorted tokens, mentions, sentences and quotations, so
    // that the work stays near-linear in the article however many quotations and names it holds
    for (Mention m : mentions) {
      for (int i = firstTokenFrom(m.start()); i < tokens.size() && tokens.get(i).start() < m.end(); i++) {
        if (tokens.get(i).end() <= m.end()) {
          mentionAt[i] = m;
        }
      }
    }
  }

  Attribution attribute(int q) {
    QuotationMarks.Marked quotation = quotations.get(q);
    Attribution after = afterFrame(quotation, q);
    if (after.cue()) {
      return after;
    }
    return beforeFrame(quotation, q);
  }

  /**
   * Whether a quotation opening at {@code open} continues the speech of one that closed at {@code
   * previousClose}: in the same paragraph, or opening the next one; and no person or
   * organization other than its {@code speaker} named in between outside quotation marks and
   * outside the earlier quotation's own attribution ('she told Radio Kelm').
   */
  boolean continues(int previousClose, int open, String speaker) {
    String between = text.substring(previousClose, open);
    if (between.contains("\n") && !between.substring(between.lastIndexOf('\n')).isBlank()) {
      return false;
    }
    if (between.strip().contains("\n\n")) {
      return false;
    }
    int attributionSentence = sentenceOfOffset(previousClose - 1);
    for (int i = firstMentionFrom(previousClose); i < mentions.size() && mentions.get(i).start() < open; i++) {
      Mention m = mentions.get(i);
      boolean inAttribution = m.sentence() == attributionSentence;
      if (m.start() >= previousClose && m.end() <= open && isSpeakerType(m) && !inAttribution
          && !insideQuote(m.start()) && !afterPreposition(m) && !speaker.equals(nameOf(m))) {
        return false;
      }
    }
    return true;
  }

  // after the closing mark: '"...," he said', '"...," said X', '"...," according to X'
  private Attribution afterFrame(QuotationMarks.Marked quotation, int q) {
    int sentence = sentenceOfOffset(quotation.close() - 1);
    int limit = q + 1 < quotations.size() ? quotations.get(q + 1).open() : Integer.MAX_VALUE;
    int from = -1;
    int to = -1;
    for (int i = sentenceStartToken(sentence); i < sentenceEndToken(sentence); i++) {
      Token t = tokens.get(i);
      if (tokenSentence.get(i) == sentence && t.start() >= quotation.close() && t.end() <= limit) {
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
    }
    if (from < 0) {
      return Attribution.NONE;
    }
    int first = from;
    while (first < to && isPunctuation(tokens.get(first))) {
      first++;
    }
    for (int v = first; v < Math.min(to, first + AFTER_VERB_WINDOW); v++) {
      Token t = tokens.get(v);
      if (SENTENCE_END.contains(t.text())) {
        break;
      }
      if (!isSpeechVerb(t)) {
        continue;
      }
      if (v == first) {
        return subjectAfter(v, to);
      }
      if ("CCONJ".equals(tokens.get(v - 1).pos())) {
        // '"a crisis" and said ...': a second verb of the clause before the quotation
        return Attribution.NONE;
      }
      return subjectBefore(v, first);
    }
    return accordingTo(from, to);
  }

  // before the opening mark: 'X said: "..."', 'X added, saying "..."', 'According to X, "..."'
  private Attribution beforeFrame(QuotationMarks.Marked quotation, int q) {
    int sentence = sentenceOfOffset(quotation.open());
    int floor = q > 0 ? quotations.get(q - 1).close() : 0;
    int from = -1;
    int to = -1;
    for (int i = sentenceStartToken(sentence); i < sentenceEndToken(sentence); i++) {
      Token t = tokens.get(i);
      if (tokenSentence.get(i) == sentence && t.end() <= quotation.open() && t.start() >= floor) {
        if (from < 0) {
          from = i;
        }
        to = i + 1;
      }
    }
    if (from < 0) {
      return Attribution.NONE;
    }
    // a sentence the splitter ran into this one says nothing about this quotation
    for (int i = to - 1; i >= from; i--) {
      if (SENTENCE_END.contains(tokens.get(i).text())) {
        from = i + 1;
        break;
      }
    }
    if (to - from >= 2 && tokens.get(to - 1).text().equals(":") && mentionAt[to - 2] != null
        && isSpeakerType(typeOf(mentionAt[to - 2]))) {
      return named(mentionAt[to - 2]);
    }
    for (int v = to - 1; v >= from; v--) {
      Token t = tokens.get(v);
      if (!isSpeechVerb(t) && !isCharacterizing(t)) {
        continue;
      }
      if (SpeechVerbs.isParticiple(t.text())) {
        return clauseSubject(from, v);
      }
      Attribution subject = subjectBefore(v, from);
      if (!isSpeechVerb(t) && subject.speaker() == null) {
        continue; // "the so-called "deal"": a label, not someone's words
      }
      if (subject.speaker() == null && v + 1 < to && mentionAt[v + 1] != null) {
        return named(mentionAt[v + 1]);
      }
      return subject;
    }
    return accordingTo(from, to);
  }

  /** The subject left of the verb at {@code v}, not before token {@code floor}. */
  private Attribution subjectBefore(int v, int floor) {
    int j = v - 1;
    while (j >= floor) {
      Token t = tokens.get(j);
      if (mentionAt[j] != null) {
        return ownerOf(j);
      }
      String word = t.text().toLowerCase(Locale.ROOT);
      if (RELATIVE.contains(word) && j >= floor + 2 && tokens.get(j - 1).text().equals(",")
          && mentionAt[j - 2] != null) {
        // "the daily Il Pallone, which said": the relative pronoun stands for the name before it
        return ownerOf(j - 2);
      }
      if ("PRON".equals(t.pos()) || MASCULINE.contains(word) || FEMININE.contains(word)) {
        return pronoun(j);
      }
      if (j - 1 >= floor && tokens.get(j - 1).text().equalsIgnoreCase("the")
          && "NOUN".equals(t.pos())) {
        return definite(j);
      }
      if (SKIPPABLE.contains(word) || "ADV".equals(t.pos()) || "AUX".equals(t.pos())) {
        j--;
        continue;
      }
      if (t.text().equals(",")) {
        int opening = previousComma(j, floor);
        if (opening < 0) {
          return Attribution.UNNAMED;
        }
        // "the firm's director, Yusuf Demir, said": the name in apposition is the speaker
        Mention apposed = mentionAt[opening + 1];
        if (apposed != null && isSpeakerType(apposed) && spans(apposed, opening + 1, j)) {
          return named(apposed);
        }
        j = opening - 1;
        continue;
      }
      return Attribution.UNNAMED;
    }
    return Attribution.UNNAMED;
  }

  /**
   * The mention ending at token {@code j}, unless it completes "X of Y" / "the head of Y": then
   * X, or no one when X is a common noun.
   */
  private Attribution ownerOf(int j) {
    Mention m = mentionAt[j];
    int k = j;
    while (k > 0 && mentionAt[k - 1] == m) {
      k--;
    }
    if (k >= 1 && PARTITIVE.contains(tokens.get(k - 1).text().toLowerCase(Locale.ROOT))) {
      if (k >= 2 && mentionAt[k - 2] != null) {
        return named(mentionAt[k - 2]);
      }
      return Attribution.UNNAMED;
    }
    return named(m);
  }

  /**
   * The subject after an inverted verb, '"...," said Rivera Water spokesman Tomas Eklund': the
   * first PERSON in the noun phrase, else its last name that is not a possessor.
   */
  private Attribution subjectAfter(int v, int to) {
    Mention person = null;
    Mention last = null;
    for (int j = v + 1; j < Math.min(to, v + 1 + 8); j++) {
      Token t = tokens.get(j);
      Mention m = mentionAt[j];
      if (m != null) {
        boolean possessor = j + 1 < to && mentionAt[j + 1] != m
            && (isPossessive(tokens.get(j + 1)) || fusedPossessive(tokens.get(j + 1), m));
        if (!possessor) {
          last = m;
          if (person == null && m.type().equals("PERSON")) {
            person = m;
          }
        }
        continue;
      }
      if (j > v + 1 && fusedPossessive(t, mentionAt[j - 1])) {
        continue; // the possessor's own last word
      }
      String word = t.text().toLowerCase(Locale.ROOT);
      if (last == null && (MASCULINE.contains(word) || FEMININE.contains(word) || word.equals("it"))) {
        return pronoun(j);
      }
      String pos = t.pos() == null ? "" : t.pos();
      boolean nounPhrase =
          Set.of("DET", "ADJ", "NOUN", "PROPN", "PART").contains(pos) || t.text().equals(",");
      if (!nounPhrase) {
        break;
      }
    }
    Mention subject = person != null ? person : last;
    return subject == null ? Attribution.UNNAMED : named(subject);
  }

  /** The subject of the main clause, for a participle: the subject of the frame's first verb. */
  private Attribution clauseSubject(int from, int participle) {
    for (int v = from; v < participle; v++) {
      if ("VERB".equals(tokens.get(v).pos())) {
        return subjectBefore(v, from);
      }
    }
    return Attribution.UNNAMED;
  }

  private Attribution accordingTo(int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (tokens.get(i).text().equalsIgnoreCase("according")
          && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        for (int j = i + 2; j < Math.min(to, i + 5); j++) {
          if (mentionAt[j] != null) {
            return named(mentionAt[j]);
          }
        }
        return Attribution.UNNAMED;
      }
    }
    return Attribution.NONE;
  }

  /** The speaker a mention names; a date, a place or an amount speaks for no one ("said on Monday"). */
  private Attribution named(Mention m) {
    if (!isSpeakerType(typeOf(m))) {
      return Attribution.UNNAMED;
    }
    return new Attribution(true, nameOf(m), m.start(), m.end());
  }

  private String nameOf(Mention m) {
    Entity e = entityOf.get(m);
    return e == null ? m.text() : e.text();
  }

  /**
   * "the company said", "the council said": the nearest ORGANIZATION before, outside quotations,
   * when the noun is a word of its name ("council" of "Fiscal Council") or a generic word for a
   * firm or body; no one otherwise ("the minister" is not an organization).
   */
  private Attribution definite(int j) {
    Token t = tokens.get(j);
    String noun = t.text().toLowerCase(Locale.ROOT);
    Mention best = null;
    for (int i = firstMentionFrom(t.start()) - 1; i >= 0 && best == null; i--) {
      Mention m = mentions.get(i);
      if (m.end() <= t.start() && !insideQuote(m.start()) && "ORGANIZATION".equals(typeOf(m))) {
        best = m;
      }
    }
    if (best == null) {
      return Attribution.UNNAMED;
    }
    boolean namesIt = List.of(nameOf(best).toLowerCase(Locale.ROOT).split("\\s+")).contains(noun);
    if (!namesIt && !ORGANIZATION_NOUNS.contains(noun)) {
      return Attribution.UNNAMED;
    }
    return new Attribution(true, nameOf(best), tokens.get(j - 1).start(), t.end());
  }

  private String typeOf(Mention m) {
    Entity e = entityOf.get(m);
    return e == null ? m.type() : e.type();
  }

  /**
   * He/she: the nearest fitting PERSON before, outside quotations, preferring the subject of a
   * clause to the object of a verb or preposition ("Gonzalez said she would meet Baker. '...,'
   * she said": Gonzalez) when both are within that sentence and the one before; it: the nearest
   * ORGANIZATION.
   */
  private Attribution pronoun(int j) {
    Token t = tokens.get(j);
    String word = t.text().toLowerCase(Locale.ROOT);
    String wanted = MASCULINE.contains(word) || FEMININE.contains(word) ? "PERSON"
        : word.equals("it") ? "ORGANIZATION" : null;
    if (wanted == null) {
      return Attribution.UNNAMED;
    }
    Mention best = nearestFitting(t, word, wanted, true);
    if (best == null) {
      // first names are a hint, not proof ("Ola" is a woman's name in one country, a man's in another)
      best = nearestFitting(t, word, wanted, false);
    }
    if (best == null || (isObject(best) && opensWithUnknownName(best.sentence()))) {
      // "Gonzalez said she would meet Baker": a subject the name finder missed may be meant
      return Attribution.UNNAMED;
    }
    Entity e = entityOf.get(best);
    return new Attribution(true, e == null ? best.text() : e.text(), t.start(), t.end());
  }

  /**
   * The nearest mention before the pronoun {@code t} of the {@code wanted} type whose gender
   * fits (by first name too when {@code byFirstName}), a subject before an object.
   */
  private Mention nearestFitting(Token t, String word, String wanted, boolean byFirstName) {
    Mention best = null;
    for (int i = firstMentionFrom(t.start()) - 1; i >= 0; i--) {
      Mention m = mentions.get(i);
      if (m.end() > t.start() || insideQuote(m.start())) {
        continue;
      }
      if (best != null && m.sentence() < best.sentence() - 1) {
        break;
      }
      Entity e = entityOf.get(m);
      String type = e == null ? m.type() : e.type();
      if (!type.equals(wanted) || !fitsGender(word, e, byFirstName)) {
        continue;
      }
      if (best == null) {
        best = m;
        if (!isObject(m)) {
          break;
        }
      } else if (!isObject(m)) {
        best = m;
        break;
      }
    }
    return best;
  }

  /**
   * Whether a sentence opens with a name that no entity holds: a proper noun, or a capitalised
   * word the tagger took for a verb before a speech verb ("Gonzalez said").
   */
  private boolean opensWithUnknownName(int sentence) {
    int first = sentenceStartToken(sentence);
    int end = sentenceEndToken(sentence);
    while (first < end && isPunctuation(tokens.get(first))) {
      first++;
    }
    if (first + 1 >= end || mentionAt[first] != null) {
      return false;
    }
    Token word = tokens.get(first);
    return "PROPN".equals(word.pos())
        || ("VERB".equals(word.pos()) && Character.isUpperCase(word.text().charAt(0)) && isSpeechVerb(tokens.get(first + 1)));
  }

  /** Whether a mention is the object of the verb or preposition right before it ("meet Baker", "with Baker"). */
  private boolean isObject(Mention m) {
    String pos = posBefore(m);
    return "VERB".equals(pos) || "ADP".equals(pos);
  }

  /**
   * False only when an honorific ("Mr", "Ms"), or with {@code byFirstName} the first name, says
   * the pronoun cannot refer to the entity.
   */
  private boolean fitsGender(String pronoun, Entity e, boolean byFirstName) {
    if (e == null) {
      return true;
    }
    int honorific = honorifics.computeIfAbsent(e, this::honorificsOf);
    if (byFirstName) {
      honorific |= firstNameGender(e);
    }
    boolean male = (honorific & 1) != 0;
    boolean female = (honorific & 2) != 0;
    return !((male && FEMININE.contains(pronoun)) || (female && MASCULINE.contains(pronoun)));
  }

  /** Bit 1: the person's name starts with a man's first name; bit 2: with a woman's. */
  private static int firstNameGender(Entity e) {
    int space = e.text().indexOf(' ');
    if (!e.type().equals("PERSON") || space < 0) {
      return 0;
    }
    return switch (FirstNames.of(e.text().substring(0, space))) {
      case MALE -> 1;
      case FEMALE -> 2;
      case UNKNOWN -> 0;
    };
  }

  /** Bit 1: some mention has "Mr" before or in it; bit 2: "Mrs", "Ms" or "Miss". */
  private int honorificsOf(Entity e) {
    int found = 0;
    for (Mention m : e.mentions()) {
      String before = text.substring(Math.max(0, m.start() - 6), m.start()) + m.text();
      String window = before.toLowerCase(Locale.ROOT);
      if (window.matches("(?s).*\\bmr\\.?\\s.*")) {
        found |= 1;
      }
      if (window.matches("(?s).*\\b(mrs|ms|miss)\\.?\\s.*")) {
        found |= 2;
      }
    }
    return found;
  }

  /** "on Chirper", "by Reuters": a platform or a source, not someone who could speak next. */
  private boolean afterPreposition(Mention m) {
    return "ADP".equals(posBefore(m));
  }

  /** The part of speech of the token right before a mention, or null at the start of the text. */
  private String posBefore(Mention m) {
    int i = firstTokenFrom(m.start());
    return i >= 1 && i < tokens.size() && tokens.get(i).start() == m.start() ? tokens.get(i - 1).pos() : null;
  }

  private int previousComma(int j, int floor) {
    for (int k = j - 1; k >= Math.max(floor, j - APPOSITION_WINDOW); k--) {
      String word = tokens.get(k).text();
      if (word.equals(",")) {
        return k;
      }
      if (isSpeechVerb(tokens.get(k))) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether mention {@code m} covers exactly the tokens {@code [from, to)}. */
  private boolean spans(Mention m, int from, int to) {
    for (int i = from; i < to; i++) {
      if (mentionAt[i] != m) {
        return false;
      }
    }
    return to > from;
  }

  /** Quotations are in text order and never overlap: only the last opening at or before offset can hold it. */
  private boolean insideQuote(int offset) {
    int low = 0;
    int high = quotations.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (quotations.get(mid).open() <= offset) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high >= 0 && offset < quotations.get(high).close();
  }

  /** Sentences are in text order and never overlap: only the last starting at or before offset can hold it. */
  private int sentenceOfOffset(int offset) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (sentences.get(mid).start() <= offset) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high >= 0 && offset < sentences.get(high).end() ? sentences.get(high).index() : -1;
  }

  private int sentenceStartToken(int sentence) {
    return sentence < 0 ? 0 : sentenceFirstToken[sentence];
  }

  private int sentenceEndToken(int sentence) {
    return sentence < 0 ? 0 : sentenceFirstToken[sentence + 1];
  }

  /** The index of the first token starting at or after {@code offset} (tokens.size() if none). */
  private int firstTokenFrom(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (tokens.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** The index of the first mention starting at or after {@code offset} (mentions.size() if none). */
  private int firstMentionFrom(int offset) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static boolean isSpeechVerb(Token t) {
    boolean verb = t.pos() == null || "VERB".equals(t.pos())
        || UNAMBIGUOUS_SPEECH.contains(t.text().toLowerCase(Locale.ROOT));
    return verb && SpeechVerbs.isSpeechVerb(t.text());
  }

  /** "X called it "a disaster"", "X described it as "serious"": a quotation follows as object. */
  private static boolean isCharacterizing(Token t) {
    return "VERB".equals(t.pos()) && CHARACTERIZING.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isSpeakerType(Mention m) {
    return isSpeakerType(m.type());
  }

  private static boolean isSpeakerType(String type) {
    return type.equals("PERSON") || type.equals("ORGANIZATION");
  }

  private static boolean isPossessive(Token t) {
    String w = t.text();
    return w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019");
  }

  /**
   * Whether {@code t} is the last word of {@code m} with a possessive the tokenizer left on it
   * ("Acme Corp's", one token, where the name ends at "Corp"): such a token holds no mention.
   */
  private static boolean fusedPossessive(Token t, Mention m) {
    return m != null && t.start() < m.end() && t.end() > m.end()
        && (t.text().endsWith("'s") || t.text().endsWith("\u2019s"));
  }

  private static boolean isPunctuation(Token t) {
    return !Character.isLetterOrDigit(t.text().codePointAt(0));
  }
}
