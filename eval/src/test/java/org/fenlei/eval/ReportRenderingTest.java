package org.fenlei.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders reports in headless Chromium, offline, and checks the page drew its charts: the screenshot has the
 * width asked for, many colours, and the bar-chart blue. Skipped where Chromium is absent (Debian: chromium).
 * bench/scripts/eval/screenshot.sh does the same for a person to look at.
 */
class ReportRenderingTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  static BufferedImage screenshot(Path html, Path png) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(png.getParent(), "profile");
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--proxy-server=http://127.0.0.1:9", "--user-data-dir=" + profile, "--hide-scrollbars",
        "--screenshot=" + png, "--window-size=1280,2400", html.toUri().toString())
        .redirectErrorStream(true).redirectOutput(png.resolveSibling("chromium.log").toFile()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium timed out");
    assertTrue(Files.size(png) > 10_000, "screenshot written");
    return ImageIO.read(png.toFile());
  }

  static void looksDrawn(BufferedImage img) {
    assertEquals(1280, img.getWidth());
    Set<Integer> colours = new HashSet<>();
    boolean blue = false;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        colours.add(rgb);
        blue |= Math.abs((rgb >> 16) - 0x2f) < 12 && Math.abs(((rgb >> 8) & 255) - 0x6b) < 12
            && Math.abs((rgb & 255) - 0xd8) < 12;
      }
    }
    assertTrue(colours.size() > 50, "a drawn page has many colours: " + colours.size());
    assertTrue(blue, "the F1 bars are drawn");
  }

  @Test
  void multiClassAndMultiLabelReportsRender(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM);
    Evaluation multi = ScikitLearnAgreementTest.multiClass(List.of("体育", "财经", "科技", "娱乐"), 400, 2, 0, 0);
    Evaluation labels = ScikitLearnAgreementTest.multiLabel(List.of("交通", "体育", "财经", "教育", "科技"), 300, 2);
    for (Evaluation e : List.of(multi, labels)) {
      Path out = dir.resolve(e.multiLabel() ? "ml" : "mc");
      Path html = Report.write(e, new ReportOptions("渲染").withBootstrap(100, 1), out);
      looksDrawn(screenshot(html, out.resolve("shot.png")));
    }
  }
}
