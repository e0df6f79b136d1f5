package org.jixiao.review;

import java.util.List;
import org.jixiao.diag.Diagnostic;

/** One check of this year's target against last year's (88号's four dimensions), as a small class. */
interface ReviewRule {
  void check(YearPair pair, List<Diagnostic> out);
}
