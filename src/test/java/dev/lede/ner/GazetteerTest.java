package dev.lede.ner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.train.PublicGazetteer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static List<String> features(Gazetteer gazetteer, String[] tokens, int index) {
    return features(gazetteer, 0, tokens, index);
  }

  private static List<String> features(Gazetteer gazetteer, int window, String[] tokens, int index) {
    List<String> features = new ArrayList<>();
    new GazetteerFeatureGenerator(gazetteer, window).createFeatures(features, tokens, index, null);
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
  void datafakerListsAddFirstNamesRegionsNationalitiesTeamsAirlinesAndCompetitions() {
    Gazetteer gazetteer = PublicGazetteer.build();
    String[] tokens = {
      "Jürgen", "flew", "Lufthansa", "from", "Bayern", "to", "watch", "Real", "Madrid", "in", "the",
      "Asian", "Cup", "with", "a", "Brazilian", "in", "Nairobi", "and", "Texas"
    };

    assertThat(features(gazetteer, tokens, 0)).contains("gz=FIRST_NAME:U");
    assertThat(features(gazetteer, tokens, 2)).contains("gz=AIRLINE:U");
    assertThat(features(gazetteer, tokens, 4)).contains("gz=REGION:U");
    assertThat(features(gazetteer, tokens, 7)).contains("gz=TEAM:B");
    assertThat(features(gazetteer, tokens, 8)).contains("gz=TEAM:L");
    assertThat(features(gazetteer, tokens, 12)).contains("gz=EVENT:L");
    assertThat(features(gazetteer, tokens, 15)).contains("gz=DEMONYM:U");
    assertThat(features(gazetteer, tokens, 17)).contains("gz=CAPITAL:U");
    assertThat(features(gazetteer, tokens, 19)).contains("gz=REGION:U");
    assertThat(features(gazetteer, tokens, 1)).isEmpty();
  }

  @Test
  void takesNoNameWrittenInAnotherScriptAndNoTemplate() {
    Gazetteer gazetteer = PublicGazetteer.build();
    String[] tokens = {"Иван", "#{first_name}"};

    assertThat(features(gazetteer, tokens, 0)).isEmpty();
    assertThat(features(gazetteer, tokens, 1)).isEmpty();
  }

  @Test
  void matchesOnlyInItsOwnCaseUnlessTheTokenIsInCapitals() {
    Gazetteer gazetteer = new Gazetteer(List.of(new Gazetteer.Entry("CITY", new String[] {"Nice"})));

    assertThat(features(gazetteer, new String[] {"a", "nice", "day"}, 1)).isEmpty();
    assertThat(features(gazetteer, new String[] {"NICE", "WINS"}, 0)).containsExactly("gz=CITY:U");
  }

  @Test
  void aWindowAddsTheNeighboursFeaturesMarkedWithSideAndDistance() {
    Gazetteer gazetteer =
        new Gazetteer(
            List.of(
                new Gazetteer.Entry("COUNTRY", new String[] {"Sri", "Lanka"}),
                new Gazetteer.Entry("FIRST_NAME", new String[] {"Mara"})));
    String[] tokens = {"Mara", "Quillby", "left", "Sri", "Lanka"};

    assertThat(features(gazetteer, 1, tokens, 0)).containsExactly("gz=FIRST_NAME:U");
    assertThat(features(gazetteer, 1, tokens, 1)).containsExactly("p1gz=FIRST_NAME:U");
    assertThat(features(gazetteer, 1, tokens, 2)).containsExactly("n1gz=COUNTRY:B");
    assertThat(features(gazetteer, 1, tokens, 3)).containsExactly("gz=COUNTRY:B", "n1gz=COUNTRY:L");
    assertThat(features(gazetteer, 1, tokens, 4)).containsExactly("gz=COUNTRY:L", "p1gz=COUNTRY:B");
    assertThat(features(gazetteer, 2, tokens, 1)).containsExactly("p1gz=FIRST_NAME:U", "n2gz=COUNTRY:B");
    assertThat(features(gazetteer, 0, tokens, 1)).isEmpty();
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
