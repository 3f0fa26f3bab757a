package org.fenlei.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fenlei.corpora.CharsetChoice;
import org.fenlei.corpora.Corpora;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.DocumentStream;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.Presets;
import org.fenlei.corpora.ReadOptions;
import org.fenlei.corpora.Split;
import picocli.CommandLine.Option;

/** How to read documents: format, charset, columns and fields, bad rows, or a named standard corpus. */
final class InputOptions {
  @Option(names = "--format", paramLabel = "F",
      description = "Input format: lines, fasttext, tsv, csv, jsonl, folder (default: folder for a directory, "
          + "otherwise the verb's default).")
  String format;

  @Option(names = "--charset", paramLabel = "CS", defaultValue = "utf-8",
      description = "utf-8 (default; a BOM is skipped), gb18030 (also reads GBK) or auto (detect per file).")
  String charset;

  @Option(names = "--text-col", paramLabel = "N|NAME",
      description = "tsv: 1-based text column (default 1); csv: column name or 1-based index (default text).")
  String textCol;

  @Option(names = "--label-col", paramLabel = "N|NAME",
      description = "tsv: 1-based label column, 0 for none (default 2); csv: name or index (default label).")
  String labelCol;

  @Option(names = "--label-sep", paramLabel = "SEP",
      description = "Separator of several labels in one tsv/csv/jsonl label value (multi-label).")
  String labelSep;

  @Option(names = "--header", description = "tsv: the first line is a header.")
  boolean header;

  @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
      description = "jsonl: field holding the text (default text).")
  String textField;

  @Option(names = "--label-field", paramLabel = "NAME", defaultValue = "label",
      description = "jsonl: field holding the label, a string or an array (default label).")
  String labelField;

  @Option(names = "--skip-bad", description = "Skip malformed rows (and binary or empty files) and report how "
      + "many, instead of failing at the first one.")
  boolean skipBad;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "../shared/corpora",
      description = "Where --corpus finds the standard corpora (default ../shared/corpora).")
  Path dataDir;

  ReadOptions readOptions() {
    ReadOptions o = new ReadOptions().withCharset(charsetChoice()).withHeader(header)
        .withTextField(textField).withLabelField(labelField).withSkipBad(skipBad);
    if (labelSep != null) {
      o = o.withLabelSep(labelSep);
    }
    if (textCol != null) {
      o = isInt(textCol) ? o.withTextCol(Integer.parseInt(textCol)).withTextColumnName(null)
          : o.withTextColumnName(textCol);
    }
    if (labelCol != null) {
      o = isInt(labelCol) ? o.withLabelCol(Integer.parseInt(labelCol)).withLabelColumnName(null)
          : o.withLabelColumnName(labelCol);
    }
    return o;
  }

  /** The --charset choice; an unknown name is a usage error. */
  CharsetChoice charsetChoice() {
    try {
      return CharsetChoice.parse(charset);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--charset: " + e.getMessage());
    }
  }

  /** The --format, or {@code null} when not given; an unknown name is a usage error. */
  Format format() {
    try {
      return format == null ? null : Format.parse(format);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--format: " + e.getMessage());
    }
  }

  private static boolean isInt(String s) {
    return s.chars().allMatch(Character::isDigit) && !s.isEmpty();
  }

  /** The format for {@code path}: --format, else folder for a directory, else {@code fallback}. */
  Format formatFor(Path path, Format fallback) {
    if (format != null) {
      return format();
    }
    return Files.isDirectory(path) ? Format.FOLDER : fallback;
  }

  DocumentStream open(Path path, Format fallback) throws IOException {
    return Corpora.open(path, formatFor(path, fallback), readOptions());
  }

  DocumentStream openPreset(String corpus, Split split) throws IOException {
    if (!Presets.names().contains(corpus)) {
      throw new UsageException("--corpus: unknown corpus '" + corpus + "' (known: " + String.join(", ", Presets.names())
          + ")");
    }
    return Presets.open(corpus, split, dataDir);
  }

  /** Says on stderr how many rows {@code stream} skipped, naming the first of them with their reasons. */
  static void reportSkipped(DocumentStream stream, String what, java.io.PrintWriter err) {
    if (stream.skipped() == 0) {
      return;
    }
    err.println("fenlei: skipped " + stream.skipped() + " bad rows in " + what + (stream.skippedExamples().isEmpty()
        ? "" : stream.skippedExamples().size() < stream.skipped() ? "; the first:" : ":"));
    for (org.fenlei.corpora.CorpusException e : stream.skippedExamples()) {
      err.println("  " + e.getMessage());
    }
  }

  /** Reads every document of a stream, reporting skipped rows on stderr. */
  static List<Document> drain(DocumentStream stream, String what, java.io.PrintWriter err) throws IOException {
    List<Document> docs = new ArrayList<>();
    try (stream) {
      while (stream.hasNext()) {
        docs.add(stream.next());
      }
      reportSkipped(stream, what, err);
    }
    return docs;
  }
}
