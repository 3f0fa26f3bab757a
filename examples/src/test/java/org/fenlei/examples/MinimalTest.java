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

  /** Every line of a README block "// NAME.java" is in that compiled example, in the same order. */
  static void assertReadmeShows(String name) throws IOException {
    Path readme = Path.of(System.getProperty("fenlei.root", ".."), "README.md");
    String text = Files.readString(readme);
    Matcher m = Pattern.compile("```java\\n(// " + Pattern.quote(name) + ".*?)```", Pattern.DOTALL).matcher(text);
    assertTrue(m.find(), "README.md has a ```java block starting with // " + name);
    String source = Files.readString(Path.of("src/main/java/org/fenlei/examples/" + name));
    int from = 0;
    for (String line : m.group(1).lines().skip(1).toList()) {
      if (!line.isBlank()) {
        int at = source.indexOf(line.strip(), from);
        assertTrue(at >= 0, "README line not in " + name + " (or out of order): " + line);
        from = at;
      }
    }
  }

  @Test
  void theReadmeShowsTheCompiledTour() throws IOException {
    assertReadmeShows("Tour.java");
  }

  @Test
  void theTourRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    TextClassifierHolder h = new TextClassifierHolder();
    List<String> lines = Tour.run(dir, Samples.sms(), Samples.sms(), List.of("恭喜您中奖了，点击链接领取奖金",
        "恭喜您获得本期幸运大奖，奖金五万元，请点击链接领取", "今晚一起吃饭吗"), h.sentiment);
    assertEquals(4, lines.size(), lines.toString());
    assertTrue(lines.get(1).contains(" spam "), lines.get(1));
    // the threshold for precision 0.99 on the dev messages flags a spam message it has seen
    assertTrue(lines.get(2).contains(" spam true "), lines.get(2));
    assertTrue(lines.get(3).contains(" ham false "), lines.get(3));
  }

  /** A sentiment model for the tour. */
  static final class TextClassifierHolder {
    final org.fenlei.core.TextClassifier sentiment = org.fenlei.core.Classifiers.train("nb",
        Samples.reviews().stream().map(d -> d.text()).toList(),
        Samples.reviews().stream().map(d -> d.labels().get(0)).toList());
  }

  /** The minimal program of the README is Minimal's main, statement for statement, and has at most 3 of them. */
  @Test
  void theReadmeShowsTheCompiledProgram() throws IOException {
    assertReadmeShows("Minimal.java");
    String source = Files.readString(Path.of("src/main/java/org/fenlei/examples/Minimal.java"));
    String body = source.substring(source.indexOf("public static void main"), source.lastIndexOf('}'));
    long statements = body.chars().filter(c -> c == ';').count();
    long imports = source.lines().filter(l -> l.startsWith("import ")).count();
    assertTrue(statements <= 3, statements + " statements");
    assertTrue(imports <= 4, imports + " imports");
  }
}
