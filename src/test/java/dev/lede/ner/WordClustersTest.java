package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import org.junit.jupiter.api.Test;

class WordClustersTest {

  private static WordClusters read(String text) throws IOException {
    return WordClusters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void findsEachWordsIdsAndNothingForAnUnknownWord() throws IOException {
    WordClusters clusters = read("Lisbon\t12\tb0110\nsaid\t3\tb10\nZürich\t12\tb0111\n");

    assertThat(clusters.lookup("Lisbon")).containsExactly("12", "b0110");
    assertThat(clusters.lookup("said")).containsExactly("3", "b10");
    assertThat(clusters.lookup("Zürich")).containsExactly("12", "b0111");
    assertThat(clusters.lookup("Lisbo")).isNull();
    assertThat(clusters.lookup("Lisbon\t12")).isNull();
    assertThat(clusters.size()).isEqualTo(3);
    assertThat(clusters.clusterings()).isEqualTo(2);
  }

  @Test
  void theIndexedFormReadsBackToTheSameClusters() throws IOException {
    WordClusters text = read("Lisbon\t12\tb0110\nsaid\t3\nZürich\t12\tb0111\nsaid\t4\n");

    WordClusters indexed = WordClusters.read(new ByteArrayInputStream(text.indexedForm()));

    for (String word : new String[] {"Lisbon", "said", "Zürich", "ZÜRICH", "Lisbo", ""}) {
      assertThat(indexed.lookup(word)).as(word).isEqualTo(text.lookup(word));
    }
    assertThat(indexed.lookup("said")).containsExactly("4");
    assertThat(indexed.size()).isEqualTo(3);
    assertThat(indexed.clusterings()).isEqualTo(2);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    indexed.write(written);
    assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("Lisbon\t12\tb0110\nsaid\t3\nZürich\t12\tb0111\nsaid\t4\n");
  }

  @Test
  void anAllCapsHeadlineWordFallsBackToItsUsualCase() throws IOException {
    WordClusters clusters = read("Leicestershire\t7\nwinter\t9\n");

    assertThat(clusters.lookup("LEICESTERSHIRE")).containsExactly("7");
    assertThat(clusters.lookup("WINTER")).containsExactly("9");
  }

  @Test
  void wordsWithFewerIdsKeepTheirOwnCount() throws IOException {
    WordClusters clusters = read("Gabbidon\t90\t181\t926\nThought\t42\t126\t420\tb0100\tb010010\n");

    assertThat(clusters.lookup("Gabbidon")).hasSize(3);
    assertThat(clusters.lookup("Thought")).hasSize(5);
    assertThat(clusters.clusterings()).isEqualTo(5);
  }

  @Test
  void toleratesWindowsLineEndsEmptyLinesAndNoFinalNewline() throws IOException {
    WordClusters clusters = read("\r\nferry\t4\r\n\r\nharbour\t5");

    assertThat(clusters.lookup("ferry")).containsExactly("4");
    assertThat(clusters.lookup("harbour")).containsExactly("5");
    assertThat(clusters.size()).isEqualTo(2);
  }

  @Test
  void aLaterLineForTheSameWordWins() throws IOException {
    WordClusters clusters = read("ferry\t4\nferry\t8\n");

    assertThat(clusters.lookup("ferry")).containsExactly("8");
    assertThat(clusters.size()).isEqualTo(1);
  }

  @Test
  void aLineWithoutIdsIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> read("ferry\t4\nharbour\n"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> read("\t4\n"))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("line 1");
  }

  @Test
  void clustersBuiltFromAMapWriteAndReadBackTheSame() throws IOException {
    Map<String, String[]> map = new LinkedHashMap<>();
    for (int i = 0; i < 5000; i++) {
      map.put("word" + i, new String[] {Integer.toString(i % 97), "b" + Integer.toBinaryString(i % 31)});
    }
    WordClusters built = new WordClusters(map);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    built.write(out);
    WordClusters read = WordClusters.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read.size()).isEqualTo(5000);
    for (Map.Entry<String, String[]> entry : map.entrySet()) {
      assertThat(built.lookup(entry.getKey())).containsExactly(entry.getValue());
      assertThat(read.lookup(entry.getKey())).containsExactly(entry.getValue());
    }
  }
}
