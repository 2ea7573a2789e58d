package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MentionTest {

  /** The same components, with the equals and hashCode the compiler generates. */
  private record Generated(String type, int start, int end, int sentence, String text) {}

  /** Hash maps of mentions must iterate as they did with the generated hashCode. */
  @Test
  void hashCodeIsTheGeneratedOne() {
    Random random = new Random(11);
    String[] types = {"PERSON", "LOCATION", null};
    String[] texts = {"Ann Lee", "Leeds", "", null};
    for (int i = 0; i < 1_000; i++) {
      String type = types[random.nextInt(types.length)];
      String text = texts[random.nextInt(texts.length)];
      int start = random.nextInt(), end = random.nextInt(), sentence = random.nextInt(50);
      assertThat(new Mention(type, start, end, sentence, text).hashCode())
          .isEqualTo(new Generated(type, start, end, sentence, text).hashCode());
    }
  }

  @Test
  void equalExactlyWhenEveryComponentIs() {
    Mention mention = new Mention("PERSON", 3, 10, 0, "Ann Lee");
    assertThat(mention).isEqualTo(new Mention("PERSON", 3, 10, 0, new String("Ann Lee")));
    assertThat(mention)
        .isNotEqualTo(new Mention("LOCATION", 3, 10, 0, "Ann Lee"))
        .isNotEqualTo(new Mention("PERSON", 4, 10, 0, "Ann Lee"))
        .isNotEqualTo(new Mention("PERSON", 3, 11, 0, "Ann Lee"))
        .isNotEqualTo(new Mention("PERSON", 3, 10, 1, "Ann Lee"))
        .isNotEqualTo(new Mention("PERSON", 3, 10, 0, "Ann"))
        .isNotEqualTo(new Mention(null, 3, 10, 0, "Ann Lee"))
        .isNotEqualTo("Ann Lee");
    assertThat(new Mention(null, 3, 10, 0, null)).isEqualTo(new Mention(null, 3, 10, 0, null));
  }
}
