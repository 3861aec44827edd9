/** An offline answer: the data a task returns, built from its context and the catalogue entry of its goal. */
import type { TaskContext } from '../../port.js';
import type { CatalogueEntry } from '../catalogue-schema.js';

export type OfflineAnswer = (ctx: TaskContext, entry: CatalogueEntry) => unknown;
