package dev.allclose.store;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** The tracker: for each problem its status, first-solved date, attempts, time and note. */
public final class Progress {
  private final Jdbi jdbi;

  Progress(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** One row per given problem, in the given order. */
  public List<ProgressRow> rows(Collection<String> problems) {
    Map<String, ProgressRow> known = new LinkedHashMap<>();
    jdbi.useHandle(
        h ->
            h.createQuery(
                    """
            SELECT p.problem,
                   (SELECT MIN(s.created_at) FROM submissions s
                     WHERE s.problem = p.problem AND s.kind = 'submit' AND s.verdict = 'accepted') AS first_solved,
                   (SELECT COUNT(*) FROM submissions s WHERE s.problem = p.problem AND s.kind = 'submit') AS attempts,
                   (SELECT COUNT(*) FROM submissions s WHERE s.problem = p.problem) AS runs,
                   (SELECT s.elapsed_ms FROM submissions s
                     WHERE s.problem = p.problem AND s.kind = 'submit' AND s.verdict = 'accepted'
                     ORDER BY s.created_at LIMIT 1) AS solve_ms,
                   (SELECT n.body FROM notes n WHERE n.problem = p.problem) AS note,
                   (SELECT d.score FROM derivations d WHERE d.problem = p.problem
                     ORDER BY d.created_at DESC, d.id DESC LIMIT 1) AS derivation_score
              FROM (SELECT problem FROM submissions UNION SELECT problem FROM notes
                    UNION SELECT problem FROM derivations) p
            """)
                .map(
                    (rs, ctx) -> {
                      long first = rs.getLong("first_solved");
                      Instant firstSolved = rs.wasNull() ? null : Instant.ofEpochMilli(first);
                      long solve = rs.getLong("solve_ms");
                      Long solveMs = rs.wasNull() ? null : solve;
                      double derivation = rs.getDouble("derivation_score");
                      Double derivationScore = rs.wasNull() ? null : derivation;
                      return new ProgressRow(
                          rs.getString("problem"),
                          firstSolved,
                          rs.getInt("attempts"),
                          rs.getInt("runs"),
                          solveMs,
                          rs.getString("note"),
                          derivationScore);
                    })
                .forEach(r -> known.put(r.problem(), r)));
    return problems.stream().map(p -> known.getOrDefault(p, ProgressRow.untouched(p))).toList();
  }
}
