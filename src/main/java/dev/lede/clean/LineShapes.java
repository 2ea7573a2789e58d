package dev.lede.clean;

import java.util.regex.Pattern;

/**
 * Lines recognisable by their shape alone: photo credits, captions ending in a credit, agency
 * bylines, navigation labels. Every pattern is anchored to the whole line and bounded in length,
 * so a news sentence that merely mentions a photo or a byline is not matched.
 */
public final class LineShapes {

  /** Picture agencies and wire services whose names end or make up a credit. */
  private static final String AGENCY =
      "\\b(?:Getty Images|Getty|AFP|AP(?: Photo)?|Reuters|EPA(?:-EFE)?|PA(?: Images| Media| Wire)?"
          + "|Shutterstock|Alamy|Bloomberg|Xinhua|Anadolu(?: Agency)?|Zuma(?: Press)?|SIPA|Rex"
          + "(?: Features)?|Corbis|iStock|NurPhoto|SOPA Images|dpa|ANI|PTI|IANS)\\b";
  /** Case-insensitive on its own, as agency names are not ("AP" is not "ap" in "capt"). */
  private static final String PICTURE_WORD =
      "(?i:photo|photograph|picture|pic|image|video|illustration|graphic|footage|credit)s?";

  // "Photo: Jane Doe/AFP", "Image credit - Reuters", "Photograph by Jan Novak"
  private static final Pattern CREDIT_LABEL =
      Pattern.compile(
          "^[(\\[]?\\s*(?:" + PICTURE_WORD + ")(?i:\\s+(?:credit|courtesy))?\\s*(?::|/|\\||-|\u2013|\u2014|(?i:by))\\s*"
              + "[^.!?]{1,60}[)\\]]?\\.?$");
  // "(Getty Images)", "[AFP via Getty Images]", "Reuters/Jan Novak", "AP Photo/Ana Ruiz"
  private static final Pattern CREDIT_AGENCY =
      Pattern.compile(
          "^(?:[(\\[]\\s*[^()\\[\\]]{0,40}" + AGENCY + "[^()\\[\\]]{0,40}[)\\]]"
              + "|" + AGENCY + "\\s*/\\s*[\\p{L} .'-]{2,40}"
              + "|[\\p{L} .'-]{2,40}/\\s*" + AGENCY + "(?: via " + AGENCY + ")?)\\.?$");
  // a line that ends in a credit: "Firefighters at the scene on Sunday. (Photo: AP)"
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "^.{10,300}?(?:[(\\[]\\s*(?:" + PICTURE_WORD + ")\\s*(?::|by)\\s*[^()\\[\\]]{2,50}[)\\]]"
              + "|[(\\[]\\s*[^()\\[\\]]{0,30}" + AGENCY + "[^()\\[\\]]{0,30}[)\\]]"
              + "|\\s[|\u2013\u2014-]\\s*(?:" + PICTURE_WORD + ")\\s*:\\s*[^|]{2,50})\\.?$");
  private static final Pattern CAPTION_LABEL =
      Pattern.compile(
          "^(?:pictured|image caption|caption|photo caption|above|top|below|left|right|"
              + "main picture|inset)\\s*:\\s*\\S.{0,250}$",
          Pattern.CASE_INSENSITIVE);
  // "(Reporting by A; Editing by B)", "Additional reporting by C", "Writing by D in Kyiv"
  private static final Pattern AGENCY_BYLINE =
      Pattern.compile(
          "^[(\\[]?\\s*(?:additional )?(?:reporting|writing|editing|compiled|written|reported|"
              + "research|graphics?)\\s+by\\s+[^.!?]{2,200}[)\\]]?\\.?$",
          Pattern.CASE_INSENSITIVE);
  // "Contributing: Ana Ruiz, Tom Reed" (the names of the staff who helped, after the story)
  private static final Pattern CONTRIBUTORS =
      Pattern.compile("^(?:contributing|contributors?)\\s*:\\s*\\S.{0,200}$", Pattern.CASE_INSENSITIVE);
  // "© 2024 Northport Media. All rights reserved.", "Copyright 2024 ...", "(c) 2024 ..."
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "^(?:\u00a9|\\(c\\)|copyright)\\s*(?:\u00a9\\s*)?\\d{4}\\b.{0,200}$"
              + "|^\u00a9\\s*\\p{L}.{0,100}$|^all rights reserved\\.?$",
          Pattern.CASE_INSENSITIVE);
  // "By Maria Lopez", "By Maria Lopez and Tom Reed, Business reporter", "By Maria Lopez for MailOnline"
  private static final Pattern AUTHOR_BYLINE =
      Pattern.compile(
          "^By\\s+\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3}"
              + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,3})*"
              + "(?:\\s*[,|\u2013\u2014-]\\s*[\\p{L} ]{2,40}|\\s+(?i:for)\\s+[\\p{L} ]{2,40})?$");
  // "Associated Press writers Ana Ruiz in Lima and Tom Reed contributed to this report."
  private static final Pattern CONTRIBUTOR_CREDIT =
      Pattern.compile(
          "^[^.!?]{2,250}\\bcontributed (?:reporting )?to this (?:report|story|article)\\.?$",
          Pattern.CASE_INSENSITIVE);
  // "Also read: ...", "READ MORE | ...", "Related: ...", "Next story: ..."
  private static final Pattern NAVIGATION_LABEL =
      Pattern.compile(
          "^(?:also read|read also|read more|more to read|must read|don't miss|related|"
              + "related (?:articles|stories|news|coverage|topics|content)|see also|more from [\\p{L} ]{1,30}|"
              + "recommended|trending|watch|listen|you may also like|more on this story|top stories|"
              + "(?:previous|prev|next|older|newer) (?:story|article|post|entry))"
              + "\\s*(?::|\\||>|\u00bb|\u2013|\u2014|-)\\s*.{0,200}$",
          Pattern.CASE_INSENSITIVE);
  // bare page furniture: "Advertisement", "Share this article", "Scroll down for video", "Play Video"
  private static final Pattern NAVIGATION_ONLY =
      Pattern.compile(
          "^(?:sponsored(?: content)?|share(?: this (?:article|story|page))?|"
              + "comments?|scroll down for (?:video|more)|skip to (?:main )?content|back to top|"
              + "story continues below(?: advertisement)?|continue reading(?: below)?|"
              + "related (?:articles|stories)|most read|read more|top stories|"
              + "copy link(?: to clipboard)?|link copied|copy url|share (?:on|via) \\p{L}+|"
              + "advert(?:isement|ising)?(?: [-\u2013\u2014] (?:story )?continues below)?|"
              + "(?:post|leave|add|write|view|show) (?:a |all |\\d+ )?comments?|be the first to comment|"
              + "\\d+ comments?|comments? \\(\\d+\\)|report (?:this )?(?:comment|post|abuse)|comments are closed|"
              + "(?:https?://|www\\.)\\S+|(?:previous|prev|next|older|newer) (?:story|article|post|entry)|"
              // the buttons of a photo or video player: "Play Video", "Show Caption", "Enlarge this image"
              + "(?:play|watch|replay)(?: the)? video|video|(?:show|hide|toggle) caption|enlarge (?:this )?image|"
              + "click (?:on )?(?:the )?(?:photo|image|picture) to enlarge|view larger image|view (?:photo )?gallery)"
              + "\\s*[.:]?$",
          Pattern.CASE_INSENSITIVE);

  // "Tags: Budget, Transport", "Filed under: Coast", "Keywords: lifeboat, rescue", "Posted in: News"
  private static final Pattern TAG_LIST =
      Pattern.compile(
          "^(?:article |post |related )?(?:tags?|tagged(?: with| in| as)?|keywords|filed (?:under|in)|posted (?:in|under))\\s*:\\s*.{0,200}$",
          Pattern.CASE_INSENSITIVE);
  // a rating widget, "Rate this article: 1 2 3 4 5", "4.5 out of 5 stars (212 ratings)"; not a
  // reviewer's verdict ("3 out of 4 stars"), which is text: a widget shows an average or a count
  private static final Pattern RATING_WIDGET =
      Pattern.compile(
          "^(?:rate this (?:article|story|post|page|recipe)\\b.{0,60}"
              + "|\\d[.,]\\d\\s*(?:out of|/)\\s*5(?: stars?)?(?:\\s*\\(?[\\d,]+ (?:ratings?|votes?|reviews?)\\)?)?"
              + "|\\d\\s*(?:out of|/)\\s*5(?: stars?)?\\s*\\(?[\\d,]+ (?:ratings?|votes?|reviews?)\\)?)$",
          Pattern.CASE_INSENSITIVE);
  // the site's rules for readers' comments: "We welcome comments that ... Read our comment policy."
  private static final Pattern COMMENT_POLICY =
      Pattern.compile(
          "^(?:we welcome (?:your )?comments\\b.{0,300}"
              + "|.{0,300}\\b(?:read|see|view) our (?:comments?|commenting|community) (?:policy|guidelines|rules)\\b.{0,80}"
              + "|(?:comments?|commenting) (?:policy|guidelines|rules)\\s*[.:]?)$",
          Pattern.CASE_INSENSITIVE);
  // the fine print of a sign-up form: "By signing up, you agree to our Terms of Use."
  private static final Pattern SIGNUP_TERMS =
      Pattern.compile(
          "^by (?:signing up|subscribing|registering|clicking [^,.]{1,30}),? you (?:agree|accept|confirm|consent)\\b.{0,300}$",
          Pattern.CASE_INSENSITIVE);

  private LineShapes() {}

  /**
   * Whether {@code line} is page furniture that no article text ever is: a navigation label, a
   * tag list, a rating widget, a comment policy, a copyright notice, a photo credit or the terms
   * of a sign-up form. HTML
   * extraction drops these; bylines and captions it leaves, since what counts as text differs.
   */
  public static boolean isFurniture(String line) {
    String reason = classify(line);
    return Removal.NAVIGATION.equals(reason) || Removal.CREDIT.equals(reason) || Removal.PROMOTION.equals(reason);
  }

  /** The reason code for a line of one of these shapes, or null. */
  static String classify(String line) {
    if (line.length() > 320) {
      return null;
    }
    if (AGENCY_BYLINE.matcher(line).matches() || AUTHOR_BYLINE.matcher(line).matches()
        || CONTRIBUTORS.matcher(line).matches() || CONTRIBUTOR_CREDIT.matcher(line).matches()) {
      return Removal.BYLINE;
    }
    if (COPYRIGHT.matcher(line).matches()) {
      return Removal.CREDIT;
    }
    if (CREDIT_LABEL.matcher(line).matches() || CREDIT_AGENCY.matcher(line).matches()) {
      return Removal.CREDIT;
    }
    if (CAPTION_LABEL.matcher(line).matches() || CAPTION_CREDIT.matcher(line).matches()) {
      return Removal.CAPTION;
    }
    if (SIGNUP_TERMS.matcher(line).matches()) {
      return Removal.PROMOTION;
    }
    if (NAVIGATION_LABEL.matcher(line).matches() || NAVIGATION_ONLY.matcher(line).matches()
        || TAG_LIST.matcher(line).matches() || RATING_WIDGET.matcher(line).matches()
        || COMMENT_POLICY.matcher(line).matches()) {
      return Removal.NAVIGATION;
    }
    return null;
  }
}
