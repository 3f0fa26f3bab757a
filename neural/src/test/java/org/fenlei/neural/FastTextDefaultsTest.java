package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fenlei.core.ModelTrainer;
import org.fenlei.core.Settings;
import org.fenlei.corpora.Document;
import org.junit.jupiter.api.Test;

/** fenlei's defaults of {@code --model fasttext} and the tool's, one setting away (issue 16). */
class FastTextDefaultsTest {
  private static final ModelTrainer.Context ONE_THREAD = new ModelTrainer.Context(false, 1, null);

  private static List<Document> docs(int n, int chars) {
    List<Document> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Document("d" + i, "x".repeat(chars), List.of(i % 2 == 0 ? "a" : "b"), null, i + 1));
    }
    return out;
  }

  @Test
  void epochsAre25UpTo3Point2MillionCharactersThenFewerDownToFive() {
    assertEquals(25, FastTextTrainer.defaultEpochs(docs(1000, 3000)));
    assertEquals(25, FastTextTrainer.defaultEpochs(List.of()));
    assertEquals(16, FastTextTrainer.defaultEpochs(docs(1000, 5000)));
    assertEquals(5, FastTextTrainer.defaultEpochs(docs(1000, 100_000)));
  }

  private static FastTextOptions trained(Map<String, String> settings) {
    List<Document> train = ShuffleTest.sortedCorpus(2, 200, 100, 10, 20);
    FastTextTrainer t = new FastTextTrainer();
    Settings s = Settings.of(settings).validate("fasttext", t.settings());
    return ((FastText) t.train(train, List.of(), s, ONE_THREAD)).options;
  }

  @Test
  void fenleiDefaultsUnlessSetOrToolAsked() {
    FastTextOptions f = trained(Map.of("pretokenized", "true", "bucket", "1000"));
    assertEquals(0.5, f.lr());
    assertEquals(25, f.epoch());
    assertEquals(2, f.wordNgrams());
    FastTextOptions set = trained(Map.of("pretokenized", "true", "bucket", "1000", "epoch", "7", "lr", "0.2"));
    assertEquals(0.2, set.lr());
    assertEquals(7, set.epoch());
    assertEquals(2, set.wordNgrams());
    FastTextOptions tool = trained(Map.of("pretokenized", "true", "bucket", "1000", "defaults", "tool"));
    assertEquals(0.1, tool.lr());
    assertEquals(5, tool.epoch());
    assertEquals(1, tool.wordNgrams());
    assertEquals(1000, set.bucket(), "a bucket that is set stays");
  }

  @Test
  void fenleiBucketsUnlessSetOrToolAsked() {
    assertEquals(FastTextTrainer.FENLEI_BUCKET, trained(Map.of("pretokenized", "true", "epoch", "1", "dim", "2")).bucket());
    assertEquals(2_000_000, trained(Map.of("pretokenized", "true", "epoch", "1", "dim", "2", "defaults", "tool")).bucket());
  }
}
