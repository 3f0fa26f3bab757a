package org.fenlei.cli;

/** A command line that parses but makes no sense (missing input, conflicting options): exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
