package dev.lede.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetMapperTest {

  @Test
  void codePointOffsetsCountAnEmojiAsOneCharacter() {
    String text = "Fans \uD83D\uDE00 cheered Smith.";
    int smith = text.indexOf("Smith");
    OffsetMapper codePoints = OffsetUnit.CODEPOINT.mapperFor(text);
    assertThat(codePoints.map(smith)).isEqualTo(smith - 1);
    assertThat(codePoints.map(text.length())).isEqualTo(text.codePointCount(0, text.length()));
    assertThat(OffsetUnit.UTF16.mapperFor(text).map(smith)).isEqualTo(smith);
  }

  @Test
  void offsetsAreUnchangedWithoutCharactersBeyondTheBasicPlane() {
    String text = "Zelenskiy’s “quoted” words — fine.";
    OffsetMapper codePoints = OffsetUnit.CODEPOINT.mapperFor(text);
    for (int i = 0; i <= text.length(); i++) {
      assertThat(codePoints.map(i)).isEqualTo(i);
    }
  }
}
