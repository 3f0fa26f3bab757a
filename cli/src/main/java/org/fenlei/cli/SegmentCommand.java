package org.fenlei.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fenlei.corpora.CharsetChoice;
import org.fenlei.corpora.Charsets;
import org.fenlei.segment.Segmenter;
import org.fenlei.segment.SegmenterConfig;
import org.fenlei.segment.Segmenters;
import org.fenlei.segment.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "segment", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Segment Chinese text into words: one output line per input line, tokens separated by a space.",
    footer = {"", "Examples:", "  echo 我来到北京清华大学 | fenlei segment",
        "  fenlei segment --user-dict words.txt --charset auto corpus.txt > corpus.seg.txt"})
final class SegmentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--no-hmm", description = "Do not guess unknown words with the HMM.")
  boolean noHmm;

  @Option(names = "--user-dict", paramLabel = "FILE",
      description = "A user dictionary, lines 'word [freq] [tag]'; repeatable. A word without freq wins over the "
          + "default dictionary's split of it.")
  List<Path> userDicts = new ArrayList<>();

  @Option(names = "--charset", paramLabel = "CS", defaultValue = "utf-8",
      description = "Input charset: utf-8 (default), gb18030 or auto (files only).")
  String charset;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Parameters(paramLabel = "FILE", arity = "0..*", description = "Input files (default: standard input).")
  List<Path> files = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    List<String> dict = new ArrayList<>();
    for (Path p : userDicts) {
      dict.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
    }
    Segmenter segmenter = Segmenters.create(SegmenterConfig.jieba().withHmm(!noHmm).withUserDict(dict));
    CharsetChoice choice = CharsetChoice.parse(charset);
    Writer out = spec.commandLine().getOut();
    if (files.isEmpty()) {
      if (choice == CharsetChoice.AUTO) {
        throw new UsageException("--charset auto needs files; give utf-8 or gb18030 for standard input");
      }
      segment(System.in, choice == CharsetChoice.GB18030 ? Charset.forName("GB18030") : StandardCharsets.UTF_8,
          "standard input", segmenter, out);
    } else {
      for (Path f : files) {
        try (InputStream in = Files.newInputStream(f)) {
          segment(in, Charsets.resolve(choice, f), f.toString(), segmenter, out);
        }
      }
    }
    out.flush();
    return 0;
  }

  private static void segment(InputStream in, Charset cs, String name, Segmenter segmenter, Writer out)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    long lineNo = 0;
    StringBuilder sb = new StringBuilder();
    while (true) {
      String line;
      try {
        line = r.readLine();
      } catch (CharacterCodingException e) {
        throw new IOException(name + ":" + (lineNo + 1) + ": invalid " + cs.name() + " bytes; try --charset auto", e);
      }
      if (line == null) {
        break;
      }
      lineNo++;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      sb.setLength(0);
      for (Token t : segmenter.segment(line)) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(t.text());
      }
      out.write(sb.append('\n').toString());
    }
  }
}
