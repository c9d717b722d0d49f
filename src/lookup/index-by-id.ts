/** Every id and alias, each to its record: an alias resolves to the record it was merged into or renamed to. */
export function indexById<T extends { id: string; aliases?: readonly string[] | undefined }>(
  records: readonly T[],
): Map<string, T> {
  return new Map(
    records.flatMap((r) => [[r.id, r] as const, ...(r.aliases ?? []).map((alias) => [alias, r] as const)]),
  );
}
