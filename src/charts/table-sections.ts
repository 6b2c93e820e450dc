import type { Cell, ChartTable } from "./definition.ts";

/** A run of a data table's rows under one group heading (none for rows before the first group). */
export interface TableSection {
  group?: Cell;
  rows: Cell[][];
}

/**
 * A chart's data table as the tables a page writes: the rows before the first
 * group heading, then each group heading with its rows. Each becomes a table of
 * its own with the same column heads, so every cell has exactly one column
 * heading and one row heading (a heading row in mid-table would make every cell
 * below it ambiguous: WCAG technique H43).
 */
export function tableSections(table: ChartTable): TableSection[] {
  const sections: TableSection[] = [];
  for (const row of table.rows) {
    if (row.group) sections.push({ group: row.cells[0]!, rows: [] });
    else {
      if (sections.length === 0) sections.push({ rows: [] });
      sections.at(-1)!.rows.push(row.cells);
    }
  }
  return sections.length ? sections : [{ rows: [] }];
}
