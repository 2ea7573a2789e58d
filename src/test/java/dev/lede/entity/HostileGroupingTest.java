package dev.lede.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.analysis.AnalyzedArticle;
import dev.lede.input.Article;
import dev.lede.pipeline.Language;
import dev.lede.pipeline.Mention;
import dev.lede.pipeline.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An article that names the same few bodies a hundred thousand times. */
class HostileGroupingTest {

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS) // hang guard: the merge rules once compared every pair of mentions
  void aHundredThousandMentionsAreGroupedWithoutComparingEveryPair() {
    String unit = "Harbour Council met. Harbour said HC agreed. Ana Ruiz and Tom Ruiz came; Ruiz left. ";
    String[][] names = {
      {"ORGANIZATION", "Harbour Council"}, {"ORGANIZATION", "Harbour"}, {"ORGANIZATION", "HC"},
      {"PERSON", "Ana Ruiz"}, {"PERSON", "Tom Ruiz"}, {"PERSON", "Ruiz"}
    };
    int repeats = 20_000;
    StringBuilder text = new StringBuilder();
    List<Mention> mentions = new ArrayList<>();
    for (int r = 0; r < repeats; r++) {
      int base = text.length();
      int from = 0;
      for (String[] name : names) {
        int at = unit.indexOf(name[1], from);
        mentions.add(new Mention(name[0], base + at, base + at + name[1].length(), 0, name[1]));
        from = at + name[1].length();
      }
      text.append(unit);
    }
    Article article = new Article("t", text.toString(), null, 0, null, null);
    Sentence all = new Sentence(0, 0, text.length(), text.toString(), List.of());
    AnalyzedArticle analyzed =
        new AnalyzedArticle(article, new Language("en", 1), List.of(all), mentions, List.of());

    List<Entity> entities = new EntityGrouper().group(analyzed);

    assertThat(entities).extracting(Entity::text).containsExactlyInAnyOrder("Harbour Council", "Ana Ruiz", "Tom Ruiz");
    Entity council = entities.stream().filter(e -> e.text().equals("Harbour Council")).findFirst().orElseThrow();
    assertThat(council.count()).isEqualTo(3 * repeats);
  }
}
