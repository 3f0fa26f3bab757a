/**
 * Documents and the readers that stream them from corpus files. The API is {@link org.fenlei.corpora.Corpora}
 * (opens a file, a folder or a stream in one of the {@link org.fenlei.corpora.Format}s, as
 * {@link org.fenlei.corpora.ReadOptions} say), {@link org.fenlei.corpora.Document} and the
 * {@link org.fenlei.corpora.DocumentStream} that yields them, {@link org.fenlei.corpora.CharsetChoice} and
 * {@link org.fenlei.corpora.Charsets} (UTF-8, GB18030 or detection), {@link org.fenlei.corpora.CorpusException},
 * {@link org.fenlei.corpora.TextLines} (every line of a text, strictly decoded, for tools that answer line for line),
 * {@link org.fenlei.corpora.Presets} (the standard splits of the shared public corpora, by name) and
 * {@link org.fenlei.corpora.Splits} (deterministic train/dev splits and de-duplication). Everything else is
 * package-private.
 *
 * <p>Every reader streams and shares one loop ({@code RowStream}): read a raw row, let a {@code RowParser} make a
 * document of it, and either throw a {@link org.fenlei.corpora.CorpusException} naming file and line or count and
 * skip a bad row. Bytes are decoded strictly ({@code StrictDecoder}): a byte invalid in the chosen character set
 * is an error that names its offset, never a replacement character.
 */
package org.fenlei.corpora;
