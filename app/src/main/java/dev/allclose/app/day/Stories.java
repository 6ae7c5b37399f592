package dev.allclose.app.day;

import dev.allclose.app.AppException;
import dev.allclose.plan.stories.CompletenessCheck;
import dev.allclose.plan.stories.Gap;
import dev.allclose.plan.stories.PartSpec;
import dev.allclose.plan.stories.Prompt;
import dev.allclose.plan.stories.StoryBankContent;
import dev.allclose.store.BankEntry;
import dev.allclose.store.Store;
import dev.allclose.store.StoryBank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The STAR(L) story bank and the project briefs: entries numbered per kind, and what the bank still
 * lacks. Thread-safe.
 */
public final class Stories {
  public static final String STORY = "story";
  public static final String PROJECT = "project";

  private final Supplier<Store> store;

  public Stories(Supplier<Store> store) {
    this.store = store;
  }

  /** The kind an entry reference names, or a refusal that says which exist. */
  public static String kind(String text) {
    if (!text.equals(STORY) && !text.equals(PROJECT)) {
      throw AppException.invalid("the kind is story or project, not '" + text + "'");
    }
    return text;
  }

  /** The parts an entry of a kind is made of. */
  public static List<PartSpec> parts(StoryBankContent content, String kind) {
    return kind.equals(STORY) ? content.storyParts() : content.projectParts();
  }

  public List<BankEntry> list(String kind) {
    return bank().list(kind(kind));
  }

  public BankEntry add(
      String kind, @Nullable String prompt, String title, Map<String, String> parts) {
    return bank().add(kind(kind), prompt, title, parts);
  }

  /** An entry, or a refusal that says how to list them. */
  public BankEntry entry(String kind, int number) {
    return bank()
        .get(kind(kind), number)
        .orElseThrow(
            () ->
                AppException.notFound(
                    "no " + kind + " " + number + "; `allclose stories` lists them"));
  }

  /** Rewrites the given parts of an entry and returns it. */
  public BankEntry update(String kind, int number, Map<String, String> parts) {
    entry(kind, number);
    return bank().update(kind, number, parts).orElseThrow();
  }

  /** Deletes an entry and returns what it was. */
  public BankEntry remove(String kind, int number) {
    BankEntry e = entry(kind, number);
    bank().remove(kind, number);
    return e;
  }

  /**
   * Everything the bank lacks, one line each: prompts without a story, entries with parts missing,
   * thin or without a figure, and a portfolio without a project brief.
   */
  public List<String> gaps(StoryBankContent content) {
    List<String> out = new ArrayList<>();
    List<BankEntry> stories = bank().list(STORY);
    for (Prompt p : content.prompts()) {
      if (stories.stream().noneMatch(s -> p.id().equals(s.prompt()))) {
        out.add("Prompt " + p.title() + ": no story yet (allclose stories add " + p.id() + ")");
      }
    }
    for (String kind : List.of(STORY, PROJECT)) {
      for (BankEntry e : bank().list(kind)) {
        for (Gap g : CompletenessCheck.gaps(parts(content, kind), e.parts())) {
          out.add(kind + " " + e.number() + " (" + e.title() + "): " + g);
        }
      }
    }
    if (bank().list(PROJECT).isEmpty()) {
      out.add("Portfolio: no project brief yet (allclose stories project)");
    }
    return out;
  }

  private StoryBank bank() {
    return store.get().storyBank();
  }
}
