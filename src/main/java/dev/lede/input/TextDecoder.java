package dev.lede.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns an input's bytes into text: UTF-8 by default, UTF-16 when a byte-order mark says so, a
 * leading UTF-8 BOM dropped. Bytes that are not valid UTF-8 are read as Windows-1252 (the
 * usual charset of old Western news files; a superset of Latin-1's printable characters), and
 * the decoded text carries a warning that says so.
 */
public final class TextDecoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decoded text and the warning decoding had to give (null when none). */
  public record Decoded(String text, String warning) {}

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes) throws InputException {
    if (hasPrefix(bytes, 0xEF, 0xBB, 0xBF)) {
      return checked(strict(StandardCharsets.UTF_8, bytes, 3), null);
    }
    if (hasPrefix(bytes, 0xFF, 0xFE)) {
      return checked(strict(StandardCharsets.UTF_16LE, bytes, 2), null);
    }
    if (hasPrefix(bytes, 0xFE, 0xFF)) {
      return checked(strict(StandardCharsets.UTF_16BE, bytes, 2), null);
    }
    for (byte b : bytes) {
      if (b == 0) {
        throw new InputException(InputError.NOT_TEXT, "binary data (NUL bytes), not text");
      }
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, 0);
    if (utf8 != null) {
      return checked(utf8, null);
    }
    return checked(
        new String(bytes, WINDOWS_1252),
        "not valid UTF-8: read as Windows-1252 (Latin-1)");
  }

  private static Decoded checked(String text, String warning) throws InputException {
    if (text == null) {
      throw new InputException(InputError.DECODE, "invalid bytes for the charset its byte-order mark names");
    }
    if (text.isBlank()) {
      throw new InputException(InputError.EMPTY, "no text (empty or only white space)");
    }
    int control = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
        control++;
      }
    }
    if (text.indexOf('\0') >= 0 || control > text.length() / 10) {
      throw new InputException(InputError.NOT_TEXT, "binary data (control characters), not text");
    }
    return new Decoded(text, warning);
  }

  /** The bytes decoded with {@code charset}, or null when they are not valid in it. */
  private static String strict(Charset charset, byte[] bytes, int offset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasPrefix(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
