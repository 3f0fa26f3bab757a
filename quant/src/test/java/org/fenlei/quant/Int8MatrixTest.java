package org.fenlei.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Int8MatrixTest {
  private final Random random = new Random(40);
  private final float[] values = Fixtures.gaussian(random, 300 * 100, 0.5);

  private Int8Matrix[] all() {
    return new Int8Matrix[] {Int8Matrix.quantizePerTensor(values, 300, 100),
        Int8Matrix.quantizePerChannel(values, 300, 100), Int8Matrix.quantizeRowwise(values, 300, 100)};
  }

  private static byte[] bytes(Int8Matrix m) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    m.write(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  @Test
  void everyValueIsWithinHalfAStepOfItsOriginal() {
    for (Int8Matrix m : all()) {
      for (int r = 0; r < m.rows(); r++) {
        for (int c = 0; c < m.cols(); c++) {
          float original = values[r * 100 + c];
          assertEquals(original, m.dequantize(r, c), m.scale(r) / 2 * 1.0001 + 1e-6, m.scheme() + " " + r + "," + c);
        }
      }
    }
    for (byte q : Int8Matrix.quantizePerChannel(values, 300, 100).data()) {
      assertTrue(q >= -127, "symmetric weights never hold -128");
    }
  }

  @Test
  void isFourTimesSmallerPlusAFewBytesPerRow() {
    for (Int8Matrix m : all()) {
      long floats = 4L * m.rows() * m.cols();
      long limit = (long) m.rows() * m.cols() + 8L * m.rows() + Int8Matrix.PADDING;
      assertTrue(m.sizeInBytes() <= limit, m.scheme() + ": " + m.sizeInBytes());
      // rows of 100: 400 float bytes against 100 + 8 (row-wise) or 100 + 4 (per channel), plus the padding
      assertTrue(floats / (double) m.sizeInBytes() > 3.6, m.scheme().toString());
    }
  }

  @Test
  void roundTripsThroughItsBinaryForm() throws IOException {
    for (Int8Matrix m : all()) {
      byte[] b = bytes(m);
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(concat(b, new byte[] {42})));
      Int8Matrix back = Int8Matrix.read(in);
      assertEquals(m, back, m.scheme().toString());
      assertEquals(42, in.read(), "reads exactly its own bytes");
      float[] row = new float[100];
      float[] rowBack = new float[100];
      m.dequantizeRow(17, row, 0);
      back.dequantizeRow(17, rowBack, 0);
      assertEquals(java.util.Arrays.toString(row), java.util.Arrays.toString(rowBack));
    }
    Int8Matrix empty = Int8Matrix.quantizeRowwise(new float[0], 0, 5);
    assertEquals(empty, Int8Matrix.read(new DataInputStream(new ByteArrayInputStream(bytes(empty)))));
  }

  @Test
  void rejectsNewerVersionsAndForeignData() throws IOException {
    byte[] b = bytes(Int8Matrix.quantizePerTensor(values, 300, 100));
    b[7] = 2; // version 1 -> 2
    IOException e = assertThrows(IOException.class,
        () -> Int8Matrix.read(new DataInputStream(new ByteArrayInputStream(b))));
    assertTrue(e.getMessage().contains("version 2") && e.getMessage().contains("newer"), e.getMessage());
    byte[] foreign = "not a matrix at all".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    e = assertThrows(IOException.class, () -> Int8Matrix.read(new DataInputStream(new ByteArrayInputStream(foreign))));
    assertTrue(e.getMessage().contains("magic"), e.getMessage());
    byte[] weights = bytes(Int8Matrix.quantizePerChannel(values, 300, 100));
    weights[weights.length - 1] = -128;
    e = assertThrows(IOException.class,
        () -> Int8Matrix.read(new DataInputStream(new ByteArrayInputStream(weights))));
    assertTrue(e.getMessage().contains("-128"), e.getMessage());
  }

  @Test
  void accessorsSayWhatTheSchemeHas() {
    Int8Matrix[] m = all();
    assertEquals(m[0].params(), new QuantParams(m[0].scale(0), m[0].params().zeroPoint()));
    assertThrows(IllegalStateException.class, () -> m[1].params());
    assertThrows(IllegalStateException.class, () -> m[0].offset(0));
    assertThrows(IndexOutOfBoundsException.class, () -> m[2].get(300, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> m[2].get(0, 100));
    assertThrows(IllegalArgumentException.class, () -> Int8Matrix.quantizePerTensor(values, 301, 100));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
