package org.jixiao.format;

/**
 * One output line of the formatter, with the source line it comes from, so that a comment that
 * ended that source line can end the output line too. {@code sourceLine} is 0 for a line jixiao
 * adds itself. {@code statement} groups the lines of one statement (0 for lines between
 * statements): comment lines inside a statement stay inside it, even when statements move.
 */
record Line(String text, int sourceLine, int statement) {
  Line(String text, int sourceLine) {
    this(text, sourceLine, 0);
  }

  Line in(int statementId) {
    return new Line(text, sourceLine, statementId);
  }
}
