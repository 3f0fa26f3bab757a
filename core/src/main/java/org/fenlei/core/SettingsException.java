package org.fenlei.core;

/** A model setting that is unknown or has a bad value: the user's mistake, not a failure. */
public class SettingsException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * An exception with a message that names the setting and what is wrong with it.
   *
   * @param message the message
   */
  public SettingsException(String message) {
    super(message);
  }
}
