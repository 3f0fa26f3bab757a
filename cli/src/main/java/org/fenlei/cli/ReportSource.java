package org.fenlei.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.fenlei.corpora.Document;
import org.fenlei.corpora.Format;
import org.fenlei.corpora.Split;
import picocli.CommandLine.Option;

/** The labelled documents {@code eval} and {@code compare} score: a file or folder, or a standard corpus. */
final class ReportSource {
  @Option(names = "--test", paramLabel = "PATH", description = "Labelled test documents (file or folder).")
  Path test;

  @Option(names = "--corpus", paramLabel = "NAME",
      description = "Score on the test part of a standard corpus instead: ${COMPLETION-CANDIDATES}.",
      completionCandidates = PresetNames.class)
  String corpus;

  void check() {
    if ((test == null) == (corpus == null)) {
      throw new UsageException("give exactly one of --test PATH and --corpus NAME");
    }
  }

  List<Document> documents(InputOptions input, PrintWriter err) throws IOException {
    List<Document> docs = corpus != null
        ? InputOptions.drain(input.openPreset(corpus, Split.TEST), corpus + " (test)", err)
        : InputOptions.drain(input.open(test, Format.FASTTEXT), test.toString(), err);
    if (docs.isEmpty()) {
      throw new IllegalArgumentException("no test documents in " + name());
    }
    return docs;
  }

  /** Short name for titles. */
  String name() {
    return test != null ? test.getFileName().toString() : corpus;
  }

  String describe() {
    return test != null ? test.toString() : "corpus " + corpus + " (test split)";
  }
}
