package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static List<String> features(Gazetteer gazetteer, String[] tokens, int index) {
    List<String> features = new ArrayList<>();
    new GazetteerFeatureGenerator(gazetteer).createFeatures(features, tokens, index, null);
    return features;
  }

  @Test
  void publicListsHoldCountriesLanguagesAndCities() {
    Gazetteer gazetteer = PublicGazetteer.build();
    String[] tokens = {"Sri", "Lanka", "and", "GERMANY", "speak", "German", "in", "Buenos", "Aires"};

    assertThat(features(gazetteer, tokens, 0)).contains("gz=COUNTRY:B");
    assertThat(features(gazetteer, tokens, 1)).contains("gz=COUNTRY:L");
    assertThat(features(gazetteer, tokens, 2)).isEmpty();
    assertThat(features(gazetteer, tokens, 3)).contains("gz=COUNTRY:U");
    assertThat(features(gazetteer, tokens, 5)).contains("gz=LANGUAGE:U");
    assertThat(features(gazetteer, tokens, 8)).contains("gz=CITY:L");
  }

  @Test
  void matchesOnlyInItsOwnCaseUnlessTheTokenIsInCapitals() {
    Gazetteer gazetteer = new Gazetteer(List.of(new Gazetteer.Entry("CITY", new String[] {"Nice"})));

    assertThat(features(gazetteer, new String[] {"a", "nice", "day"}, 1)).isEmpty();
    assertThat(features(gazetteer, new String[] {"NICE", "WINS"}, 0)).containsExactly("gz=CITY:U");
  }

  @Test
  void survivesAWriteAndReadRoundTrip() throws IOException {
    Gazetteer gazetteer = PublicGazetteer.build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    gazetteer.write(out);

    Gazetteer read = Gazetteer.read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(read.size()).isEqualTo(gazetteer.size()).isGreaterThan(500);
  }
}
