package dev.allclose.interview.bank;

/**
 * A part of a structured answer (a critique section, a design section, a part of an open-problems
 * answer): its id in the bank and in stored answers, and the question that asks for it.
 */
public interface AnswerPart extends Named {
  String question();
}
