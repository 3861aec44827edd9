/**
 * Editing the outline from the web app: every change is one PATCH on the version the page shows, so a change
 * made elsewhere meanwhile comes back as a conflict the learner is told about (with a reload), never as a
 * silent overwrite. The move helpers turn "up", "down" and a drop into the API's move operations.
 */
import { useCallback, useEffect, useState } from 'react';
import type { OutlineOperationInput } from '../../src/domain/outline-edit.js';
import type { Outline } from '../../src/domain/roadmap.js';
import { api, ApiError, problemOf, type OutlineHistory, type RoadmapView } from './api.js';
import type { MessageParam, TextKey } from './i18n.js';
import type { Problem } from './logic.js';

export type EditNote =
  | { kind: 'saving' }
  | { kind: 'saved'; version: number; generating: boolean }
  | { kind: 'conflict' }
  | { kind: 'problem'; problem: Problem; issues?: string[] };

/** Where a concept sits: its module and its index there. */
export function placeOf(outline: Outline, conceptId: string): { moduleId: string; index: number; size: number } | undefined {
  for (const s of outline.stages)
    for (const m of s.modules) {
      const index = m.concepts.findIndex((c) => c.id === conceptId);
      if (index >= 0) return { moduleId: m.id, index, size: m.concepts.length };
    }
  return undefined;
}

/**
 * Moving a concept one place up or down: within its module, or across into the neighbouring module (to its end
 * going up, its start going down). Null at the very top or bottom of the outline.
 */
export function stepMove(outline: Outline, conceptId: string, direction: -1 | 1): OutlineOperationInput | null {
  const modules = outline.stages.flatMap((s) => s.modules);
  const at = placeOf(outline, conceptId);
  if (!at) return null;
  const index = at.index + direction;
  if (index >= 0 && index < at.size) return { op: 'move_concept', conceptId, moduleId: at.moduleId, index };
  const neighbour = modules[modules.findIndex((m) => m.id === at.moduleId) + direction];
  if (!neighbour) return null;
  return { op: 'move_concept', conceptId, moduleId: neighbour.id, index: direction === -1 ? neighbour.concepts.length : 0 };
}

/** Dropping a dragged concept on another: it takes that concept's place (the one dropped on moves along). */
export function dropMove(outline: Outline, conceptId: string, onto: string): OutlineOperationInput | null {
  const target = placeOf(outline, onto);
  const from = placeOf(outline, conceptId);
  if (!target || !from || conceptId === onto) return null;
  return { op: 'move_concept', conceptId, moduleId: target.moduleId, index: target.index };
}

/** "just now", "5 min ago", "3 h ago", else the date and time. */
export function sinceText(iso: string, now: number): { key: TextKey; params?: Record<string, MessageParam> } | { dateTime: string } {
  const minutes = Math.floor((now - Date.parse(iso)) / 60_000);
  if (minutes < 1) return { key: 'edit.justNow' };
  if (minutes < 60) return { key: 'edit.minutesAgo', params: { n: minutes } };
  if (minutes < 24 * 60) return { key: 'edit.hoursAgo', params: { n: Math.floor(minutes / 60) } };
  return { dateTime: iso };
}

/** How often a pending module re-planning is looked at: it takes an LLM call or two. */
const REGENERATION_POLL_MS = 1500;

/** The issues of a refused edit (422 OUTLINE_EDIT_INVALID), as their messages. */
function issuesOf(err: unknown): string[] | undefined {
  if (!(err instanceof ApiError) || err.body.code !== 'OUTLINE_EDIT_INVALID' || !Array.isArray(err.body.details)) return undefined;
  return (err.body.details as Array<{ message?: unknown }>).map((d) => String(d.message ?? ''));
}

/** The editing state of one roadmap page: apply operations, reload after a conflict, the latest history. */
export function useOutlineEditor(roadmap: RoadmapView | undefined, setRoadmap: (r: RoadmapView) => void, reload: () => void) {
  const [note, setNote] = useState<EditNote>();
  const [history, setHistory] = useState<OutlineHistory>();
  const id = roadmap?.id;
  const version = roadmap?.outlineVersion;
  const refreshHistory = useCallback(() => {
    if (id) api.outlineHistory(id).then(setHistory, () => undefined);
  }, [id]);
  useEffect(refreshHistory, [refreshHistory, version]);
  // While a module is being re-planned, look again now and then; once it is done, the outline has changed.
  const pending = history?.regenerations.some((g) => g.status === 'pending') ?? false;
  const latest = history?.regenerations[0];
  useEffect(() => {
    if (!pending) return;
    const timer = window.setTimeout(refreshHistory, REGENERATION_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [pending, history, refreshHistory]);
  useEffect(() => {
    if (latest?.status === 'completed' && latest.result?.toVersion !== version) reload();
  }, [latest?.status, latest?.result?.toVersion, version, reload]);

  const apply = useCallback(
    async (operations: OutlineOperationInput[]): Promise<boolean> => {
      if (!roadmap?.outline) return false;
      setNote({ kind: 'saving' });
      try {
        const edited = await api.editOutline(roadmap.id, roadmap.outlineVersion, operations);
        setRoadmap({ ...roadmap, outline: edited.outline, outlineVersion: edited.outlineVersion, status: edited.status });
        setNote({ kind: 'saved', version: edited.outlineVersion, generating: edited.added.length > 0 });
        // The rest of the view (content, actions) follows from the stored roadmap.
        reload();
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.body.code === 'OUTLINE_CONFLICT') setNote({ kind: 'conflict' });
        else setNote({ kind: 'problem', problem: problemOf(err), issues: issuesOf(err) });
        return false;
      }
    },
    [roadmap, setRoadmap, reload],
  );

  const regenerate = useCallback(
    async (moduleId: string, instructions: string): Promise<boolean> => {
      if (!roadmap) return false;
      try {
        await api.regenerateModule(roadmap.id, moduleId, instructions, roadmap.outlineVersion);
        refreshHistory();
        return true;
      } catch (err) {
        if (err instanceof ApiError && err.body.code === 'OUTLINE_CONFLICT') setNote({ kind: 'conflict' });
        else setNote({ kind: 'problem', problem: problemOf(err) });
        return false;
      }
    },
    [roadmap, refreshHistory],
  );

  return { note, history, apply, regenerate, refreshHistory, clearNote: () => setNote(undefined) };
}

export type OutlineEditor = ReturnType<typeof useOutlineEditor>;
