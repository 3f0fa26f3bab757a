package org.fenlei.core;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fenlei.corpora.Document;

/**
 * A model whose scores go through a calibration fitted on held-out data (by default for binary and multi-class
 * models, {@code calibration=temperature}, which keeps every decision; or {@code platt}, {@code isotonic}): its
 * probabilities mean what they say (of the documents scored 0.8, about 80% have the label). Every method answers as the wrapped model would, with
 * calibrated scores; its kind is the wrapped model's, and so are its capabilities (pre-tokenized input,
 * quantization, which keeps the calibration).
 */
public final class CalibratedClassifier extends TextClassifier {
  static final String CODEC_KIND = "calibrated";
  private static final int VERSION = 1;

  private final TextClassifier model;
  private final ScoreCalibrator calibrator;

  CalibratedClassifier(TextClassifier model, ScoreCalibrator calibrator) {
    if (model instanceof CalibratedClassifier) {
      throw new IllegalArgumentException("the model is calibrated already");
    }
    if (calibrator.labels() != model.labels().size()) {
      throw new IllegalArgumentException("calibration for " + calibrator.labels() + " labels, model has "
          + model.labels().size());
    }
    this.model = model;
    this.calibrator = calibrator;
  }

  /**
   * The model without its calibration, scoring as it was trained to.
   *
   * @return the wrapped model
   */
  public TextClassifier uncalibrated() {
    return model;
  }

  /**
   * The calibration method.
   *
   * @return {@code temperature}, {@code platt} or {@code isotonic}
   */
  public String method() {
    return calibrator.method();
  }

  @Override
  public String kind() {
    return model.kind();
  }

  @Override
  String codecKind() {
    return CODEC_KIND;
  }

  @Override
  public List<String> labels() {
    return model.labels();
  }

  @Override
  public boolean multiLabel() {
    return model.multiLabel();
  }

  @Override
  public double[] scores(String text) {
    return calibrator.apply(model.scores(text));
  }

  @Override
  public double threshold(int label) {
    return model.threshold(label);
  }

  @Override
  public int minLabels() {
    return model.minLabels();
  }

  @Override
  protected boolean tiesToLaterLabel() {
    return model.tiesToLaterLabel();
  }

  @Override
  public Map<String, String> settings() {
    Map<String, String> s = new LinkedHashMap<>(model.settings());
    s.put(Calibration.METHOD.key(), calibrator.method());
    return s;
  }

  @Override
  public <T> Optional<T> capability(Class<T> type) {
    if (type == PretokenizedInput.class) {
      return model.capability(PretokenizedInput.class)
          .map(p -> type.cast((PretokenizedInput) text -> calibrator.apply(p.scoresPretokenized(text))));
    }
    if (type == Quantizable.class) {
      return model.capability(Quantizable.class).map(q -> type.cast(new Quantizable() {
        @Override
        public boolean quantized() {
          return q.quantized();
        }

        @Override
        public List<Setting<?>> quantizeSettings() {
          return q.quantizeSettings();
        }

        @Override
        public TextClassifier quantize(Settings settings, List<Document> retrain, int threads) {
          return new CalibratedClassifier(q.quantize(settings, retrain, threads), calibrator);
        }

        @Override
        public String describe(TextClassifier quantized) {
          return q.describe(quantized instanceof CalibratedClassifier c ? c.model : quantized);
        }
      }));
    }
    return super.capability(type);
  }

  @Override
  public void write(DataOutput out) throws IOException {
    out.writeInt(VERSION);
    calibrator.write(out);
    out.writeUTF(model.codecKind());
    model.write(out);
  }

  /** Reads calibrated models: the calibration, then the wrapped model through its own codec. */
  public static final class Codec implements ModelCodec {
    @Override
    public String kind() {
      return CODEC_KIND;
    }

    @Override
    public TextClassifier read(DataInput in) throws IOException {
      int v = in.readInt();
      if (v != VERSION) {
        throw new IOException("calibration version " + v + " is not supported (this fenlei reads " + VERSION + ")");
      }
      ScoreCalibrator calibrator = ScoreCalibrator.read(in);
      String kind = in.readUTF();
      ModelCodec codec = ModelKinds.codec(kind);
      if (codec == null || kind.equals(CODEC_KIND)) {
        throw new IOException("calibrated model of kind '" + kind + "', which this fenlei cannot read (known: "
            + String.join(", ", ModelKinds.readableKinds()) + ")");
      }
      TextClassifier model = codec.read(in);
      if (model.labels().size() != calibrator.labels()) {
        throw new IOException("calibration for " + calibrator.labels() + " labels, model has "
            + model.labels().size());
      }
      return new CalibratedClassifier(model, calibrator);
    }
  }
}
