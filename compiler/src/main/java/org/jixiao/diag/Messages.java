package org.jixiao.diag;

import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The text of every diagnostic, in Chinese (the default) or English. Keys are
 * {@code JX0101.message}, {@code JX0101.hint} (optional) and shared keys such as {@code
 * hint.didYouMean}.
 */
public final class Messages {
  private static final String BUNDLE = "org.jixiao.diag.messages";

  private final ResourceBundle bundle;
  private final Language language;

  public enum Language {
    ZH,
    EN;

    public Locale locale() {
      return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    /**
     * The language the environment asks for: English when LC_ALL, LC_MESSAGES or LANG names an
     * English locale, Chinese otherwise (our users are Chinese budget offices; C and POSIX
     * locales, as on CI machines, get Chinese too).
     */
    public static Language fromEnvironment() {
      return fromEnvironment(System.getenv());
    }

    /** As {@link #fromEnvironment()}, for given variables (tests cannot change the real ones). */
    public static Language fromEnvironment(java.util.Map<String, String> environment) {
      for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
        String value = environment.get(variable);
        if (value != null && !value.isEmpty()) {
          return value.toLowerCase(Locale.ROOT).startsWith("en") ? EN : ZH;
        }
      }
      return ZH;
    }
  }

  public Messages(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            language == Language.ZH ? Locale.ROOT : Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Language language() {
    return language;
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public String get(String key, List<String> args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key + " " + args;
    }
    return substitute(pattern, args);
  }

  /**
   * Replaces {0}…{9} by the arguments, each localised if it is written @key. Deliberately not
   * MessageFormat: translators then need no quoting rules for braces and apostrophes.
   */
  private String substitute(String pattern, List<String> args) {
    return substitute(pattern, args.size(), i -> localise(args.get(i)));
  }

  private static String substitute(String pattern, int count, java.util.function.IntFunction<String> arg) {
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))
          && pattern.charAt(i + 2) == '}') {
        int index = pattern.charAt(i + 1) - '0';
        out.append(index < count ? arg.apply(index) : "");
        i += 2;
      } else if (c == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))
          && pattern.charAt(i + 2) == '|' && pattern.indexOf('}', i) > 0) {
        int close = pattern.indexOf('}', i);
        int index = pattern.charAt(i + 1) - '0';
        out.append(plural(index < count ? arg.apply(index) : "", pattern.substring(i + 3, close)));
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * {@code {1|project|projects}}: the word for the count in argument 1, singular for exactly 1
   * (English; Chinese needs no plural and never writes the form). The count itself is written
   * beside it as {@code {1}}, so a translator chooses where the number goes.
   */
  private static String plural(String count, String forms) {
    int bar = forms.indexOf('|');
    if (bar < 0) {
      return forms;
    }
    String plain = count.replace(",", "").strip();
    boolean one;
    try {
      one = new java.math.BigDecimal(plain).compareTo(java.math.BigDecimal.ONE) == 0;
    } catch (NumberFormatException e) {
      one = false;
    }
    return one ? forms.substring(0, bar) : forms.substring(bar + 1);
  }

  /** The text of {@code key} with typed arguments, each rendered by {@link #render(Arg)}. */
  public String format(String key, List<Arg> args) {
    if (!has(key)) {
      return key + " " + args.stream().map(this::render).toList();
    }
    return substitute(bundle.getString(key), args.size(), i -> render(args.get(i)));
  }

  /**
   * One argument as this language prints it. Amounts are figures in their money unit with the
   * unit's name (元 and 万元 are the form's words, kept in English too); phrases of ours are looked
   * up here, so an English reader gets English words around the form's names and amounts.
   */
  public String render(Arg arg) {
    if (arg instanceof Arg.Text t) {
      return t.value();
    } else if (arg instanceof Arg.Key k) {
      if (k.name().equals(Arg.LIST)) {
        List<String> items = new java.util.ArrayList<>();
        k.args().forEach(a -> items.add(render(a)));
        return String.join(get("list.separator"), items);
      }
      return has(k.name()) ? format(k.name(), k.args()) : k.key();
    } else if (arg instanceof Arg.Money m) {
      return m.figure() + " " + m.unit();
    } else if (arg instanceof Arg.Number n) {
      return n.key();
    } else if (arg instanceof Arg.UnitName u) {
      return u.name();
    } else {
      List<Arg.Term> terms = ((Arg.Terms) arg).terms();
      if (terms.isEmpty()) {
        return "0";
      }
      List<String> parts = new java.util.ArrayList<>();
      terms.forEach(t -> parts.add(t.label() + " " + t.amount().figure()));
      return String.join(" + ", parts);
    }
  }

  /**
   * String arguments (a hint's) may hold @key references (such as @token.NL), replaced by their
   * text here; a diagnostic's arguments are typed ({@link Arg.Key}) instead.
   */
  private String localise(String arg) {
    if (arg.indexOf('@') < 0) {
      return arg;
    }
    java.util.regex.Matcher m = KEY_REFERENCES.matcher(arg);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String key = m.group(1);
      m.appendReplacement(
          out, java.util.regex.Matcher.quoteReplacement(has(key) ? bundle.getString(key) : m.group()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final java.util.regex.Pattern KEY_REFERENCES =
      java.util.regex.Pattern.compile("@([a-z]+\\.[A-Za-z_]+)");

  public String get(String key, String... args) {
    return get(key, List.of(args));
  }

  /** A message's text with its placeholders shown as …, for a rule's description. */
  public String template(String key) {
    return has(key) ? bundle.getString(key).replaceAll("\\{\\d}", "…") : key;
  }

  public String message(Diagnostic d) {
    return format(d.code().code() + ".message", d.args());
  }

  /**
   * The diagnostic's own hints (a suggestion, what was expected) or, when it has none, the general
   * hint of its code: a specific suggestion says more than the general advice.
   */
  public List<String> hints(Diagnostic d) {
    List<String> out = new java.util.ArrayList<>();
    for (Hint hint : d.hints()) {
      out.add(hint.typed().isEmpty() ? get(hint.key(), hint.args()) : format(hint.key(), hint.typed()));
    }
    String own = d.code().code() + ".hint";
    if (out.isEmpty() && has(own)) {
      out.add(format(own, d.args()));
    }
    return out;
  }
}
