/** Reading this process's metrics in tests (the in-process roles share one registry per test file). */
import type { Counter } from 'prom-client';

/** The counter's value for the series whose labels include `labels`; 0 before it was first counted. */
export async function counterValue(counter: Counter<string>, labels: Record<string, string>): Promise<number> {
  const series = (await counter.get()).values.find((v) => Object.entries(labels).every(([k, val]) => v.labels[k] === val));
  return series?.value ?? 0;
}
