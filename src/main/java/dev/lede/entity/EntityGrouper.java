package dev.lede.entity;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups an article's mentions into entities, one entry per person, organization or place, and
 * ranks them.
 *
 * <p>Mentions are one entity when:
 *
 * <ul>
 *   <li>their forms are the same once possessives, dots, case, honorifics ("Mr") and legal-form
 *       suffixes ("Inc") are set aside: "Ukraine's" and "Ukraine", "U.S." and "US", "Reuters'"
 *       and "Reuters";
 *   <li>one is a single word, not tagged LOCATION, equal to the last word of a PERSON name of two
 *       or more words: "Zelenskiy" joins "Volodymyr Zelenskiy". When several full names share
 *       that surname, each bare surname joins the nearest full name mentioned before it (or stays
 *       alone when none precedes it);
 *   <li>one is a single word tagged ORGANIZATION that opens exactly one longer ORGANIZATION name
 *       mentioned before it: "Nimbus" joins "Nimbus Cloud";
 *   <li>one is an acronym of the other's initials ("US" and "United States", "EU" and "European
 *       Union"), neither being a PERSON.
 * </ul>
 *
 * An entity's type is the majority type of its mentions (ties go to the type seen first), so a
 * name the tagger called PERSON twice and ORGANIZATION once is a PERSON.
 *
 * <p>Ranking: entities are sorted by salience, highest first (ties: first mentioned first):
 *
 * <pre>
 *   salience = log2(1 + count) + (1 - first) + 1.5 * inTitle + 0.75 * inLead
 * </pre>
 *
 * where {@code count} is the number of mentions, {@code first} the relative position of the first
 * mention in the body (0 at its start, 1 at its end), {@code inTitle} 1 when the headline
 * contains one of the entity's forms as a whole word (for a PERSON also the surname), and {@code
 * inLead} 1 when the entity is mentioned in the first {@value #LEAD_SENTENCES} sentences of the
 * body. The logarithm keeps a name repeated in every paragraph from drowning the one in the
 * headline; the title weighs most because editors put the subject there.
 */
public final class EntityGrouper {

  static final int LEAD_SENTENCES = 2;
  static final double TITLE_WEIGHT = 1.5;
  static final double LEAD_WEIGHT = 0.75;

  /** The article's entities, most salient first. */
  public List<Entity> group(AnalyzedArticle article) {
    List<Mention> mentions = new ArrayList<>(article.mentions());
    mentions.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
    List<Mention> named = new ArrayList<>();
    List<String> surfaces = new ArrayList<>();
    for (Mention m : mentions) {
      String surface = Names.surface(m.text());
      if (!Names.key(surface).isEmpty()) {
        named.add(m);
        surfaces.add(surface);
      }
    }
    int[] root = new Merger(named, surfaces).merge();

    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < named.size(); i++) {
      members.computeIfAbsent(root[i], r -> new ArrayList<>()).add(i);
    }
    Context context = Context.of(article);
    List<Entity> entities = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      entities.add(entity(group, named, surfaces, context));
    }
    entities.sort(
        Comparator.comparingDouble(Entity::salience)
            .reversed()
            .thenComparingInt(Entity::firstStart));
    return entities;
  }

  private static Entity entity(
      List<Integer> group, List<Mention> named, List<String> surfaces, Context context) {
    List<Mention> mentions = new ArrayList<>();
    Map<String, Integer> typeVotes = new LinkedHashMap<>();
    String canonical = "";
    Set<String> forms = new LinkedHashSet<>();
    for (int i : group) {
      Mention m = named.get(i);
      mentions.add(m);
      typeVotes.merge(m.type(), 1, Integer::sum);
      String surface = surfaces.get(i);
      forms.add(surface);
      if (surface.length() > canonical.length()) {
        canonical = surface;
      }
    }
    String type = null;
    int best = 0;
    for (Map.Entry<String, Integer> vote : typeVotes.entrySet()) {
      if (vote.getValue() > best) {
        best = vote.getValue();
        type = vote.getKey();
      }
    }
    List<String> aliases = new ArrayList<>(forms);
    aliases.remove(canonical);
    double salience = context.salience(canonical, type, forms, mentions);
    return new Entity(canonical, type, mentions.size(), aliases, mentions, salience);
  }

  /** Union-find over mentions, applying the merge rules in the class comment. */
  private static final class Merger {

    private final List<Mention> mentions;
    private final List<String> surfaces;
    private final List<String> keys = new ArrayList<>();
    private final int[] parent;

    Merger(List<Mention> mentions, List<String> surfaces) {
      this.mentions = mentions;
      this.surfaces = surfaces;
      this.parent = new int[mentions.size()];
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        keys.add(Names.key(surfaces.get(i)));
      }
    }

    // every rule looks earlier mentions up in maps built as it goes, never by scanning them all:
    // an article naming the same body thousands of times stays linear
    int[] merge() {
      Map<String, Set<String>> fullNamesBySurname = fullNamesBySurname();
      Map<String, Integer> firstIndexOfKey = new HashMap<>();
      for (int i = 0; i < keys.size(); i++) {
        firstIndexOfKey.putIfAbsent(keys.get(i), i);
      }
      Map<String, Integer> firstByKey = new HashMap<>();
      Map<String, Integer> lastFullNameBySurname = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        String key = keys.get(i);
        Set<String> fullNames = isSurnameCandidate(i) ? fullNamesBySurname.get(key) : null;
        int nearest =
            fullNames != null && fullNames.size() > 1 ? lastFullNameBySurname.getOrDefault(key, -1) : -1;
        if (fullNames != null && fullNames.size() == 1) {
          union(firstIndexOfKey.get(fullNames.iterator().next()), i);
        } else if (nearest >= 0) {
          union(nearest, i);
        } else {
          Integer first = firstByKey.putIfAbsent(key, i);
          if (first != null) {
            union(first, i);
          }
        }
        if (key.contains(" ") && mentions.get(i).type().equals("PERSON")) {
          for (String surname : surnames(key.substring(key.lastIndexOf(' ') + 1))) {
            lastFullNameBySurname.put(surname, i);
          }
        }
      }
      mergeShortOrganizationNames();
      mergeAcronyms();
      int[] roots = new int[parent.length];
      for (int i = 0; i < roots.length; i++) {
        roots[i] = find(i);
      }
      return roots;
    }

    /** For each surname, the distinct full PERSON names (keys) that end with it. */
    private Map<String, Set<String>> fullNamesBySurname() {
      Map<String, Set<String>> bySurname = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        List<String> words = List.of(keys.get(i).split(" "));
        if (words.size() >= 2 && mentions.get(i).type().equals("PERSON")) {
          for (String surname : surnames(words.get(words.size() - 1))) {
            bySurname.computeIfAbsent(surname, w -> new LinkedHashSet<>()).add(keys.get(i));
          }
        }
      }
      return bySurname;
    }

    /** The names a last name may be cut to later: itself, and each part of a double-barrelled one ("Müller-Łukasiewicz"). */
    private static List<String> surnames(String lastName) {
      if (lastName.indexOf('-') < 0) {
        return List.of(lastName);
      }
      List<String> names = new ArrayList<>(List.of(lastName));
      for (String part : lastName.split("-")) {
        if (part.length() > 1) {
          names.add(part);
        }
      }
      return names;
    }

    private boolean isSurnameCandidate(int i) {
      return !keys.get(i).contains(" ") && !mentions.get(i).type().equals("LOCATION");
    }

    /** "Nimbus" after "Nimbus Cloud": a one-word ORGANIZATION that opens one earlier name. */
    private void mergeShortOrganizationNames() {
      // the longer ORGANIZATION names seen so far, by their first word, and where each word's first one is
      Map<String, Set<String>> longerByFirstWord = new HashMap<>();
      Map<String, Integer> firstByFirstWord = new HashMap<>();
      for (int i = 0; i < mentions.size(); i++) {
        if (!mentions.get(i).type().equals("ORGANIZATION")) {
          continue;
        }
        String key = keys.get(i);
        int space = key.indexOf(' ');
        if (space < 0) {
          Set<String> longer = longerByFirstWord.get(key);
          if (longer != null && longer.size() == 1) {
            union(firstByFirstWord.get(key), i);
          }
        } else {
          String firstWord = key.substring(0, space);
          longerByFirstWord.computeIfAbsent(firstWord, w -> new HashSet<>()).add(key);
          firstByFirstWord.putIfAbsent(firstWord, i);
        }
      }
    }

    private void mergeAcronyms() {
      Map<String, Integer> firstByInitials = new HashMap<>();
      for (int j = 0; j < mentions.size(); j++) {
        String initials = mentions.get(j).type().equals("PERSON") ? null : Names.initials(surfaces.get(j));
        if (initials != null) {
          firstByInitials.putIfAbsent(initials, j);
        }
      }
      for (int i = 0; i < mentions.size(); i++) {
        String acronym = Names.acronym(surfaces.get(i));
        if (acronym == null || mentions.get(i).type().equals("PERSON")) {
          continue;
        }
        Integer j = firstByInitials.get(acronym);
        if (j != null) {
          union(j, i);
        }
      }
    }

    private int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Joins two groups under the root of the one mentioned first, keeping text order. */
    private void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }

  /** What salience needs to know about the article: its headline, body span and lead. */
  private record Context(String title, int bodyStart, int bodyEnd, int leadEnd) {

    static Context of(AnalyzedArticle article) {
      List<Sentence> sentences = article.sentences();
      int bodyStart = article.article().bodyStart();
      int leadEnd =
          sentences.isEmpty()
              ? bodyStart
              : sentences.get(Math.min(LEAD_SENTENCES, sentences.size()) - 1).end();
      return new Context(
          article.article().title(), bodyStart, article.article().text().length(), leadEnd);
    }

    double salience(String canonical, String type, Set<String> forms, List<Mention> mentions) {
      int span = Math.max(1, bodyEnd - bodyStart);
      double first = Math.min(1.0, Math.max(0.0, (mentions.get(0).start() - bodyStart) / (double) span));
      boolean inLead = mentions.get(0).start() < leadEnd;
      Set<String> titleForms = new HashSet<>(forms);
      if (type.equals("PERSON") && canonical.contains(" ")) {
        titleForms.add(canonical.substring(canonical.lastIndexOf(' ') + 1));
      }
      double salience = Math.log(1 + mentions.size()) / Math.log(2) + (1 - first);
      if (inTitle(titleForms)) {
        salience += TITLE_WEIGHT;
      }
      if (inLead) {
        salience += LEAD_WEIGHT;
      }
      return salience;
    }

    private boolean inTitle(Set<String> forms) {
      if (title == null) {
        return false;
      }
      // an all-capitals headline says nothing about case, so only then compare without it
      boolean shouting = title.equals(title.toUpperCase(Locale.ROOT));
      for (String form : forms) {
        if (shouting ? containsWordIgnoringCase(title, form) : containsWord(title, form)) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether {@code form} stands in {@code text} with no letter or number ({@code \p{L}},
     * {@code \p{N}}) right before or after it: a pattern compiled per entity and article for
     * this was a thirtieth of a whole run's allocation.
     */
    private static boolean containsWord(String text, String form) {
      for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
        int end = at + form.length();
        if ((at == 0 || !isLetterOrNumber(text.codePointBefore(at)))
            && (end == text.length() || !isLetterOrNumber(text.codePointAt(end)))) {
          return true;
        }
      }
      return false;
    }

    private static boolean containsWordIgnoringCase(String text, String form) {
      Pattern word =
          Pattern.compile(
              "(?<![\\p{L}\\p{N}])" + Pattern.quote(form) + "(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      return word.matcher(text).find();
    }

    private static boolean isLetterOrNumber(int codePoint) {
      return switch (Character.getType(codePoint)) {
        case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
            Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
            Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
        default -> false;
      };
    }
  }
}
