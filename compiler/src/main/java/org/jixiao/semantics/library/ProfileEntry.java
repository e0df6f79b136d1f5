package org.jixiao.semantics.library;

import java.util.function.Supplier;

/**
 * A profile of a library: built already (a budget folder's own, so that its mistakes are reported
 * when the folder is checked), or built on first use (the stdlib's: a check needs one or two of its
 * dozen templates, and building them all is a fifth of a one-form check's start-up). Thread-safe:
 * the stdlib's library is shared by every check of the process.
 */
final class ProfileEntry {
  private final String name;
  private Supplier<RuleProfile> builder;
  private volatile RuleProfile profile;

  private ProfileEntry(String name, RuleProfile profile, Supplier<RuleProfile> builder) {
    this.name = name;
    this.profile = profile;
    this.builder = builder;
  }

  static ProfileEntry built(RuleProfile profile) {
    return new ProfileEntry(profile.name(), profile, null);
  }

  static ProfileEntry onFirstUse(String name, Supplier<RuleProfile> builder) {
    return new ProfileEntry(name, null, builder);
  }

  /** The profile's name as declared, without building it. */
  String name() {
    return name;
  }

  RuleProfile get() {
    RuleProfile result = profile;
    if (result == null) {
      synchronized (this) {
        result = profile;
        if (result == null) {
          result = builder.get();
          profile = result;
          builder = null;
        }
      }
    }
    return result;
  }
}
