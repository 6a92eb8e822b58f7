/** Percentile of a list of durations (nearest-rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 3 : 1)} ms`;
}

/** "OK" or "MELESET" against a target, for the printed table. */
export function verdict(value: number, target: number): string {
  return value <= target ? `OK (target <= ${target})` : `MELESET (target <= ${target})`;
}
