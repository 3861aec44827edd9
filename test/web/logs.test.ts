/** The execution log as the web app shows it: sequence order, step keys and messages in words, review rounds. */
import { describe, expect, it } from 'vitest';
import { translate } from '../../web/src/i18n.js';
import { bySeq, logMessage, reviewRound, stepName } from '../../web/src/logs.js';

const en = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params);
const zh = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('zh', key, params);

describe('execution log', () => {
  it('orders by seq as 64-bit integers, not as strings or doubles', () => {
    const seqs = ['1796113143337002', '999', '1796113143337001', '9007199254740993', '9007199254740992'];
    expect(seqs.map((seq) => ({ seq })).sort(bySeq).map((e) => e.seq)).toEqual([
      '999',
      '1796113143337001',
      '1796113143337002',
      '9007199254740992',
      '9007199254740993',
    ]);
  });

  it('names every kind of workflow step key in words, in both languages', () => {
    expect(['intent_analysis', 'outline', 'validation-0', 'repair-1', 'validation-1', 'review-1-repair', 'review-1-validation-0', 'review-2-repair-1'].map((k) => stepName(k, en))).toEqual([
      'Understanding your goal',
      'Drafting the outline',
      'Structure check (round 1)',
      'Repair (round 1)',
      'Structure check (round 2)',
      'Repair with your feedback (review 1)',
      'Structure check after review 1 (round 1)',
      'Repair after review 2 (round 1)',
    ]);
    expect(stepName('validation-2', zh)).toBe('结构检查（第 3 轮）');
    expect(stepName('something-new', en)).toBe('something-new');
  });

  it("turns the workflow's own messages into words and leaves the others as sent", () => {
    expect(logMessage({ message: 'Step validation-0 started' }, en)).toBe('Structure check (round 1): started');
    expect(logMessage({ message: 'Step review-1-repair completed' }, zh)).toBe('按你的反馈修复（第 1 次审阅）：完成');
    expect(logMessage({ message: 'quiz ready (v2)' }, en)).toBe('Quiz ready (version 2)');
    expect(logMessage({ message: 'Roadmap completed' }, en)).toBe('Roadmap completed');
  });

  it('says the standard events by their key in the UI language, with the values sent beside it', () => {
    const say = (message: string, details: Record<string, unknown>) => [logMessage({ message, details }, en), logMessage({ message, details }, zh)];
    expect(say('Roadmap generation started', { key: 'run.started' })).toEqual(['Roadmap generation started', '开始生成路线图']);
    expect(say('Outline final; generating content for every concept', { key: 'content.started' })).toEqual(['Outline final; generating content for every concept', '大纲已确定，正在为每个知识点生成内容']);
    expect(say('Step validation-1 completed', { key: 'step.completed', step: 'validation-1' })).toEqual(['Structure check (round 2): finished', '结构检查（第 2 轮）：完成']);
    expect(say('quiz ready (v3)', { key: 'piece.ready', kind: 'quiz', version: 3 })).toEqual(['Quiz ready (version 3)', '测验已就绪（第 3 版）']);
    expect(say('Outline ready for review (round 2)', { key: 'review.waiting', status: 'awaiting_review', round: 2 })[1]).toBe('大纲已可审阅（第 2 轮）');
    expect(say('Roadmap failed: boom', { key: 'run.finished', status: 'failed', reason: 'boom' })).toEqual(['Roadmap failed: boom', '路线图失败：boom']);
    expect(say('Retry requested (was partial)', { key: 'retry.requested', was: 'partial' })[1]).toBe('已请求重试（之前为部分完成）');
    // A key this app does not know yet: the message as sent.
    expect(say('Something new', { key: 'future.event' })).toEqual(['Something new', 'Something new']);
  });

  it('finds the review round from the latest "ready for review" event', () => {
    const waiting = (round: number) => ({ details: { status: 'awaiting_review', round } });
    expect(reviewRound([waiting(1), { details: null }, waiting(2), { details: { round: 5 } }])).toBe(2);
    expect(reviewRound([{ details: null }])).toBeUndefined();
  });
});
