package dev.lede.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Rules applied to a document's names after tagging, for shapes of today's news that a tagger
 * trained on 1996 Reuters text gets wrong token by token, following the CoNLL-2003 guidelines:
 * <ul>
 *   <li>a title is not part of a name: "Health Secretary Alex Azar" is the person "Alex Azar", and
 *       "Sentix Managing Director Petra Holm" the organization "Sentix" and the person "Petra Holm";
 *   <li>name particles belong to the name: "Ursula von der Leyen", "von der Leyen", "Nawaf al-Ahmad
 *       al-Sabah";
 *   <li>one person in a document has one label: a name that ends a person's full name elsewhere in
 *       the document ("Leyen" after "Ursula von der Leyen") is that person;
 *   <li>the agency of a photo credit ("REUTERS / Ana Lima") is an organization;
 *   <li>a name right after a noun for a kind of organization ("potash miner Belaruskali", "the club
 *       Atalanta") is an organization, and so is every other mention of it in the document;
 *   <li>a place made an adjective ("Berlin-based", "London-listed") is MISC, apart from the name it
 *       describes;
 *   <li>dates and lower-case words are not part of a name: "Insulza Monday" is "Insulza", "news of
 *       Connells" "Connells";
 *   <li>a name tagged with one type in a document and met again untagged in running text is that
 *       name again;
 *   <li>the place of a dateline ("WIGAN , England 1996-08-31", "BENGALURU ( Reuters ) -") is a place.
 * </ul>
 */
public final class NameRepairs {

  private static final String PERSON = "PERSON";
  private static final String ORGANIZATION = "ORGANIZATION";
  private static final String LOCATION = "LOCATION";

  /** Titles that stand alone before a name ("Mayor", "Secretary"). */
  private static final Set<String> TITLES =
      Set.of(
          "President", "Secretary", "Minister", "Chancellor", "Governor", "Senator", "Sen.", "Rep.",
          "Representative", "Congressman", "Congresswoman", "Mayor", "Sheriff", "Director", "Chairman",
          "Chairwoman", "CEO", "Commissioner", "Ambassador", "Spokesman", "Spokeswoman", "Mr",
          "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Coach", "Speaker", "Judge", "Envoy", "Lawmaker");

  /** Words that end a title only after another title word ("Attorney General", "Police Chief"). */
  private static final Set<String> TITLE_ENDS = Set.of("General", "Officer", "Chief", "Manager", "Leader");

  /** Words that open a title before one of the above ("Health Secretary", "Managing Director"). */
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "Health", "Foreign", "Finance", "Prime", "Vice", "Deputy", "Managing", "Executive", "Chief",
          "Interior", "Defence", "Defense", "Home", "Trade", "Economy", "Economic", "State", "Energy",
          "Treasury", "Labor", "Labour", "Education", "Environment", "Agriculture", "Transport",
          "Transportation", "Commerce", "Culture", "Oil", "Acting", "Former", "Assistant", "Associate",
          "Senior", "Special", "Opposition", "Shadow", "First", "Interim", "Attorney", "Surgeon",
          "Inspector", "Secretary", "Financial", "Operating", "Technology", "Investment", "Industry",
          "Business", "Security", "Justice", "Development", "Head");

  /** Particles inside a person's name ("von der Leyen", "bin Salman", "da Silva"). */
  private static final Set<String> PARTICLES =
      Set.of(
          "von", "van", "der", "den", "de", "del", "della", "da", "di", "du", "des", "dos", "das", "la", "le",
          "lo", "ter", "ten", "zu", "bin", "ibn");

  /** Particles that, two or more in a row, open a surname ("von der", "van den", "de la"). */
  private static final Set<String> SURNAME_OPENERS =
      Set.of("von", "van", "der", "den", "de", "la", "los", "las", "le", "du", "des", "ter", "ten", "zu");

  /**
   * Nouns for a kind of organization: a name right after one, in lower case, is that organization
   * ("gas company Kestrel", "the lender Norvik"); the tagger trained on 1996 news takes a new
   * one-word company for a surname. Not "producer", "publisher", "party", "rival", "broker": in
   * news text they come before persons too ("film producer", "Labour party" + its leader's name).
   */
  private static final Set<String> ORGANIZATION_KINDS =
      Set.of(
          "company", "firm", "group", "maker", "manufacturer", "retailer", "chain", "bank", "lender",
          "insurer", "airline", "miner", "operator", "developer", "broadcaster", "newspaper", "daily",
          "weekly", "magazine", "agency", "club", "team", "side", "university", "union", "fund", "startup",
          "conglomerate", "exporter", "importer", "distributor", "supplier", "brand", "label", "studio", "network",
          "website", "site", "platform", "subsidiary", "unit", "giant", "outfit", "automaker", "carmaker",
          "drugmaker", "refiner", "utility", "exchange", "regulator");

  /**
   * A place (or a people) made an adjective by a participle: CoNLL's guidelines tag "Berlin-based" as
   * MISC, and it is not part of the name it describes. "Privately-owned" opening a sentence is not one.
   */
  private static final Set<String> PLACE_PARTICIPLES =
      Set.of("based", "born", "listed", "owned", "registered", "headquartered", "backed", "led", "run", "made");

  /** A word shaped like an abbreviation whose period CoNLL writes apart: "Co", "Wisc", "Corp". */
  private static final Pattern ABBREVIATION = Pattern.compile("\\p{Lu}\\p{Ll}{0,3}");
  /** The whole word: a capital, letters, dots or apostrophes, not an adverb in -ly, a hyphen, the participle. */
  private static final Pattern PLACE_ADJECTIVE = Pattern.compile("\\p{Lu}[\\p{L}.']*(?<!ly)-\\p{Ll}+");

  /**
   * Months cut off the end of a name; of a person's only the abbreviations, as a surname may be a
   * month ("Theresa May").
   */
  private static final Set<String> MONTHS =
      Set.of(
          "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December");

  private static final Set<String> MONTH_ABBREVIATIONS =
      Set.of(
          "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Jan.", "Feb.",
          "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

  /** Weekdays cut off the end of a person's name only: a club's may end in one ("Sheffield Wednesday"). */
  private static final Set<String> WEEKDAYS =
      Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

  private NameRepairs() {}

  /**
   * The document's names with the rules applied, one array per sentence, spans in order and not
   * overlapping; {@code sentences} and {@code names} are the document's tokens and tagged names,
   * sentence by sentence.
   */
  public static List<Span[]> repair(List<String[]> sentences, List<Span[]> names) {
    List<List<Span>> repaired = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<Span> spans = edgesOut(tokens, Arrays.asList(names.get(s)));
      spans = creditAgencies(tokens, spans);
      spans = titlesOut(tokens, spans);
      spans = particlesIn(tokens, spans);
      spans = joinedParticlesIn(tokens, spans);
      spans = placeAdjectives(tokens, spans);
      spans = dateline(tokens, spans);
      repaired.add(spans);
    }
    Set<String> surnames = surnames(sentences, repaired);
    Set<String> organizations = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (Span span : repaired.get(s)) {
        if (organizationByContext(sentences.get(s), span)) {
          organizations.add(text(sentences.get(s), span.getStart(), span.getEnd()));
        }
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      List<Span> spans = repaired.get(s);
      for (int i = 0; i < spans.size(); i++) {
        Span span = spans.get(i);
        boolean maybeOrganization = !organizations.isEmpty() && !span.getType().equals(ORGANIZATION);
        boolean maybePerson = !surnames.isEmpty() && !span.getType().equals(PERSON);
        if (!maybeOrganization && !maybePerson) {
          continue;
        }
        String text = text(sentences.get(s), span.getStart(), span.getEnd());
        // what the document says of the name itself outweighs a surname's likeness
        if (maybeOrganization && organizations.contains(text)) {
          spans.set(i, new Span(span.getStart(), span.getEnd(), ORGANIZATION));
        } else if (maybePerson && surnames.contains(text)) {
          spans.set(i, new Span(span.getStart(), span.getEnd(), PERSON));
        }
      }
    }
    return repeats(sentences, repaired);
  }

  /**
   * Cuts off the words at a name's edges that CoNLL's guidelines leave out: a date after it ("Jose
   * Insulza Monday", "Purchasing Managers August", "Ana Lima Dec"), lower-case words after it ("Ruch
   * and", "Roman Catholic church") or before a name word ("news of Connells"). Name particles ("de",
   * "von"), words with a hyphen or an apostrophe ("al-Sabah", "d'Estaing") and all-lower-case names
   * ("interior ministry") stay. So does the sentence's closing period, unless it follows an
   * abbreviation ("the BBC .", but "Marsh & Co .").
   */
  static List<Span> edgesOut(String[] tokens, List<Span> spans) {
    List<Span> out = spans;
    for (int k = 0; k < spans.size(); k++) {
      Span span = spans.get(k);
      int start = span.getStart();
      int end = span.getEnd();
      boolean person = span.getType().equals(PERSON);
      while (end - start > 1
          && ((outsideAtEnd(tokens[end - 1], person) && hasCapital(tokens, start, end - 1))
              || isClosingPeriod(tokens, end))) {
        end--;
      }
      int first = start;
      while (first < end - 1 && isLowerWord(tokens[first])) {
        first++;
      }
      if (first > start && isNameWord(tokens[first])) {
        start = first;
      }
      if (start != span.getStart() || end != span.getEnd()) {
        if (out == spans) {
          out = new ArrayList<>(spans);
        }
        out.set(k, new Span(start, end, span.getType()));
      }
    }
    return out;
  }

  /**
   * The sentence's own closing period, taken into the name before it ("spoke to the BBC ."):
   * CoNLL's names hold a lone period only after an abbreviation ("Marsh & Co .", "Wisc .").
   */
  private static boolean isClosingPeriod(String[] tokens, int end) {
    return end == tokens.length && tokens[end - 1].equals(".") && !ABBREVIATION.matcher(tokens[end - 2]).matches();
  }

  private static boolean outsideAtEnd(String token, boolean person) {
    return isLowerWord(token) || MONTH_ABBREVIATIONS.contains(token)
        || (person ? WEEKDAYS.contains(token) : MONTHS.contains(token));
  }

  /** A lower-case word that is not a name particle and has no hyphen or apostrophe. */
  private static boolean isLowerWord(String token) {
    return Character.isLowerCase(token.charAt(0)) && !PARTICLES.contains(token) && token.indexOf('-') < 0
        && token.indexOf('\'') < 0 && token.indexOf('’') < 0;
  }

  private static boolean hasCapital(String[] tokens, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isUpperCase(tokens[i].charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /** A name of the document that may recur untagged, and its one type there. */
  private record Repeat(String[] words, String type) {}

  /**
   * The names as arrays, with the repeats the tagger left untagged: a name the document tags with one
   * type, met again in running text (four lower-case words or more, so not a table's row), not at the
   * sentence's start and not next to another capitalized word ("grab Mercantile or Commerce"), is that
   * name again. Not a date word tagged by mistake ("Jan.").
   */
  private static List<Span[]> repeats(List<String[]> sentences, List<List<Span>> spans) {
    Map<String, String> types = new HashMap<>();
    Map<String, List<String[]>> byFirstToken = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      for (Span span : spans.get(s)) {
        String text = text(tokens, span.getStart(), span.getEnd());
        String type = types.putIfAbsent(text, span.getType());
        if (type == null) {
          byFirstToken.computeIfAbsent(tokens[span.getStart()], k -> new ArrayList<>())
              .add(Arrays.copyOfRange(tokens, span.getStart(), span.getEnd()));
        } else if (!type.equals(span.getType())) {
          types.put(text, "");
        }
      }
    }
    // the names that may recur: one type in the document, capitalized, not a date word
    Map<String, List<Repeat>> repeatable = new HashMap<>();
    byFirstToken.forEach((first, names) -> {
      for (String[] name : names) {
        String type = types.get(String.join(" ", name));
        if (!type.isEmpty() && startsUpper(first) && !isDateWord(name)) {
          repeatable.computeIfAbsent(first, k -> new ArrayList<>()).add(new Repeat(name, type));
        }
      }
    });
    List<Span[]> result = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<Span> found = spans.get(s);
      List<Span> added = new ArrayList<>();
      if (!repeatable.isEmpty() && isRunningText(tokens)) {
        for (int i = 1; i < tokens.length; i++) {
          List<Repeat> candidates = repeatable.get(tokens[i]);
          if (candidates == null || startsUpper(tokens[i - 1]) || covered(found, i) || covered(added, i)) {
            continue;
          }
          for (Repeat candidate : candidates) {
            String[] name = candidate.words();
            int end = i + name.length;
            if (end <= tokens.length
                && Arrays.equals(name, 0, name.length, tokens, i, end) && (end == tokens.length || !startsUpper(tokens[end]))
                && !coveredAny(found, i, end)) {
              added.add(new Span(i, end, candidate.type()));
              i = end - 1;
              break;
            }
          }
        }
      }
      if (!added.isEmpty()) {
        found = new ArrayList<>(found);
        found.addAll(added);
        found.sort(Comparator.comparingInt(Span::getStart));
      }
      result.add(found.toArray(Span[]::new));
    }
    return result;
  }

  /** Four lower-case words or more. */
  private static boolean isRunningText(String[] tokens) {
    int lower = 0;
    for (String token : tokens) {
      if (Character.isLowerCase(token.charAt(0)) && isLetters(token) && ++lower == 4) {
        return true;
      }
    }
    return false;
  }

  // a loop, not a stream: it runs for the tokens of every sentence
  private static boolean isLetters(String token) {
    for (int c = 0; c < token.length(); c++) {
      if (!Character.isLetter(token.charAt(c))) {
        return false;
      }
    }
    return true;
  }

  private static boolean coveredAny(List<Span> spans, int start, int end) {
    for (int i = start; i < end; i++) {
      if (covered(spans, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDateWord(String[] name) {
    return name.length == 1 && (MONTHS.contains(name[0]) || MONTH_ABBREVIATIONS.contains(name[0]) || WEEKDAYS.contains(name[0]));
  }

  private static boolean startsUpper(String token) {
    return Character.isUpperCase(token.charAt(0));
  }

  /** "REUTERS / Ana Lima": an all-caps word before a slash and a name, not tagged, is the agency. */
  static List<Span> creditAgencies(String[] tokens, List<Span> spans) {
    List<Span> out = spans;
    for (int i = 0; i + 2 < tokens.length; i++) {
      if (tokens[i + 1].equals("/") && isAllCapsWord(tokens[i]) && isNameWord(tokens[i + 2]) && !covered(spans, i)) {
        if (out == spans) {
          out = new ArrayList<>(spans);
        }
        out.add(new Span(i, i + 1, ORGANIZATION));
      }
    }
    if (out != spans) {
      out.sort(Comparator.comparingInt(Span::getStart));
    }
    return out;
  }

  /**
   * Whether a noun for a kind of organization, in lower case, comes just before the name ("the
   * potash miner Kestrel", "the club Norvik"): then it is an organization.
   */
  static boolean organizationByContext(String[] tokens, Span span) {
    return !span.getType().equals(ORGANIZATION) && span.getStart() > 0
        && ORGANIZATION_KINDS.contains(tokens[span.getStart() - 1]);
  }

  /**
   * A place adjective ("Hong Kong-based") is MISC: tagged on its own if the tagger left it out, cut
   * off the name it was taken into ("Boston-based Kestrel Communications"), and joined to the rest of
   * the place just before it ("Hong" "Kong-based").
   */
  static List<Span> placeAdjectives(String[] tokens, List<Span> spans) {
    List<Span> out = spans;
    for (int i = 0; i < tokens.length; i++) {
      // the cheap tests first, as this runs on every token
      int dash = tokens[i].lastIndexOf('-');
      if (dash < 2 || !PLACE_PARTICIPLES.contains(tokens[i].substring(dash + 1))
          || !PLACE_ADJECTIVE.matcher(tokens[i]).matches()) {
        continue;
      }
      if (out == spans) {
        out = new ArrayList<>(spans);
      }
      int at = -1;
      for (int k = 0; k < out.size(); k++) {
        if (out.get(k).getStart() <= i && i < out.get(k).getEnd()) {
          at = k;
        }
      }
      Span span = at >= 0 ? out.remove(at) : new Span(i, i + 1, "MISC");
      int start = span.getStart();
      if (start == i) {
        int previous = -1;
        for (int k = 0; k < out.size(); k++) {
          if (out.get(k).getEnd() == i) {
            previous = k;
          }
        }
        if (previous >= 0) {
          start = out.remove(previous).getStart();
        }
      }
      out.add(new Span(start, i + 1, "MISC"));
      if (span.getEnd() > i + 1) {
        out.add(new Span(i + 1, span.getEnd(), span.getType()));
      }
      out.sort(Comparator.comparingInt(Span::getStart));
    }
    return out;
  }

  /**
   * A Reuters dateline opening the sentence, all-caps words followed by "( Reuters )" or by a comma,
   * a few capitalized words or numbers and a date or "( Reuters )" ("WIGAN , England 1996-08-31",
   * "LONDON , Dec 7 ( Reuters )"): the all-caps words are a place, the tagger's names over them
   * replaced; a 1996 model takes a town's name in capitals for a club ("WIGAN") or a surname.
   */
  static List<Span> dateline(String[] tokens, List<Span> spans) {
    int n = 0;
    while (n < tokens.length && n < 5 && isAllCapsWord(tokens[n])) {
      n++;
    }
    if (n == 0 || n > 4 || n == tokens.length) {
      return spans;
    }
    int reuters = n;
    while (reuters + 2 < tokens.length && !(tokens[reuters].equals("(") && tokens[reuters + 1].equals("Reuters"))) {
      reuters++;
    }
    boolean byReuters = reuters + 2 < tokens.length && tokens[reuters + 2].equals(")");
    int end = byReuters ? reuters : tokens.length;
    if (end > n) {
      // ", England 1996-08-31": a comma, then only capitalized words, numbers, dots and commas up to the date
      if (!tokens[n].equals(",") || end - n < 2 || end - n > 6 || !(byReuters || isIsoDate(tokens[end - 1]))) {
        return spans;
      }
      for (int i = n + 1; i < end; i++) {
        char first = tokens[i].charAt(0);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && !tokens[i].equals(".") && !tokens[i].equals(",")) {
          return spans;
        }
      }
    } else if (!byReuters) {
      return spans;
    }
    List<Span> out = new ArrayList<>();
    out.add(new Span(0, n, LOCATION));
    for (Span span : spans) {
      if (span.getStart() >= n) {
        out.add(span);
      }
    }
    return out;
  }

  private static boolean isIsoDate(String token) {
    return token.length() == 10 && token.charAt(4) == '-' && token.charAt(7) == '-' && Character.isDigit(token.charAt(0));
  }

  /**
   * Takes a title out of a name: the words before it keep the name's type (unless it was a
   * person, then they are dropped: "U.S. Health Secretary"), the capitalized words just after it
   * are a person when the name was one, or when they are two words or more or the name goes on after
   * the span ("President Ursula" "von der Leyen"): one word after a title in an organization's
   * name ("Coach Inc") is more often not a person.
   */
  static List<Span> titlesOut(String[] tokens, List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span span : spans) {
      int[] title = title(tokens, span.getStart(), span.getEnd());
      if (title == null) {
        out.add(span);
        continue;
      }
      int tail = span.getEnd() - title[1];
      boolean nameGoesOn =
          span.getEnd() < tokens.length && (PARTICLES.contains(tokens[span.getEnd()]) || isNameWord(tokens[span.getEnd()]));
      if (tail > 0 && !span.getType().equals(PERSON) && tail < 2 && !nameGoesOn) {
        out.add(span);
        continue;
      }
      if (title[0] > span.getStart() && !span.getType().equals(PERSON)) {
        out.add(new Span(span.getStart(), title[0], span.getType()));
      }
      // the person is the run of name words after the title: "President Ana Lima of Norland"
      int end = title[1];
      while (end < span.getEnd() && (isNameWord(tokens[end]) || PARTICLES.contains(tokens[end]))) {
        end++;
      }
      while (end > title[1] && !isNameWord(tokens[end - 1])) {
        end--;
      }
      if (end > title[1]) {
        out.add(new Span(title[1], end, PERSON));
      }
    }
    return out;
  }

  /**
   * The first title in tokens [start, end) as {from, to}, or null: title words ending in a title,
   * followed by a capitalized word or by the end of the span.
   */
  private static int[] title(String[] tokens, int start, int end) {
    for (int from = start; from < end; from++) {
      int to = from;
      int last = -1;
      while (to < end && (TITLES.contains(tokens[to]) || TITLE_WORDS.contains(tokens[to]) || TITLE_ENDS.contains(tokens[to]))) {
        if (TITLES.contains(tokens[to]) || (to > from && TITLE_ENDS.contains(tokens[to]))) {
          last = to;
        }
        to++;
      }
      if (last >= 0 && (last + 1 == end || isNameWord(tokens[last + 1]))) {
        return new int[] {from, last + 1};
      }
      from = Math.max(from, to - 1);
    }
    return null;
  }

  /**
   * A person followed by particles and a capitalized word is one person ("Ursula" "von der"
   * "Leyen"); two or more particles before a name open a surname ("von der Leyen").
   */
  static List<Span> particlesIn(String[] tokens, List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span span = spans.get(i);
      int after = span.getEnd();
      while (after < tokens.length && after - span.getEnd() < 3 && PARTICLES.contains(tokens[after])) {
        after++;
      }
      if (span.getType().equals(PERSON) && after > span.getEnd() && after < tokens.length && isNameWord(tokens[after])) {
        int end = after + 1;
        if (i + 1 < spans.size() && spans.get(i + 1).getStart() == after) {
          end = spans.get(i + 1).getEnd();
          i++;
        } else {
          while (end < tokens.length && isNameWord(tokens[end]) && !covered(spans, end)) {
            end++;
          }
        }
        out.add(new Span(span.getStart(), end, PERSON));
        continue;
      }
      int before = surnameStart(tokens, span.getStart());
      boolean startsOwnName = before == 0 || !isNameWord(tokens[before - 1]);
      if (before < span.getStart() && startsOwnName) {
        // a particle tagged on its own ("Van" as a place) joins the name
        while (!out.isEmpty() && out.get(out.size() - 1).getStart() >= before) {
          out.remove(out.size() - 1);
        }
        if (out.isEmpty() || out.get(out.size() - 1).getEnd() <= before) {
          out.add(new Span(before, span.getEnd(), PERSON));
          continue;
        }
      }
      // "Von der Leyen" tagged whole, as another type
      boolean opensWithParticles =
          span.length() > 2 && surnameStart(tokens, span.getStart() + 2) == span.getStart() && isNameWord(tokens[span.getStart() + 2]);
      out.add(opensWithParticles ? new Span(span.getStart(), span.getEnd(), PERSON) : span);
    }
    return out;
  }

  /**
   * A word with a particle joined by a hyphen ("al-Sabah", "el-Din", "bin-Talal") continues the name
   * just before it ("Nawaf al-Ahmad" "al-Sabah", "Jebel" "al-Akhdar"), a name tagged on it included,
   * and opens the name just after it ("al-Gama'a" "al-Islamiya"); the type is the first name's.
   */
  static List<Span> joinedParticlesIn(String[] tokens, List<Span> spans) {
    List<Span> out = spans;
    for (int k = 0; k < out.size(); k++) {
      Span span = out.get(k);
      int start = span.getStart();
      int end = span.getEnd();
      int next = k + 1;
      while (end < tokens.length && isJoinedParticle(tokens[end])) {
        end++;
        if (next < out.size() && out.get(next).getStart() < end) {
          end = Math.max(end, out.get(next).getEnd());
          next++;
        }
      }
      int previousEnd = k > 0 ? out.get(k - 1).getEnd() : 0;
      while (start > previousEnd && isJoinedParticle(tokens[start - 1])) {
        start--;
      }
      if (start != span.getStart() || end != span.getEnd()) {
        List<Span> joined = new ArrayList<>(out.subList(0, k));
        joined.add(new Span(start, end, span.getType()));
        joined.addAll(out.subList(next, out.size()));
        out = joined;
      }
    }
    return out;
  }

  private static boolean isJoinedParticle(String token) {
    int dash = token.indexOf('-');
    return (dash == 2 || dash == 3) && dash + 1 < token.length() && Character.isUpperCase(token.charAt(dash + 1))
        && (token.startsWith("al-") || token.startsWith("el-") || token.startsWith("bin-") || token.startsWith("ibn-")
            || token.startsWith("abu-"));
  }

  /**
   * Where the particles that open a surname before token {@code start} begin ("von der", "de la";
   * "Van der" and "Von der" with a capital), or {@code start} when fewer than two come before it.
   */
  private static int surnameStart(String[] tokens, int start) {
    int before = start;
    while (before > 0 && SURNAME_OPENERS.contains(tokens[before - 1])) {
      before--;
    }
    if (before > 0 && (tokens[before - 1].equals("Van") || tokens[before - 1].equals("Von"))) {
      before--;
    }
    return start - before >= 2 ? before : start;
  }

  /** The endings of the document's full person names: "Leyen", "der Leyen", "von der Leyen". */
  private static Set<String> surnames(List<String[]> sentences, List<List<Span>> spans) {
    Set<String> surnames = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (Span span : spans.get(s)) {
        if (span.getType().equals(PERSON) && span.length() >= 2) {
          for (int from = span.getStart() + 1; from < span.getEnd(); from++) {
            surnames.add(text(sentences.get(s), from, span.getEnd()));
          }
        }
      }
    }
    return surnames;
  }

  private static boolean covered(List<Span> spans, int token) {
    for (Span span : spans) {
      if (span.getStart() <= token && token < span.getEnd()) {
        return true;
      }
    }
    return false;
  }

  /** A word that can be part of a name in running text: a capital, then some lower case. */
  private static boolean isNameWord(String token) {
    return token.length() >= 2 && Character.isUpperCase(token.charAt(0)) && !token.equals(token.toUpperCase());
  }

  private static boolean isAllCapsWord(String token) {
    if (token.length() < 2) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isUpperCase(token.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String text(String[] tokens, int start, int end) {
    return end - start == 1 ? tokens[start] : String.join(" ", Arrays.asList(tokens).subList(start, end));
  }
}
