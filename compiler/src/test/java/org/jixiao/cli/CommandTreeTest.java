package org.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@link Main#commandLine} builds only the branch of an everyday command (cold start); that branch
 * must behave as the same command in the whole tree: the same help, the same version, the same
 * answer to a misspelt option.
 */
class CommandTreeTest {
  private static final CommandLine WHOLE = new CommandLine(new Main());

  private static List<String> branchNames() {
    List<String> names = new ArrayList<>();
    for (String name : WHOLE.getSubcommands().keySet()) {
      if (!name.equals("help") && !name.equals("completion")) {
        names.add(name);
      }
    }
    return names;
  }

  @Test
  void everyEverydayCommandGetsItsBranchOnly() {
    assertThat(branchNames()).contains("check", "build", "fmt", "diff");
    for (String name : branchNames()) {
      CommandLine branch = Main.commandLine(new Main(), new String[] {name, "x"});
      assertThat(branch.getSubcommands().keySet()).as(name).containsExactly(name);
    }
  }

  @Test
  void theBranchPrintsTheSameHelpAsInTheWholeTree() {
    for (String name : branchNames()) {
      CommandLine alone = Main.commandLine(new Main(), new String[] {name}).getSubcommands().get(name);
      CommandLine inTree = WHOLE.getSubcommands().get(name);
      assertThat(alone.getUsageMessage(CommandLine.Help.Ansi.OFF))
          .as(name)
          .isEqualTo(inTree.getUsageMessage(CommandLine.Help.Ansi.OFF));
      assertThat(alone.getCommandSpec().qualifiedName()).isEqualTo(inTree.getCommandSpec().qualifiedName());
    }
  }

  @Test
  void theWholeTreeForHelpCompletionTyposAndNoCommand() {
    for (String[] args : List.of(new String[] {}, new String[] {"help", "check"}, new String[] {"completion"},
        new String[] {"chekc"}, new String[] {"--version"})) {
      assertThat(Main.commandLine(new Main(), args).getSubcommands().keySet())
          .isEqualTo(WHOLE.getSubcommands().keySet());
    }
  }

  @Test
  void versionAndUsageErrorsAreTheSameThroughTheBranch() {
    assertThat(run("check", "--version")).isEqualTo(run("--version"));
    String typo = run("check", "--frmat", "json", "x.jx");
    assertThat(typo).contains("jixiao check").contains("--frmat").contains("jixiao check --help");
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    Main.run(args, new PrintWriter(out), new PrintWriter(out), java.util.Map.of());
    return out.toString();
  }
}
