import { z } from 'zod';

export interface CounterIdentity {
  /** Stable UUID of this counter PC, written on first run. */
  readonly id: string;
  /** Two digits, part of registration numbers (e.g. "01"). */
  readonly code: string;
  readonly name: string;
}

export interface AppInfo {
  readonly version: string;
  /** How the renderer reaches the main-process services. */
  readonly mode: 'electron' | 'browser';
  readonly counter: CounterIdentity;
  readonly dataDir: string;
  /** Server clock of the main process, ISO 8601. */
  readonly now: string;
}

export const appChannels = {
  'app:info': z.object({}).strict(),
} as const;

export interface AppResults {
  'app:info': AppInfo;
}

export type AppErrorCode = never;
