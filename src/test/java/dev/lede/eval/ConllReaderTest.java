package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class ConllReaderTest {

  static final String SAMPLE = """
      %1$s -X- -X- O

      Marta NNP B-NP B-PER
      Okonkwo NNP I-NP I-PER
      visited VBD B-VP O
      Lisbon NNP B-NP B-LOC
      . . O O

      Veltrix NNP B-NP B-ORG
      Holdings NNP I-NP I-ORG
      sells VBZ B-VP O
      Nordic JJ B-NP B-MISC
      skis NNS I-NP O

      %1$s -X- -X- O

      Paulo NNP B-NP B-PER
      Dias NNP I-NP I-PER
      left VBD B-VP O""".formatted(ConllReader.DOCSTART);

  @Test
  void readsTokensSpansAndDocumentBoundaries() throws IOException {
    List<NameSample> samples = ConllReader.read(new StringReader(SAMPLE));

    assertThat(samples).hasSize(3);
    NameSample first = samples.get(0);
    assertThat(first.getSentence()).containsExactly("Marta", "Okonkwo", "visited", "Lisbon", ".");
    assertThat(first.getNames())
        .containsExactly(new Span(0, 2, "PERSON"), new Span(3, 4, "LOCATION"));
    assertThat(samples.get(1).getNames())
        .containsExactly(new Span(0, 2, "ORGANIZATION"), new Span(3, 4, "MISC"));
    assertThat(samples).extracting(NameSample::isClearAdaptiveDataSet).containsExactly(true, false, true);
  }

  @Test
  void anInsideTagAfterAnotherTypeOpensAnEntityAsConllevalDoes() {
    Span[] spans = ConllReader.spans(List.of("I-PER", "I-PER", "I-LOC", "O", "I-ORG", "B-ORG"));

    assertThat(spans)
        .containsExactly(
            new Span(0, 2, "PERSON"), new Span(2, 3, "LOCATION"),
            new Span(4, 5, "ORGANIZATION"), new Span(5, 6, "ORGANIZATION"));
  }

  @Test
  void rejectsALineWithoutATagAndNamesTheLine() {
    assertThatThrownBy(() -> ConllReader.read(new StringReader("Marta B-PER\nvisited\n")))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ConllReader.read(new StringReader("Marta X-PER\n")))
        .hasMessageContaining("not an IOB tag");
  }
}
