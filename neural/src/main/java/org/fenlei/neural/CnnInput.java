package org.fenlei.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * How TextCNN turns text into token ids: words (the model's segmenter, or white space for pre-tokenized text) or
 * characters, then the vocabulary, where id 0 is padding and id 1 every unknown token. Immutable and thread-safe.
 */
final class CnnInput {
  /** The padding id: positions after a short document's last token. */
  static final int PAD = 0;
  /** The id of every token outside the vocabulary. */
  static final int UNKNOWN = 1;
  private static final String[] RESERVED = {"<pad>", "<unk>"};

  final boolean chars;
  final SegmenterConfig segmenterConfig;
  private final Segmenter segmenter;
  final String[] words;
  private final Map<String, Integer> index;
  final int maxlen;

  private CnnInput(boolean chars, SegmenterConfig segmenterConfig, Segmenter segmenter, String[] words, int maxlen) {
    this.chars = chars;
    this.segmenterConfig = segmenterConfig;
    this.segmenter = segmenter;
    this.words = words;
    this.maxlen = maxlen;
    this.index = new HashMap<>(2 * words.length);
    for (int i = 0; i < words.length; i++) {
      index.put(words[i], i);
    }
  }

  /** An input without vocabulary yet: for {@link #tokens}, then {@link #withVocabulary}. */
  static CnnInput tokenizer(boolean chars, SegmenterConfig seg) {
    return new CnnInput(chars, seg, chars || seg == null ? null : Segmenters.create(seg), RESERVED.clone(), 1);
  }

  /**
   * This tokenizer with a vocabulary from training tokens: every token seen at least {@code minCount} times, most
   * frequent first (ties in the order of {@link String#compareTo}), after the padding and unknown ids.
   */
  CnnInput withVocabulary(List<List<String>> docs, int minCount, int maxlen) {
    return withVocabulary(docs, minCount, maxlen, List.of());
  }

  /**
   * As {@link #withVocabulary(List, int, int)}, then the {@code extra} words not yet in it, in their order: the
   * words of pretrained vectors, so that a word no training document has still finds its vector at prediction.
   */
  CnnInput withVocabulary(List<List<String>> docs, int minCount, int maxlen, java.util.Collection<String> extra) {
    Map<String, Integer> counts = new HashMap<>();
    for (List<String> d : docs) {
      for (String t : d) {
        counts.merge(t, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= minCount) {
        kept.add(e);
      }
    }
    kept.sort((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey())
        : Integer.compare(b.getValue(), a.getValue()));
    java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>(List.of(RESERVED));
    for (Map.Entry<String, Integer> e : kept) {
      all.add(e.getKey());
    }
    for (String w : extra) {
      if (!w.isBlank()) {
        all.add(w);
      }
    }
    String[] words = all.toArray(new String[0]);
    return new CnnInput(chars, segmenterConfig, segmenter, words, maxlen);
  }

  /** Rows of the embedding table. */
  int size() {
    return words.length;
  }

  /** The id of a token, or -1 when it is not in the vocabulary (the reserved names included). */
  int id(String token) {
    Integer i = index.get(token);
    return i == null || i < RESERVED.length ? -1 : i;
  }

  /**
   * The tokens of a text: characters other than white space, or the segmenter's words without white space (the
   * text split on white space when the model has no segmenter or {@code pretokenized} is set).
   */
  List<String> tokens(String text, boolean pretokenized) {
    if (chars) {
      List<String> out = new ArrayList<>(text.length());
      text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> out.add(new String(Character.toChars(c))));
      return out;
    }
    if (pretokenized || segmenter == null) {
      return Tokens.split(text);
    }
    List<String> out = new ArrayList<>();
    for (String w : segmenter.words(text)) {
      if (!w.isBlank()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The ids of the first {@link #maxlen} tokens (unknown tokens as {@link #UNKNOWN}); shorter means padded. */
  int[] encode(List<String> tokens) {
    int n = Math.min(tokens.size(), maxlen);
    int[] ids = new int[n];
    for (int i = 0; i < n; i++) {
      Integer id = index.get(tokens.get(i));
      ids[i] = id == null ? UNKNOWN : id;
    }
    return ids;
  }

  int[] encode(String text, boolean pretokenized) {
    return encode(tokens(text, pretokenized));
  }

  void write(DataOutput out) throws IOException {
    out.writeBoolean(chars);
    out.writeBoolean(segmenterConfig != null);
    if (segmenterConfig != null) {
      segmenterConfig.write(out);
    }
    out.writeInt(maxlen);
    out.writeInt(words.length);
    for (String w : words) {
      FastTextFormat.writeString(out, w);
    }
  }

  static CnnInput read(DataInput in) throws IOException {
    boolean chars = in.readBoolean();
    SegmenterConfig seg = in.readBoolean() ? SegmenterConfig.read(in) : null;
    int maxlen = in.readInt();
    int n = in.readInt();
    if (maxlen < 1 || maxlen > TextCnnOptions.MAX_MAXLEN || n < RESERVED.length || n > (1 << 26)) {
      throw new IOException("invalid TextCNN input: maxlen " + maxlen + ", vocabulary " + n);
    }
    String[] words = new String[n];
    for (int i = 0; i < n; i++) {
      words[i] = FastTextFormat.readString(in);
    }
    if (!Arrays.equals(Arrays.copyOf(words, RESERVED.length), RESERVED)) {
      throw new IOException("invalid TextCNN vocabulary: it must start with " + Arrays.toString(RESERVED));
    }
    return new CnnInput(chars, seg, chars || seg == null ? null : Segmenters.create(seg), words, maxlen);
  }
}
