package org.fenlei.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void liveBarShowsCountsRateAndEtaAndEndsWithTheSummary() {
    StringWriter s = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(s), "classify", true);
    bar.total(1000);
    bar.add(250, 3);
    bar.drawNow();
    String line = s.toString();
    assertTrue(line.startsWith("\rclassify [#####...............]  25% 250/1,000 docs (3 failed)"), line);
    assertTrue(line.contains(" docs/s") && line.contains("ETA "), line);
    bar.finish("fenlei: classified 1,000 documents");
    assertTrue(s.toString().endsWith("\rfenlei: classified 1,000 documents" + System.lineSeparator())
        || s.toString().endsWith("fenlei: classified 1,000 documents" + System.lineSeparator()), s.toString());
  }

  @Test
  void notOnATerminalOnlyTheSummaryLine() {
    StringWriter s = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(s), "classify", false);
    bar.start();
    bar.add(10, 0);
    bar.finish("done");
    assertEquals("done" + System.lineSeparator(), s.toString());
  }

  @Test
  void stageLogRedrawsTheStageOnATerminalAndPrintsOneLineEachOtherwise() {
    StringWriter live = new StringWriter();
    StageLog l = new StageLog(new PrintWriter(live), true);
    l.update("training", 0, 100);
    l.update("training", 100, 100);
    l.update("calibration", 0, 1);
    l.close();
    String[] lines = live.toString().split(System.lineSeparator());
    assertEquals(2, lines.length, live.toString());
    assertTrue(lines[0].contains("training (100)") && lines[0].contains("\rfenlei: ") && lines[0].contains("100%"),
        lines[0]);
    assertTrue(lines[1].endsWith(": calibration"), lines[1]);
    StringWriter plain = new StringWriter();
    StageLog p = new StageLog(new PrintWriter(plain), false);
    p.update("training", 0, 100);
    p.update("training", 50, 100);
    p.update("calibration", 0, 1);
    assertEquals(2, plain.toString().split(System.lineSeparator()).length, plain.toString());
    assertTrue(!plain.toString().contains("\r"));
  }
}
