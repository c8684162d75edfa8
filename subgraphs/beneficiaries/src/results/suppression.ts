/**
 * Small-cell suppression for the monitoring role, in one place.
 *
 * The figures of one report form additive tables: a total and the cells that add up to it (the people of one
 * indicator by sex, by age band, by corner...; a province and its corners). Publishing every cell of a table but one,
 * and the total, gives the withheld cell away by subtraction. The rule, applied until nothing changes:
 *
 * 1. primary suppression: every count from 1 to `threshold - 1` is withheld (zeros are shown: a zero gives no one away);
 * 2. complementary suppression: in every table (its total and its cells), the number of withheld figures is either
 *    none or at least two; where exactly one is withheld, the smallest figure still shown in that table is withheld
 *    too (a non-zero cell first, then a zero cell, the table's total last).
 *
 * A figure may be in several tables (a province is a cell of the province table and the total of its corners);
 * complementary suppression in one table can make another table need one, hence the loop.
 */
export interface AdditiveTable {
  /** The keys of the total (or of the figures whose sum is the total: the provinces a group of corners serves). */
  totals: readonly string[];
  /** The keys of the cells that add up to it. */
  cells: readonly string[];
}

export function suppressSmallCells(values: ReadonlyMap<string, number>, tables: readonly AdditiveTable[], threshold: number): Set<string> {
  const withheld = new Set<string>();
  for (const [key, value] of values) if (value > 0 && value < threshold) withheld.add(key);
  const valueOf = (key: string) => values.get(key) ?? 0;
  for (let changed = true; changed;) {
    changed = false;
    for (const table of tables) {
      const members = [...table.totals, ...table.cells];
      if (members.filter((key) => withheld.has(key)).length !== 1) continue;
      const shown = (keys: readonly string[]) =>
        keys.filter((key) => !withheld.has(key)).sort((a, b) => valueOf(a) - valueOf(b) || (a < b ? -1 : 1));
      const candidate = shown(table.cells).find((key) => valueOf(key) > 0) ?? shown(table.cells)[0] ?? shown(table.totals)[0];
      if (candidate === undefined) continue;
      withheld.add(candidate);
      changed = true;
    }
  }
  return withheld;
}
