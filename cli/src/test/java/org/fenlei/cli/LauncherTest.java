package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./fenlei} launcher in a real JVM: its standard error holds exactly the promised lines, without the
 * JVM's "Using incubator modules" warning. The shaded jar is built only in the package phase, after the tests, so
 * the launcher runs here from a copy beside a jar of nothing but a manifest: Main-Class, and a Class-Path of this
 * test's own class path (fenlei's classes and its dependencies).
 */
class LauncherTest {
  private static final String WARNING = "WARNING: Using incubator modules: jdk.incubator.vector";
  private static final Path LAUNCHER = Path.of("..", "fenlei");
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir
  Path dir;
  Path launcher;
  Path jar;

  record Result(int code, String out, String err) {}

  @BeforeEach
  void copyTheLauncherBesideAJar() throws IOException {
    assumeTrue(Files.isRegularFile(LAUNCHER), "no launcher at " + LAUNCHER.toAbsolutePath());
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "the launcher is a bash script");
    launcher = Files.copy(LAUNCHER, dir.resolve("fenlei"));
    jar = Files.createDirectories(dir.resolve("cli/target")).resolve("fenlei.jar");
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    List<String> urls = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      urls.add(Path.of(entry).toAbsolutePath().toUri().toString()); // a folder's URI ends with '/'
    }
    main.put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
    try (OutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
  }

  private Result run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().put("JAVA", JAVA);
    pb.environment().remove("FENLEI_JAVA_OPTS");
    pb.environment().remove("JDK_JAVA_OPTIONS");
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    Process p = pb.start();
    p.getOutputStream().close();
    var out = p.getInputStream().readAllBytes();
    var err = p.getErrorStream().readAllBytes();
    assertTrue(p.waitFor(1, TimeUnit.MINUTES), command + " finished");
    return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
  }

  private Result fenlei(String... args) throws IOException, InterruptedException {
    return run(viaShell(args));
  }

  /**
   * The launcher started as a shell would start it: its standard error through a pipe that the shell reads to the
   * end. Started by Java directly, the launcher's stderr filter (a process of its own) may still be writing when
   * the JVM it exec'd exits, and Java drains and closes a process's pipes as soon as that process exits: the
   * filter's last bytes would be lost to the test, not to a shell (1 run in 60 lost them here).
   */
  private List<String> viaShell(String... args) {
    List<String> command = new ArrayList<>(List.of("/bin/bash", "-c",
        "{ /bin/bash \"$0\" \"$@\" 2>&1 1>&3 3>&- | cat >&2; exit \"${PIPESTATUS[0]}\"; } 3>&1",
        launcher.toString()));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void theJvmWarnsAndTheLauncherDropsIt() throws Exception {
    // the JVM as the launcher starts it prints the warning: what the launcher has to remove
    Result plain = run(List.of(JAVA, "--add-modules", "jdk.incubator.vector", "-jar", jar.toString(), "classify"));
    assertEquals(2, plain.code(), plain.err());
    assertTrue(plain.err().startsWith(WARNING + "\n"), plain.err());

    Result usage = fenlei("classify");
    assertEquals(2, usage.code(), usage.err());
    assertEquals("fenlei: Missing required options and parameters: '--model=MODEL', 'PATH'\n"
        + "Try 'fenlei classify --help'.\n", usage.err());

    Path folder = Files.createDirectory(dir.resolve("models"));
    Path text = Files.writeString(dir.resolve("in.txt"), "中文\n");
    Result failure = fenlei("classify", "--model", folder.toString(), text.toString());
    assertEquals(1, failure.code(), failure.err());
    assertEquals("fenlei: error: " + folder + ": is a directory, not a model file\n", failure.err());

    Result help = fenlei("eval", "--help");
    assertEquals(0, help.code(), help.err());
    assertEquals("", help.err());
    assertTrue(help.out().contains("Intervals are 95% percentile bootstrap intervals."), help.out());
  }

  @Test
  void otherJvmLinesAndPartialLinesPassThrough() throws Exception {
    // a fake java: a VM warning before the incubator one, the incubator one, then output without a final newline
    Path fake = Files.writeString(dir.resolve("fake-java"), "#!/bin/bash\n"
        + "echo 'OpenJDK 64-Bit Server VM warning: something' >&2\n"
        + "echo '" + WARNING + "' >&2\n"
        + "echo '" + WARNING + "' >&2\n" // a second one is not the JVM's: kept
        + "printf 'progress 50%%\\r' >&2\n"
        + "echo out\n"
        + "exit 3\n");
    assertTrue(fake.toFile().setExecutable(true));
    ProcessBuilder pb = new ProcessBuilder(viaShell("anything")).directory(dir.toFile());
    pb.environment().put("JAVA", fake.toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(1, TimeUnit.MINUTES));
    assertEquals(3, p.exitValue());
    assertEquals("out\n", out);
    assertEquals("OpenJDK 64-Bit Server VM warning: something\n" + WARNING + "\nprogress 50%\r", err);
  }
}
