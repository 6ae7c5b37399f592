package dev.allclose.judge.run;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * How solutions run on this machine: the launcher to use and the protections it gives, each active
 * or missing with how to get it. Found once per process by trying the sandbox for real (a
 * bubblewrap run of {@code /usr/bin/true} with every option a judgement uses), because bubblewrap
 * being installed says little: user namespaces may be blocked (Ubuntu's AppArmor rule, Docker's
 * default seccomp profile), and then only a real start says so.
 *
 * <p>{@code ALLCLOSE_SANDBOX=off} turns the sandbox off (for comparing costs; never on a shared
 * server).
 *
 * @param launcher the sandbox when it works, else the unsandboxed launcher
 * @param protections what {@code allclose doctor} lists
 */
public record Isolation(ProcessLauncher launcher, List<Protection> protections) {
  /** The switch that turns the sandbox off. */
  public static final String SWITCH = "ALLCLOSE_SANDBOX";

  private static final long PROBE_SECONDS = 20;

  public Isolation {
    protections = List.copyOf(protections);
  }

  /**
   * One protection.
   *
   * @param name what it protects, in a few words
   * @param active whether it is on
   * @param detail how it is provided, or why it is missing
   * @param fix what to do to get it; empty when active
   */
  public record Protection(String name, boolean active, String detail, String fix) {}

  /** Whether solutions run in the sandbox. */
  public boolean sandboxed() {
    return launcher.isolated();
  }

  /** The one line a command prints when solutions run without the sandbox. */
  public Optional<String> warning() {
    if (sandboxed()) {
      return Optional.empty();
    }
    Protection sandbox = protections.get(0);
    return Optional.of(
        "solutions run without a sandbox ("
            + sandbox.detail()
            + "): they can read your files and reach the network; "
            + sandbox.fix());
  }

  /**
   * Finds the best launcher here.
   *
   * @param stateDir a folder of the judge's own where the compiled seccomp program is kept
   */
  public static Isolation detect(Path stateDir) {
    return detect(stateDir, Tools.SYSTEM);
  }

  /** As {@link #detect(Path)}, finding {@code bwrap} and {@code prlimit} with {@code tools}. */
  public static Isolation detect(Path stateDir, Tools tools) {
    List<Protection> found = new ArrayList<>();
    Optional<ProcessLauncher> sandbox = sandbox(stateDir, tools, found);
    return new Isolation(sandbox.orElseGet(LocalProcessLauncher::new), found);
  }

  /** A launcher that runs without a sandbox, whatever this machine offers (tests, benchmarks). */
  public static Isolation unsandboxed(String why) {
    return new Isolation(
        new LocalProcessLauncher(),
        List.of(new Protection("sandbox", false, why, "unset " + SWITCH + " to use the sandbox")));
  }

  private static Optional<ProcessLauncher> sandbox(
      Path stateDir, Tools tools, List<Protection> found) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      return missing(
          found,
          "bubblewrap needs Linux; this is " + System.getProperty("os.name"),
          "run Allclose on Linux (or in a Linux virtual machine) to judge in a sandbox");
    }
    if ("off".equalsIgnoreCase(System.getenv(SWITCH))) {
      return missing(found, "turned off by " + SWITCH + "=off", "unset " + SWITCH);
    }
    Optional<Path> bwrap = tools.find("bwrap");
    Optional<Path> prlimit = tools.find("prlimit");
    Optional<SeccompFilter.Arch> arch = SeccompFilter.Arch.current();
    if (bwrap.isEmpty()) {
      return missing(
          found,
          "bubblewrap (bwrap) is not installed",
          "install bubblewrap: `sudo apt-get install bubblewrap` (Debian, Ubuntu), `sudo dnf"
              + " install bubblewrap` (Fedora), `sudo pacman -S bubblewrap` (Arch)");
    }
    if (prlimit.isEmpty()) {
      return missing(
          found,
          "prlimit (util-linux) is missing, so limits cannot be set inside the sandbox",
          "install util-linux");
    }
    if (arch.isEmpty()) {
      return missing(
          found,
          "no seccomp filter for the " + System.getProperty("os.arch") + " architecture",
          "run on x86-64 or aarch64");
    }
    Path filter;
    try {
      filter = writeFilter(stateDir, arch.get());
    } catch (IOException e) {
      return missing(
          found,
          "cannot write the seccomp filter in " + stateDir + ": " + e.getMessage(),
          "make " + stateDir + " writable");
    }
    Cgroups cgroups = Cgroups.detect().orElse(null);
    BubblewrapLauncher launcher =
        new BubblewrapLauncher(bwrap.get(), prlimit.get(), filter, cgroups);
    Optional<String> failure = probe(launcher, stateDir);
    if (failure.isPresent()) {
      return missing(
          found,
          "bubblewrap cannot start here: " + failure.get(),
          "allow unprivileged user namespaces (Ubuntu 23.10+: `sudo sysctl -w"
              + " kernel.apparmor_restrict_unprivileged_userns=0`, or an AppArmor profile for"
              + " bwrap; in Docker: run with --security-opt seccomp=unconfined)");
    }
    found.add(
        new Protection(
            "sandbox",
            true,
            "bubblewrap "
                + bwrap.get()
                + ": new user, PID, network, IPC and UTS namespaces; read-only system; a cleared"
                + " environment",
            ""));
    found.add(
        new Protection(
            "seccomp",
            true,
            "no sockets but AF_UNIX, no ptrace, mount, bpf, keyctl, perf_event_open or new"
                + " namespaces ("
                + arch.get().name().toLowerCase(Locale.ROOT)
                + ")",
            ""));
    found.add(processLimit(cgroups));
    return Optional.of(launcher);
  }

  /** Records the sandbox as missing, with why and how to get it; there is no sandbox launcher. */
  private static Optional<ProcessLauncher> missing(
      List<Protection> found, String detail, String fix) {
    found.add(new Protection("sandbox", false, detail, fix));
    return Optional.empty();
  }

  private static Protection processLimit(@org.jspecify.annotations.Nullable Cgroups cgroups) {
    if (cgroups != null) {
      return new Protection(
          "memory and process count",
          true,
          "a cgroup (v1 memory and pids) per run, on top of the harness's own limits",
          "");
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      return new Protection(
          "memory and process count",
          true,
          "RLIMIT_NPROC inside the sandbox's user namespace; the harness caps its own memory",
          "");
    }
    return new Protection(
        "memory and process count",
        false,
        "running as root, which RLIMIT_NPROC does not bind, and no writable cgroup",
        "run Allclose as a regular user, or give it a writable cgroup v1 memory and pids"
            + " hierarchy");
  }

  /** Writes the program where the launcher reads it, only when it changed. */
  private static Path writeFilter(Path stateDir, SeccompFilter.Arch arch) throws IOException {
    Files.createDirectories(stateDir);
    Path file = stateDir.resolve("seccomp-" + arch.name().toLowerCase(Locale.ROOT) + ".bpf");
    byte[] program = SeccompFilter.program(arch);
    if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), program)) {
      Path tmp = Files.createTempFile(stateDir, "seccomp-", ".tmp");
      Files.write(tmp, program);
      Files.move(
          tmp,
          file,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    return file;
  }

  /** Runs {@code /usr/bin/true} in the sandbox; the failure's first line, if it fails. */
  private static Optional<String> probe(BubblewrapLauncher launcher, Path stateDir) {
    Path scratch = null;
    try {
      scratch = Files.createTempDirectory(stateDir, "probe-");
      LaunchSpec spec =
          new LaunchSpec(
              List.of("/usr/bin/true"),
              scratch,
              scratch,
              java.util.Map.of(),
              new ProcessLimits(10, 1 << 20, 64, 256, 1 << 16, 10_000),
              List.of(),
              List.of());
      try (ContainedProcess run = launcher.start(spec)) {
        Process p = run.process();
        p.getOutputStream().close();
        byte[] err;
        try (InputStream in = p.getErrorStream()) {
          err = in.readNBytes(4096);
        }
        if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
          return Optional.of("it did not finish within " + PROBE_SECONDS + " s");
        }
        if (p.exitValue() != 0) {
          String text = new String(err, StandardCharsets.UTF_8).strip();
          return Optional.of(
              text.isEmpty()
                  ? "exit status " + p.exitValue()
                  : text.lines().findFirst().orElse(""));
        }
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    } finally {
      if (scratch != null) {
        WorkTree.delete(scratch);
      }
    }
  }
}
