/**
 * Integrity of the offline provider's curated catalogue (`catalogue/*.yaml`): every entry must be a well-formed
 * outline that the planner can use as-is (slug ids, acyclic prerequisites in reading order, sane hours, real
 * links, Chinese text). The same rules are enforced when the catalogue loads; broken files name file and path.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkOutline } from '../../src/domain/outline-checks.js';
import { roadmapRequestSchema } from '../../src/domain/roadmap.js';
import { CATALOGUE_DIR, CatalogueError, catalogue, loadCatalogue } from '../../src/llm/offline/catalogue.js';
import type { CatalogueConcept, CatalogueEntry } from '../../src/llm/offline/catalogue-schema.js';
import { planOutline } from '../../src/llm/offline/planner.js';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const CJK = /[\u4e00-\u9fff]/;
const DIFFICULTIES = new Set(['easy', 'medium', 'hard']);
const LINK_TYPES = new Set(['documentation', 'tutorial', 'book', 'course', 'video', 'tool', 'article']);
const CATALOGUE = catalogue();

function conceptsInOrder(entry: CatalogueEntry): CatalogueConcept[] {
  return entry.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));
}

function nonEmpty(text: string | undefined): boolean {
  return typeof text === 'string' && text.trim().length > 0;
}

describe('catalogue loader', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A temp catalogue holding a copy of `go.yaml` with each `[from, to]` replaced (every `from` must occur). */
  function fixture(edits: [string | RegExp, string][] = [], name = 'go.yaml'): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'pathsmith-catalogue-'));
    dirs.push(dir);
    let text = readFileSync(path.join(CATALOGUE_DIR, 'go.yaml'), 'utf8');
    for (const [from, to] of edits) {
      expect(typeof from === 'string' ? text.includes(from) : from.test(text), `fixture edit ${String(from)}`).toBe(true);
      text = text.replace(from, to);
    }
    writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it('loads an unchanged copy of a shipped file', () => {
    const [entry] = loadCatalogue(fixture());
    expect(entry?.key).toBe('go');
  });

  it('names the file and the path of a wrong field', () => {
    const dir = fixture([[/hours: 1\.5\n/, 'hours: "one and a half"\n']]);
    expect(() => loadCatalogue(dir)).toThrow(CatalogueError);
    expect(() => loadCatalogue(dir)).toThrow(`${path.join(dir, 'go.yaml')}: stages[0].modules[0].concepts[0].hours:`);
  });

  it('names the path of a missing translation, an unknown field and a non-https link', () => {
    const missing = fixture([[/\n {10}zh: 快速上手\n/, '\n']]);
    expect(() => loadCatalogue(missing)).toThrow(/go\.yaml: stages\[0\]\.modules\[0\]\.title\.zh: /);
    const unknown = fixture([[/\nstages:\n/, '\nextra: 1\nstages:\n']]);
    expect(() => loadCatalogue(unknown)).toThrow(/go\.yaml: \(file\): Unrecognized key: "extra"/);
    const http = fixture([['https://go.dev/doc/code', 'http://go.dev/doc/code']]);
    expect(() => loadCatalogue(http)).toThrow(/concepts\[0\]\.links\[1\]\.url: must be an https URL/);
  });

  it('rejects a prerequisite that is not earlier in the entry, and a repeated id', () => {
    const forward = fixture([['prerequisites: [ toolchain-modules ]', 'prerequisites: [ control-flow ]']]);
    expect(() => loadCatalogue(forward)).toThrow(/stages\[0\]\.modules\[0\]\.concepts\[1\]\.prerequisites\[0\]: "control-flow" is not a concept earlier/);
    const repeated = fixture([['- id: basic-types', '- id: toolchain-modules']]);
    expect(() => loadCatalogue(repeated)).toThrow(/concepts\[1\]\.id: id "toolchain-modules" is used more than once/);
    const reserved = fixture([['- id: pipelines', '- id: capstone-build']]);
    expect(() => loadCatalogue(reserved)).toThrow(/go\.yaml: stages: the id "capstone-build" is reserved/);
  });

  it('rejects invalid YAML, a key that is not the file name, and an alias two entries share', () => {
    expect(() => loadCatalogue(fixture([[/$/, '\n  : [unclosed\n']]))).toThrow(/go\.yaml: not valid YAML: /);
    expect(() => loadCatalogue(fixture([], 'golang.yaml'))).toThrow(/golang\.yaml: key: must be "golang"/);
    const dir = fixture([['[ golang,', '[ go backend, golang,']]);
    copyFileSync(path.join(CATALOGUE_DIR, 'go-backend.yaml'), path.join(dir, 'go-backend.yaml'));
    expect(() => loadCatalogue(dir)).toThrow(/match\.aliases: "go backend" is also an alias of/);
  });

  it('is found from the compiled code whatever the working directory', () => {
    const script = "import('./dist/src/llm/offline/catalogue.js').then((m) => process.stdout.write(String(m.catalogue().length)))";
    const cwd = path.dirname(CATALOGUE_DIR);
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script.replace('./dist', path.join(cwd, 'dist'))], { cwd: tmpdir(), encoding: 'utf8' });
    expect(Number(out)).toBe(CATALOGUE.length);
    const pkg = JSON.parse(readFileSync(path.join(cwd, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('catalogue');
  });
});

describe('offline catalogue', () => {
  it('has at least 20 entries, one file each', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(20);
    expect(catalogue()).toBe(CATALOGUE); // loaded once
  });

  it('has unique slug keys', () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key, key).toMatch(ID);
  });

  it('gives every entry an English and Chinese title and summary', () => {
    for (const e of CATALOGUE) {
      expect(nonEmpty(e.title.en), `${e.key} title.en`).toBe(true);
      expect(nonEmpty(e.summary.en), `${e.key} summary.en`).toBe(true);
      expect(nonEmpty(e.title.zh), `${e.key} title.zh`).toBe(true);
      expect(CJK.test(e.summary.zh), `${e.key} summary.zh`).toBe(true);
    }
  });

  it('uses lower-case, non-empty aliases in both languages that no two entries share', () => {
    const owner = new Map<string, string>();
    for (const e of CATALOGUE) {
      expect(e.match.aliases.en.length, `${e.key} has English aliases`).toBeGreaterThan(0);
      expect(e.match.aliases.zh.length, `${e.key} has Chinese aliases`).toBeGreaterThan(0);
      for (const phrase of [...e.match.aliases.en, ...e.match.aliases.zh]) {
        expect(nonEmpty(phrase), `${e.key}: empty phrase`).toBe(true);
        expect(phrase, `${e.key}: "${phrase}" is not lower case`).toBe(phrase.toLowerCase());
        expect(phrase, `${e.key}: "${phrase}" has outer spaces`).toBe(phrase.trim());
        const previous = owner.get(phrase);
        expect(previous === undefined || previous === e.key, `"${phrase}" is used by ${previous} and ${e.key}`).toBe(true);
        owner.set(phrase, e.key);
      }
      for (const zh of e.match.aliases.zh) expect(zh, e.key).toMatch(CJK);
    }
  });

  for (const entry of CATALOGUE) {
    describe(entry.key, () => {
      it('has slug ids, unique within the entry, and no empty stage or module', () => {
        expect(entry.stages.length, 'stages').toBeGreaterThan(0);
        const ids = new Set<string>();
        for (const stage of entry.stages) {
          expect(stage.modules.length, `stage ${stage.id} is empty`).toBeGreaterThan(0);
          for (const node of [stage, ...stage.modules, ...stage.modules.flatMap((m) => m.concepts)]) {
            expect(node.id, node.id).toMatch(ID);
            expect(ids.has(node.id), `duplicate id ${node.id}`).toBe(false);
            ids.add(node.id);
          }
          for (const mod of stage.modules) expect(mod.concepts.length, `module ${mod.id} is empty`).toBeGreaterThan(0);
        }
      });

      it('plans outlines that pass the hard checks (ids unique across stages, modules and concepts)', () => {
        for (const [hoursPerWeek, weeks, level] of [[8, 10, 'beginner'], [2, 3, 'advanced'], [20, 40, 'intermediate']] as const) {
          const request = roadmapRequestSchema.parse({ goal: entry.match.aliases.en[0] ?? entry.key, hoursPerWeek, weeks, level });
          expect(checkOutline(planOutline(entry, request), hoursPerWeek * weeks)).toEqual([]);
        }
      });

      it('has 3–4 stages of 2–3 modules, each with 2–4 concepts', () => {
        expect(entry.stages.length, 'stages').toBeGreaterThanOrEqual(3);
        expect(entry.stages.length, 'stages').toBeLessThanOrEqual(4);
        for (const stage of entry.stages) {
          expect(stage.modules.length, `modules in ${stage.id}`).toBeGreaterThanOrEqual(2);
          expect(stage.modules.length, `modules in ${stage.id}`).toBeLessThanOrEqual(3);
          for (const mod of stage.modules) {
            expect(mod.concepts.length, `concepts in ${mod.id}`).toBeGreaterThanOrEqual(2);
            expect(mod.concepts.length, `concepts in ${mod.id}`).toBeLessThanOrEqual(4);
          }
        }
      });

      it('only names prerequisites that come earlier in the entry', () => {
        const seen = new Set<string>();
        for (const concept of conceptsInOrder(entry)) {
          expect(new Set(concept.prerequisites).size, `${concept.id}: repeated prerequisite`).toBe(concept.prerequisites.length);
          for (const prereq of concept.prerequisites) {
            expect(seen.has(prereq), `${concept.id} requires ${prereq}, which is not earlier in ${entry.key}`).toBe(true);
          }
          seen.add(concept.id);
        }
      });

      it('has English and Chinese text on every stage, module and concept', () => {
        for (const stage of entry.stages) {
          for (const node of [stage, ...stage.modules, ...stage.modules.flatMap((m) => m.concepts)]) {
            expect(nonEmpty(node.title.en), `${node.id} title.en`).toBe(true);
            expect(nonEmpty(node.description.en), `${node.id} description.en`).toBe(true);
            // Chinese titles may legitimately be a term such as "Stream API"; descriptions must be Chinese.
            expect(nonEmpty(node.title.zh), `${node.id} title.zh`).toBe(true);
            expect(CJK.test(node.description.zh), `${node.id} description.zh`).toBe(true);
          }
        }
      });

      it('has sane hours, difficulty and keywords', () => {
        for (const concept of conceptsInOrder(entry)) {
          expect(concept.hours, `${concept.id} hours`).toBeGreaterThanOrEqual(0.5);
          expect(concept.hours, `${concept.id} hours`).toBeLessThanOrEqual(40);
          expect(DIFFICULTIES.has(concept.difficulty), `${concept.id} difficulty`).toBe(true);
          expect(concept.keywords.length, `${concept.id} keywords`).toBeGreaterThanOrEqual(1);
          expect(concept.keywords.length, `${concept.id} keywords`).toBeLessThanOrEqual(12);
          for (const keyword of concept.keywords) expect(nonEmpty(keyword), `${concept.id} keyword`).toBe(true);
        }
        const firstStageHard = entry.stages[0]?.modules.flatMap((m) => m.concepts).filter((c) => c.difficulty === 'hard');
        expect(firstStageHard?.map((c) => c.id), 'the first stage has no hard concept').toEqual([]);
      });

      it('gives every concept 1–4 https links, each with a reason', () => {
        for (const concept of conceptsInOrder(entry)) {
          expect(concept.links.length, `${concept.id} links`).toBeGreaterThanOrEqual(1);
          expect(concept.links.length, `${concept.id} links`).toBeLessThanOrEqual(4);
          const urls = new Set<string>();
          for (const link of concept.links) {
            const url = new URL(link.url);
            expect(url.protocol, `${concept.id}: ${link.url}`).toBe('https:');
            expect(urls.has(link.url), `${concept.id}: duplicate link ${link.url}`).toBe(false);
            urls.add(link.url);
            expect(nonEmpty(link.title), `${concept.id}: link title`).toBe(true);
            expect(nonEmpty(link.why.en), `${concept.id}: link why`).toBe(true);
            expect(LINK_TYPES.has(link.type), `${concept.id}: link type ${link.type}`).toBe(true);
          }
        }
      });
    });
  }
});
