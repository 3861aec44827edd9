/**
 * The weekly schedule over HTTP, on a real roadmap: a 5 h/week plan never over 5 h and prerequisites first,
 * its iCalendar file (parsed with ical.js) with one all-day event per week, the learner's own start and hours
 * kept, re-planning from today once behind, and the Chinese roadmap's calendar and Markdown in Chinese.
 */
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Concept, Outline } from '../../src/domain/roadmap.js';
import { client } from '../helpers/accounts.js';
import { insertBareRoadmap } from '../helpers/db.js';
import { startSystem, waitFor, type TestSystem } from '../helpers/system.js';

interface Week {
  week: number;
  start: string;
  hours: number;
  items: Array<{ conceptId: string; hours: number }>;
}

let sys: TestSystem;
let json: ReturnType<typeof client>;
beforeAll(async () => {
  sys = await startSystem('postgres');
  json = client(sys.baseUrl, null);
});
afterAll(() => sys?.close());

/** A document that is not JSON (the calendar, the Markdown export). */
const file = async (path: string) => {
  const res = await fetch(`${sys.baseUrl}${path}`);
  return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
};
const completed = async (request: object): Promise<{ id: string; outline: Outline }> => {
  const { body } = await json('POST', '/v1/roadmaps', request);
  return waitFor(async () => {
    const r = (await json('GET', `/v1/roadmaps/${body.id}`)).body;
    return r.status === 'completed' ? (r as { id: string; outline: Outline }) : undefined;
  }, 20_000, 'completion');
};
const conceptsOf = (o: Outline): Concept[] => o.stages.flatMap((s) => s.modules.flatMap((m) => m.concepts));

describe('schedule', () => {
  let roadmap: { id: string; outline: Outline };
  beforeAll(async () => {
    roadmap = await completed({ goal: 'Learn Python programming', hoursPerWeek: 5, weeks: 6 });
  });

  it('plans a 5 h/week roadmap with no week over 5 h, prerequisites first, every concept once', async () => {
    const { status, body } = await json('GET', `/v1/roadmaps/${roadmap.id}/schedule?start=2026-01-05&today=2026-01-07`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ roadmapId: roadmap.id, start: '2026-01-05', hoursPerWeek: 5, saved: false, today: '2026-01-07', currentWeek: 1, replanned: null });
    const weeks = body.weeks as Week[];
    expect(weeks.length).toBeGreaterThanOrEqual(5);
    const hours = new Map<string, number>();
    const order: string[] = [];
    weeks.forEach((w, i) => {
      expect(w.week).toBe(i + 1);
      expect(w.start).toBe(new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10));
      expect(w.hours).toBeLessThanOrEqual(5);
      expect(w.items.reduce((n, x) => n + x.hours, 0)).toBe(w.hours);
      for (const x of w.items) {
        hours.set(x.conceptId, (hours.get(x.conceptId) ?? 0) + x.hours);
        order.push(x.conceptId);
      }
    });
    const concepts = conceptsOf(roadmap.outline);
    expect(hours).toEqual(new Map(concepts.map((c) => [c.id, c.hours])));
    for (const c of concepts) for (const p of c.prerequisites) expect(order.lastIndexOf(p), `${p} before ${c.id}`).toBeLessThan(order.indexOf(c.id));
    // Some concept is bigger than what a week has left, so the plan really splits one.
    expect(weeks.some((w, i) => i > 0 && w.items[0]!.conceptId === weeks[i - 1]!.items.at(-1)!.conceptId)).toBe(true);
  });

  it('exports one all-day event per week as an iCalendar file that parses', async () => {
    const plan = (await json('GET', `/v1/roadmaps/${roadmap.id}/schedule?start=2026-01-05`)).body.weeks as Week[];
    const ics = await file(`/v1/roadmaps/${roadmap.id}/schedule?start=2026-01-05&format=ics`);
    expect(ics.status).toBe(200);
    expect(ics.type).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(ics.text) as unknown[]);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(plan.length);
    const titles = new Map(conceptsOf(roadmap.outline).map((c) => [c.id, c.title]));
    events.forEach((e, i) => {
      const week = plan[i]!;
      expect(e.startDate.isDate).toBe(true);
      expect(e.startDate.toString()).toBe(week.start);
      expect(e.endDate.toString()).toBe(new Date(Date.parse(week.start) + 7 * 86_400_000).toISOString().slice(0, 10));
      expect(e.summary).toBe(`Week ${week.week} · ${week.hours} h: ${week.items.map((x) => titles.get(x.conceptId)).join(', ')}`);
      expect(e.description.split('\n')).toHaveLength(week.items.length);
    });
  });

  it("keeps the learner's start and hours, and re-plans what is not done from today once behind", async () => {
    expect((await json('PUT', `/v1/roadmaps/${roadmap.id}/plan`, { start: '2026-03-02', hoursPerWeek: 3.5 })).body).toMatchObject({ start: '2026-03-02', hoursPerWeek: 3.5 });
    const onTime = (await json('GET', `/v1/roadmaps/${roadmap.id}/schedule?today=2026-03-04`)).body;
    expect(onTime).toMatchObject({ start: '2026-03-02', hoursPerWeek: 3.5, saved: true, currentWeek: 1, replanned: null });
    expect(Math.max(...(onTime.weeks as Week[]).map((w) => w.hours))).toBeLessThanOrEqual(3.5);

    const first = (onTime.weeks as Week[])[0]!.items.map((x) => x.conceptId);
    await json('PUT', `/v1/roadmaps/${roadmap.id}/progress/${first[0]}`, { done: true });
    // Four weeks in, only the first concept done: behind, so the rest is planned from today.
    const late = (await json('GET', `/v1/roadmaps/${roadmap.id}/schedule?today=2026-03-31`)).body;
    expect(late.replanned.from).toBe('2026-03-31');
    expect(late.replanned.behind).not.toContain(first[0]);
    expect(late.replanned.behind.length).toBeGreaterThan(0);
    expect(late.currentWeek).toBe(1);
    expect((late.weeks as Week[])[0]!.start).toBe('2026-03-31');
    const planned = new Set((late.weeks as Week[]).flatMap((w) => w.items.map((x) => x.conceptId)));
    expect(planned).toEqual(new Set(conceptsOf(roadmap.outline).map((c) => c.id).filter((id) => id !== first[0])));
  });

  it('refuses bad dates and hours, and a roadmap with no outline yet', async () => {
    for (const q of ['start=2026-02-30', 'start=2025-02-29', 'start=26-01-01', 'today=3000-01-01', 'format=pdf', 'weeks=3']) {
      expect((await json('GET', `/v1/roadmaps/${roadmap.id}/schedule?${q}`)).status, q).toBe(400);
    }
    for (const body of [{ start: '2026-01-05', hoursPerWeek: 0.5 }, { start: '2026-01-05', hoursPerWeek: 81 }, { start: 'today', hoursPerWeek: 5 }, { hoursPerWeek: 5 }]) {
      expect((await json('PUT', `/v1/roadmaps/${roadmap.id}/plan`, body)).status, JSON.stringify(body)).toBe(400);
    }
    const bare = await insertBareRoadmap(sys.api.pool, 'Learn nothing yet');
    expect((await json('GET', `/v1/roadmaps/${bare}/schedule`)).body.error.code).toBe('CONTENT_NOT_READY');
  });

  it("writes a Chinese roadmap's calendar and Markdown in Chinese", async () => {
    const zh = await completed({ goal: '学习 Python', language: 'zh-CN', hoursPerWeek: 4, weeks: 4 });
    const ics = await file(`/v1/roadmaps/${zh.id}/schedule?start=2026-01-05&format=ics`);
    const first = new ICAL.Event(new ICAL.Component(ICAL.parse(ics.text) as unknown[]).getFirstSubcomponent('vevent')!);
    expect(first.summary).toMatch(/^第 1 周 · [\d.]+ 小时：/);
    const md = (await file(`/v1/roadmaps/${zh.id}/export?format=md`)).text;
    expect(md).toMatch(/\*\*共 [\d.]+ 小时，4 周\*\*/);
    expect(md).toMatch(/\*[\d.]+ 小时 · (简单|中等|困难)( · 先学：[^*]+)?\*/);
    expect(md).toContain('**资源**');
    expect(md).toContain('**测验**');
    expect(md).toContain('<summary>答案</summary>');
    expect(md).not.toMatch(/ h · (easy|medium|hard)|after: /);
  });
});
