package dev.lede.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class PredictionWriterTest {

  @Test
  void writesTokenGoldAndPredictedIob2TagsWithConllTypes() throws IOException {
    TaggedSentence first =
        new TaggedSentence(
            new String[] {"Marta", "Okonkwo", "flew", "home"},
            new Span[] {new Span(0, 2, "PERSON")},
            new Span[] {new Span(0, 1, "PERSON"), new Span(1, 2, "LOCATION")});
    TaggedSentence second =
        new TaggedSentence(
            new String[] {"Veltrix", "won"}, new Span[] {new Span(0, 1, "ORGANIZATION")}, new Span[0]);
    StringWriter out = new StringWriter();

    PredictionWriter.write(List.of(first, second), out);

    assertThat(out.toString())
        .isEqualTo(
            """
            Marta B-PER B-PER
            Okonkwo I-PER B-LOC
            flew O O
            home O O

            Veltrix B-ORG O
            won O O
            """);
  }
}
