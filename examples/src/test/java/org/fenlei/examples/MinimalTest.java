package org.fenlei.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's programs run, print what the README says, and are the README's text. */
class MinimalTest {

  static String run(ThrowingRunnable main) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void theMinimalProgramClassifies() throws Exception {
    assertEquals("体育", run(() -> Minimal.main(new String[0])).strip());
  }

  @Test
  void theServiceAnswers() throws Exception {
    List<String> lines = run(() -> SpamService.main(new String[0])).lines().toList();
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(0).contains("-> spam"), lines.get(0));
    assertTrue(lines.get(1).contains("-> ok, positive"), lines.get(1));
    assertTrue(lines.get(2).contains("-> ok"), lines.get(2));
  }

  /** The minimal program of the README is Minimal's main, statement for statement, and has at most 3 of them. */
  @Test
  void theReadmeShowsTheCompiledProgram() throws IOException {
    Path readme = Path.of(System.getProperty("fenlei.root", ".."), "README.md");
    String text = Files.readString(readme);
    Matcher m = Pattern.compile("```java\\n(// Minimal\\.java.*?)```", Pattern.DOTALL).matcher(text);
    assertTrue(m.find(), "README.md has a ```java block starting with // Minimal.java");
    String source = Files.readString(Path.of("src/main/java/org/fenlei/examples/Minimal.java"));
    for (String line : m.group(1).lines().skip(1).toList()) {
      if (!line.isBlank()) {
        assertTrue(source.contains(line.strip()), "README line not in Minimal.java: " + line);
      }
    }
    String body = source.substring(source.indexOf("public static void main"), source.lastIndexOf('}'));
    long statements = body.chars().filter(c -> c == ';').count();
    long imports = source.lines().filter(l -> l.startsWith("import ")).count();
    assertTrue(statements <= 3, statements + " statements");
    assertTrue(imports <= 4, imports + " imports");
  }
}
