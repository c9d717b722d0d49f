// CSV as RFC 4180 has it: a header row, CRLF line ends, fields quoted where they hold a comma, quote or line end.
// Holds no data, so the command line can use it without bundling the dataset.

export type Cell = string | number | null;
export type Row = Record<string, Cell>;

function field(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function rowsToCSV(columns: readonly string[], rows: readonly Row[]): string {
  return [columns, ...rows.map((row) => columns.map((name) => row[name] ?? null))]
    .map((cells) => `${cells.map((cell) => field(cell as Cell)).join(",")}\r\n`)
    .join("");
}
