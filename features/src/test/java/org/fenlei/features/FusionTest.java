package org.fenlei.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.segment.SegmenterConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FusionTest {
  @Test
  void fusedVectorsConcatenateTheBlocksAndRoundTrip(@TempDir Path dir) throws IOException {
    Path lex = dir.resolve("lex.txt");
    Files.writeString(lex, "好 pos\n差 neg\n");
    List<Document> docs = new ArrayList<>();
    String[] texts = {"这家酒店很好，服务好", "房间太差了，很差", "早餐好吃，位置好", "隔音差，设施差"};
    for (int i = 0; i < 40; i++) {
      docs.add(new Document("d" + i, texts[i % 4], List.of(i % 2 == 0 ? "pos" : "neg"), null, i + 1));
    }
    Fusion fusion = Fusion.parse("ngrams,lsi,lda,lexicon", 3, 1000, 2, 50, null, "avg", lex);
    TrainingData data = TrainingData.prepare(docs, SegmenterConfig.jieba(), new FeatureConfig(), fusion, false, 1, 1);
    TextPipeline p = data.pipeline();
    List<String> names = p.blocks().stream().map(DenseBlock::name).toList();
    assertEquals(List.of("lsi", "lda", "lexicon"), names);
    int sparse = p.termIndex().size();
    assertEquals(sparse + 3 + 2 + 2, p.dimension());
    assertEquals("lexicon:neg", p.describe(sparse + 5));
    SparseVector v = p.vectorize("服务很好");
    assertTrue(v.index(v.size() - 1) >= sparse, "dense features follow the sparse ones");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    p.write(new DataOutputStream(bytes));
    TextPipeline r = TextPipeline.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    for (String t : texts) {
      assertEquals(p.vectorize(t), r.vectorize(t));
    }
  }

  @Test
  void badFusionNamesAreErrors() {
    assertThrows(IllegalArgumentException.class, () -> Fusion.parse("ngrams,topics", 1, 1, 1, 1, null, "avg", null));
    assertThrows(IllegalArgumentException.class, () -> Fusion.parse("embed", 1, 1, 1, 1, null, "avg", null));
    assertThrows(IllegalArgumentException.class, () -> Fusion.parse("", 1, 1, 1, 1, null, "avg", null));
  }
}
