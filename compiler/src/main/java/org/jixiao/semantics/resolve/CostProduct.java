package org.jixiao.semantics.resolve;

import org.jixiao.diag.Arg;
import org.jixiao.semantics.units.Rational;
import org.jixiao.syntax.Column;
import org.jixiao.syntax.ProjectItem;
import org.jixiao.syntax.Target;

/**
 * One unit cost times one quantity for one column of the funds, as {@link CostProducts} found it.
 *
 * @param amount what it comes to in 元 for the column (a yearly amount taken over the period in 实施期)
 * @param shown the amount as a warning prints it (22,082,500 元/年)
 * @param price the unit cost as used, with the days or months it runs for when the form states them
 */
public record CostProduct(
    ProjectItem.Indicator cost,
    Target.Quantity costTarget,
    ProjectItem.Indicator quantityLine,
    Target.Quantity quantity,
    Column column,
    Rational amount,
    Arg shown,
    String price) {}
