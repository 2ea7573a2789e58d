package dev.lede.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.input.InputError;
import dev.lede.input.InputException;
import dev.lede.input.TextDecoder;

/** Any bytes decode to text that is worth reading, or fail with one of the input codes. */
class DecoderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void decode(byte[] bytes) {
    try {
      TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
      assertThat(decoded.text()).isNotBlank().doesNotContain("\0");
    } catch (InputException e) {
      assertThat(e.error()).isIn(InputError.EMPTY, InputError.NOT_TEXT, InputError.DECODE);
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
