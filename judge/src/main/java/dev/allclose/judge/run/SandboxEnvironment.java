package dev.allclose.judge.run;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole environment a harness starts with: a fixed allow-list plus what its runner asks for.
 * Nothing of the judge's own environment (tokens, database URLs, the user's shell settings) passes.
 */
final class SandboxEnvironment {
  private SandboxEnvironment() {}

  static Map<String, String> of(LaunchSpec spec) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PATH", "/usr/bin:/bin");
    env.put("LANG", "C.UTF-8");
    env.put("LC_ALL", "C.UTF-8");
    env.put("HOME", spec.workDir().toString());
    env.put("TMPDIR", spec.tmp().toString());
    env.putAll(spec.environment());
    return env;
  }
}
