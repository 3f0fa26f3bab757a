package org.fenlei.bench.neural;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenlei.core.ModelFile;
import org.fenlei.core.ScoredLabel;
import org.fenlei.neural.FastText;
import org.fenlei.neural.Quantizer;
import org.fenlei.quant.VectorizationProvider;

/**
 * fastText's int8 serving path (the row-wise int8 input table, summed by quant's {@code EmbeddingBag}) on whichever
 * int8 kernels this JVM chose: {@code bench/scripts/quant/fasttext_int8.sh} runs it alternately with and without
 * {@code -Dfenlei.quant.native=false}. Trains and quantizes the model once (cached in WORK), then prints one JSON
 * line: the kernels, top-1 documents/s on one thread (best of 3 passes after 2 warm-ups, as {@link FastTextRun}),
 * and a hash of the test predictions (labels and scores), which must not depend on the kernels.
 * Usage: {@code Int8PredictRun WORK DATASET CUTOFF} with {@code WORK/data/DATASET/{train,test}.txt, predict.tok}
 * as {@code SegmentCorpus} writes them; CUTOFF 0 keeps every input row.
 */
public final class Int8PredictRun {
  private Int8PredictRun() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of(args[0]);
    String dataset = args[1];
    int cutoff = Integer.parseInt(args[2]);
    Path dir = work.resolve("data").resolve(dataset);
    Path file = work.resolve("int8-" + dataset + "-" + cutoff + ".fenlei");
    if (!Files.exists(file)) {
      var train = FastTextRun.read(dir.resolve("train.txt"));
      FastText m = FastText.train(train, FastTextRun.options(Map.of("epoch", "25", "lr", "0.5", "wordNgrams", "2"),
          false), null, false);
      ModelFile.save(Quantizer.quantize(m, cutoff, cutoff > 0 ? train : List.of()), file);
    }
    FastText q = (FastText) ModelFile.load(file);
    int hash = 1;
    for (var d : FastTextRun.read(dir.resolve("test.txt"))) {
      List<ScoredLabel> top = q.predictPretokenized(d.text(), 1, 0.0).labels();
      hash = 31 * hash + (top.isEmpty() ? 0 : top.get(0).label().hashCode() ^ Double.hashCode(top.get(0).score()));
    }
    List<String> predict = Files.readAllLines(dir.resolve("predict.tok"), StandardCharsets.UTF_8);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("dataset", dataset);
    out.put("cutoff", cutoff);
    out.put("kernels", VectorizationProvider.description());
    out.put("native", VectorizationProvider.nativeLevel());
    out.put("model_bytes", Files.size(file));
    out.put("predictions_hash", hash);
    out.put("predict_docs_per_s_1t", Math.round(FastTextRun.throughput(q, predict, 1)));
    System.out.println(FastTextRun.json(out));
  }
}
