package dev.allclose.plan.stats;

/**
 * Solved problems of one group (a section or a difficulty) against the group's size in the catalog.
 *
 * @param inCatalog problems of the group in the catalog
 * @param catalogSize problems in the whole catalog
 * @param solvedTotal problems solved in the whole catalog
 */
public record Share(String group, int solved, int inCatalog, int catalogSize, int solvedTotal) {
  /** The group's part of the catalog, in percent. */
  public double catalogPercent() {
    return catalogSize == 0 ? 0 : 100.0 * inCatalog / catalogSize;
  }

  /** The group's part of what is solved, in percent. */
  public double solvedPercent() {
    return solvedTotal == 0 ? 0 : 100.0 * solved / solvedTotal;
  }

  /** How much of the group is solved, in percent. */
  public double coveredPercent() {
    return inCatalog == 0 ? 0 : 100.0 * solved / inCatalog;
  }
}
