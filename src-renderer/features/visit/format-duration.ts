/** Minutes (fractional) as m:ss for the step clock, e.g. 2.5 -> "2:30". */
export function minutesClock(minutes: number): string {
  const seconds = Math.max(0, Math.floor(minutes * 60));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Local time of an ISO instant, "08:05". */
export function clockTime(iso: string): string {
  const d = new Date(iso);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
