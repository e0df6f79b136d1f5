package org.jixiao.tables;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * How the tables and everything made from them (the JSON backend's documents, the diff) are
 * written as JSON: keys in a fixed order, lines ending in {@code \n}, amounts as exact decimal
 * strings ("58372000.00"), nulls left out.
 */
public final class TablesJson {
  public static final ObjectMapper MAPPER = mapper();
  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private TablesJson() {}

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    mapper.setSerializationInclusion(JsonInclude.Include.NON_NULL);
    SimpleModule decimals = new SimpleModule();
    decimals.addSerializer(BigDecimal.class, new JsonSerializer<>() {
      @Override
      public void serialize(BigDecimal value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.toPlainString());
      }
    });
    // A diagnostic's arguments (the diff's, a silenced warning's) as ArgJson writes them.
    decimals.addSerializer(org.jixiao.diag.Arg.class, new JsonSerializer<>() {
      @Override
      public void serialize(org.jixiao.diag.Arg value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeTree(org.jixiao.diag.ArgJson.node(value));
      }
    });
    mapper.registerModule(decimals);
    return mapper;
  }

  private static DefaultPrettyPrinter printer() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }

  /** The value as a JSON document, with a final newline. */
  public static String toJson(Object value) throws IOException {
    return WRITER.writeValueAsString(value) + "\n";
  }
}
