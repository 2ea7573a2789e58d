package dev.lede.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lede.analysis.Models;
import dev.lede.inference.CompactLanguageModel;
import dev.lede.inference.ModelResources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import org.junit.jupiter.api.Test;

class FastLanguageIdentifierTest {

  private static final LanguageDetectorModel OPENNLP_MODEL =
      ModelResources.load(Models.LANGUAGE_MODEL, LanguageDetectorModel::new);
  private static final CompactLanguageModel MODEL =
      CompactLanguageModel.load(CompactLanguageModel.RESOURCE, Models.LANGUAGE_MODEL);

  private static final List<String> TEXTS =
      List.of(
          "The harbour ferry will not run on Sunday, the council said after a long meeting.",
          "Le conseil municipal a décidé que le bac ne circulera pas dimanche prochain.",
          "Die Fähre über den Hafen fährt am Sonntag nicht, teilte der Stadtrat mit.",
          "El transbordador del puerto no funcionará el domingo, dijo el ayuntamiento.",
          "Паром через гавань не будет ходить в воскресенье, сообщил городской совет.",
          "市议会表示，港口渡轮星期日将停止运行，居民需要另找交通方式。",
          "قال مجلس المدينة إن عبّارة الميناء لن تعمل يوم الأحد المقبل.",
          "Ο δήμος ανακοίνωσε ότι το πλοίο δεν θα εκτελέσει δρομολόγια την Κυριακή.",
          "Ferry",
          "Oui.",
          "",
          " ",
          "\n\t\n",
          "12345 678 90",
          "3.14159 2,718 1/2 100%",
          "The council (le conseil) said der Stadtrat agreed: 市议会 قال mixed up.",
          "Mail ferry@example.org or see https://example.org/ferry?day=sun #harbour @council",
          "Sooooo goooood!!!! hahahaha jajaja :-) ;) xD",
          "Emoji 😀 and a lone surrogate \uD83D here, then \uDE00 there.",
          "İSTANBUL'DA VAPUR SEFERLERİ PAZAR GÜNÜ YAPILMAYACAK",
          "ÅÄÖ ÆØ ß ẞ Ǆ ǅ ǆ ﬁ",
          "a b c d e f g h i j k l m n o p q r s t u v w x y z");

  /**
   * Grams of chars 32 apart share HashMap buckets: OpenNLP's maps grow early twice (bins they
   * would make trees while small) and end with 64 buckets where 23 entries need 32. Summed in
   * bucket order for 32, the confidence differs from OpenNLP's in its last bits (found by search).
   */
  private static final String CROWDED =
      "\u70DB\u713B\u715B\u713B\u725B\u717B\u719B\u737B\u72DB";

  @Test
  void scoresEveryTextAsOpenNlpDoesToTheLastBit() {
    OpenNlpLanguageIdentifier oracle = new OpenNlpLanguageIdentifier(OPENNLP_MODEL);
    FastLanguageIdentifier fast = new FastLanguageIdentifier(MODEL);
    for (String text : texts()) {
      Language expected = oracle.identify(text);
      Language actual = fast.identify(text);
      assertThat(actual.code()).as(text).isEqualTo(expected.code());
      assertThat(Double.doubleToRawLongBits(actual.confidence()))
          .as("%s: %s against %s", text, actual.confidence(), expected.confidence())
          .isEqualTo(Double.doubleToRawLongBits(expected.confidence()));
    }
  }

  /** The fixed texts, long texts made of them, and random mixtures of their characters. */
  private static List<String> texts() {
    List<String> texts = new ArrayList<>(TEXTS);
    texts.add(String.join(" ", TEXTS));
    texts.add(TEXTS.get(0).repeat(30));
    texts.add(String.join(" ", TEXTS).repeat(8).substring(0, 1500));
    texts.add(CROWDED);
    texts.add(CROWDED + " " + TEXTS.get(5));
    String pool = String.join("", TEXTS);
    Random random = new Random(42);
    for (int t = 0; t < 200; t++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(300); i > 0; i--) {
        text.append(pool.charAt(random.nextInt(pool.length())));
      }
      texts.add(text.toString());
    }
    return texts;
  }

  @Test
  void aCrowdedBinTakesTheOrderOfRealHashMaps() {
    FastLanguageIdentifier fast = new FastLanguageIdentifier(MODEL);
    assertThat(fast.orderGrams(CROWDED)).isEqualTo(-23);
    assertThat(fast.orderGrams(TEXTS.get(0))).isPositive();
  }

  @Test
  void compactModelHoldsEveryWeightOfTheOriginal() throws IOException {
    CompactLanguageModel roundTrip = CompactLanguageModel.read(bytes(write(MODEL)));
    AbstractModel original = (AbstractModel) OPENNLP_MODEL.getMaxentModel();
    Object[] data = original.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> predicates = (Map<String, Context>) data[1];
    String[] outcomes = (String[]) data[2];
    assertThat(roundTrip.outcomeCount()).isEqualTo(outcomes.length);
    for (int o = 0; o < outcomes.length; o++) {
      assertThat(roundTrip.outcome(o)).isEqualTo(outcomes[o]);
    }
    for (Map.Entry<String, Context> entry : predicates.entrySet()) {
      String gram = entry.getKey();
      long key = CompactLanguageModel.key(gram.toCharArray(), 0, gram.length());
      assertThat(CompactLanguageModel.gram(key)).isEqualTo(gram);
      int predicate = roundTrip.predicate(key);
      assertThat(predicate).as(gram).isNotNegative();
      double[] expected = new double[outcomes.length];
      int[] ids = entry.getValue().getOutcomes();
      for (int i = 0; i < ids.length; i++) {
        expected[ids[i]] += entry.getValue().getParameters()[i];
      }
      double[] actual = new double[outcomes.length];
      roundTrip.addWeights(predicate, actual);
      assertThat(actual).as(gram).isEqualTo(expected);
    }
    assertThat(roundTrip.predicate(CompactLanguageModel.key("☃☃☃".toCharArray(), 0, 3)))
        .isEqualTo(-1);
  }

  @Test
  void theBuildWritesWhatTheConverterWrites() throws IOException {
    byte[] converted = write(CompactLanguageModel.of(OPENNLP_MODEL));
    try (InputStream built = getClass().getResourceAsStream(CompactLanguageModel.RESOURCE)) {
      assertThat(built.readAllBytes()).isEqualTo(converted);
    }
  }

  @Test
  void aMissingCompactModelSaysHowItIsMade() {
    assertThatThrownBy(() -> CompactLanguageModel.load("/dev/lede/pipeline/no-such.compact", Models.LANGUAGE_MODEL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/dev/lede/pipeline/no-such.compact is missing from the classpath")
        .hasMessageContaining("process-classes");
  }

  @Test
  void aDamagedCompactModelIsRefused() throws IOException {
    byte[] good = write(MODEL);
    assertThatThrownBy(() -> CompactLanguageModel.read(bytes(Arrays.copyOf(good, good.length / 2))))
        .isInstanceOf(EOFException.class);
    byte[] wrongMagic = good.clone();
    wrongMagic[0] ^= 1;
    assertThatThrownBy(() -> CompactLanguageModel.read(bytes(wrongMagic)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not a compact language model");
    byte[] longer = Arrays.copyOf(good, good.length + 1);
    assertThatThrownBy(() -> CompactLanguageModel.read(bytes(longer)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("after its end");
  }

  private static byte[] write(CompactLanguageModel model) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    model.write(out);
    return out.toByteArray();
  }

  private static InputStream bytes(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
