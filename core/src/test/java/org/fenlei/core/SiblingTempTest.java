package org.fenlei.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Temporary files left by killed saves are removed by the next save; a live writer's never are. */
class SiblingTempTest {
  /** A process id no system hands out (Linux's pid_max is at most 2^22). */
  private static final long GONE = 2_000_000_000L;

  @TempDir
  Path dir;

  private Path file(String name, Instant written) throws IOException {
    Path f = Files.writeString(dir.resolve(name), "partial model");
    Files.setLastModifiedTime(f, FileTime.from(written));
    return f;
  }

  private Set<String> names() throws IOException {
    try (var files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
    }
  }

  @Test
  void removesOnlyTheTargetsStaleFilesWhoseWriterIsGone() throws IOException {
    Path target = dir.resolve("m.fenlei");
    ProcessHandle self = ProcessHandle.current();
    Instant selfStart = self.info().startInstant().orElse(null);
    assumeTrue(selfStart != null, "this system does not tell process start times");
    // written by this live process, untouched for five minutes: the clean-up runs five minutes after it was written
    Instant written = selfStart.plusSeconds(3);
    Instant now = written.plus(Duration.ofMinutes(5));
    Instant old = now.minus(Duration.ofMinutes(5));
    Path live = file(SiblingTemp.name(target, self.pid(), 0x2L).getFileName().toString(), written);
    Path killed = file(SiblingTemp.name(target, GONE, 0xabcL).getFileName().toString(), old);
    Path legacy = file(".m.fenlei.17f3a9c2b.tmp", old); // named as fenlei named them before process ids
    Path fresh = file(SiblingTemp.name(target, GONE, 0x1L).getFileName().toString(), now.minusSeconds(10));
    // this process's id, but the file is older than the process: the id was reused, the writer is gone
    Path reused = file(SiblingTemp.name(target, self.pid(), 0x3L).getFileName().toString(),
        selfStart.minus(Duration.ofMinutes(10)));
    List<String> others = List.of(".other.fenlei." + GONE + ".ab.tmp", ".m.fenlei.bak", "m.fenlei." + GONE + ".ab.tmp",
        ".m.fenlei.x." + GONE + ".ab.tmp", ".m.fenlei." + GONE + ".ab.tmp.keep", ".m.fenleiX" + GONE + ".ab.tmp");
    for (String other : others) {
      file(other, old);
    }
    Files.createDirectory(dir.resolve(".m.fenlei." + GONE + ".cd.tmp"));

    List<Path> removed = SiblingTemp.removeStale(target, now);
    assertEquals(Set.of(killed, legacy, reused), Set.copyOf(removed));
    Set<String> left = names();
    assertTrue(left.contains(fresh.getFileName().toString()), "too young: may be another machine's writer");
    assertTrue(left.contains(live.getFileName().toString()), "its writer is alive");
    assertTrue(left.containsAll(others), "another target's, or not a temporary file: " + left);
    assertTrue(left.contains(".m.fenlei." + GONE + ".cd.tmp"), "a directory is never removed");
  }

  @Test
  void theNextSaveRemovesWhatAKilledSaveLeft() throws IOException {
    Path target = dir.resolve("model.fenlei");
    Path killed = file(SiblingTemp.name(target, GONE, 0x5eedL).getFileName().toString(),
        Instant.now().minus(Duration.ofMinutes(2)));
    Path young = file(SiblingTemp.name(target, GONE, 0x5eeeL).getFileName().toString(), Instant.now());
    ModelFile.save(new FixedClassifier(List.of("a", "b"), new double[] {0.4, 0.6}, false), target);
    assertFalse(Files.exists(killed));
    assertEquals(Set.of("model.fenlei", young.getFileName().toString()), names());
  }

  @Test
  void namesCarryTheWritersProcessId() throws IOException {
    Path target = dir.resolve("x.fenlei");
    Path tmp = SiblingTemp.create(target);
    String name = tmp.getFileName().toString();
    assertTrue(name.startsWith(".x.fenlei." + ProcessHandle.current().pid() + "."), name);
    assertTrue(name.endsWith(".tmp"), name);
    assertEquals(0, Files.size(tmp));
    assertFalse(tmp.equals(SiblingTemp.create(target)), "each save its own file");
  }
}
