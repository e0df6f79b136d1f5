package org.jixiao.format;

/**
 * One output line of the formatter, with the source line it comes from, so that a comment that
 * ended that source line can end the output line too. {@code sourceLine} is 0 for a line jixiao
 * adds itself.
 */
record Line(String text, int sourceLine) {}
