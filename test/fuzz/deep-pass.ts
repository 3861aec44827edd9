/**
 * `npm run fuzz -- --runs N [--seed S] [--route TEXT]`: the fuzz test's generator and properties, N cases per
 * route (default 3000), counting every outcome instead of stopping at the first failure. Prints a progress line
 * per tenth of each route, then a table per route and one reproduction per kind of failure; exits 1 if any.
 */
import { parseArgs } from 'node:util';
import { fuzzRoute, startFuzzSystem, summarize, type RouteStats } from '../helpers/fuzz/harness.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3000' }, seed: { type: 'string' }, route: { type: 'string' } } });
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs must be a positive integer');
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

const fs = await startFuzzSystem();
const operations = fs.operations.filter((op) => !values.route || `${op.method} ${op.path}`.includes(values.route));
const started = performance.now();
console.log(`fuzzing ${operations.length} routes, ${runs} cases each, seed ${seed}`);
const results: RouteStats[] = [];
try {
  for (const [i, op] of operations.entries()) {
    let shown = 0;
    const stats = await fuzzRoute(fs, op, {
      cases: runs,
      seed: seed + i,
      mode: 'survey',
      onBatch: (s) => {
        if (s.cases < (shown + 1) * (runs / 10) && s.cases < runs) return;
        shown = Math.floor((s.cases * 10) / runs);
        console.log(`[${i + 1}/${operations.length}] ${s.route}: ${s.cases}/${runs} cases, ${s.s5xx} × 5xx, ${s.failures.length} failures, ${Math.round((performance.now() - started) / 1000)} s`);
      },
    });
    results.push(stats);
  }
} finally {
  await fs.close();
}

const row = (cells: Array<string | number>) => `| ${cells.join(' | ')} |`;
console.log(`\n${runs} cases per route, seed ${seed}, ${Math.round((performance.now() - started) / 1000)} s\n`);
console.log(row(['route', 'cases', '2xx', '4xx', '5xx', 'other', 'slowest ms', 'failures']));
console.log(row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:']));
for (const r of results) console.log(row([`\`${r.route}\``, r.cases, r.s2xx, r.s4xx, r.s5xx, r.other, Math.round(r.slowestMs), r.failures.length]));
const failing = results.filter((r) => r.failures.length > 0);
for (const r of failing) console.log(`\n## ${r.route}\n${summarize(r.failures)}`);
process.exitCode = failing.length > 0 ? 1 : 0;
