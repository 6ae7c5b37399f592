package dev.allclose.plan.interviewday;

/** One thing to check, with a stable id so ticks survive rewording. */
public record ChecklistItem(String id, String text) {}
