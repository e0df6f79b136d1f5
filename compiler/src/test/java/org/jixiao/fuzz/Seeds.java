package org.jixiao.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jixiao.corpus.CorpusGenerator;

/**
 * The folders mutations start from: every budget folder of {@code examples/} (each whole, as
 * published and corrected, every template and its {@code -mistakes} copy) and folders of forms
 * from {@link CorpusGenerator}; plus every line of them, for splicing.
 */
public final class Seeds {
  private final List<FuzzInput> folders;
  private final List<String> lines;

  private Seeds(List<FuzzInput> folders) {
    this.folders = List.copyOf(folders);
    List<String> all = new ArrayList<>();
    for (FuzzInput f : folders) {
      for (String name : f.names()) {
        f.text(name).lines().filter(l -> !l.isBlank()).forEach(all::add);
      }
    }
    this.lines = List.copyOf(all);
  }

  /** The examples under {@code repo/examples} and {@code generated} corpus folders of 1–3 forms. */
  public static Seeds load(Path repo, int generated) {
    return load(repo, generated, false);
  }

  /**
   * As {@link #load(Path, int)}; with {@code singleForms}, each example folder becomes one seed per
   * form (its budget.jx and that form) and each generated folder holds one form: about a seventh
   * of the work per input, for campaigns of a million inputs. Cross-form findings (duplicate
   * names, ceilings) still come from splicing lines of other seeds into a form.
   */
  public static Seeds load(Path repo, int generated, boolean singleForms) {
    List<FuzzInput> folders = new ArrayList<>();
    try (Stream<Path> s = Files.walk(repo.resolve("examples"))) {
      for (Path dir : s.filter(Files::isDirectory).sorted().toList()) {
        FuzzInput folder = jxFiles(dir);
        if (folder.files().isEmpty()) {
          continue;
        }
        if (singleForms && folder.files().containsKey(CorpusGenerator.BUDGET_FILE) && folder.files().size() > 2) {
          for (String name : folder.names()) {
            if (!name.equals(CorpusGenerator.BUDGET_FILE)) {
              Map<String, byte[]> files = new LinkedHashMap<>();
              files.put(CorpusGenerator.BUDGET_FILE, folder.files().get(CorpusGenerator.BUDGET_FILE));
              files.put(name, folder.files().get(name));
              folders.add(new FuzzInput(folder.folder() + "-" + name.replace(".jx", ""), files, folder.folder() + "/" + name));
            }
          }
        } else {
          folders.add(folder);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (folders.isEmpty()) {
      throw new IllegalStateException("no .jx files under " + repo.resolve("examples") + " (set -Djixiao.repo)");
    }
    CorpusGenerator generator = new CorpusGenerator(2026);
    Random random = new Random(2026);
    for (int i = 0; i < generated; i++) {
      Map<String, byte[]> files = new LinkedHashMap<>();
      files.put(CorpusGenerator.BUDGET_FILE, generator.budget().getBytes(StandardCharsets.UTF_8));
      int forms = singleForms ? 1 : 1 + random.nextInt(3);
      for (int f = 0; f < forms; f++) {
        int index = i * 3 + f;
        files.put(generator.fileName(index), generator.project(index).getBytes(StandardCharsets.UTF_8));
      }
      folders.add(new FuzzInput("generated-" + i, files, "generated-" + i));
    }
    return new Seeds(folders);
  }

  private static FuzzInput jxFiles(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".jx")).sorted().toList()) {
        files.put(p.getFileName().toString(), Files.readAllBytes(p));
      }
    }
    return new FuzzInput(dir.getFileName().toString(), files, dir.getFileName().toString());
  }

  public List<FuzzInput> folders() {
    return folders;
  }

  public FuzzInput pick(Random random) {
    return folders.get(random.nextInt(folders.size()));
  }

  /** A non-blank line of any seed file. */
  public String line(Random random) {
    return lines.get(random.nextInt(lines.size()));
  }
}
