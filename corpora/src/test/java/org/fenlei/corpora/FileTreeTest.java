package org.fenlei.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTest {
  @TempDir
  Path dir;

  static List<String> ids(FileTree t) {
    List<String> ids = new ArrayList<>();
    while (t.hasNext()) {
      ids.add(t.next().id());
    }
    return ids;
  }

  @Test
  void walksInNameOrderAndResumesAfterAnyEntry() throws IOException {
    SplittableRandom r = new SplittableRandom(3);
    String[] names = {"a", "a-b", "a b", "b", "中文", "z", "a.txt"};
    for (int i = 0; i < 300; i++) {
      StringBuilder p = new StringBuilder();
      int depth = 1 + r.nextInt(4);
      for (int k = 0; k < depth; k++) {
        p.append(k == 0 ? "" : "/").append(names[r.nextInt(names.length)]).append(k < depth - 1 ? "" : "" + i);
      }
      Path f = dir.resolve(p.toString());
      try {
        Files.createDirectories(f.getParent());
        Files.writeString(f, "x");
      } catch (IOException e) {
        // a file where a folder was wanted: leave it
      }
    }
    Files.writeString(dir.resolve(".hidden"), "x");
    List<String> all;
    try (FileTree t = FileTree.walk(dir, false, p -> false)) {
      all = ids(t);
      assertEquals(1, t.hiddenSkipped());
    }
    assertTrue(all.size() > 200, "" + all.size());
    for (int i = 1; i < all.size(); i++) {
      assertTrue(FileTree.compare(all.get(i - 1), all.get(i)) < 0, all.get(i - 1) + " < " + all.get(i));
    }
    for (int i = 0; i < all.size(); i += 7) {
      try (FileTree t = FileTree.walk(dir, false, p -> false)) {
        t.skipThrough(all.get(i));
        assertEquals(all.subList(i + 1, all.size()), ids(t), "after " + all.get(i));
      }
    }
    try (FileTree t = FileTree.walk(dir, false, p -> false)) {
      t.skipThrough("a/zzz-no-such"); // an entry since deleted: resumes at the next name
      List<String> rest = ids(t);
      assertTrue(rest.stream().allMatch(id -> FileTree.compare(id, "a/zzz-no-such") > 0));
      assertEquals(all.stream().filter(id -> FileTree.compare(id, "a/zzz-no-such") > 0).toList(), rest);
    }
  }

  @Test
  void loopsAndBrokenLinksAreEntriesWithTheirReason() throws IOException {
    Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve("a/b/f.txt"), "x");
    Files.createSymbolicLink(dir.resolve("a/b/up"), dir.resolve("a"));
    Files.createSymbolicLink(dir.resolve("a/gone"), dir.resolve("nowhere"));
    Files.createSymbolicLink(dir.resolve("c"), dir.resolve("a/b"));
    List<FileTree.Entry> entries = new ArrayList<>();
    try (FileTree t = FileTree.walk(dir, false, p -> false)) {
      t.forEachRemaining(entries::add);
    }
    assertEquals(List.of("a/b/f.txt", "a/b/up", "a/gone", "c/f.txt", "c/up/b", "c/up/gone"),
        entries.stream().map(FileTree.Entry::id).toList());
    assertTrue(entries.get(1).problem().startsWith("symbolic link loop"), entries.get(1).problem());
    assertTrue(entries.get(2).problem().startsWith("broken symbolic link"), entries.get(2).problem());
    assertEquals("a", entries.get(0).topDirectory());
    // c is a/b; c/up is a, not an ancestor by name but c/up/b is c itself: a loop, found by file identity
    assertTrue(entries.get(4).problem().startsWith("symbolic link loop"), entries.get(4).problem());
  }

  @Test
  void namesSortAsTheJdkSortsThem() {
    SplittableRandom r = new SplittableRandom(5);
    for (int n : new int[] {0, 1, 2, 7, 8, 9, 15, 16, 17, 33, 100, 1000, 5000}) {
      java.util.Set<String> set = new java.util.HashSet<>();
      while (set.size() < n) {
        set.add(Integer.toString(r.nextInt(n * 10 + 1), 1 + r.nextInt(36)) + (r.nextBoolean() ? "中" : ""));
      }
      String[] mine = set.toArray(new String[0]);
      String[] jdk = mine.clone();
      java.util.Arrays.sort(jdk);
      FileTree.sort(mine, 0, mine.length - 1);
      org.junit.jupiter.api.Assertions.assertArrayEquals(jdk, mine, "n = " + n);
      FileTree.sort(mine, 0, mine.length - 1); // already sorted
      org.junit.jupiter.api.Assertions.assertArrayEquals(jdk, mine, "sorted, n = " + n);
      if (n > 4) { // a range inside the array, the rest untouched
        String[] part = set.toArray(new String[0]);
        String[] expected = part.clone();
        java.util.Arrays.sort(expected, 2, n - 1);
        FileTree.sort(part, 2, n - 2);
        org.junit.jupiter.api.Assertions.assertArrayEquals(expected, part, "range, n = " + n);
      }
    }
  }
}
