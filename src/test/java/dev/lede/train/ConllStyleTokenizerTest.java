package dev.lede.train;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConllStyleTokenizerTest {

  @Test
  void splitsPunctuationAndClitcsButKeepsAbbreviations() {
    assertThat(ConllStyleTokenizer.tokenize("\"Veltrix's U.S. unit (VTX) didn't grow 3.5 pct,\" said J. Smith."))
        .containsExactly(
            "\"", "Veltrix", "'s", "U.S.", "unit", "(", "VTX", ")", "did", "n't", "grow", "3.5",
            "pct", ",", "\"", "said", "J.", "Smith", ".");
  }

  @Test
  void peelsReutersAngleBracketsOffCompanyNames() {
    assertThat(ConllStyleTokenizer.tokenize("<Northfield-Orr Corp> said"))
        .containsExactly("<", "Northfield-Orr", "Corp", ">", "said");
  }
}
