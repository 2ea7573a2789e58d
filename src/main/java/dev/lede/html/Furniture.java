package dev.lede.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Page furniture: the parts of a page around an article that are not its text (navigation,
 * headers and footers, asides, forms, media and captions, share bars, related links,
 * newsletter, comment, cookie and advertising blocks), told by tag, ARIA role, hidden state,
 * words in the class and id, and the classes that keep a block off the printed page.
 */
final class Furniture {

  /** Never text: dropped wherever they are. */
  static final Set<String> CODE_TAGS = Set.of("script", "style", "noscript", "template", "link", "meta");

  private static final Set<String> TAGS =
      Set.of(
          "nav", "header", "footer", "aside", "form", "button", "input", "select", "textarea", "label",
          "fieldset", "figure", "figcaption", "picture", "img", "svg", "canvas", "video", "audio",
          "iframe", "object", "embed", "map", "dialog", "menu");

  private static final Set<String> ROLES =
      Set.of(
          "navigation", "banner", "contentinfo", "complementary", "search", "form", "dialog",
          "alertdialog", "menu", "menubar", "toolbar");

  /**
   * Class and id words of furniture, matched against whole words (split at non-letters, camelCase
   * and digits). Not "print": it names print buttons (links, removed with the link lines) and also
   * the region a site prints, which is its text ("mainContentPrint").
   */
  private static final Pattern HINT =
      Pattern.compile(
          "related|share|sharing|sharebar|promo.*|newsletters?|comments?|advert.*|social|subscribe"
              + "|subscription|cookies?|consent|sidebar|breadcrumbs?|nav|navbar|navigation|menu"
              + "|header|footer|masthead|banner|sponsor.*|outbrain|taboola|recommend.*|signup"
              + "|paywall|caption|credits?|byline|tags|widget|popup|modal|ad|ads|adslot|adunit"
              + "|trending|popular|follow|toolbar|disclaimer|newsfeed");

  /** A class the site gives what it leaves out of the printed page: never the article. */
  private static final Pattern NOT_PRINTED =
      Pattern.compile("(?i)(?<![\\w:-])(no-?_?print|hidden-print|d-print-none|print:hidden|do-?not-?print)(?![\\w-])");

  private static final Pattern WORD_BREAK = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])");

  private Furniture() {}

  /** Whether {@code element} is furniture by its tag, ARIA role or hidden state, whatever its class. */
  static boolean byMarkup(Element element) {
    return TAGS.contains(element.normalName())
        || ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT).strip())
        || isHidden(element);
  }

  /** The furniture words in {@code element}'s class and id, lower-cased. */
  static Set<String> hints(Element element) {
    if (element.className().isEmpty() && element.id().isEmpty()) {
      return Set.of();
    }
    Set<String> hints = new HashSet<>();
    for (String names : List.of(element.className(), element.id())) {
      for (String word : classWords(names)) {
        if (HINT.matcher(word).matches()) {
          hints.add(word);
        }
      }
    }
    return hints;
  }

  private static boolean isHidden(Element element) {
    String style = element.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return element.hasAttr("hidden")
        || element.attr("aria-hidden").equalsIgnoreCase("true")
        || style.contains("display:none")
        || style.contains("visibility:hidden")
        || hiddenByClass(element);
  }

  /** Whether the site leaves {@code element} out of its printed page, as it never does its article. */
  static boolean notPrinted(Element element) {
    return NOT_PRINTED.matcher(element.className()).find();
  }

  /**
   * Whether a class hides {@code element} on every screen: "hidden" (Bootstrap's, Tailwind's and
   * many sites' own display:none), unless a responsive class shows it on some ("hidden
   * md:block"); not "hidden-xs" or "visually-hidden", which hide only on small screens or only
   * from the eye.
   */
  private static boolean hiddenByClass(Element element) {
    if (!element.hasClass("hidden")) {
      return false;
    }
    for (String name : element.classNames()) {
      if (name.indexOf(':') >= 0) {
        return false;
      }
    }
    return true;
  }

  static boolean hasHint(String names) {
    for (String word : classWords(names)) {
      if (HINT.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of a class or id, lower-cased: split at anything not a letter or digit, at a
   * lower-upper case change and between letters and digits ("storyBody", "sidebar2",
   * "content01"). The content scoring reads class words the same way.
   */
  static List<String> classWords(String names) {
    List<String> words = new ArrayList<>();
    for (String word : WORD_BREAK.split(names)) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }
}
