package dev.lede.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.pipeline.ScreenedPattern;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The literals that screen lines before LineScore's patterns run never hide a match. */
class LineScorePatternsTest {

  @Test
  void theLiteralsLetEveryPaywallThrough() {
    assertAgreesWithItsPattern(
        LineScore.PAYWALL_PATTERN,
        List.of("SUBSCRIBERS ONLY", "Subscriber only", "This is for Subscribers.", "SUBSCRIBER-ONLY",
            "Already a Subscriber? Log in", "To Continue Reading, log in", "Subscribe Now",
            "subscribe TODAY", "Unlock This Article", "unlock the full story", "PREMIUM CONTENT",
            "Premium article", "premium story", "The council met on Tuesday."),
        13);
  }

  @Test
  void theLiteralsLetEveryInterfaceMentionThrough() {
    assertAgreesWithItsPattern(
        LineScore.INTERFACE_PATTERN,
        List.of("CLICK HERE", "Clicking the link below", "Tap the button", "SCROLL down for photos",
            "Swipe left to see the images", "swipe to see the gallery", "Watch The Video",
            "See the gallery", "VIEW THE PHOTOS", "Click to view the video above",
            "The council met on Tuesday."),
        10);
  }

  @Test
  void theLiteralsLetEveryLinkThrough() {
    assertAgreesWithItsPattern(
        LineScore.LINK_PATTERN,
        List.of("see http://example.org", "see https://example.org", "see www.example.org",
            "mail desk@example.org today", "follow @harbournews", "at example.com now",
            "WWW.EXAMPLE.ORG and HTTP://X and EXAMPLE.COM", "The council met on Tuesday."),
        6);
  }

  private static void assertAgreesWithItsPattern(ScreenedPattern screened, List<String> lines, int matches) {
    int found = 0;
    for (String line : lines) {
      boolean expected = screened.pattern().matcher(line).find();
      boolean ignoresCase = (screened.pattern().flags() & Pattern.CASE_INSENSITIVE) != 0;
      assertThat(ignoresCase ? screened.find(line, line.toLowerCase(Locale.ROOT)) : screened.find(line))
          .as(line)
          .isEqualTo(expected);
      found += expected ? 1 : 0;
    }
    // the lines are written to match: a pattern edited so that they no longer do fails here
    assertThat(found).isEqualTo(matches);
  }

  @Test
  void wordsAreWhatTheWordPatternFinds() {
    Pattern word = Pattern.compile("[\\p{L}][\\p{L}'\u2019-]*");
    String pool = "aZé-'\u2019 .,;1_\tÅß\u01C5\u02B0\u05D0\uD835\uDC00\uD83D\uDE00\uDC00\uD800x-";
    java.util.Random random = new java.util.Random(11);
    List<String> lines = new java.util.ArrayList<>(List.of(
        "Sign up for our newsletter - it's free", "O\u2019Neill's co-op --x 'quoted' -lead", "", "---", "ab"));
    for (int t = 0; t < 3000; t++) {
      StringBuilder line = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        line.append(pool.charAt(random.nextInt(pool.length())));
      }
      lines.add(line.toString());
    }
    for (String line : lines) {
      for (int most : new int[] {1, 3, LineScore.MAX_WORDS + 1}) {
        List<String> expected = new java.util.ArrayList<>();
        java.util.regex.Matcher m = word.matcher(line);
        while (expected.size() < most && m.find()) {
          expected.add(m.group());
        }
        assertThat(LineScore.words(line, most)).as("%s, at most %d", line, most).isEqualTo(expected);
      }
    }
  }
}
