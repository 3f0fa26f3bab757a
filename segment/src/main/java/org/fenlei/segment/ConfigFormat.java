package org.fenlei.segment;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The binary form of a {@link SegmenterConfig} inside model files ({@link DataOutput} conventions, strings as
 * modified UTF-8). Version 2:
 * <pre>
 *   int version (2), UTF kind, UTF mode (PRECISE | SEARCH),
 *   boolean hmm, boolean pos, boolean protectUrls, boolean userFirst,
 *   int n, n x UTF user dictionary line,
 *   int m, m x filter: UTF name, then fullwidth | t2s | lowercase: nothing;
 *     minlength: int code points; stopwords: int k, k x UTF word; tags: boolean keep, int k, k x UTF class
 * </pre>
 * Version 1 was {@code int 1, UTF kind, boolean hmm, int n, n x UTF line}.
 */
final class ConfigFormat {
  private ConfigFormat() {}

  static void write(SegmenterConfig c, DataOutput out) throws IOException {
    out.writeInt(SegmenterConfig.FORMAT_VERSION);
    out.writeUTF(c.kind());
    out.writeUTF(c.mode().name());
    out.writeBoolean(c.hmm());
    out.writeBoolean(c.pos());
    out.writeBoolean(c.protectUrls());
    out.writeBoolean(c.userFirst());
    writeStrings(c.userDict(), out);
    out.writeInt(c.filters().size());
    for (Filter f : c.filters()) {
      if (f instanceof Filter.FullWidth) {
        out.writeUTF("fullwidth");
      } else if (f instanceof Filter.TraditionalToSimplified) {
        out.writeUTF("t2s");
      } else if (f instanceof Filter.LowerCase) {
        out.writeUTF("lowercase");
      } else if (f instanceof Filter.MinLength m) {
        out.writeUTF("minlength");
        out.writeInt(m.codePoints());
      } else if (f instanceof Filter.Stopwords s) {
        out.writeUTF("stopwords");
        writeStrings(s.words(), out);
      } else if (f instanceof Filter.Tags t) {
        out.writeUTF("tags");
        out.writeBoolean(t.keep());
        writeStrings(t.classes(), out);
      } else {
        throw new IllegalStateException("no binary form for filter " + f);
      }
    }
  }

  static SegmenterConfig read(DataInput in) throws IOException {
    int version = in.readInt();
    if (version == 1) {
      String kind = in.readUTF();
      boolean hmm = in.readBoolean();
      List<String> userDict = readStrings(in, "user dictionary");
      return config(() -> new SegmenterConfig(kind, hmm, userDict));
    }
    if (version != SegmenterConfig.FORMAT_VERSION) {
      throw new IOException("segmenter configuration version " + version + " is not supported (this fenlei reads "
          + "versions 1 to " + SegmenterConfig.FORMAT_VERSION + ")");
    }
    String kind = in.readUTF();
    String modeName = in.readUTF();
    SegmenterConfig.Mode mode;
    try {
      mode = SegmenterConfig.Mode.valueOf(modeName);
    } catch (IllegalArgumentException e) {
      throw new IOException("unknown segmentation mode '" + modeName + "'", e);
    }
    boolean hmm = in.readBoolean();
    boolean pos = in.readBoolean();
    boolean protectUrls = in.readBoolean();
    boolean userFirst = in.readBoolean();
    List<String> userDict = readStrings(in, "user dictionary");
    int n = count(in.readInt(), "filter list");
    List<Filter> filters = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      filters.add(readFilter(in));
    }
    return config(() -> new SegmenterConfig(kind, mode, hmm, pos, protectUrls, userFirst, userDict, filters));
  }

  private static Filter readFilter(DataInput in) throws IOException {
    String name = in.readUTF();
    switch (name) {
      case "fullwidth":
        return Filter.fullWidth();
      case "t2s":
        return Filter.traditionalToSimplified();
      case "lowercase":
        return Filter.lowerCase();
      case "minlength": {
        int min = in.readInt();
        return config(() -> Filter.minLength(min));
      }
      case "stopwords": {
        List<String> words = readStrings(in, "stopword list");
        return config(() -> Filter.stopwords(words));
      }
      case "tags": {
        boolean keep = in.readBoolean();
        List<String> classes = readStrings(in, "tag class list");
        return config(() -> new Filter.Tags(keep, classes));
      }
      default:
        throw new IOException("unknown filter '" + name + "' in segmenter configuration");
    }
  }

  private interface Maker<T> {
    T make();
  }

  /** Runs a constructor, turning its validation errors into IOExceptions (the data is at fault). */
  private static <T> T config(Maker<T> maker) throws IOException {
    try {
      return maker.make();
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid segmenter configuration: " + e.getMessage(), e);
    }
  }

  private static void writeStrings(List<String> strings, DataOutput out) throws IOException {
    out.writeInt(strings.size());
    for (String s : strings) {
      out.writeUTF(s);
    }
  }

  private static List<String> readStrings(DataInput in, String what) throws IOException {
    int n = count(in.readInt(), what);
    List<String> out = new ArrayList<>(Math.min(n, 1 << 16));
    for (int i = 0; i < n; i++) {
      out.add(in.readUTF());
    }
    return out;
  }

  private static int count(int n, String what) throws IOException {
    if (n < 0) {
      throw new IOException("negative " + what + " size " + n);
    }
    return n;
  }
}
