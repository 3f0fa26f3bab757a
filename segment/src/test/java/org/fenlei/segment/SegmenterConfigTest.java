package org.fenlei.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configuration is the whole chain as data: saved, loaded, the same segmenter. */
class SegmenterConfigTest {
  private static final String TEXT = "ＡＢＣ公司的中華人民共和國分公司在https://abc.cn发布了iPhone15，李小福是创新办主任";

  static byte[] bytes(SegmenterConfig config) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    config.write(new DataOutputStream(bytes));
    return bytes.toByteArray();
  }

  static SegmenterConfig read(byte[] bytes) throws IOException {
    return SegmenterConfig.read(new DataInputStream(new ByteArrayInputStream(bytes)));
  }

  @Test
  void everyFieldSurvivesWriteAndRead() throws IOException {
    List<SegmenterConfig> configs = List.of(
        SegmenterConfig.jieba(),
        SegmenterConfig.smartcn().withPos(true),
        SegmenterConfig.jieba().withHmm(false).withProtectUrls(false).withUserFirst(false),
        SegmenterConfig.jieba().withMode(SegmenterConfig.Mode.SEARCH).withPos(true)
            .withUserDict(List.of("创新办 3 i", "李小福", "长江大桥 0"))
            .withFilters(List.of(Filter.fullWidth(), Filter.traditionalToSimplified(), Filter.lowerCase(),
                Filter.defaultStopwords(), Filter.stopwords(List.of("的", "#")), Filter.keepTags("n", "eng"),
                Filter.dropTags("x"), Filter.minLength(2))));
    for (SegmenterConfig config : configs) {
      SegmenterConfig back = read(bytes(config));
      assertEquals(config, back);
      assertEquals(Segmenters.create(config).segment(TEXT), Segmenters.create(back).segment(TEXT), config.toString());
    }
  }

  @Test
  void versionOneReadsAsVersionOneSegmented() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(1);
    out.writeUTF("jieba");
    out.writeBoolean(false);
    out.writeInt(1);
    out.writeUTF("云计算");
    SegmenterConfig v1 = read(bytes.toByteArray());
    assertEquals(new SegmenterConfig("jieba", false, List.of("云计算")), v1);
    assertEquals(SegmenterConfig.Mode.PRECISE, v1.mode());
    assertEquals(List.of(), v1.filters());
    // no URL protection and Python jieba's user words, as fenlei segmented before version 2
    assertEquals(List.of("访问", "https", ":", "/", "/", "a", ".", "cn"),
        Segmenters.create(v1).words("访问https://a.cn"));
    assertEquals(false, v1.userFirst() || v1.protectUrls() || v1.pos());
  }

  @Test
  void newerOrBrokenDataIsRejectedByName() throws IOException {
    byte[] ok = bytes(SegmenterConfig.jieba());
    byte[] newer = ok.clone();
    newer[3] = 9;
    IOException e = assertThrows(IOException.class, () -> read(newer));
    assertTrue(e.getMessage().contains("version 9"), e.getMessage());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(2);
    out.writeUTF("jieba");
    out.writeUTF("PRECISE");
    out.writeBoolean(true);
    out.writeBoolean(false);
    out.writeBoolean(true);
    out.writeBoolean(true);
    out.writeInt(0);
    out.writeInt(1);
    out.writeUTF("soundex");
    e = assertThrows(IOException.class, () -> read(bytes.toByteArray()));
    assertTrue(e.getMessage().contains("soundex"), e.getMessage());

    byte[] truncated = java.util.Arrays.copyOf(ok, ok.length - 1);
    assertThrows(IOException.class, () -> read(truncated));
  }

  @Test
  void invalidCombinationsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> SegmenterConfig.jieba().withKind("ltp"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SegmenterConfig.smartcn().withUserDict(List.of("云计算")));
    assertTrue(e.getMessage().contains("smartcn"), e.getMessage());
    assertThrows(NullPointerException.class, () -> SegmenterConfig.jieba().withMode(null));
  }
}
