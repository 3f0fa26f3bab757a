package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The job submitted with Spark's own {@code SparkSubmit} to a real standalone cluster on 127.0.0.1: a
 * {@code Master} and two {@code Worker}s started from the test class path (with an empty Spark home, the workers
 * give their executors the application's class path), the model shipped with {@code --files}. Stopped afterwards.
 */
class StandaloneClusterTest {
  private static final List<Process> CLUSTER = new ArrayList<>();
  private static Path home;
  private static int masterPort;
  private static int uiPort;

  @BeforeAll
  static void startCluster() throws Exception {
    home = Files.createTempDirectory(LocalSpark.dir(), "spark-home");
    Files.createDirectories(home.resolve("jars")); // Spark's own jars are on the class path already
    masterPort = freePort();
    uiPort = freePort();
    CLUSTER.add(start(home.resolve("master.log"), "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
        "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(uiPort)));
    waitFor("\"status\" : \"ALIVE\"");
    for (int w = 1; w <= 2; w++) {
      Path work = Files.createDirectories(home.resolve("work" + w));
      CLUSTER.add(start(home.resolve("worker" + w + ".log"), "org.apache.spark.deploy.worker.Worker", "--host",
          "127.0.0.1", "--cores", "1", "--memory", "640m", "--webui-port", Integer.toString(freePort()),
          "--work-dir", work.toString(), "spark://127.0.0.1:" + masterPort));
    }
    waitFor("\"aliveworkers\" : 2");
  }

  @AfterAll
  static void stopCluster() throws InterruptedException {
    for (int i = CLUSTER.size() - 1; i >= 0; i--) {
      Process p = CLUSTER.get(i);
      p.descendants().forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void theSubmittedJobGivesClassifysRecordsWithTheModelLoadedOncePerExecutor() throws Exception {
    Path dir = Files.createTempDirectory(LocalSpark.dir(), "cluster");
    Path in = ClassifyJobTest.linesFile(dir);
    Path model = LocalSpark.multiClassModel();
    Path driverDir = Files.createDirectories(dir.resolve("driver")); // the model is not here: it must be shipped
    Process submit = java(driverDir, dir.resolve("submit.log"), "org.apache.spark.deploy.SparkSubmit", "--master",
        "spark://127.0.0.1:" + masterPort, "--deploy-mode", "client", "--class", ClassifyJob.class.getName(),
        "--files", model.toString(), "--conf", "spark.executor.memory=512m", "--conf", "spark.cores.max=2",
        "--conf", "spark.executor.extraClassPath=" + classPath(), "--conf",
        "spark.executor.extraJavaOptions=--add-modules jdk.incubator.vector", "--conf",
        "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false", "--conf",
        "spark.hadoop.mapreduce.input.fileinputformat.split.maxsize=2000", "spark-internal",
        "--model", model.getFileName().toString(), "--input", in.toString(), "--output", dir.resolve("out").toString());
    assertTrue(submit.waitFor(150, java.util.concurrent.TimeUnit.SECONDS), "the job ended");
    String log = Files.readString(dir.resolve("submit.log"));
    assertEquals(3, submit.exitValue(), "3: some documents went to the errors folder\n" + tail(log));

    assertEquals(List.of(), ClassifyJobTest.cli("classify", "--model", model.toString(), "--no-progress", "--output",
        dir.resolve("cli.jsonl").toString(), in.toString()));
    assertEquals(Files.readAllLines(dir.resolve("cli.jsonl")).stream().sorted().toList(),
        ClassifyJobTest.lines(dir.resolve("out")));
    assertEquals(3, ClassifyJobTest.lines(dir.resolve("out.errors")).size());
    assertTrue(ClassifyJobTest.lines(dir.resolve("out")).size() > 1, "the input has several partitions");
    for (int w = 1; w <= 2; w++) {
      List<String> loads = executorLogLines(home.resolve("work" + w), "fenlei: loaded");
      assertEquals(1, loads.size(), "worker " + w + "'s executor read the model once: " + loads);
      assertTrue(loads.get(0).contains(model.getFileName().toString()), loads.get(0));
    }
  }

  private static List<String> executorLogLines(Path work, String needle) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(work)) {
      for (Path f : files.filter(p -> p.getFileName().toString().equals("stderr")).toList()) {
        Files.readAllLines(f).stream().filter(l -> l.contains(needle)).forEach(out::add);
      }
    }
    return out;
  }

  private static Process start(Path log, String main, String... args) throws IOException {
    return java(home, log, main, args);
  }

  private static Process java(Path cwd, Path log, String main, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-cp", classPath(), "--add-modules", "jdk.incubator.vector"));
    cmd.addAll(ProcessHandle.current().info().arguments().map(a -> Stream.of(a).filter(x -> x.startsWith("--add-opens")
        || x.startsWith("-Djdk.reflect")).toList()).orElse(List.of()));
    cmd.add(main);
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    pb.environment().put("SPARK_HOME", home.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.12");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_LOCAL_DIRS", home.resolve("local").toString());
    return pb.start();
  }

  /** The test JVM's class path (Surefire's own property: its java.class.path may be a manifest-only jar). */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  private static void waitFor(String state) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String last = "";
    for (int i = 0; i < 120; i++) {
      try {
        last = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + uiPort + "/json/")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        if (last.contains(state)) {
          return;
        }
      } catch (IOException e) {
        last = e.toString(); // not listening yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError("the cluster did not reach " + state + ": " + last + "\n"
        + tail(Files.readString(home.resolve("master.log"))));
  }

  private static String tail(String log) {
    return log.length() > 4000 ? log.substring(log.length() - 4000) : log;
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
