import { withBenchPage } from './browser-bench.js';
import type { SeekerBenchResult } from './seekers-bench-page.js';
import { ms, percentile, verdict } from './stats.js';

/** Issue 3 targets: NIK lookup p95 <= 5 ms, name prefix p95 <= 25 ms, each within 1.5x of raw IndexedDB. */
export async function benchSeekers(n: number): Promise<string[]> {
  const result = await withBenchPage('test/bench/seekers-bench-page.ts', async (page) => {
    await page.waitForFunction(() => 'runSeekerBench' in window);
    return page.evaluate(
      ([count, lookups]) =>
        (
          window as unknown as { runSeekerBench(n: number, l: number): Promise<SeekerBenchResult> }
        ).runSeekerBench(count, lookups),
      [n, 1000] as const,
    );
  });
  const nik = { repo: percentile(result.nikRepo, 95), raw: percentile(result.nikRaw, 95) };
  const prefix = { repo: percentile(result.prefixRepo, 95), raw: percentile(result.prefixRaw, 95) };
  return [
    `Pencari kerja di IndexedDB Chromium: ${result.n.toLocaleString('id-ID')} record`,
    `  isi massal lewat repository: ${Math.round(result.n / (result.insertMs / 1000)).toLocaleString('id-ID')} record/detik (${(result.insertMs / 1000).toFixed(1)} s)`,
    `  simpan satu pendaftaran (register): p50 ${ms(percentile(result.singleRegisterMs, 50))}, p95 ${ms(percentile(result.singleRegisterMs, 95))}`,
    `  cari NIK (repository): p50 ${ms(percentile(result.nikRepo, 50))}, p95 ${ms(nik.repo)} ${verdict(nik.repo, 5)}`,
    `  cari NIK (IndexedDB mentah): p50 ${ms(percentile(result.nikRaw, 50))}, p95 ${ms(nik.raw)}; rasio p95 ${(nik.repo / nik.raw).toFixed(2)}x ${verdict(nik.repo / nik.raw, 1.5)}`,
    `  awalan nama, 20 pertama (repository): p50 ${ms(percentile(result.prefixRepo, 50))}, p95 ${ms(prefix.repo)} ${verdict(prefix.repo, 25)}`,
    `  awalan nama (IndexedDB mentah): p50 ${ms(percentile(result.prefixRaw, 50))}, p95 ${ms(prefix.raw)}; rasio p95 ${(prefix.repo / prefix.raw).toFixed(2)}x ${verdict(prefix.repo / prefix.raw, 1.5)}`,
  ];
}
