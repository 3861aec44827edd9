/**
 * The Kubernetes manifests (deploy/k8s) and the compose file, parsed with `yaml` and checked against the code:
 * every variable they set is one src/config.ts reads (and the settings load), probe paths answer on a real API
 * and exist on the workers' metrics port, ports and images agree, pods are non-root with a read-only root, grace
 * periods outlast the shutdown timeout, and the KEDA triggers count BullMQ's waiting jobs on both backends.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import pg from 'pg';
import { ENV_KEYS, loadConfig } from '../../src/config.js';
import { createQueueKit } from '../../src/queue/kit.js';
import { METRICS_PATHS } from '../../src/telemetry/metrics-server.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { clearRedisNamespace, TEST_REDIS_URL } from '../helpers/services.js';
import { startSystem, type TestSystem } from '../helpers/system.js';

type Doc = Record<string, any>;
const ROOT = 'deploy/k8s';

function yamlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? yamlFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
}
const docs: Array<{ file: string; doc: Doc }> = yamlFiles(ROOT).flatMap((file) =>
  parseAllDocuments(readFileSync(file, 'utf8')).map((d) => {
    expect(d.errors, file).toEqual([]);
    return { file, doc: d.toJS() as Doc };
  }),
);
const ofKind = (kind: string) => docs.filter((d) => d.doc.kind === kind);
const kustomizations = docs.filter((d) => d.doc.kind === 'Kustomization' || d.doc.kind === 'Component');
const overlays = ofKind('Kustomization').filter((k) => k.file.includes('/overlays/'));
const workloads = [...ofKind('Deployment'), ...ofKind('Job')];
const podSpec = (w: Doc) => w.spec.template.spec as Doc;
const containers = (w: Doc) => podSpec(w).containers as Doc[];
const configMap = ofKind('ConfigMap').find((c) => c.doc.metadata.name === 'pathsmith-config')!.doc.data as Record<string, string>;
const literals = (entries: Doc[] | undefined, name: string) =>
  Object.fromEntries((entries?.find((e) => e.name === name)?.literals ?? []).map((l: string) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

describe('deploy/k8s', () => {
  it('parses, and every kustomization names files that exist', () => {
    expect(workloads.map((w) => w.doc.metadata.name).sort()).toEqual(['pathsmith-api', 'pathsmith-content-worker', 'pathsmith-logs-worker', 'pathsmith-migrate']);
    for (const k of kustomizations) {
      for (const ref of [...(k.doc.resources ?? []), ...(k.doc.components ?? [])]) expect(existsSync(path.join(path.dirname(k.file), ref)), `${k.file}: ${ref}`).toBe(true);
    }
    expect(overlays.length).toBeGreaterThanOrEqual(2);
  });

  it('sets only variables src/config.ts reads, and they load as a configuration', () => {
    for (const key of Object.keys(configMap)) expect(ENV_KEYS, `ConfigMap ${key}`).toContain(key);
    for (const w of workloads) for (const c of containers(w.doc)) for (const e of c.env ?? []) expect(ENV_KEYS, `${w.doc.metadata.name}: ${e.name}`).toContain(e.name);
    for (const o of overlays) {
      const settings = { ...configMap, ...literals(o.doc.configMapGenerator, 'pathsmith-config'), ...literals(o.doc.secretGenerator, 'pathsmith-secrets') };
      for (const key of Object.keys(settings)) expect(ENV_KEYS, `${o.file}: ${key}`).toContain(key);
      for (const w of workloads) {
        const env = Object.fromEntries((containers(w.doc)[0]!.env ?? []).map((e: Doc) => [e.name, e.value]));
        expect(() => loadConfig({ ...settings, ...env }), `${o.file} × ${w.doc.metadata.name}`).not.toThrow();
      }
    }
  });

  it('runs one image everywhere, the one each overlay names', () => {
    const images = new Set(workloads.flatMap((w) => containers(w.doc).map((c) => c.image)));
    expect([...images]).toEqual(['pathsmith']);
    for (const o of overlays) expect(o.doc.images.map((i: Doc) => i.name)).toEqual(['pathsmith']);
  });

  it('agrees on ports: container ports, the settings, probes and Services', () => {
    const expected: Record<string, number> = { http: Number(configMap.PORT), metrics: Number(configMap.METRICS_PORT) };
    for (const w of ofKind('Deployment')) {
      const c = containers(w.doc)[0]!;
      const ports = Object.fromEntries((c.ports as Doc[]).map((p) => [p.name, p.containerPort]));
      for (const [name, port] of Object.entries(ports)) expect(port, `${w.doc.metadata.name} ${name}`).toBe(expected[name]);
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) expect(ports, `${w.doc.metadata.name} ${probe}`).toHaveProperty(c[probe].httpGet.port);
      expect(w.doc.spec.template.metadata.annotations['prometheus.io/port']).toBe(String(ports.metrics));
      const services = ofKind('Service').filter((s) => s.doc.spec.selector['app.kubernetes.io/name'] === w.doc.metadata.name);
      expect(services, w.doc.metadata.name).toHaveLength(1);
      for (const p of services[0]!.doc.spec.ports as Doc[]) expect(ports, `Service ${w.doc.metadata.name}`).toHaveProperty(p.targetPort);
      expect(w.doc.spec.template.metadata.labels).toMatchObject(w.doc.spec.selector.matchLabels);
    }
  });

  it('probes the workers on paths their metrics port serves', () => {
    for (const w of ofKind('Deployment').filter((d) => d.doc.metadata.name !== 'pathsmith-api')) {
      const c = containers(w.doc)[0]!;
      for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) expect(METRICS_PATHS).toContain(c[probe].httpGet.path);
      expect(c.readinessProbe.httpGet.path).toBe('/readyz');
    }
  });

  it('runs non-root on a read-only root with a writable /tmp, with requests and limits', () => {
    const dockerUser = /^USER (\d+):(\d+)$/m.exec(readFileSync('Dockerfile', 'utf8'));
    for (const w of workloads) {
      const spec = podSpec(w.doc);
      expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: Number(dockerUser?.[1]), runAsGroup: Number(dockerUser?.[2]) });
      for (const c of containers(w.doc)) {
        expect(c.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } });
        const tmp = (c.volumeMounts as Doc[]).find((m) => m.mountPath === '/tmp');
        expect((spec.volumes as Doc[]).find((v) => v.name === tmp?.name)?.emptyDir, `${w.doc.metadata.name} /tmp`).toBeDefined();
        for (const kind of ['requests', 'limits']) expect(Object.keys(c.resources[kind]).sort(), `${w.doc.metadata.name} ${kind}`).toEqual(['cpu', 'memory']);
      }
    }
  });

  it('gives stopping pods longer than the shutdown timeout, and guards every Deployment with a PDB', () => {
    const shutdownMs = loadConfig(configMap).SHUTDOWN_TIMEOUT_MS;
    for (const w of ofKind('Deployment')) {
      const spec = podSpec(w.doc);
      const preStop = Number(spec.containers[0].lifecycle?.preStop?.exec?.command?.[1] ?? 0);
      expect(spec.terminationGracePeriodSeconds * 1000, w.doc.metadata.name).toBeGreaterThan(shutdownMs + preStop * 1000);
      expect(ofKind('PodDisruptionBudget').some((p) => p.doc.spec.selector.matchLabels['app.kubernetes.io/name'] === w.doc.metadata.name), w.doc.metadata.name).toBe(true);
    }
    expect(ofKind('HorizontalPodAutoscaler').map((h) => h.doc.spec.scaleTargetRef.name)).toEqual(['pathsmith-api']);
  });

  it('scales both workers with KEDA in each component, and each overlay picks one', () => {
    const components = kustomizations.filter((k) => k.doc.kind === 'Component');
    for (const c of components) {
      const scaled = ofKind('ScaledObject').filter((s) => path.dirname(s.file) === path.dirname(c.file));
      expect(scaled.map((s) => s.doc.spec.scaleTargetRef.name).sort()).toEqual(['pathsmith-content-worker', 'pathsmith-logs-worker']);
      for (const s of scaled) for (const t of s.doc.spec.triggers as Doc[]) expect(ofKind('TriggerAuthentication').map((a) => a.doc.metadata.name)).toContain(t.authenticationRef.name);
    }
    for (const o of overlays) {
      expect(o.doc.components).toHaveLength(1);
      const backend = o.doc.components[0].includes('redis') ? 'redis' : 'postgres';
      expect(backend === 'redis', o.file).toBe('REDIS_URL' in literals(o.doc.secretGenerator, 'pathsmith-secrets'));
    }
  });
});

describe('the KEDA triggers count waiting jobs', () => {
  const triggers = (type: string) => ofKind('ScaledObject').flatMap((s) => (s.doc.spec.triggers as Doc[]).filter((t) => t.type === type).map((t) => t.metadata as Doc));
  const namespace = `keda_${Date.now().toString(36)}`;
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await clearRedisNamespace(namespace);
    await db?.drop();
  });

  for (const backend of ['postgres', 'redis'] as const) {
    it(`on ${backend}`, async () => {
      const kit = createQueueKit({ redisUrl: backend === 'redis' ? TEST_REDIS_URL : null, databaseUrl: db.url, namespace, postgresPoolMax: 2, connectionName: 'pathsmith:test' });
      try {
        await kit.queue('content').addBulk([1, 2, 3].map((i) => ({ name: 'concept', data: { i }, opts: { jobId: `keda-${i}` } })));
        await kit.queue('logs').add('batch', { events: [] }, { jobId: 'keda-logs' });
        const counts: Record<string, number> = {};
        if (backend === 'postgres') {
          const client = new pg.Client({ connectionString: db.url });
          await client.connect();
          for (const t of triggers('postgresql')) counts[String(/queue = '(\w+)'/.exec(t.query)?.[1])] = Number((await client.query(t.query)).rows[0].count);
          await client.end();
        } else {
          const redis = new Redis(TEST_REDIS_URL);
          for (const t of triggers('redis')) counts[String(t.listName).split(':')[1]!] = await redis.llen(String(t.listName).replace(/^pathsmith_queue:/, `${namespace}:`));
          await redis.quit();
        }
        expect(counts).toEqual({ roadmap: 0, content: 3, logs: 1 });
      } finally {
        await kit.close();
      }
    });
  }
  it('names the default queue namespace', () => {
    for (const t of triggers('redis')) expect(String(t.listName).startsWith(`${loadConfig({}).QUEUE_NAMESPACE}:`)).toBe(true);
  });
});

describe('probe paths answer on a real API', () => {
  let sys: TestSystem;
  beforeAll(async () => {
    sys = await startSystem('redis', { content: false, logs: false });
  });
  afterAll(() => sys?.close());

  it('GET each API probe path: 200', async () => {
    const api = ofKind('Deployment').find((d) => d.doc.metadata.name === 'pathsmith-api')!;
    const c = containers(api.doc)[0]!;
    for (const probe of ['startupProbe', 'livenessProbe', 'readinessProbe']) expect((await fetch(`${sys.baseUrl}${c[probe].httpGet.path}`)).status, probe).toBe(200);
  });
});

describe('docker-compose.yml', () => {
  const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as Doc;
  const roles = ['migrate', 'api', 'content-worker', 'logs-worker'];

  it('sets only variables src/config.ts reads, goes through PgBouncer, and checks each role', () => {
    for (const name of roles) {
      const s = compose.services[name];
      for (const key of Object.keys(s.environment)) expect(ENV_KEYS, `${name}: ${key}`).toContain(key);
      expect(() => loadConfig({ ...s.environment, HOST: '0.0.0.0', NODE_ENV: 'production', AUTH_MODE: 'accounts' })).not.toThrow();
      expect(new URL(s.environment.DATABASE_URL).host).toBe('pgbouncer:6432');
      expect(new URL(s.environment.DATABASE_DIRECT_URL).host).toBe('postgres:5432');
      expect(s.image).toBe('pathsmith:local');
    }
    for (const name of ['content-worker', 'logs-worker']) expect(compose.services[name].healthcheck.test.join(' ')).toContain(`127.0.0.1:${compose.services[name].environment.METRICS_PORT}/readyz`);
    expect(readFileSync('deploy/pgbouncer/pgbouncer.ini', 'utf8')).toMatch(/^pool_mode = transaction$/m);
  });
});
