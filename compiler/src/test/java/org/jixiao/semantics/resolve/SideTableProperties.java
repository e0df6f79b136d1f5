package org.jixiao.semantics.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link SideTable} joins what it includes when first read; it must answer exactly as one
 * identity map that took every put and {@code putAll} as it came, whatever the order of puts,
 * includes and reads (the keys here may even be shared between tables, which Resolution's never
 * are, so that order is tested too).
 */
class SideTableProperties {
  /** One step on the budget's table: 0 put, 1 include a project's table, 2 read, 3 computeIfAbsent. */
  record Step(int kind, int key, int value, List<int[]> project) {}

  private static final int KEYS = 12;

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<int[]> put = Combinators.combine(Arbitraries.integers().between(0, KEYS - 1), Arbitraries.integers().between(0, 99))
        .as((k, v) -> new int[] {k, v});
    Arbitrary<Step> step = Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, KEYS - 1),
            Arbitraries.integers().between(0, 99),
            put.list().ofMaxSize(6))
        .as(Step::new);
    return step.list().ofMaxSize(30);
  }

  @Property(tries = 2000)
  void answersAsOneMapTakingEveryStepInOrder(@ForAll("steps") List<Step> steps) {
    List<Object> keys = new ArrayList<>();
    for (int i = 0; i < KEYS; i++) {
      keys.add(new Object()); // identity keys, as syntax nodes are
    }
    SideTable<Object, Integer> table = new SideTable<>();
    Map<Object, Integer> reference = new IdentityHashMap<>();
    for (Step s : steps) {
      Object key = keys.get(s.key());
      switch (s.kind()) {
        case 0 -> {
          table.put(key, s.value());
          reference.put(key, s.value());
        }
        case 1 -> {
          SideTable<Object, Integer> project = new SideTable<>();
          Map<Object, Integer> projectReference = new IdentityHashMap<>();
          for (int[] p : s.project()) {
            project.put(keys.get(p[0]), p[1]);
            projectReference.put(keys.get(p[0]), p[1]);
          }
          table.include(project);
          reference.putAll(projectReference);
          for (Object k : keys) { // the project's own table is as it was
            assertThat(project.get(k)).isEqualTo(projectReference.get(k));
          }
        }
        case 2 -> assertThat(table.get(key)).isEqualTo(reference.get(key));
        default -> assertThat(table.computeIfAbsent(key, k -> s.value()))
            .isEqualTo(reference.computeIfAbsent(key, k -> s.value()));
      }
    }
    for (Object k : keys) {
      assertThat(table.get(k)).isEqualTo(reference.get(k));
      assertThat(table.getOrDefault(k, -1)).isEqualTo(reference.getOrDefault(k, -1));
    }
  }
}
