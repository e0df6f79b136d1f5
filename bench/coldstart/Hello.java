import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The cold-start baseline: the smallest useful picocli program (one command, one parameter). */
@Command(name = "hello", mixinStandardHelpOptions = true)
public class Hello implements Runnable {
  @Parameters(arity = "0..*")
  java.util.List<String> names;

  @Override
  public void run() {
    System.out.println("hello " + names);
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new Hello()).execute(args));
  }
}
