package org.fenlei.corpora;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@link Format#FOLDER}: every non-hidden regular file under the folder is one document, labelled by its
 * first-level directory (files directly in the folder have no label). The tree is walked lazily by
 * {@link FileTree} (its order, symbolic links followed, loops and other problems reported as bad rows) and files
 * are read one at a time by {@link TextFiles}.
 */
final class FolderStream extends RowStream<FileTree.Entry> {
  private final FileTree files;
  private FileTree.Entry current;

  private FolderStream(FileTree files, ReadOptions options) {
    super((entry, line) -> document(entry, options.charset()), options.skipBad());
    this.files = files;
  }

  static FolderStream open(Path dir, ReadOptions options) throws IOException {
    return new FolderStream(FileTree.walk(dir, false, p -> false), options);
  }

  private static Document document(FileTree.Entry entry, CharsetChoice choice) throws BadRow {
    if (!entry.isFile()) {
      throw BadRow.malformed(entry.problem());
    }
    String text;
    try {
      text = TextFiles.read(entry.path(), choice, Integer.MAX_VALUE - 8);
    } catch (CorpusException e) {
      throw e.reason().startsWith("empty document: ") ? BadRow.empty(e.reason().substring(16))
          : BadRow.malformedAt(e.line(), e.reason());
    }
    String top = entry.topDirectory();
    return new Document(entry.id(), text, top == null ? List.of() : List.of(top), entry.path(), 0);
  }

  @Override
  FileTree.Entry readRow() {
    current = files.hasNext() ? files.next() : null;
    return current;
  }

  @Override
  Path rowFile() {
    return current == null ? null : current.path();
  }

  @Override
  long rowLine() {
    return 0;
  }

  @Override
  long currentLine() {
    return 0;
  }

  @Override
  void closeSource() {
    files.close();
  }
}
