package org.fenlei.segment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to recreate a segmenter exactly: which segmenter, whether unknown-word HMM is on, and the
 * full contents of the user dictionary (lines {@code word [freq] [tag]}), so a model file that stores this
 * segments at serving time exactly as it did in training, without the original dictionary files.
 */
public record SegmenterConfig(String kind, boolean hmm, List<String> userDict) {
  /** Version of the binary form written by {@link #write}; bump it when fields are added. */
  static final int FORMAT_VERSION = 1;

  public SegmenterConfig {
    Objects.requireNonNull(kind, "kind");
    if (!kind.equals("jieba")) {
      throw new IllegalArgumentException("unknown segmenter '" + kind + "' (known: jieba)");
    }
    userDict = List.copyOf(userDict);
  }

  /** jieba precise mode with HMM and no user dictionary. */
  public static SegmenterConfig jieba() {
    return new SegmenterConfig("jieba", true, List.of());
  }

  public SegmenterConfig withHmm(boolean on) {
    return new SegmenterConfig(kind, on, userDict);
  }

  public SegmenterConfig withUserDict(List<String> lines) {
    return new SegmenterConfig(kind, hmm, lines);
  }

  public void write(DataOutput out) throws IOException {
    out.writeInt(FORMAT_VERSION);
    out.writeUTF(kind);
    out.writeBoolean(hmm);
    out.writeInt(userDict.size());
    for (String line : userDict) {
      out.writeUTF(line);
    }
  }

  public static SegmenterConfig read(DataInput in) throws IOException {
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException("segmenter configuration version " + version + " is not supported (this fenlei reads "
          + FORMAT_VERSION + ")");
    }
    String kind = in.readUTF();
    boolean hmm = in.readBoolean();
    int n = in.readInt();
    if (n < 0) {
      throw new IOException("negative user dictionary size " + n);
    }
    List<String> lines = new ArrayList<>(Math.min(n, 1 << 16));
    for (int i = 0; i < n; i++) {
      lines.add(in.readUTF());
    }
    return new SegmenterConfig(kind, hmm, lines);
  }
}
