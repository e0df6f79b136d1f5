package org.jixiao.cli;

import picocli.CommandLine;

/** The version printed by {@code jixiao --version}, from the jar's manifest when there is one. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"jixiao " + (version == null ? "0.1.0-SNAPSHOT" : version)};
  }
}
