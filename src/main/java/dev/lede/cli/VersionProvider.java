package dev.lede.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, with the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "lede " + (version == null ? "(development build)" : version),
      "Java " + Runtime.version() + ", " + System.getProperty("java.vm.name"),
    };
  }
}
