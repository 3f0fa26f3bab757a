package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.fenlei.quant.VectorizationProvider;
import org.junit.jupiter.api.Test;

/** {@code fenlei --version} names the version and the int8 kernels in use. */
class VersionTest {
  @Test
  void versionReportsTheKernels() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err, true), "--version");
    assertEquals(0, code, err.toString());
    String[] lines = out.toString().split("\\R");
    assertEquals("fenlei 0.1.0-SNAPSHOT", lines[0]);
    assertEquals(VectorizationProvider.description(), lines[1]);
    assertTrue(lines[1].startsWith("int8 kernels: native ") || lines[1].startsWith("int8 kernels: Java "), lines[1]);
  }
}
