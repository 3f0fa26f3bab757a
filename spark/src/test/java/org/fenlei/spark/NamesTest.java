package org.fenlei.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Files named as the user named the input, as {@code fenlei classify} names them. */
class NamesTest {
  @Test
  void filesBelowAnInputKeepTheInputsSpelling() {
    assertEquals("docs/a/1.txt", Names.given("docs/", "file:/home/u/docs", "file:///home/u/docs/a/1.txt"));
    assertEquals("docs/a/1.txt", Names.given("docs", "file:/home/u/docs", "file:/home/u/docs/a/1.txt"));
    assertEquals("texts.txt", Names.given("texts.txt", "file:/home/u/texts.txt", "file:///home/u/texts.txt"));
    assertEquals("/data/新闻 稿/一.txt", Names.given("/data/新闻 稿", "file:/data/新闻 稿", "file:/data/新闻 稿/一.txt"));
    assertEquals("hdfs://nn:8020/news/2026/x.txt",
        Names.given("hdfs://nn:8020/news/", "hdfs://nn:8020/news", "hdfs://nn:8020/news/2026/x.txt"));
  }

  @Test
  void aFileElsewhereKeepsItsUri() {
    assertEquals("file:/other/x.txt", Names.given("docs", "file:/home/u/docs", "file:///other/x.txt"));
    assertEquals("file:/home/u/docsx/y.txt", Names.given("docs", "file:/home/u/docs", "file:/home/u/docsx/y.txt"));
  }
}
