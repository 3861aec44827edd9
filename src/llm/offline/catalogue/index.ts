/**
 * The offline provider's curated catalogue: hand-written curricula for popular learning goals, grouped by
 * domain in the sibling files. Entries are selected by their `match` phrases; order here is display order only.
 */
import type { CatalogueEntry } from '../catalogue-types.js';
import { cloudDevops } from './cloud-devops.js';
import { cloudDevopsOps } from './cloud-devops-ops.js';
import { csFundamentals } from './cs-fundamentals.js';
import { csFundamentalsSystems } from './cs-fundamentals-systems.js';
import { dataMl } from './data-ml.js';
import { dataMlModels } from './data-ml-models.js';
import { programmingLanguages } from './programming-languages.js';
import { programmingLanguagesGo } from './programming-languages-go.js';
import { programmingLanguagesSystems } from './programming-languages-systems.js';
import { programmingLanguagesTypescriptJava } from './programming-languages-typescript-java.js';
import { security } from './security.js';
import { web } from './web.js';
import { webPython } from './web-python.js';

export const CATALOGUE: readonly CatalogueEntry[] = Object.freeze([
  ...programmingLanguages,
  ...programmingLanguagesGo,
  ...programmingLanguagesTypescriptJava,
  ...programmingLanguagesSystems,
  ...web,
  ...webPython,
  ...dataMl,
  ...dataMlModels,
  ...cloudDevops,
  ...cloudDevopsOps,
  ...csFundamentals,
  ...csFundamentalsSystems,
  ...security,
]);
