package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;
import org.junit.jupiter.api.Test;

class DetectorNormalizerTest {

  /** The chain of {@code LanguageDetectorFactory.getContextGenerator()}, in its order. */
  private static final CharSequenceNormalizer OPENNLP =
      new AggregateCharSequenceNormalizer(
          EmojiCharSequenceNormalizer.getInstance(),
          UrlCharSequenceNormalizer.getInstance(),
          TwitterCharSequenceNormalizer.getInstance(),
          NumberCharSequenceNormalizer.getInstance(),
          ShrinkCharSequenceNormalizer.getInstance());

  /** Each pattern of each normalizer, matched and nearly matched, and what must stay. */
  private static final List<String> TEXTS =
      List.of(
          "The harbour ferry will not run on Sunday, the council said.",
          "Exports were expected to expand; the XP-OD index rose :-) and ;( and x-d and :-x.",
          "RT @council: rt rt: the ferry RT:RT is back. Art parts, sport: short rt",
          "_rt not, 9rt not, (rt yes, \"rt yes, -rt yes, éRT maybe",
          "hahaha jajaja HAHA hAhA jiji hoho hah jaj Johann Hahn haaaha hjaha ahah h",
          "#harbour #, @ @council email@example.org see http://x.org/a?b=c and www.example.com",
          "Sooooo goooood!!!! Aaa aAa ... --- ___ 000 1,000,000 and   three spaces",
          "Paragraph one.\n\nParagraph two.\r\n\r\nThree\t\ttabs\u000B\f here \n",
          "  leading and trailing  \n",
          "Emoji 😀😀😀 and a lone surrogate \uD83D here, then \uDE00 there \uE000\uFFFF-.",
          "Range ends: \uD83B\uD83C \uDBFF\uDC00\uDBFF\uDC01 \uDBFF\uDFFF-\uDBFF\uDFFF x--y \uDFFF\uD800",
          "Fullwidth ！！！ and ，，， and ｘｐ and \u0085\u0085\u0085 and \u2028\u2028\u2028.",
          "İSTANBUL'DA VAPUR SEFERLERİ PAZAR GÜNÜ YAPILMAYACAK ßßß ẞẞẞ",
          "",
          " ",
          "\n",
          "#",
          "x",
          ":-",
          "rt ");

  @Test
  void normalizesAsOpenNlpsDetectorDoes() {
    for (String text : texts()) {
      assertThat(escaped(DetectorNormalizer.normalize(text)))
          .as(escaped(text))
          .isEqualTo(escaped(OPENNLP.normalize(text).toString()));
    }
  }

  /** The text with every char outside printable ASCII as a Java escape, for readable failures. */
  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      out.append(c >= ' ' && c <= '~' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return out.toString();
  }

  /** The fixed texts, and random strings of the chars the patterns look at. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(TEXTS);
    texts.add(String.join(" ", TEXTS));
    String pool = "#@:;xXdDoOpP()-rRtT hHjJaAeEiIoOuU_9é \t\n\r\u000B\f.😀\uD83D\uDE00\uE000w/\uDBFF\uDC00\uDBFF\uDC01\uD83B0172\u0663\uFF11";
    Random random = new Random(7);
    for (int t = 0; t < 5000; t++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pool.charAt(random.nextInt(pool.length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
