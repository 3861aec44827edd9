/**
 * The Grafana dashboard and the Prometheus alert rules speak only of metrics the registry defines, and the
 * alerts cover what an operator must hear about: stuck roadmaps, the oldest waiting job, the LLM error rate,
 * pool saturation, log lag and quota rejections.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { registry } from '../../src/telemetry/metrics.js';

/** Metric names in a PromQL expression: ours, and the default process and Node.js ones. */
function metricsIn(expr: string): string[] {
  return [...expr.matchAll(/\b(?:pathsmith|http|process|nodejs)_[a-z0-9_]+\b/g)].map((m) => m[0]);
}

/** A histogram's series are its name plus _bucket, _sum, _count. */
async function registered(): Promise<Set<string>> {
  const names = new Set<string>();
  for (const m of await registry.getMetricsAsJSON()) {
    names.add(m.name);
    if (String(m.type) === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(m.name + suffix);
  }
  return names;
}

interface Panel {
  title: string;
  targets?: Array<{ expr: string }>;
}

const dashboard = JSON.parse(readFileSync('deploy/grafana/pathsmith.json', 'utf8')) as { panels: Panel[] };
const rules = (parse(readFileSync('deploy/prometheus/alerts.yaml', 'utf8')) as { groups: Array<{ rules: Array<{ alert: string; expr: string }> }> }).groups.flatMap((g) => g.rules);

describe('dashboards and alerts', () => {
  it('the dashboard queries only registered metrics, in every panel', async () => {
    const known = await registered();
    const graphs = dashboard.panels.filter((p) => p.targets);
    expect(graphs.length).toBeGreaterThan(15);
    for (const p of graphs) {
      const used = p.targets!.flatMap((t) => metricsIn(t.expr));
      expect(used.length, p.title).toBeGreaterThan(0);
      for (const name of used) expect(known.has(name), `${p.title}: ${name}`).toBe(true);
    }
  });

  it('the alert rules query only registered metrics, and cover the operator’s must-knows', async () => {
    const known = await registered();
    for (const r of rules) for (const name of metricsIn(r.expr)) expect(known.has(name), `${r.alert}: ${name}`).toBe(true);
    const used = new Set(rules.flatMap((r) => metricsIn(r.expr)));
    for (const name of [
      'pathsmith_stuck_roadmaps',
      'pathsmith_queue_oldest_job_age_seconds',
      'pathsmith_llm_requests_total',
      'pathsmith_db_pool_connections',
      'pathsmith_log_lag_seconds_bucket',
      'pathsmith_limit_rejections_total',
    ]) {
      expect(used.has(name), name).toBe(true);
    }
  });
});
