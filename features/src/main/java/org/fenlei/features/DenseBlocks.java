package org.fenlei.features;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Writing and reading fitted dense blocks by name. */
final class DenseBlocks {
  private DenseBlocks() {}

  static void write(DenseBlock b, DataOutput out) throws IOException {
    out.writeUTF(b.name());
    b.write(out);
  }

  static DenseBlock read(DataInput in) throws IOException {
    String name = in.readUTF();
    return switch (name) {
      case Lsi.NAME -> Lsi.read(in);
      case Lda.NAME -> Lda.read(in);
      case Embeddings.NAME -> Embeddings.read(in);
      case Lexicon.NAME -> Lexicon.readBlock(in);
      default -> throw new IOException("unknown feature block '" + name + "'");
    };
  }
}
