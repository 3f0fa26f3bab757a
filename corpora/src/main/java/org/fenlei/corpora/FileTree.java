package org.fenlei.corpora;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Walks a folder tree lazily, in one deterministic order, following symbolic links: what every command that
 * reads a folder of documents uses. Only one directory's names are held at a time for each level of the tree, so
 * a tree of millions of files is walked in little memory and very deep trees need no recursion.
 *
 * <p>Order: depth first; within a directory, entries in the order of their names ({@link String#compareTo}), files
 * and subdirectories interleaved. {@link #compare(String, String)} is that order on the entries' ids, so a walk can
 * be resumed after an entry ({@link #skipThrough(String)}).
 *
 * <p>What is followed and what is skipped: symbolic links to files and to directories are followed (the root
 * itself may be one); a link that leads back to a directory being walked (a loop), a broken link, an unreadable
 * directory and anything that is not a regular file or a directory (a FIFO, a socket, a device) come out as
 * {@link Entry#problem() problem entries} naming the reason, never silently. Names starting with {@code '.'} are
 * skipped and counted ({@link #hiddenSkipped()}) unless hidden entries are included. Not thread-safe.
 */
public final class FileTree implements Iterator<FileTree.Entry>, Closeable {
  /**
   * One entry of the walk: a regular file to read, or a path that was not walked and why.
   *
   * @param path the path, as the root joined with the entry's names
   * @param id the path relative to the root, with '/' separators (the root's own file name when the root is a
   *     file)
   * @param problem {@code null} for a regular file; otherwise why the entry is not walked
   */
  public record Entry(Path path, String id, String problem) {
    /**
     * Whether this is a regular file to read.
     *
     * @return {@code problem() == null}
     */
    public boolean isFile() {
      return problem == null;
    }

    /**
     * The first directory below the root that the entry is in: the label of a folder corpus.
     *
     * @return that directory's name, or {@code null} for a file directly in the root
     */
    public String topDirectory() {
      int slash = id.indexOf('/');
      return slash < 0 ? null : id.substring(0, slash);
    }
  }

  private static final class Frame {
    final Path dir;
    final String prefix;
    final Object key;
    final String[] names;
    int next;

    Frame(Path dir, String prefix, Object key, String[] names) {
      this.dir = dir;
      this.prefix = prefix;
      this.key = key;
      this.names = names;
    }
  }

  private final boolean includeHidden;
  private final Predicate<Path> exclude;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Entry next;
  private long hiddenSkipped;
  private long excludedSkipped;

  private FileTree(boolean includeHidden, Predicate<Path> exclude) {
    this.includeHidden = includeHidden;
    this.exclude = exclude;
  }

  /**
   * Starts a walk of {@code root}, a directory or a symbolic link to one.
   *
   * @param root the folder
   * @param includeHidden whether names starting with '.' are walked too
   * @param exclude paths not to walk (e.g. the output of the run reading the tree); tested on files and folders
   * @return the walk, positioned before its first entry
   * @throws NoSuchFileException when {@code root} does not exist (or is a broken link)
   * @throws NotDirectoryException when {@code root} is not a directory
   * @throws IOException when {@code root} cannot be listed
   */
  public static FileTree walk(Path root, boolean includeHidden, Predicate<Path> exclude) throws IOException {
    Objects.requireNonNull(exclude, "exclude");
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(root, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(root)) {
        throw new NoSuchFileException(root.toString(), null, "broken symbolic link");
      }
      throw e;
    }
    if (!a.isDirectory()) {
      throw new NotDirectoryException(root.toString());
    }
    FileTree t = new FileTree(includeHidden, exclude);
    t.stack.push(new Frame(root, "", key(a, root), list(root)));
    return t;
  }

  /**
   * Whether {@code id} comes before {@code other} in the walk's order: ids compared name by name.
   *
   * @param id an entry id ('/'-separated)
   * @param other another entry id
   * @return negative, zero or positive as {@code id} comes before, is, or comes after {@code other}
   */
  public static int compare(String id, String other) {
    int i = 0;
    int j = 0;
    while (true) {
      int ei = id.indexOf('/', i);
      int ej = other.indexOf('/', j);
      int endI = ei < 0 ? id.length() : ei;
      int endJ = ej < 0 ? other.length() : ej;
      int c = compareRange(id, i, endI, other, j, endJ);
      if (c != 0) {
        return c;
      }
      if (ei < 0 || ej < 0) {
        return ei < 0 ? (ej < 0 ? 0 : -1) : 1;
      }
      i = ei + 1;
      j = ej + 1;
    }
  }

  private static int compareRange(String a, int ai, int aEnd, String b, int bi, int bEnd) {
    int n = Math.min(aEnd - ai, bEnd - bi);
    for (int k = 0; k < n; k++) {
      int c = a.charAt(ai + k) - b.charAt(bi + k);
      if (c != 0) {
        return c;
      }
    }
    return (aEnd - ai) - (bEnd - bi);
  }

  /**
   * Skips every entry up to and including {@code id} in the walk's order, without reading or describing the
   * skipped files: how a run resumes after the last entry it finished. Whole directories before {@code id} are
   * passed over unlisted.
   *
   * @param id the id of the last entry finished
   * @throws IOException when a directory on the way to {@code id} cannot be listed
   */
  public void skipThrough(String id) throws IOException {
    if (next != null && compare(next.id(), id) > 0) {
      return;
    }
    next = null;
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (f.next >= f.names.length) {
        stack.pop();
        continue;
      }
      String childId = f.prefix + f.names[f.next];
      int c = compare(childId, id);
      if (c > 0) {
        return;
      }
      if (c < 0 && !isPrefixDir(childId, id)) {
        f.next++;
        continue;
      }
      if (c == 0) {
        f.next++;
        return;
      }
      visit(f, f.names[f.next++]); // id lies inside this child: descend into it (if it still is a directory)
    }
  }

  private static boolean isPrefixDir(String dirId, String id) {
    return id.length() > dirId.length() && id.startsWith(dirId) && id.charAt(dirId.length()) == '/';
  }

  @Override
  public boolean hasNext() {
    if (next != null) {
      return true;
    }
    while (!stack.isEmpty()) {
      Frame f = stack.peek();
      if (f.next >= f.names.length) {
        stack.pop();
        continue;
      }
      Entry e = visit(f, f.names[f.next++]);
      if (e != null) {
        next = e;
        return true;
      }
    }
    return false;
  }

  @Override
  public Entry next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more files");
    }
    Entry e = next;
    next = null;
    return e;
  }

  /**
   * How many entries were passed over because their names start with '.'.
   *
   * @return the count so far
   */
  public long hiddenSkipped() {
    return hiddenSkipped;
  }

  /**
   * How many entries were passed over because the exclusion predicate matched.
   *
   * @return the count so far
   */
  public long excludedSkipped() {
    return excludedSkipped;
  }

  /** Ends the walk. */
  @Override
  public void close() {
    stack.clear();
    next = null;
  }

  /**
   * Visits one name of a directory: a file entry, a problem entry, or {@code null} after pushing a subdirectory
   * (or skipping a hidden or excluded name).
   */
  private Entry visit(Frame f, String name) {
    String id = f.prefix + name;
    if (!includeHidden && name.startsWith(".")) {
      hiddenSkipped++;
      return null;
    }
    Path p = f.dir.resolve(name);
    if (exclude.test(p)) {
      excludedSkipped++;
      return null;
    }
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      if (Files.isSymbolicLink(p)) {
        return new Entry(p, id, "broken symbolic link" + linkTarget(p));
      }
      return null; // deleted while walking (e.g. moved away by the run itself)
    } catch (IOException e) {
      return new Entry(p, id, "cannot read its attributes: " + reason(e));
    }
    if (a.isRegularFile()) {
      return new Entry(p, id, null);
    }
    return other(p, id, a);
  }

  /**
   * A name that is not a regular file: a folder to enter, or a problem entry. Apart from {@link #visit}, which runs
   * for every file: C2 compiled this rare path (listing, sorting, loop checks) into it every time.
   */
  private Entry other(Path p, String id, BasicFileAttributes a) {
    if (!a.isDirectory()) {
      return new Entry(p, id, "not a regular file (" + (a.isOther() ? "a device, FIFO or socket" : "other")
          + ")");
    }
    Object key = key(a, p);
    for (Frame up : stack) {
      if (up.key.equals(key)) {
        return new Entry(p, id, "symbolic link loop: leads back to " + up.dir);
      }
    }
    String[] names;
    try {
      names = list(p);
    } catch (IOException e) {
      return new Entry(p, id, "cannot list the folder: " + reason(e));
    }
    stack.push(new Frame(p, id + "/", key, names));
    return null;
  }

  private static String linkTarget(Path p) {
    try {
      return " to " + Files.readSymbolicLink(p);
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }

  private static Object key(BasicFileAttributes a, Path p) {
    Object k = a.fileKey();
    if (k != null) {
      return k;
    }
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private static String[] list(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        names.add(p.getFileName().toString());
      }
    } catch (java.io.UncheckedIOException | java.nio.file.DirectoryIteratorException e) {
      throw (IOException) e.getCause();
    }
    String[] a = names.toArray(new String[0]);
    sort(a, 0, a.length - 1);
    return a;
  }

  /**
   * Sorts {@code a[lo, hi]} in {@link String#compareTo} order: runs of 8 by insertion, then merged bottom-up. Plain
   * loops without recursion, because C2 compiled the JDK's TimSort a score of times in a short run over many folders,
   * and a quicksort six or seven times (0.5 s of compiler time in a 100,000-file run; this one is compiled once).
   * Names in one folder are distinct, so the order is the same as {@link Arrays#sort(Object[])}'s.
   */
  static void sort(String[] a, int lo, int hi) {
    int n = hi - lo + 1;
    if (n < 2) {
      return;
    }
    for (int run = lo; run <= hi; run += 8) {
      insertionSort(a, run, Math.min(hi, run + 7));
    }
    if (n <= 8) {
      return;
    }
    String[] src = a;
    String[] dst = new String[a.length];
    for (int width = 8; width < n; width *= 2) {
      for (int from = lo; from <= hi; from += 2 * width) {
        int mid = Math.min(hi + 1, from + width);
        int end = Math.min(hi + 1, from + 2 * width);
        merge(src, dst, from, mid, end);
      }
      String[] t = src;
      src = dst;
      dst = t;
    }
    if (src != a) {
      System.arraycopy(src, lo, a, lo, n);
    }
  }

  private static void insertionSort(String[] a, int lo, int hi) {
    for (int i = lo + 1; i <= hi; i++) {
      String x = a[i];
      int j = i - 1;
      while (j >= lo && a[j].compareTo(x) > 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = x;
    }
  }

  /** Merges the sorted {@code src[from, mid)} and {@code src[mid, end)} into {@code dst[from, end)}. */
  private static void merge(String[] src, String[] dst, int from, int mid, int end) {
    int i = from;
    int j = mid;
    int o = from;
    while (i < mid && j < end) {
      dst[o++] = src[j].compareTo(src[i]) < 0 ? src[j++] : src[i++];
    }
    System.arraycopy(src, i, dst, o, mid - i);
    System.arraycopy(src, j, dst, o + mid - i, end - j);
  }

  static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
