package dev.allclose.plan.interviewday;

import dev.allclose.plan.content.ContentFiles;
import dev.allclose.plan.content.ContentNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The interview-day checklists from {@code content/checklists.yaml}. */
public record Checklists(List<Checklist> all) {
  public Checklists {
    all = List.copyOf(all);
  }

  public static Checklists load() {
    return read(ContentFiles.resource("checklists.yaml"));
  }

  public static Checklists read(ContentNode root) {
    root.allow("checklists");
    List<Checklist> lists = new ArrayList<>();
    Set<String> listIds = new HashSet<>();
    for (ContentNode c : root.list("checklists")) {
      c.allow("id", "title", "items");
      List<ChecklistItem> items = new ArrayList<>();
      Set<String> itemIds = new HashSet<>();
      for (ContentNode i : c.list("items")) {
        i.allow("id", "text");
        ChecklistItem item = new ChecklistItem(i.text("id"), i.text("text"));
        if (!itemIds.add(item.id())) {
          throw i.error("id", "'" + item.id() + "' is used twice in this checklist");
        }
        items.add(item);
      }
      Checklist list = new Checklist(c.text("id"), c.text("title"), items);
      if (!listIds.add(list.id())) {
        throw c.error("id", "'" + list.id() + "' is used twice");
      }
      lists.add(list);
    }
    return new Checklists(lists);
  }

  public Optional<Checklist> get(String id) {
    return all.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
