package dev.lede.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  @Test
  void decodesUtf8AndDropsItsByteOrderMark() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    TextDecoder.Decoded decoded =
        TextDecoder.decode(concat(bom, "Café prices rose 5%.".getBytes(StandardCharsets.UTF_8)));
    assertThat(decoded.text()).isEqualTo("Café prices rose 5%.");
    assertThat(decoded.warning()).isNull();
  }

  @Test
  void decodesUtf16WithByteOrderMarks() throws Exception {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Kyiv – talks".getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Kyiv – talks".getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode(le).text()).isEqualTo("Kyiv – talks");
    assertThat(TextDecoder.decode(be).text()).isEqualTo("Kyiv – talks");
  }

  @Test
  void readsInvalidUtf8AsWindows1252WithAWarning() throws Exception {
    byte[] latin1 = "a \u00a315.8m signing".getBytes(StandardCharsets.ISO_8859_1);
    TextDecoder.Decoded decoded = TextDecoder.decode(latin1);
    assertThat(decoded.text()).isEqualTo("a £15.8m signing");
    assertThat(decoded.warning()).contains("Windows-1252");
  }

  @Test
  void refusesEmptyAndBlankInput() {
    assertThatThrownBy(() -> TextDecoder.decode(new byte[0]))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.error()).isEqualTo(InputError.EMPTY));
    assertThatThrownBy(() -> TextDecoder.decode(" \n\t \r\n".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.error()).isEqualTo(InputError.EMPTY));
  }

  @Test
  void refusesBinaryData() {
    byte[] binary = {0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00};
    assertThatThrownBy(() -> TextDecoder.decode(binary))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.error()).isEqualTo(InputError.NOT_TEXT));
    byte[] controls = new byte[40];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 0x01 : 'a');
    }
    assertThatThrownBy(() -> TextDecoder.decode(controls))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.error()).isEqualTo(InputError.NOT_TEXT));
  }

  @Test
  void refusesUtf16WhoseBytesAreCutShort() {
    byte[] odd = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'};
    assertThatThrownBy(() -> TextDecoder.decode(odd))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.error()).isEqualTo(InputError.DECODE));
  }
}
