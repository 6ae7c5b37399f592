package dev.allclose.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allclose serve} killed with SIGKILL while it judges: every run it had answered with 202
 * gets its verdict from the server started again on the same home, and is recorded once.
 */
class ServerCrashTest {
  /**
   * The catalog's accepted multi-head attention, slowed to 0.3 s per call so that a run of 11 cases
   * can be caught mid-way.
   */
  static final String SLOW_MHA = slowMha();

  private static String slowMha() {
    try {
      String accepted =
          Files.readString(
              Path.of(
                  "../problems/catalog/multi-head-attention/submissions/accepted/vectorised.py"));
      String def = "def multi_head_attention(X, W_Q, W_K, W_V, W_O, n_heads, causal=False):\n";
      assertThat(accepted).contains(def);
      return "import time\n" + accepted.replace(def, def + "    time.sleep(0.3)\n");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TempDir Path tmp;
  @AutoClose final ProductProcesses product = new ProductProcesses();

  @Test
  void runsAcceptedBeforeAKillAreJudgedOnceByTheNextServer() throws Exception {
    Path home = Files.createDirectories(tmp.resolve("home"));
    ProductProcesses.Served first = product.serve(home, Map.of(), "--workers", "1");
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(product.submit(first, "1", SLOW_MHA));
    }
    // killed while judging the first run, with the other two waiting
    product.awaitCases(first, ids.get(0), 2);
    first.process().destroyForcibly(); // SIGKILL: no shutdown hook runs
    assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

    ProductProcesses.Served second = product.serve(home, Map.of(), "--workers", "1");
    for (String id : ids) {
      JsonNode run = product.awaitEnd(second, id, Duration.ofMinutes(2));
      assertThat(run.get("state").asText()).as(run.toString()).isEqualTo("done");
      assertThat(run.get("report").get("verdict").asText()).isEqualTo("accepted");
    }
    JsonNode mha = product.send(second, "GET", "/api/progress", null).get("rows").get(0);
    assertThat(mha.get("attempts").asInt()).as(mha.toString()).isEqualTo(3);
  }
}
