package org.fenlei.cli;

import java.util.Iterator;
import org.fenlei.corpora.Presets;

/** The standard corpus names, for help texts. */
final class PresetNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return Presets.names().iterator();
  }
}
