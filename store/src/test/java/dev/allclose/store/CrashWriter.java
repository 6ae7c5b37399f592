package dev.allclose.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Run in a child JVM by {@link CrashConsistencyTest}: writes submissions until it is killed. */
public final class CrashWriter {
  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Store store = Store.openSqlite(Path.of(args[0]));
    List<CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      cases.add(
          new CaseRecord(
              i, "case-" + i, i < 2, "accepted", "{\"padding\":\"" + "x".repeat(2000) + "\"}"));
    }
    System.out.println("ready");
    System.out.flush();
    for (int n = 0; ; n++) {
      store
          .submissions()
          .record(
              new NewSubmission(
                  "p", "submit", "python", "s.py", "src", "accepted", 50, 50, n, "{}", cases));
    }
  }
}
