package org.fenlei.serve;

import java.time.Duration;

/**
 * The limits every request is held to.
 *
 * @param maxBodyBytes the largest request body, in bytes
 * @param maxTexts the most texts in one request
 * @param maxTextChars the longest text, in characters (Unicode code points)
 * @param requestTimeout the longest a request may wait for a worker and be classified
 */
record Limits(long maxBodyBytes, int maxTexts, int maxTextChars, Duration requestTimeout) {
  Limits {
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body size limit must be >= 1 byte: " + maxBodyBytes);
    }
    if (maxTexts < 1) {
      throw new IllegalArgumentException("the batch size limit must be >= 1: " + maxTexts);
    }
    if (maxTextChars < 1) {
      throw new IllegalArgumentException("the text length limit must be >= 1: " + maxTextChars);
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("the request timeout must be positive: " + requestTimeout);
    }
  }
}
