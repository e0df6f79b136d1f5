package org.jixiao.diag;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One argument of a diagnostic, kept as what it is (a user's text, an amount of money, a number, a
 * unit, a phrase of ours) and turned into text only when printed, in the reader's language, by
 * {@link Messages}. Machine-readable outputs write it with {@link ArgJson}; sorting and the
 * diagnostic diff compare {@link #key()}, which depends on neither language nor money unit.
 */
public sealed interface Arg permits Arg.Text, Arg.Key, Arg.Money, Arg.Number, Arg.UnitName, Arg.Terms {

  /** A stable, language-independent form: the same problem has the same key in any profile. */
  String key();

  /** Text from the user's files (a name, a value as written), printed verbatim in any language. */
  record Text(String value) implements Arg {
    public Text {
      value = value == null ? "" : value;
    }

    @Override
    public String key() {
      return value;
    }
  }

  /** A phrase of ours, looked up in the messages ({@code column.term}), with its own arguments. */
  record Key(String name, List<Arg> args) implements Arg {
    public Key {
      args = List.copyOf(args);
    }

    @Override
    public String key() {
      StringBuilder b = new StringBuilder("@").append(name);
      args.forEach(a -> b.append('(').append(a.key()).append(')'));
      return b.toString();
    }
  }

  /**
   * An exact amount of 元, printed as the form prints money: in its unit ({@code unit}, worth
   * 10^{@code exponent} 元), with at least {@code decimals} places and more where the amount needs
   * them (never rounded), grouped by thousands: 1,234,567 元 on a 万元 form with 2 decimals is
   * {@code 123.4567 万元}, 2,500,000 元 is {@code 250.00 万元}.
   */
  record Money(BigDecimal yuan, String unit, int exponent, int decimals) implements Arg {
    public Money {
      if (decimals < 0) {
        throw new IllegalArgumentException("decimals " + decimals);
      }
    }

    /** In 元 as exact as written: for amounts that are about 元 and 分 whatever the form prints. */
    public static Money yuan(BigDecimal yuan) {
      return new Money(yuan, "元", 0, 0);
    }

    /** In a money unit worth {@code scale} 元, which must be a power of ten (10000 for 万元). */
    public static Money of(BigDecimal yuan, String unit, BigDecimal scale, int decimals) {
      BigDecimal s = scale.stripTrailingZeros();
      if (s.signum() <= 0 || !s.unscaledValue().equals(BigInteger.ONE)) {
        throw new IllegalArgumentException("money scale " + scale + " is not a power of ten");
      }
      return new Money(yuan, unit, -s.scale(), decimals);
    }

    /** The amount in its unit, as the form prints it, without the unit: {@code 250.00}. */
    public String figure() {
      BigDecimal value = yuan.movePointLeft(exponent);
      int needed = Math.max(0, value.stripTrailingZeros().scale());
      return grouped(value.setScale(Math.max(decimals, needed)).toPlainString());
    }

    /** The exact amount in 元, plain: {@code 2500000}. */
    @Override
    public String key() {
      return yuan.signum() == 0 ? "0" : yuan.stripTrailingZeros().toPlainString();
    }
  }

  /** A number that is not money (a count, years, a weight): plain, exact, without grouping. */
  record Number(BigDecimal value) implements Arg {
    @Override
    public String key() {
      return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
  }

  /** The name of a unit of measure (元/年, 万元): the form's own word, the same in every language. */
  record UnitName(String name) implements Arg {
    @Override
    public String key() {
      return name;
    }
  }

  /**
   * A sum's terms, each a label and an amount: {@code 市县 200,000 + 上级 50,000}. The amounts are
   * figures without their unit, which the message beside them states; no terms is {@code 0}.
   */
  record Terms(List<Term> terms) implements Arg {
    public Terms {
      terms = List.copyOf(terms);
    }

    @Override
    public String key() {
      StringBuilder b = new StringBuilder();
      terms.forEach(t -> b.append(b.length() == 0 ? "" : "+").append(t.label()).append('=').append(t.amount().key()));
      return b.toString();
    }
  }

  /** One term of {@link Terms}. */
  record Term(String label, Money amount) {}

  static Text text(String value) {
    return new Text(value);
  }

  static Key key(String key, Arg... args) {
    return new Key(key, List.of(args));
  }

  static Number number(BigDecimal value) {
    return new Number(value);
  }

  static Number count(long value) {
    return new Number(BigDecimal.valueOf(value));
  }

  static UnitName unit(String name) {
    return new UnitName(name);
  }

  /** The name of the phrase that is a list: its items joined by the language's separator (、 or , ). */
  String LIST = "list";

  /** Items joined as the reader's language joins them: 甲、乙 in Chinese, 甲, 乙 in English. */
  static Key list(List<? extends Arg> items) {
    return new Key(LIST, List.copyOf(items));
  }

  /** How older call sites write a phrase of ours: the whole argument is {@code @column.term}. */
  Pattern KEY_REFERENCE = Pattern.compile("@([a-z]+\\.[A-Za-z_]+)");

  /** A plain string argument: {@code @key} is a {@link Key}, anything else the user's {@link Text}. */
  static Arg of(String value) {
    return value != null && KEY_REFERENCE.matcher(value).matches() ? new Key(value.substring(1), List.of()) : new Text(value);
  }

  /** Thousands separators in a plain decimal: -58372000.5 → -58,372,000.5. */
  static String grouped(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int dot = plain.indexOf('.');
    int end = dot < 0 ? plain.length() : dot;
    StringBuilder b = new StringBuilder(plain.length() + 8).append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) {
        b.append(',');
      }
      b.append(plain.charAt(i));
    }
    return b.append(plain, end, plain.length()).toString();
  }
}
