package dev.allclose.plan.stories;

import dev.allclose.plan.content.ContentFiles;
import dev.allclose.plan.content.ContentNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The story bank's content from {@code content/stories.yaml}: the STAR(L) parts of a story, the
 * prompts to prepare stories for, and the parts of a project brief.
 */
public record StoryBankContent(
    List<PartSpec> storyParts, List<Prompt> prompts, List<PartSpec> projectParts) {
  public StoryBankContent {
    storyParts = List.copyOf(storyParts);
    prompts = List.copyOf(prompts);
    projectParts = List.copyOf(projectParts);
  }

  public static StoryBankContent load() {
    return read(ContentFiles.resource("stories.yaml"));
  }

  public static StoryBankContent read(ContentNode root) {
    root.allow("story_parts", "prompts", "project_parts");
    List<Prompt> prompts = new ArrayList<>();
    for (ContentNode p : root.list("prompts")) {
      p.allow("id", "title", "ask");
      prompts.add(new Prompt(p.text("id"), p.text("title"), p.text("ask")));
    }
    unique(root, "prompts", prompts.stream().map(Prompt::id).toList());
    return new StoryBankContent(parts(root, "story_parts"), prompts, parts(root, "project_parts"));
  }

  private static List<PartSpec> parts(ContentNode root, String key) {
    List<PartSpec> parts = root.list(key).stream().map(PartSpec::read).toList();
    unique(root, key, parts.stream().map(PartSpec::id).toList());
    return parts;
  }

  private static void unique(ContentNode root, String key, List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw root.error(key, "the id '" + id + "' is used twice");
      }
    }
  }

  public Optional<Prompt> prompt(String id) {
    return prompts.stream().filter(p -> p.id().equals(id)).findFirst();
  }
}
