/**
 * The offline provider's curated catalogue, loaded from `catalogue/*.yaml` at the package root: one file per
 * curriculum, so adding a curriculum is adding a file. Every file is validated when it is loaded; a broken file
 * stops the load with an error naming the file and the path inside it, never a half-read catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { packageRoot } from '../../paths.js';
import { catalogueEntrySchema, type CatalogueEntry } from './catalogue-schema.js';
import { derivedIds } from './extras.js';

/** The shipped catalogue (package.json `files` includes it, so it is found from `dist/` too). */
export const CATALOGUE_DIR = path.join(packageRoot, 'catalogue');

/** A catalogue file that cannot be used; retrying cannot help, the file must be fixed. */
export class CatalogueError extends Error {
  override name = 'CatalogueError';
}

/** `stages[0].modules[1].concepts[2].id`: where in the file the problem is. */
function formatPath(at: readonly PropertyKey[]): string {
  return at.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '') || '(file)';
}

function loadEntry(file: string): CatalogueEntry {
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) throw new CatalogueError(`${file}: not valid YAML: ${yamlError.message}`);
  const parsed = catalogueEntrySchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${formatPath(i.path)}: ${i.message}`);
    const more = issues.length > 10 ? `; …and ${issues.length - 10} more` : '';
    throw new CatalogueError(`${file}: ${issues.slice(0, 10).join('; ')}${more}`);
  }
  const expected = path.basename(file, '.yaml');
  const entry = parsed.data;
  if (entry.key !== expected) throw new CatalogueError(`${file}: key: must be "${expected}", the file's name`);
  // The planner adds practice, review and capstone items with ids made from the entry's: they must stay unique.
  const own = new Set(entry.stages.flatMap((s) => [s.id, ...s.modules.flatMap((m) => [m.id, ...m.concepts.map((c) => c.id)])]));
  const clash = derivedIds(entry).find((id) => own.has(id));
  if (clash) throw new CatalogueError(`${file}: stages: the id "${clash}" is reserved for what the planner adds to large plans`);
  return entry;
}

/** Checks what no single file can: an alias names one entry only. */
function checkAcross(entries: readonly CatalogueEntry[], dir: string): void {
  const owner = new Map<string, string>();
  for (const e of entries) {
    for (const alias of [...e.match.aliases.en, ...e.match.aliases.zh]) {
      const other = owner.get(alias);
      if (other && other !== e.key) throw new CatalogueError(`${path.join(dir, `${e.key}.yaml`)}: match.aliases: "${alias}" is also an alias of ${other}`);
      owner.set(alias, e.key);
    }
  }
}

/** Loads and validates every `*.yaml` file of `dir`, in file-name order. */
export function loadCatalogue(dir: string): CatalogueEntry[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  if (files.length === 0) throw new CatalogueError(`${dir}: no catalogue files (*.yaml)`);
  const entries = files.map((f) => loadEntry(path.join(dir, f)));
  checkAcross(entries, dir);
  return entries;
}

let shipped: readonly CatalogueEntry[] | undefined;

/** The shipped catalogue, loaded on first use and then kept: it is read-only data. */
export function catalogue(): readonly CatalogueEntry[] {
  shipped ??= Object.freeze(loadCatalogue(CATALOGUE_DIR));
  return shipped;
}
