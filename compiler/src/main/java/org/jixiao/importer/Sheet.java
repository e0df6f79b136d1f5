package org.jixiao.importer;

import java.util.List;

/** A sheet of a workbook (or a text dump) as rows of its non-empty cells, in order; empty rows kept as empty lists. */
public record Sheet(String name, List<List<Cell>> rows) {
  public Sheet {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
