package org.jixiao.diag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A diagnostic's arguments for machine-readable outputs ({@code check --format json}, SARIF, the
 * diff's JSON): one object per argument with its {@code kind}, amounts as exact decimal strings in
 * 元 (never a JSON number a reader could round), so that a program need not parse the message.
 */
public final class ArgJson {
  private ArgJson() {}

  /** One argument as a JSON object, for serialisers that write records (the diff, the build). */
  public static ObjectNode node(Arg arg) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    write(node, arg);
    return node;
  }

  public static void write(ArrayNode out, List<Arg> args) {
    for (Arg arg : args) {
      write(out.addObject(), arg);
    }
  }

  private static void write(ObjectNode node, Arg arg) {
    if (arg instanceof Arg.Text t) {
      node.put("kind", "text").put("value", t.value());
    } else if (arg instanceof Arg.Key k) {
      node.put("kind", "key").put("key", k.name());
      if (!k.args().isEmpty()) {
        write(node.putArray("args"), k.args());
      }
    } else if (arg instanceof Arg.Money m) {
      money(node, m);
    } else if (arg instanceof Arg.Number n) {
      node.put("kind", "number").put("value", n.key());
    } else if (arg instanceof Arg.UnitName u) {
      node.put("kind", "unit").put("value", u.name());
    } else if (arg instanceof Arg.Terms terms) {
      node.put("kind", "terms");
      ArrayNode list = node.putArray("terms");
      for (Arg.Term t : terms.terms()) {
        ObjectNode term = list.addObject();
        term.put("label", t.label());
        money(term.putObject("amount"), t.amount());
      }
    }
  }

  /** The exact 元, and how the form prints it: its unit, 10^exponent 元 each, and its decimals. */
  private static void money(ObjectNode node, Arg.Money m) {
    node.put("kind", "money").put("yuan", m.key()).put("unit", m.unit()).put("exponent", m.exponent())
        .put("decimals", m.decimals()).put("figure", m.figure());
  }
}
