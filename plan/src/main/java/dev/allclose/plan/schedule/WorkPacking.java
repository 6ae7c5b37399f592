package dev.allclose.plan.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves work off days that exceed the daily minutes onto earlier days with room, in order where it
 * can: a day over budget hands its first item back to the latest earlier day with room; a day in
 * between that holds work of its own makes room by handing its own first items back in turn, and a
 * day with no movable work (free, or only tasks that belong to it) is passed over. Only when that
 * chain cannot make room does the item jump over the work in between to the latest earlier day with
 * room. Work moves only into room and never later, so a plan with no room to spare is left as it
 * was. Each day's load counts its movable work and the work fixed to it (daily and final-day
 * tasks). Not thread-safe: one instance per packing.
 */
final class WorkPacking {
  private final List<List<PlannedItem>> work;
  private final int[] fixed;
  private final int budget;

  private WorkPacking(List<List<PlannedItem>> work, int[] fixed, int budget) {
    this.work = work;
    this.fixed = fixed;
    this.budget = budget;
  }

  /**
   * The movable work of each day after packing.
   *
   * @param work the movable items of each day, in order
   * @param fixed the minutes of work that stays on each day
   */
  static List<List<PlannedItem>> pack(List<List<PlannedItem>> work, int[] fixed, int budget) {
    WorkPacking packing = new WorkPacking(copy(work), fixed, budget);
    for (int day = 0; day < fixed.length; day++) {
      while (packing.room(day) < 0 && packing.pullBack(day)) {
        // each success moves one item strictly earlier, so this ends
      }
    }
    return packing.work;
  }

  /** Moves the first item of {@code day} to an earlier day; false, nothing moved, if none can. */
  private boolean pullBack(int day) {
    if (work.get(day).isEmpty()) {
      return false;
    }
    PlannedItem first = work.get(day).get(0);
    List<List<PlannedItem>> saved = copy(work);
    int target = inOrder(day, first.minutes());
    if (target < 0) {
      restore(saved);
      target = anyRoom(day, first.minutes());
      if (target < 0) {
        return false;
      }
    }
    work.get(day).remove(0);
    work.get(target).add(first);
    return true;
  }

  /**
   * Keeping the order: the latest day before {@code day} with room for {@code minutes}, passing
   * over days without work of their own; a day with work makes room by handing its own first items
   * back. -1 when that fails, possibly with work moved (the caller restores it).
   */
  private int inOrder(int day, int minutes) {
    for (int d = day - 1; d >= 0; d--) {
      if (room(d) >= minutes) {
        return d;
      }
      if (!work.get(d).isEmpty()) {
        while (room(d) < minutes) {
          if (!pullBack(d)) {
            return -1;
          }
        }
        return d;
      }
    }
    return -1;
  }

  /** Out of order, when the work in between cannot make room: the latest earlier day with room. */
  private int anyRoom(int day, int minutes) {
    for (int d = day - 1; d >= 0; d--) {
      if (room(d) >= minutes) {
        return d;
      }
    }
    return -1;
  }

  private void restore(List<List<PlannedItem>> saved) {
    work.clear();
    work.addAll(saved);
  }

  private int room(int day) {
    return budget - fixed[day] - work.get(day).stream().mapToInt(PlannedItem::minutes).sum();
  }

  private static List<List<PlannedItem>> copy(List<List<PlannedItem>> days) {
    List<List<PlannedItem>> out = new ArrayList<>();
    days.forEach(d -> out.add(new ArrayList<>(d)));
    return out;
  }
}
