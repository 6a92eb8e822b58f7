import type { NetworkSignal, SyncScheduler } from '../../src-renderer/sync/sync-world.js';

/** Timers that fire only when the test says so; remembers the delays asked for. */
export class ManualScheduler implements SyncScheduler {
  readonly delays: number[] = [];
  private timers: { task: () => void; ms: number }[] = [];

  setTimer(task: () => void, ms: number): () => void {
    const timer = { task, ms };
    this.delays.push(ms);
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((item) => item !== timer);
    };
  }

  get pending(): readonly number[] {
    return this.timers.map((timer) => timer.ms);
  }

  /** Fires every pending timer once (they may schedule new ones). */
  fireAll(): void {
    const due = this.timers;
    this.timers = [];
    for (const timer of due) timer.task();
  }
}

/** navigator.onLine and the `online` event, switched by the test. */
export class FakeNetwork implements NetworkSignal {
  private online = true;
  private readonly listeners = new Set<() => void>();

  isOnline(): boolean {
    return this.online;
  }

  onOnline(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  goOffline(): void {
    this.online = false;
  }

  goOnline(): void {
    this.online = true;
    for (const listener of this.listeners) listener();
  }
}
