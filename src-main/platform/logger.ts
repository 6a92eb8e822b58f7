export interface Logger {
  info(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  error(message: string, detail?: unknown): void;
}

/** Writes one line per entry to the given stream functions; the composition root picks them. */
export function createLogger(write: (line: string) => void, now: () => Date): Logger {
  const line = (level: string, message: string, detail?: unknown): void => {
    const suffix =
      detail === undefined
        ? ''
        : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    write(`${now().toISOString()} ${level} ${message}${suffix}`);
  };
  return {
    info: (m, d) => line('INFO', m, d),
    warn: (m, d) => line('WARN', m, d),
    error: (m, d) => line('ERROR', m, d),
  };
}

/** For tests and tools: remembers entries instead of printing them. */
export function createMemoryLogger(): Logger & { readonly lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    ...createLogger(
      (l) => lines.push(l),
      () => new Date(0),
    ),
  };
}
