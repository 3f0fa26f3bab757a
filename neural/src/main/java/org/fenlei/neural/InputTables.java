package org.fenlei.neural;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.fenlei.core.DataArrays;

/**
 * Writes and reads an input table in fenlei's format: a kind byte (0 dense floats, 1 int8 rows, 2 product-quantized
 * rows of the tool's {@code .ftz}), then its data.
 */
final class InputTables {
  static final int DENSE = 0;
  static final int INT8 = 1;
  static final int PRODUCT_QUANTIZED = 2;

  private InputTables() {}

  static void write(EmbeddingTable t, DataOutput out) throws IOException {
    if (t instanceof DenseMatrix m) {
      out.writeByte(DENSE);
      out.writeInt(m.rows);
      out.writeInt(m.cols);
      DataArrays.writeFloats(out, m.data);
    } else if (t instanceof Int8Rows q) {
      out.writeByte(INT8);
      q.write(out);
    } else if (t instanceof ProductQuantizedRows q) {
      out.writeByte(PRODUCT_QUANTIZED);
      q.write(out);
    } else {
      throw new IOException("this input table cannot be saved in a fenlei model: " + t.getClass().getSimpleName());
    }
  }

  static EmbeddingTable read(DataInput in) throws IOException {
    int kind = in.readByte();
    switch (kind) {
      case DENSE: {
        int rows = in.readInt();
        int cols = in.readInt();
        return new DenseMatrix(rows, cols, DataArrays.readFloats(in, FastTextFormat.checkedSize(rows, cols)));
      }
      case INT8:
        return Int8Rows.read(in);
      case PRODUCT_QUANTIZED:
        return ProductQuantizedRows.read(in);
      default:
        throw new IOException("unknown input table kind " + kind);
    }
  }
}
