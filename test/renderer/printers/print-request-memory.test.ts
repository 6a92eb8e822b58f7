import { describe, expect, it } from 'vitest';
import { createPrintRequestMemory } from '../../../src-renderer/features/printers/print-request-memory.js';
import type { PrintOrder } from '../../../src-renderer/features/printers/print-order.js';

/** Just enough of the Web Storage API, backed by a Map. */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const ticket: PrintOrder = {
  kind: 'ticket',
  request: {
    ticket: { number: 'A-012', service: 'Pembuatan Kartu AK/I', issuedAt: '2025-03-14T01:05:00Z' },
  },
};

describe('remembered print requests ("Coba cetak lagi")', () => {
  it('gives back the request a job printed, even to another screen reading the same storage', () => {
    const storage = new MemoryStorage();
    createPrintRequestMemory(storage).remember('job-1', ticket);
    createPrintRequestMemory(storage).remember('job-2', {
      kind: 'test',
      request: { printer: 'card' },
    });
    const other = createPrintRequestMemory(storage);
    expect(other.recall('job-1')).toEqual(ticket);
    expect(other.recall('job-2')).toEqual({ kind: 'test', request: { printer: 'card' } });
    expect(other.recall('job-3')).toBeUndefined();
  });

  it('keeps the last 60 jobs only', () => {
    const memory = createPrintRequestMemory(new MemoryStorage());
    for (let i = 0; i < 70; i += 1) memory.remember(`job-${i}`, ticket);
    expect(memory.recall('job-9')).toBeUndefined();
    expect(memory.recall('job-10')).toEqual(ticket);
    expect(memory.recall('job-69')).toEqual(ticket);
  });

  it('ignores damaged or tampered entries instead of printing them', () => {
    const storage = new MemoryStorage();
    storage.setItem('loket.print-requests', '{not json');
    expect(createPrintRequestMemory(storage).recall('job-1')).toBeUndefined();
    storage.setItem(
      'loket.print-requests',
      JSON.stringify([
        ['job-1', { kind: 'ticket', request: { ticket: { number: '' } } }],
        ['job-2', { kind: 'card', request: { sha256: 'not-a-hash' } }],
        ['job-3', { kind: 'format-disk', request: {} }],
      ]),
    );
    const memory = createPrintRequestMemory(storage);
    expect(memory.recall('job-1')).toBeUndefined();
    expect(memory.recall('job-2')).toBeUndefined();
    expect(memory.recall('job-3')).toBeUndefined();
  });

  it('works without storage: nothing is remembered, nothing breaks', () => {
    const memory = createPrintRequestMemory(undefined);
    memory.remember('job-1', ticket);
    expect(memory.recall('job-1')).toBeUndefined();
  });
});
