package dev.lede.bench;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs lede (or a baseline) as a separate process, as a user would, and measures its wall time
 * and peak resident memory. The child gets the same JVM and JVM options as this process, so a
 * benchmark started through a launcher with tuned flags measures those flags.
 */
public final class ProcessRuns {

  /** Wall time in seconds and peak RSS in MiB (-1 where /proc is missing). */
  public record Run(double seconds, double peakRssMiB, int exitCode) {}

  private ProcessRuns() {}

  /**
   * The command that runs lede as a user does: the launcher script beside the jar when there is
   * one (it picks the JVM settings for the workload), else this process's JVM, flags and classpath.
   */
  public static List<String> ledeCommand(String... args) {
    List<String> command = new ArrayList<>();
    Path launcher = launcher();
    if (launcher != null) {
      command.add(launcher.toString());
    } else {
      command.addAll(jvm());
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add("dev.lede.cli.Main");
    }
    command.addAll(Arrays.asList(args));
    return command;
  }

  /** target/lede, when this code runs from target/lede.jar. */
  private static Path launcher() {
    try {
      Path jar = Path.of(ProcessRuns.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path script = jar.resolveSibling("lede");
      return Files.isRegularFile(jar) && Files.isExecutable(script) ? script : null;
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return null;
    }
  }

  /** The bare JVM start: {@code java -version} with the same flags, the floor of any cold start. */
  public static List<String> jvmBaselineCommand() {
    List<String> command = new ArrayList<>(jvm());
    command.add("-version");
    return command;
  }

  private static List<String> jvm() {
    List<String> jvm = new ArrayList<>();
    jvm.add(ProcessHandle.current().info().command().orElse("java"));
    for (String flag : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // agent and debugger flags belong to this process only
      if (!flag.startsWith("-agentlib") && !flag.startsWith("-javaagent")) {
        jvm.add(flag);
      }
    }
    return jvm;
  }

  /** Runs {@code command} with output discarded, polling its peak RSS until it exits. */
  public static Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .redirectInput(new File("/dev/null"));
    long start = System.nanoTime();
    Process process = builder.start();
    Path status = Path.of("/proc/" + process.pid() + "/status");
    double peak = -1;
    while (process.isAlive()) {
      peak = Math.max(peak, peakRss(status));
      Thread.sleep(5);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Run(seconds, peak, process.exitValue());
  }

  /** VmHWM, the kernel's high-water mark of resident memory, in MiB; -1 when unreadable. */
  private static double peakRss(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      // the process ended between the check and the read
    }
    return -1;
  }
}
