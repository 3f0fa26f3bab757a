package org.fenlei.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Assigns small ids to part-of-speech tag names while a dictionary loads. Single-threaded builder. */
final class TagTable {
  private final List<String> names;
  private final Map<String, Short> ids = new HashMap<>();

  TagTable(List<String> initial) {
    names = new ArrayList<>(initial);
    for (int i = 0; i < names.size(); i++) {
      ids.put(names.get(i), (short) i);
    }
  }

  short id(String name) {
    Short id = ids.get(name);
    if (id != null) {
      return id;
    }
    if (names.size() == Short.MAX_VALUE) {
      throw new IllegalArgumentException("too many distinct tags (" + names.size() + "), at '" + name + "'");
    }
    short created = (short) names.size();
    names.add(name);
    ids.put(name, created);
    return created;
  }

  List<String> names() {
    return List.copyOf(names);
  }
}
