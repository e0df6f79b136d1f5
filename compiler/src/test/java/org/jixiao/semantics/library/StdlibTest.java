package org.jixiao.semantics.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jixiao.diag.Diagnostic;
import org.jixiao.diag.DiagnosticSink;
import org.jixiao.source.SourceFile;
import org.jixiao.syntax.SourceParser;
import org.jixiao.syntax.SourceUnit;
import org.junit.jupiter.api.Test;

/**
 * The stdlib as {@link Stdlib#library()} loads it (profiles built on first use, files parsed by
 * whichever threads ask) is the stdlib as an eager, one-thread build makes it, and that build
 * has no mistake in any file or any profile.
 */
class StdlibTest {
  private static Library eager(DiagnosticSink sink) {
    LibraryBuilder builder = new LibraryBuilder(null);
    for (SourceFile file : Stdlib.files()) {
      SourceUnit unit = SourceParser.parse(file, sink);
      builder.add(unit.declarations(), file, sink);
    }
    return builder.build();
  }

  @Test
  void everyFileAndEveryProfileBuildsWithoutAMistake() {
    DiagnosticSink sink = new DiagnosticSink();
    Library library = eager(sink);
    List<String> problems = new ArrayList<>();
    for (Diagnostic d : sink.sorted()) {
      problems.add(d.code().code() + " " + d.file() + ":" + d.line() + " " + d.argKeys());
    }
    assertThat(problems).isEmpty();
    assertThat(library.profileNames()).contains("通用", "全国", "山西", "湖北");
  }

  @Test
  void theLazyStdlibHasTheSameProfilesAsTheEagerOne() {
    Library eager = eager(new DiagnosticSink());
    Library lazy = Stdlib.library();
    assertThat(lazy.profileNames()).isEqualTo(eager.profileNames());
    for (String name : eager.profileNames()) {
      RuleProfile built = lazy.profile(name);
      assertThat(built).as(name).isNotNull();
      assertThat(built.name()).isEqualTo(eager.profile(name).name());
      assertThat(built.layoutName()).as(name).isEqualTo(eager.profile(name).layoutName());
      assertThat(built.frameworkName()).as(name).isEqualTo(eager.profile(name).frameworkName());
      assertThat(lazy.profile(name)).as("built once").isSameAs(built);
    }
  }

  @Test
  void threadsAskingAtOnceGetOneProfile() {
    Library lazy = Stdlib.library();
    List<CompletableFuture<RuleProfile>> asks = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      asks.add(CompletableFuture.supplyAsync(() -> lazy.profile("安徽")));
    }
    RuleProfile first = asks.get(0).join();
    for (CompletableFuture<RuleProfile> ask : asks) {
      assertThat(ask.join()).isSameAs(first);
    }
  }
}
