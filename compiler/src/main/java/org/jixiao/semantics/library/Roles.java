package org.jixiao.semantics.library;

import java.util.ArrayList;
import java.util.List;

/**
 * What kind of indicator a category is, as its framework declares it ({@code category 数量指标
 * short 数量 role quantity}). The form rules are keyed by role, so a province's own framework gets
 * the same rules by declaring roles, whatever its categories are called. A category without a
 * role gets no role-specific rule: nothing is guessed from names.
 */
public enum Roles {
  QUANTITY("quantity"),
  QUALITY("quality"),
  TIMELINESS("time"),
  /** Money: 成本指标 of 88号, 经济成本指标 of 101号. */
  COST("cost"),
  /** 101号's 社会成本: possible harm to society, usually graded in words, not money. */
  SOCIAL_COST("social_cost"),
  ECOLOGICAL_COST("ecological_cost"),
  ECONOMIC("economic"),
  SOCIAL("social"),
  ECOLOGICAL("ecological"),
  SUSTAINABILITY("sustainability"),
  SATISFACTION("satisfaction"),
  OTHER("other");

  private final String key;

  Roles(String key) {
    this.key = key;
  }

  /** The word a framework writes after {@code role}. */
  public String key() {
    return key;
  }

  /** The role a framework's word names; null when no role has that word. */
  public static Roles byKey(String word) {
    for (Roles r : values()) {
      if (r.key.equals(word)) {
        return r;
      }
    }
    return null;
  }

  public static List<String> keys() {
    List<String> out = new ArrayList<>();
    for (Roles r : values()) {
      out.add(r.key);
    }
    return out;
  }

  public static Roles of(IndicatorFramework.Category category) {
    return category == null || category.role() == null ? OTHER : category.role();
  }
}
