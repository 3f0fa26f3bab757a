import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floor of a JVM batch run over a folder, for `fenlei classify` to be measured against: walk the folder, read
 * and decode every file on 2 threads in batches of 256, write one JSON line a file in order; no segmentation, no
 * model; the same system calls a file as classify (one stat in the walk; open, two reads, close). Everything
 * `fenlei classify` does besides classifying costs at least this.
 *
 * <pre>javac -d /tmp/ff bench/scripts/classify/FolderFloor.java
 * /usr/bin/time java -XX:+UseSerialGC -cp /tmp/ff FolderFloor /tmp/fcb/tnews100k /tmp/ff/out.jsonl</pre>
 */
public class FolderFloor {
  public static void main(String[] a) throws Exception {
    List<Path> files = new ArrayList<>();
    walk(Path.of(a[0]).toRealPath(), files);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    int batch = 256;
    List<Future<byte[]>> out = new ArrayList<>();
    for (int i = 0; i < files.size(); i += batch) {
      List<Path> part = files.subList(i, Math.min(files.size(), i + batch));
      out.add(pool.submit(() -> {
        StringBuilder sb = new StringBuilder();
        for (Path p : part) {
          byte[] bytes;
          try (InputStream in = Files.newInputStream(p)) { // open, read, read (end of file), close: as classify
            bytes = in.readNBytes(10 << 20);
          }
          String text = new String(bytes, StandardCharsets.UTF_8).strip();
          sb.append("{\"path\":\"").append(p).append("\",\"chars\":").append(text.length()).append(",\"labels\":[]}\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
      }));
    }
    try (OutputStream o = new BufferedOutputStream(new FileOutputStream(a[1]), 1 << 16)) {
      for (Future<byte[]> f : out) o.write(f.get());
    }
    pool.shutdown();
  }

  /** Depth first in name order, one stat an entry (as classify's walk): what is a folder is entered. */
  static void walk(Path dir, List<Path> files) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        names.add(p.getFileName().toString());
      }
    }
    Collections.sort(names);
    for (String n : names) {
      Path p = dir.resolve(n);
      BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
      if (attrs.isDirectory()) {
        walk(p, files);
      } else if (attrs.isRegularFile()) {
        files.add(p);
      }
    }
  }
}
