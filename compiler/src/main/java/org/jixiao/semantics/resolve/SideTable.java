package org.jixiao.semantics.resolve;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One of {@link Resolution}'s tables, keyed by syntax node identity.
 *
 * <p>A budget's table is the union of its projects' ({@link #include}). It used to be built as
 * the projects came in, put by put into one map that grew and was rehashed over and over: on a
 * budget of 10,000 forms that was most of the serial step after the parallel analysis, and a
 * large old-generation table written all over between collections. Now what is included is kept
 * as the list of the projects' tables and joined into one map, sized once, when the table is
 * first read; a table no later pass reads (most of them, in a check) is never joined at all.
 *
 * <p>Operations take effect in the order they were made, exactly as on one map: the segments are
 * joined in order, and a put after an include joins them first. (Keys are nodes by identity and
 * each project's nodes are its own, so no entry could replace another's anyway.)
 *
 * <p>A project's table is written and read by the one thread analysing it; the budget's is read by
 * the backends on several threads, so the join is synchronized and published through {@link
 * #segments}. No table is written while other threads read it.
 */
final class SideTable<K, V> {
  /** The map, once joined; null while empty. */
  private Map<K, V> map;
  /** What was included or put since the last join, in order; null when there is nothing. */
  private volatile List<Map<K, V>> segments;

  /** Every entry of {@code other} into this table, as if put here, after what this table has. */
  void include(SideTable<K, V> other) {
    Map<K, V> part = other.joined();
    if (part == null || part.isEmpty()) {
      return;
    }
    synchronized (this) {
      List<Map<K, V>> list = segments;
      if (list == null) {
        list = new ArrayList<>();
        if (map != null) {
          list.add(map); // what was put here before comes first
        }
        map = null;
      }
      list.add(part); // read, never written: the project's own table stays as it was
      segments = list;
    }
  }

  V get(K key) {
    Map<K, V> m = joined();
    return m == null ? null : m.get(key);
  }

  V getOrDefault(K key, V otherwise) {
    Map<K, V> m = joined();
    return m == null ? otherwise : m.getOrDefault(key, otherwise);
  }

  void put(K key, V value) {
    writable().put(key, value);
  }

  V computeIfAbsent(K key, Function<? super K, ? extends V> make) {
    return writable().computeIfAbsent(key, make);
  }

  private Map<K, V> writable() {
    Map<K, V> m = joined();
    if (m == null) {
      map = m = new IdentityHashMap<>(4); // most of a project's tables hold a few entries
    }
    return m;
  }

  /** The one map, the segments joined into it first if there are any; null while empty. */
  private Map<K, V> joined() {
    if (segments == null) {
      return map;
    }
    synchronized (this) {
      List<Map<K, V>> list = segments;
      if (list != null) {
        int size = 0;
        for (Map<K, V> part : list) {
          size += part.size();
        }
        Map<K, V> all = new IdentityHashMap<>(size);
        for (Map<K, V> part : list) {
          all.putAll(part);
        }
        map = all;
        segments = null;
      }
      return map;
    }
  }
}
