package org.fenlei.bench.neural;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.Presets;
import org.fenlei.corpora.Split;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;

/**
 * Writes a standard split segmented by fenlei's jieba (identical to Python jieba's precise mode) in the fastText
 * tool's format, so the tool and fenlei train on exactly the same tokens:
 * {@code OUT/NAME/train.txt} and {@code test.txt} ({@code __label__L ... tok tok}) and {@code test.tok} (tokens only).
 * Labels have spaces replaced by {@code _}. Usage: {@code SegmentCorpus DATA_DIR OUT_DIR NAME...}
 */
public final class SegmentCorpus {
  private SegmentCorpus() {}

  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Segmenter seg = Segmenters.create(SegmenterConfig.jieba());
    for (int i = 2; i < args.length; i++) {
      Path dir = out.resolve(args[i]);
      Files.createDirectories(dir);
      write(data, args[i], Split.TRAIN, seg, dir.resolve("train.txt"), null);
      write(data, args[i], Split.TEST, seg, dir.resolve("test.txt"), dir.resolve("test.tok"));
    }
  }

  private static void write(Path data, String name, Split split, Segmenter seg, Path labelled, Path tokensOnly)
      throws IOException {
    try (DocumentStream docs = Presets.open(name, split, data);
        Writer w = Files.newBufferedWriter(labelled, StandardCharsets.UTF_8);
        Writer t = tokensOnly == null ? Writer.nullWriter()
            : Files.newBufferedWriter(tokensOnly, StandardCharsets.UTF_8)) {
      while (docs.hasNext()) {
        Document d = docs.next();
        String tokens = String.join(" ", seg.words(d.text()));
        StringBuilder sb = new StringBuilder();
        for (String l : d.labels()) {
          sb.append("__label__").append(l.replace(' ', '_')).append(' ');
        }
        w.write(sb + tokens + "\n");
        t.write(tokens + "\n");
      }
    }
  }

  /** Labels and text of one line of {@code train.txt}/{@code test.txt}. */
  static Document parse(String line, long n) {
    List<String> tokens = List.of(line.split(" ", -1));
    List<String> labels = new java.util.ArrayList<>();
    int i = 0;
    while (i < tokens.size() && tokens.get(i).startsWith("__label__")) {
      labels.add(tokens.get(i).substring("__label__".length()));
      i++;
    }
    return new Document("line:" + n, String.join(" ", tokens.subList(i, tokens.size())), labels, null, n);
  }
}
