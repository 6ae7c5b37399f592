package dev.allclose.cli.commands;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that write a file to work on: its language and its folder. */
final class WorkOptions {
  @Option(names = "--lang", paramLabel = "LANG", description = "python (default) or java.")
  String lang = "python";

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Folder to work in (default: the current folder).")
  Path dir = Path.of(".");
}
