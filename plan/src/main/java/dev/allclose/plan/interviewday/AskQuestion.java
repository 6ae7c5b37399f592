package dev.allclose.plan.interviewday;

/** A question to ask an interviewer, with its id in the content. */
public record AskQuestion(String id, String text) {}
