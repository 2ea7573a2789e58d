package dev.lede.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lede.ner.WordClusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClusterTrainerTest {

  @Test
  void wordsUsedInTheSameContextsShareAClusterAndOthersDoNot() throws InterruptedException {
    List<String> animals = List.of("cat", "dog", "hen", "cow");
    List<String> fruits = List.of("apple", "pear", "plum", "fig");
    List<List<String>> sentences = new ArrayList<>();
    Random random = new Random(7);
    for (int i = 0; i < 3000; i++) {
      sentences.add(List.of("the", animals.get(random.nextInt(4)), "sat", "on", "the", "mat"));
      sentences.add(List.of("we", "ate", "a", fruits.get(random.nextInt(4)), "for", "lunch"));
    }
    ClusterTrainer.Options options =
        new ClusterTrainer.Options(5, 20, 2, 5, 2, 1e-3, List.of(2, 4), 10, 0, 0, 1, 1);

    WordClusters clusters = ClusterTrainer.train(sentences, options);

    String animal = clusters.lookup("cat")[0];
    String fruit = clusters.lookup("apple")[0];
    assertThat(animal).isNotEqualTo(fruit);
    assertThat(animals).allSatisfy(w -> assertThat(clusters.lookup(w)[0]).isEqualTo(animal));
    assertThat(fruits).allSatisfy(w -> assertThat(clusters.lookup(w)[0]).isEqualTo(fruit));
    assertThat(clusters.clusterings()).isEqualTo(2);
  }

  @Test
  void brownClustersGroupWordsWithTheSameNeighbours() throws InterruptedException {
    List<String> animals = List.of("cat", "dog", "hen", "cow");
    List<String> fruits = List.of("apple", "pear", "plum", "fig");
    List<List<String>> sentences = new ArrayList<>();
    Random random = new Random(3);
    for (int i = 0; i < 500; i++) {
      sentences.add(List.of("the", animals.get(random.nextInt(4)), "sat", "on", "the", "mat"));
      sentences.add(List.of("we", "ate", "a", fruits.get(random.nextInt(4)), "for", "lunch"));
    }
    ClusterTrainer.Options options =
        new ClusterTrainer.Options(5, 20, 2, 5, 2, 1e-3, List.of(), 10, 8, 100, 1, 1);

    WordClusters clusters = ClusterTrainer.train(sentences, options);

    // four prefix columns (4, 6, 10, 20 bits), each the whole path when it is shorter
    String[] cat = clusters.lookup("cat");
    assertThat(cat).hasSize(ClusterTrainer.BROWN_PREFIXES.length);
    assertThat(cat[0]).matches("b[01]+");
    assertThat(animals).allSatisfy(w -> assertThat(clusters.lookup(w)).containsExactly(cat));
    String[] apple = clusters.lookup("apple");
    assertThat(fruits).allSatisfy(w -> assertThat(clusters.lookup(w)).containsExactly(apple));
    assertThat(apple[3]).isNotEqualTo(cat[3]);
  }

  @Test
  void headlineCapsFallBackToTheUsualCase() {
    WordClusters clusters =
        new WordClusters(java.util.Map.of("Lisbon", new String[] {"3"}, "said", new String[] {"5"}));

    assertThat(clusters.lookup("LISBON")).containsExactly("3");
    assertThat(clusters.lookup("SAID")).containsExactly("5");
    assertThat(clusters.lookup("Quito")).isNull();
  }
}
