package dev.allclose.judge.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a runner asks a {@link ProcessLauncher} to start.
 *
 * @param command the program and its arguments, with paths as they are on this machine (a sandbox
 *     shows every path it lets through at the same place)
 * @param workDir the working directory: the run's scratch folder, writable
 * @param tmp the folder a sandbox shows as {@code /tmp}, writable
 * @param environment variables the program needs (the launcher may add a few fixed ones, never the
 *     judge's own)
 * @param readOnly files and folders the program may read: its interpreter, harness, manifest,
 *     solution and input folder
 * @param writable folders the program may write besides {@code workDir}: its output folder
 */
public record LaunchSpec(
    List<String> command,
    Path workDir,
    Path tmp,
    Map<String, String> environment,
    ProcessLimits limits,
    List<Path> readOnly,
    List<Path> writable) {

  public LaunchSpec {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
    readOnly = List.copyOf(readOnly);
    writable = List.copyOf(writable);
  }
}
