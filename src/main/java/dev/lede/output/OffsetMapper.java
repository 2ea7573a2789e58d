package dev.lede.output;

/**
 * Maps Java {@code char} offsets to the output's unit in constant time: identity when the text
 * has no characters outside the Basic Multilingual Plane (the common case), else through a
 * prefix table built once per article.
 */
public interface OffsetMapper {

  int map(int charOffset);

  static OffsetMapper identity() {
    return offset -> offset;
  }

  static OffsetMapper codePoints(String text) {
    int firstSurrogate = -1;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        firstSurrogate = i;
        break;
      }
    }
    if (firstSurrogate < 0) {
      return identity();
    }
    int[] codePointAt = new int[text.length() + 1];
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      codePointAt[i] = count;
      if (!Character.isLowSurrogate(text.charAt(i)) || i == 0
          || !Character.isHighSurrogate(text.charAt(i - 1))) {
        count++;
      }
    }
    codePointAt[text.length()] = count;
    return offset -> codePointAt[offset];
  }
}
