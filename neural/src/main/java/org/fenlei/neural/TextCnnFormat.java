package org.fenlei.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fenlei.quant.QuantParams;
import org.fenlei.core.DataArrays;

/**
 * The payload of kind {@code textcnn} in fenlei's model file (big-endian, inside {@code ModelFile}'s magic,
 * version and checksum):
 *
 * <pre>
 * int     format version: 1
 * input   bool characters; bool segmenter present, then its configuration; int maxlen; int words, then each
 *         word (int byte length, UTF-8), ids 0 and 1 being &lt;pad&gt; and &lt;unk&gt;
 * int*2   dim; maps;  bool two channels;  int widths, then each width
 * int     labels, then each label;  bool multi-label;  int minLabels;  double per label: its threshold
 * int     settings, then (key, value) strings: what training used, for the record
 * bool    a pooled range learnt by quantization-aware training; then float scale, int zero point
 * byte    0 float, 1 int8
 * float:  floats embedding [words, dim]; the static channel [words, dim] when two channels; per width the filters
 *         [maps, width * channels] and biases [maps]; dense [labels, maps * widths]; dense biases [labels]
 * int8:   the embedding table (quant's Int8Matrix, per tensor, both channels side by side); per width the filters
 *         (Int8Matrix per channel) and float biases; float scale, int zero point of the pooled features; bool int8
 *         dense, then the Int8Matrix or the floats; float dense biases
 * </pre>
 */
final class TextCnnFormat {
  static final int VERSION = 1;

  private TextCnnFormat() {}

  static void write(TextCnn m, DataOutput out) throws IOException {
    out.writeInt(VERSION);
    m.input.write(out);
    CnnShape s = m.shape;
    out.writeInt(s.dim());
    out.writeInt(s.maps());
    out.writeBoolean(s.twoChannels());
    out.writeInt(s.widths().length);
    for (int k : s.widths()) {
      out.writeInt(k);
    }
    out.writeInt(m.labels().size());
    for (String l : m.labels()) {
      FastTextFormat.writeString(out, l);
    }
    out.writeBoolean(m.multiLabel());
    out.writeInt(m.minLabels());
    for (int c = 0; c < m.labels().size(); c++) {
      out.writeDouble(m.threshold(c));
    }
    out.writeInt(m.settings().size());
    for (Map.Entry<String, String> e : m.settings().entrySet()) {
      FastTextFormat.writeString(out, e.getKey());
      FastTextFormat.writeString(out, e.getValue());
    }
    out.writeBoolean(m.qatRange != null);
    if (m.qatRange != null) {
      out.writeFloat(m.qatRange.scale());
      out.writeInt(m.qatRange.zeroPoint());
    }
    out.writeByte(m.weights != null ? 0 : 1);
    if (m.weights != null) {
      writeWeights(m.weights, out);
    } else {
      m.int8.write(out);
    }
  }

  private static void writeWeights(CnnWeights w, DataOutput out) throws IOException {
    DataArrays.writeFloats(out, w.embedding);
    if (w.fixed != null) {
      DataArrays.writeFloats(out, w.fixed);
    }
    for (int i = 0; i < w.widths.length; i++) {
      DataArrays.writeFloats(out, w.conv[i]);
      DataArrays.writeFloats(out, w.convBias[i]);
    }
    DataArrays.writeFloats(out, w.dense);
    DataArrays.writeFloats(out, w.denseBias);
  }

  static TextCnn read(DataInput in) throws IOException {
    int version = in.readInt();
    if (version != VERSION) {
      throw new IOException("TextCNN format version " + version + " is not supported (this fenlei reads "
          + VERSION + ")");
    }
    CnnInput input = CnnInput.read(in);
    int dim = in.readInt();
    int maps = in.readInt();
    boolean two = in.readBoolean();
    int nw = in.readInt();
    if (dim < 1 || dim > 1024 || maps < 1 || maps > 4096 || nw < 1 || nw > 16) {
      throw new IOException("invalid TextCNN shape: dim " + dim + ", maps " + maps + ", widths " + nw);
    }
    int[] widths = new int[nw];
    for (int i = 0; i < nw; i++) {
      widths[i] = in.readInt();
      if (widths[i] < 1 || widths[i] > 7 || widths[i] > input.maxlen) {
        throw new IOException("invalid TextCNN filter width " + widths[i]);
      }
    }
    int nl = in.readInt();
    if (nl < 1 || nl > 1 << 20) {
      throw new IOException("invalid TextCNN label count " + nl);
    }
    List<String> labels = new ArrayList<>(nl);
    for (int c = 0; c < nl; c++) {
      labels.add(FastTextFormat.readString(in));
    }
    boolean multi = in.readBoolean();
    int minLabels = in.readInt();
    if (minLabels < 0 || minLabels > nl) {
      throw new IOException("invalid minimum label count " + minLabels);
    }
    double[] thresholds = new double[nl];
    for (int c = 0; c < nl; c++) {
      thresholds[c] = in.readDouble();
    }
    int ns = in.readInt();
    if (ns < 0 || ns > 1000) {
      throw new IOException("invalid TextCNN settings count " + ns);
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < ns; i++) {
      settings.put(FastTextFormat.readString(in), FastTextFormat.readString(in));
    }
    QuantParams qat = in.readBoolean() ? params(in.readFloat(), in.readInt()) : null;
    CnnShape shape = new CnnShape(dim, two, widths, maps);
    if ((long) input.size() * shape.channels() > Integer.MAX_VALUE - 64
        || (long) nl * shape.features() > Integer.MAX_VALUE - 64) {
      throw new IOException("invalid TextCNN shape: " + input.size() + " words x " + shape.channels()
          + " channels, " + nl + " labels x " + shape.features() + " features");
    }
    int form = in.readByte();
    CnnWeights w = null;
    Int8Cnn q = null;
    if (form == 0) {
      w = new CnnWeights(input.size(), dim, two, widths, maps, nl);
      readWeights(w, in);
    } else if (form == 1) {
      q = Int8Cnn.read(in, input.size(), shape.channels(), widths, maps, nl, input.maxlen);
    } else {
      throw new IOException("invalid TextCNN form " + form);
    }
    return new TextCnn(input, shape, w, q, labels, multi, minLabels, thresholds, settings, qat, null);
  }

  private static void readWeights(CnnWeights w, DataInput in) throws IOException {
    readFloats(in, w.embedding);
    if (w.fixed != null) {
      readFloats(in, w.fixed);
    }
    for (int i = 0; i < w.widths.length; i++) {
      readFloats(in, w.conv[i]);
      readFloats(in, w.convBias[i]);
    }
    readFloats(in, w.dense);
    readFloats(in, w.denseBias);
  }

  static QuantParams params(float scale, int zeroPoint) throws IOException {
    try {
      return new QuantParams(scale, zeroPoint);
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid quantization parameters: " + e.getMessage(), e);
    }
  }

  static float[] readFloats(DataInput in, int n) throws IOException {
    float[] a = new float[n];
    readFloats(in, a);
    return a;
  }

  /** Fills {@code a} with what {@link #writeFloats} wrote; rejects NaN and infinities. */
  static void readFloats(DataInput in, float[] a) throws IOException {
    DataArrays.readFloats(in, a);
    for (float x : a) {
      if (!Float.isFinite(x)) {
        throw new IOException("a TextCNN weight is not finite: " + x);
      }
    }
  }
}
