package org.fenlei.neural;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.fenlei.corpora.Document;
import org.fenlei.core.ModelFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuantizerTest {
  @TempDir
  Path tmp;

  @Test
  void int8RowsKeepEachValueWithinHalfAStep() {
    for (int dim : new int[] {1, 4, 13, 100, 207}) {
      DenseMatrix m = new DenseMatrix(5, dim);
      SplittableRandom r = new SplittableRandom(dim);
      for (int i = 0; i < m.data.length; i++) {
        m.data[i] = (float) (r.nextGaussian() * (1 + i % 3));
      }
      Int8Rows q = Int8Rows.quantize(m);
      for (int row = 0; row < 5; row++) {
        float[] dense = new float[dim];
        float[] int8 = new float[dim];
        m.bag(new int[] {row}, 1, dense);
        q.bag(new int[] {row}, 1, int8);
        float min = Float.MAX_VALUE;
        float max = -Float.MAX_VALUE;
        for (float x : dense) {
          min = Math.min(min, x);
          max = Math.max(max, x);
        }
        float step = (max - min) / 255;
        for (int j = 0; j < dim; j++) {
          assertEquals(dense[j], int8[j], step / 2 + 1e-5f, "dim " + dim + " row " + row);
        }
      }
    }
  }

  @Test
  void prunedInt8ModelPredictsAlmostAsWellAndSurvivesSaving() throws IOException {
    List<Document> train = FastTextTest.read("tiny.train.txt");
    List<Document> test = FastTextTest.read("tiny.test.txt");
    FastText m = FastText.train(train, FastTextTest.options(Loss.SOFTMAX), null, false);
    FastText q = Quantizer.quantize(m, 200, train);
    assertTrue(q.quantized());
    assertEquals(200, q.inputRows());
    assertTrue(FastTextTest.accuracy(q, test) >= FastTextTest.accuracy(m, test) - 0.05);
    Path file = tmp.resolve("q.fenlei");
    ModelFile.save(q, file);
    FastText back = (FastText) ModelFile.load(file);
    for (Document d : test) {
      assertArrayEquals(q.scores(d.text()), back.scores(d.text()));
    }
    assertThrows(IllegalArgumentException.class, () -> Quantizer.quantize(q, 10));
  }

  @Test
  void theEndOfLineWordAlwaysSurvivesPruning() throws IOException {
    FastText m = FastText.train(FastTextTest.read("tiny.train.txt"), FastTextTest.options(Loss.SOFTMAX), null, false);
    FastText q = Quantizer.quantize(m, 5);
    assertTrue(q.dict.wordId(Dictionary.EOS) >= 0);
  }

  @Test
  void toolModelsCanBeQuantized() throws IOException {
    FastText bin = FastTextBinReader.readModel(FastTextBinTest.resource("tiny.bin"));
    FastText q = Quantizer.quantize(bin, 300);
    int same = 0;
    List<Document> test = FastTextTest.read("tiny.test.txt");
    for (Document d : test) {
      same += bin.predictPretokenized(d.text(), 1, 0).labels().get(0).label()
          .equals(q.predictPretokenized(d.text(), 1, 0).labels().get(0).label()) ? 1 : 0;
    }
    assertTrue(same >= test.size() - 2, same + " of " + test.size());
  }
}
