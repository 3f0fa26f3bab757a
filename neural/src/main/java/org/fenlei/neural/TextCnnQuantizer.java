package org.fenlei.neural;

import java.util.List;
import java.util.Map;
import org.fenlei.core.Parallel;
import org.fenlei.core.Progress;
import org.fenlei.core.Setting;
import org.fenlei.core.Settings;
import org.fenlei.core.SettingsException;
import org.fenlei.corpora.Document;
import org.fenlei.quant.MinMaxObserver;
import org.fenlei.quant.QuantParams;
import org.fenlei.quant.RangeObserver;

/**
 * TextCNN's int8 form ({@code fenlei quantize}): the pooled features' range comes from quantization-aware
 * training (a model trained with {@code qat-from}, or {@code method=qat}, which trains the float model a few more
 * epochs with fake quantization on the given documents) or from post-training calibration (the float model's
 * pooled features on up to {@code calibration-docs} documents); the weights are rounded per output channel, the
 * embedding table per tensor.
 */
final class TextCnnQuantizer {
  static final Setting<String> METHOD = Setting.choice("method", "auto", "how the pooled features' int8 range is "
      + "found: ptq (observed on documents), qat (a few epochs of quantization-aware training on the documents), "
      + "auto (the range QAT learnt when the model was trained with qat-from, else ptq)", "auto", "ptq", "qat");
  static final Setting<Integer> CALIBRATION = Setting.integer("calibration-docs", 2048,
      "documents whose pooled features set the range (ptq)").requiring(v -> v >= 1, "must be >= 1");
  static final Setting<Integer> QAT_EPOCHS = Setting.integer("qat-epochs", 2,
      "epochs of quantization-aware training (method=qat)").requiring(v -> v >= 1, "must be >= 1");
  static final Setting<Double> QAT_LR = Setting.real("qat-lr", 0.0005,
      "Adam's learning rate for quantization-aware training (method=qat)").requiring(v -> v > 0, "must be > 0");
  static final Setting<String> DENSE = Setting.choice("dense", "int8",
      "the output layer: int8 weights (quant's Linear) or float over the dequantized features", "int8", "float");
  static final List<Setting<?>> SETTINGS = List.of(METHOD, CALIBRATION, QAT_EPOCHS, QAT_LR, DENSE);

  private TextCnnQuantizer() {}

  static TextCnn quantize(TextCnn m, Settings s, List<Document> docs, int threads) {
    String method = s.get(METHOD);
    if (method.equals("auto")) {
      method = m.qatRange != null ? "qat-trained" : "ptq";
    }
    boolean int8Dense = s.get(DENSE).equals("int8");
    CnnWeights w = m.weights;
    QuantParams pooled;
    switch (method) {
      case "qat-trained" -> pooled = m.qatRange;
      case "ptq" -> pooled = calibrate(m, w, documents(docs, "post-training calibration"), s.get(CALIBRATION),
          threads);
      default -> {
        CnnLoop.Result r = fineTune(m, documents(docs, "quantization-aware training"), s.get(QAT_EPOCHS),
            s.get(QAT_LR), threads);
        w = r.weights();
        pooled = r.pooled();
      }
    }
    Int8Cnn q = Int8Cnn.of(w, pooled, int8Dense, m.input.maxlen);
    return m.with(null, q, method.equals("ptq") ? null : pooled, Map.of("quantization", method));
  }

  private static List<Document> documents(List<Document> docs, String what) {
    if (docs.isEmpty()) {
      throw new SettingsException("TextCNN " + what + " needs documents: give --train FILE or --corpus NAME "
          + "(usually the training data)");
    }
    return docs;
  }

  /** The range of the float model's pooled features on up to {@code limit} documents spread over the list. */
  static QuantParams calibrate(TextCnn m, CnnWeights w, List<Document> docs, int limit, int threads) {
    int n = Math.min(limit, docs.size());
    List<Document> sample = new java.util.ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      sample.add(docs.get((int) ((long) i * docs.size() / n)));
    }
    CnnPass.View view = CnnPass.View.of(w);
    List<float[]> features = Parallel.map(sample, d -> {
      CnnPass pass = new CnnPass(w, m.input.maxlen);
      pass.forward(m.input.encode(d.text(), false), view, 0f, null);
      return pass.h.clone();
    }, threads);
    RangeObserver observer = new MinMaxObserver();
    for (float[] h : features) {
      observer.observe(h, 0, h.length);
    }
    return observer.params();
  }

  /** A few epochs of quantization-aware training from the float weights, on every document. */
  static CnnLoop.Result fineTune(TextCnn m, List<Document> docs, int epochs, double lr, int threads) {
    List<String> labels = m.labels();
    List<List<String>> tokens = Parallel.map(docs, d -> m.input.tokens(d.text(), false), threads);
    CnnLoop.Data data = TextCnnTraining.encode(m.input, tokens, docs, labels, m.multiLabel());
    CnnShape s = m.shape;
    double dropout = Double.parseDouble(m.settings().getOrDefault("dropout", "0.5"));
    TextCnnOptions o = new TextCnnOptions(m.input.chars, s.dim(), s.widths(), s.maps(), dropout, m.input.maxlen,
        m.settings().get("embedding"), null, true, lr, 64, epochs, 0, 0, false, 0, 1, 1, threads, 1, false);
    CnnWeights w = m.weights.copy();
    try (CnnLoop loop = new CnnLoop(w, o, m.multiLabel(), m.input.maxlen, null, null, Progress.NONE)) {
      return loop.run(data, null);
    }
  }
}
