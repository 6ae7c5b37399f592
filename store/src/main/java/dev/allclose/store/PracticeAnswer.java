package dev.allclose.store;

/**
 * One answer of a practice session.
 *
 * @param item the question, paper or prompt id
 * @param answer what the user wrote, as JSON (one field per section of the round)
 * @param result the assessment (coverage, self-scores, flaw scores), as JSON
 * @param score the overall score in [0, 1]
 */
public record PracticeAnswer(
    int position,
    String item,
    String answer,
    long elapsedMs,
    long budgetMs,
    String result,
    double score) {}
