package org.jixiao.importer;

import java.util.List;

/**
 * A sheet of a workbook (or a text dump) as rows of its non-empty cells, in order; empty rows kept
 * as empty lists. {@code exact}: each cell is in the column it has on the form (a workbook); a text
 * dump writes a merged cell once and shifts the cells after it left, so only their order is.
 */
public record Sheet(String name, List<List<Cell>> rows, boolean exact) {
  public Sheet {
    rows = rows.stream().map(List::copyOf).toList();
  }
}
