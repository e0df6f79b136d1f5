package org.jixiao.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on every core with results taken in source order: each item's task runs on a worker, and
 * the calling thread hands the results to {@code inOrder} one by one in the items' order, as soon
 * as each is done. So whatever {@code inOrder} does (merging diagnostics, counting, telling the
 * progress line) happens exactly as in a sequential loop, and the output does not depend on which
 * task finished first. The tasks must touch nothing another task writes.
 *
 * <p>One pool of daemon threads, one per core, for the whole process: a check is started by one
 * thread at a time per session, and the pool's threads idle between checks at no cost.
 */
public final class InOrder {
  /** A single item is done on the calling thread: there is nothing to share out (an editor's keystroke). */
  private static final int SEQUENTIAL_BELOW = 2;
  private static final int CORES = Runtime.getRuntime().availableProcessors();

  private InOrder() {}

  /** Set while {@link #sequentially} runs: the calling thread then does every task itself. */
  private static final ThreadLocal<Boolean> SEQUENTIAL = ThreadLocal.withInitial(() -> false);

  /** Runs {@code work} with every {@link #map} on this thread sequential: tests compare the two. */
  static <R> R sequentially(java.util.function.Supplier<R> work) {
    boolean before = SEQUENTIAL.get();
    SEQUENTIAL.set(true);
    try {
      return work.get();
    } finally {
      SEQUENTIAL.set(before);
    }
  }

  private static final class Pool {
    static final ExecutorService WORKERS = Executors.newFixedThreadPool(CORES, task -> {
      Thread thread = new Thread(task, "jixiao-worker");
      thread.setDaemon(true);
      return thread;
    });
  }

  public static <T, R> void map(List<T> items, Function<T, R> task, Consumer<R> inOrder) {
    if (CORES < 2 || items.size() < SEQUENTIAL_BELOW || SEQUENTIAL.get()) {
      for (T item : items) {
        inOrder.accept(task.apply(item));
      }
      return;
    }
    // At most AHEAD tasks are started past the one being handed over: when the consumer is the
    // slower (a build drawing sheets), results wait for it only that far ahead, not the whole list.
    List<CompletableFuture<R>> results = new ArrayList<>(items.size());
    for (int i = 0; i < Math.min(AHEAD, items.size()); i++) {
      results.add(start(items.get(i), task));
    }
    for (int i = 0; i < items.size(); i++) {
      R result;
      try {
        result = results.get(i).join();
      } catch (CompletionException e) {
        // The tasks still running are waited for, so that none outlives the call (a backend
        // writing into a folder the caller is about to remove, say).
        for (CompletableFuture<R> rest : results.subList(i + 1, results.size())) {
          try {
            rest.join();
          } catch (CompletionException ignored) {
            // the first failure in the items' order is the one reported
          }
        }
        throw rethrown(e.getCause());
      }
      results.set(i, null); // let a result go once it is handed over
      if (results.size() < items.size()) {
        results.add(start(items.get(results.size()), task));
      }
      try {
        inOrder.accept(result);
      } catch (RuntimeException | Error e) {
        // As above: the tasks started are waited for (at most AHEAD), none started after.
        for (CompletableFuture<R> rest : results.subList(i + 1, results.size())) {
          try {
            rest.join();
          } catch (CompletionException ignored) {
            // the consumer's failure is the one reported
          }
        }
        throw e;
      }
    }
  }

  /** Tasks started ahead of the one whose result is being handed over, per core. */
  private static final int AHEAD = 32 * CORES;

  private static <T, R> CompletableFuture<R> start(T item, Function<T, R> task) {
    return CompletableFuture.supplyAsync(() -> task.apply(item), Pool.WORKERS);
  }

  /** The task's own exception, as the sequential loop would have thrown it. */
  private static RuntimeException rethrown(Throwable cause) {
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(cause);
  }
}
