package org.jixiao.lsp;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.jixiao.syntax.Node;
import org.jixiao.syntax.SourceUnit;

/**
 * The nodes of a file's tree that hold an offset, outermost first: the declaration, the item, the
 * name or unit under the caret. The tree's nodes are records, so their children are found from
 * their components, and a node type added to the grammar is found without a change here.
 */
final class NodesAt {
  private NodesAt() {}

  static List<Node> at(SourceUnit unit, int offset) {
    List<Node> path = new ArrayList<>();
    descend(unit.declarations(), offset, path);
    return path;
  }

  /** The innermost node of {@code type} holding the offset; null when none does. */
  static <T extends Node> T innermost(List<Node> path, Class<T> type) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (type.isInstance(path.get(i))) {
        return type.cast(path.get(i));
      }
    }
    return null;
  }

  private static void descend(Object value, int offset, List<Node> path) {
    if (value instanceof List<?> list) {
      for (Object item : list) {
        if (item instanceof Node n && holds(n, offset)) {
          path.add(n);
          children(n, offset, path);
          return;
        }
      }
    } else if (value instanceof Node n && holds(n, offset)) {
      path.add(n);
      children(n, offset, path);
    }
  }

  private static void children(Node node, int offset, List<Node> path) {
    if (!node.getClass().isRecord()) {
      return;
    }
    for (RecordComponent c : node.getClass().getRecordComponents()) {
      if (c.getType() == org.jixiao.source.Span.class) {
        continue;
      }
      try {
        Object child = c.getAccessor().invoke(node);
        int before = path.size();
        descend(child, offset, path);
        if (path.size() > before) {
          return;
        }
      } catch (ReflectiveOperationException e) {
        return; // a component that cannot be read has no children to show
      }
    }
  }

  private static boolean holds(Node n, int offset) {
    return n.span() != null && n.span().start() <= offset && offset <= n.span().end() && n.span().end() > n.span().start();
  }
}
