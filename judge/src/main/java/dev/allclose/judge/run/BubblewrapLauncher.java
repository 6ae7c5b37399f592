package dev.allclose.judge.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Starts each harness inside a bubblewrap sandbox (https://github.com/containers/bubblewrap):
 *
 * <ul>
 *   <li>new user, PID, network, IPC, UTS and cgroup namespaces: no network at all (loopback
 *       included), no view of the user's other processes, and every process of the run dies with
 *       the sandbox's first process when the judge kills it ({@code --die-with-parent});
 *   <li>a new session (no controlling terminal to inject input into);
 *   <li>an empty root with read-only binds of {@code /usr} (and the {@code /bin}, {@code /lib}
 *       links into it), the linker cache, and only the paths the runner names (interpreter,
 *       harness, manifest, solution, the case's input folder); the scratch folder (also {@code
 *       $HOME}), a folder shown as {@code /tmp} and the output folder are the only writable places;
 *   <li>a cleared environment with a fixed allow-list ({@link SandboxEnvironment});
 *   <li>the {@link SeccompFilter}, loaded from descriptor 9;
 *   <li>RLIMIT_CPU, RLIMIT_FSIZE and RLIMIT_NPROC set by {@code prlimit} inside the user namespace
 *       (where RLIMIT_NPROC counts only the sandbox's own processes), and where {@link Cgroups} can
 *       be made, a control group for memory and process count that the sandbox enters before it
 *       starts (the host's root user is exempt from RLIMIT_NPROC, not from a cgroup).
 * </ul>
 *
 * <p>A small {@code /bin/sh} wrapper opens the filter on descriptor 9 and moves itself into the
 * run's control groups, then replaces itself with bubblewrap: every later process starts inside the
 * groups, with no window in between. Thread-safe.
 */
public final class BubblewrapLauncher implements ProcessLauncher {
  private static final List<String> ROOT_LINKS =
      List.of("/bin", "/sbin", "/lib", "/lib64", "/lib32", "/libx32");
  private static final List<String> SYSTEM_FILES =
      List.of("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives");
  private static final String WRAPPER =
      "filter=$1; shift; "
          + "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || exit 125; shift; done; shift; "
          + "exec \"$@\" 9<\"$filter\"";

  private final Path bwrap;
  private final Path prlimit;
  private final Path filter;
  private final @Nullable Cgroups cgroups;

  /**
   * @param filter the compiled {@link SeccompFilter} program, in a file the judge owns
   * @param cgroups where runs get their control groups, or null to rely on rlimits alone
   */
  BubblewrapLauncher(Path bwrap, Path prlimit, Path filter, @Nullable Cgroups cgroups) {
    this.bwrap = bwrap;
    this.prlimit = prlimit;
    this.filter = filter;
    this.cgroups = cgroups;
  }

  @Override
  public boolean isolated() {
    return true;
  }

  @Override
  public ContainedProcess start(LaunchSpec spec) throws IOException {
    Cgroups.Run groups = cgroups == null ? null : cgroups.create(spec.limits());
    try {
      List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WRAPPER, "sh"));
      command.add(filter.toString());
      if (groups != null) {
        groups.procsFiles().forEach(f -> command.add(f.toString()));
      }
      command.add("--");
      command.addAll(bwrapArguments(spec));
      ProcessBuilder pb = new ProcessBuilder(command).directory(spec.workDir().toFile());
      pb.environment().clear();
      pb.environment().put("PATH", "/usr/bin:/bin");
      return new ContainedProcess(pb.start(), groups);
    } catch (IOException | RuntimeException e) {
      if (groups != null) {
        groups.close();
      }
      throw e;
    }
  }

  /** The bubblewrap command line for a spec, ending with the harness's own command. */
  List<String> bwrapArguments(LaunchSpec spec) {
    List<String> a = new ArrayList<>();
    a.add(bwrap.toString());
    a.addAll(
        List.of(
            "--unshare-all",
            "--unshare-user",
            "--die-with-parent",
            "--new-session",
            "--hostname",
            "sandbox",
            "--clearenv"));
    SandboxEnvironment.of(spec).forEach((k, v) -> a.addAll(List.of("--setenv", k, v)));
    a.addAll(List.of("--ro-bind", "/usr", "/usr"));
    for (String link : ROOT_LINKS) {
      rootEntry(Path.of(link)).ifPresent(a::addAll);
    }
    for (String file : SYSTEM_FILES) {
      a.addAll(List.of("--ro-bind-try", file, file));
    }
    a.addAll(List.of("--proc", "/proc", "--dev", "/dev"));
    // /tmp first: a run folder that lives under /tmp is bound after it, on top of it
    a.addAll(List.of("--bind", spec.tmp().toString(), "/tmp"));
    for (Path p : outsideUsr(spec.readOnly())) {
      a.addAll(List.of("--ro-bind", p.toString(), p.toString()));
    }
    for (Path p : spec.writable()) {
      a.addAll(List.of("--bind", p.toString(), p.toString()));
    }
    String scratch = spec.workDir().toString();
    String tmp = spec.tmp().toString();
    a.addAll(List.of("--bind", scratch, scratch, "--bind", tmp, tmp));
    // the sandbox's own root (where bwrap made the mount points) becomes read-only too
    a.addAll(List.of("--remount-ro", "/", "--chdir", scratch, "--seccomp", "9", "--"));
    a.addAll(rlimits(spec.limits()));
    a.addAll(spec.command());
    return a;
  }

  /** {@code /lib} and friends: a link into {@code /usr} on merged systems, else a folder. */
  private static Optional<List<String>> rootEntry(Path path) {
    if (Files.isSymbolicLink(path)) {
      try {
        return Optional.of(
            List.of("--symlink", Files.readSymbolicLink(path).toString(), path.toString()));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of(List.of("--ro-bind", path.toString(), path.toString()));
    }
    return Optional.empty();
  }

  /** The paths not already visible through {@code /usr}, without duplicates. */
  private static Set<Path> outsideUsr(List<Path> paths) {
    Set<Path> out = new LinkedHashSet<>();
    for (Path p : paths) {
      Path abs = p.toAbsolutePath().normalize();
      if (!abs.startsWith("/usr")) {
        out.add(abs);
      }
    }
    return out;
  }

  private List<String> rlimits(ProcessLimits limits) {
    List<String> r = new ArrayList<>();
    r.add(prlimit.toString());
    r.add("--cpu=" + limits.cpuSeconds());
    r.add("--fsize=" + limits.fileBytes());
    if (limits.processes() > 0) {
      r.add("--nproc=" + limits.processes());
    }
    r.add("--");
    return r;
  }
}
