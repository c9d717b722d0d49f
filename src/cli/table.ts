// A plain-text table for a terminal: columns padded to their widths, the last column cut to the screen, at a word
// where it can be.

export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], width = 100): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => (row[i] ?? "").length)));
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const last = Math.max(12, width - fixed);
  // A cut text ends at a word where one ends in its second half: "Two Armenian…" rather than "Two Armenian sol…".
  const cut = (text: string, max: number) => {
    if (text.length <= max) return text;
    const kept = text.slice(0, max - 1);
    const space = kept.lastIndexOf(" ");
    return `${(space >= max / 2 ? kept.slice(0, space) : kept).trimEnd().replace(/[,;:]$/, "")}…`;
  };
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === cells.length - 1 ? cut(cell, last) : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd();
  return [
    line(headers),
    line(widths.map((w, i) => "─".repeat(i === widths.length - 1 ? Math.min(w, last) : w))),
    ...rows.map(line),
  ].join("\n");
}
