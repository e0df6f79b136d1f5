package org.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code jixiao schema [project|budget]}: prints the JSON Schema of the build's JSON documents. */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"打印 JSON 输出的 JSON Schema。", "Prints the JSON Schema of jixiao build's JSON documents."})
public final class SchemaCommand implements Callable<Integer> {
  public static final String RESOURCE = "/org/jixiao/schema/jixiao.schema.json";

  @Parameters(arity = "0", description = "无参数 No arguments.")
  java.util.List<String> none;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    spec.commandLine().getOut().print(text());
    spec.commandLine().getOut().flush();
    return Main.EXIT_OK;
  }

  public static String text() throws IOException {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
