package org.fenlei.corpora;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The standard train/test splits of the shared public corpora (see {@code corpora/README.md} beside the data),
 * read exactly as the peer baselines read them. Rows a corpus's definition drops (e.g. SMS without text) are
 * counted in {@link DocumentStream#skipped()}; anything else unexpected is a {@link CorpusException}.
 */
public final class Presets {

  @FunctionalInterface
  private interface Opener {
    DocumentStream open(String name, Path dataDir, Split split) throws IOException;
  }

  private record Preset(String name, boolean multiLabel, Opener opener) {
  }

  private static final List<Preset> ALL = List.of(
      new Preset("thucnews_titles", false, Presets::thucnews),
      new Preset("tnews", false,
          lines("tnews_clue/train.tsv", "tnews_clue/dev.tsv", PresetRows::textTabLabel)),
      new Preset("chnsenticorp", false,
          lines("chnsenticorp_ernie/train.tsv", "chnsenticorp_ernie/dev.tsv", PresetRows::sentiment)),
      new Preset("mudou_spam", false, lines("mudou_spam_sms/mudou_spam.train", "mudou_spam_sms/mudou_spam.test",
          PresetRows::labelTextSegmented)),
      new Preset("duee", true, lines("duee_event_multilabel/multi-classification-train.txt",
          "duee_event_multilabel/multi-classification-test.txt", PresetRows::labelsSpaceText)),
      new Preset("cnews1000", false, fifths("cnews_subset1000/cnews.val.txt", PresetRows::labelTabText)),
      new Preset("litigation", false,
          lines("admin_litigation_ay/ay.train.txt", "admin_litigation_ay/ay.test.txt", PresetRows::labelTabText)),
      new Preset("iflytek_few", false, jsonl("fewclue/iflytek", "sentence", "label_des")),
      new Preset("csldcp_few", false, jsonl("fewclue/csldcp", "content", "label")),
      new Preset("eprstmt_few", false, jsonl("fewclue/eprstmt", "sentence", "label")),
      new Preset("htl", false, csvFifths("chnsenticorp_htl/ChnSentiCorp_htl_all.csv")),
      new Preset("waimai", false, csvFifths("waimai_10k/waimai_10k.csv")));

  private Presets() {
  }

  /**
   * The preset names, in the order of the corpora README.
   *
   * @return an unmodifiable list of the names {@link #open} accepts
   */
  public static List<String> names() {
    return ALL.stream().map(Preset::name).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Streams one half of preset {@code name} from under {@code dataDir} (the shared corpora folder).
   *
   * @param name one of {@link #names()}
   * @param split the half to read
   * @param dataDir the shared corpora folder
   * @return the documents, read as they are consumed; the caller closes the stream
   * @throws IOException when a file the preset needs is missing or cannot be read
   * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
   * @throws NoSuchFileException naming the first missing file the preset needs
   */
  public static DocumentStream open(String name, Split split, Path dataDir) throws IOException {
    return find(name).opener().open(name, dataDir, split);
  }

  /**
   * Whether documents of preset {@code name} may carry several labels.
   *
   * @param name one of {@link #names()}
   * @return {@code true} for a multi-label preset
   * @throws IllegalArgumentException for an unknown name (the message lists the known ones)
   */
  public static boolean multiLabel(String name) {
    return find(name).multiLabel();
  }

  private static Preset find(String name) {
    for (Preset p : ALL) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown preset '" + name + "' (known: " + String.join(", ", names()) + ")");
  }

  private static Opener lines(String train, String test, Function<Origin, RowParser<String>> rows) {
    return (name, dir, split) -> {
      Path file = require(name, dir, split == Split.TRAIN ? train : test);
      return Corpora.lines(file, rows.apply(Origin.of(file)));
    };
  }

  /** One file; data rows (non-empty lines) i with i % 5 == 4 are the test half. */
  private static Opener fifths(String path, Function<Origin, RowParser<String>> rows) {
    return (name, dir, split) -> {
      Path file = require(name, dir, path);
      RowParser<String> half = RowParser.everyFifth(rows.apply(Origin.of(file)), split == Split.TEST);
      return Corpora.lines(file, (line, n) -> line.isEmpty() ? null : half.parse(line, n));
    };
  }

  /** {@code train_few_all.json} and {@code test_public.json} in {@code folder}. */
  private static Opener jsonl(String folder, String textField, String labelField) {
    ReadOptions options = new ReadOptions().withTextField(textField).withLabelField(labelField);
    return (name, dir, split) -> Corpora.open(
        require(name, dir, folder + (split == Split.TRAIN ? "/train_few_all.json" : "/test_public.json")),
        Format.JSONL, options);
  }

  /** A CSV with header {@code label,review}; data records i with i % 5 == 4 are the test half. */
  private static Opener csvFifths(String path) {
    ReadOptions options = new ReadOptions().withTextColumnName("review").withLabelColumnName("label");
    return (name, dir, split) -> Corpora.csv(require(name, dir, path), options, columns ->
        RowParser.everyFifth(RowParser.excludingEmpty(columns), split == Split.TEST));
  }

  private static DocumentStream thucnews(String name, Path dir, Split split) throws IOException {
    Path classes = require(name, dir, "thucnews_titles/class.txt");
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(classes, StandardCharsets.UTF_8)) {
      names.add(line.strip());
    }
    Path file = require(name, dir, split == Split.TRAIN ? "thucnews_titles/dev.txt" : "thucnews_titles/test.txt");
    return Corpora.lines(file, PresetRows.textTabIndex(Origin.of(file), List.copyOf(names)));
  }

  private static Path require(String name, Path dir, String relative) throws NoSuchFileException {
    Path file = dir.resolve(relative);
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null,
          "preset " + name + " needs this file; is the corpora directory " + dir + " right?");
    }
    return file;
  }
}
