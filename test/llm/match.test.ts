/**
 * Goals as learners write them, in English and Chinese, find their curriculum — or honestly get the generic
 * plan when the catalogue has none. The planned outline is in the learner's language.
 */
import { describe, expect, it } from 'vitest';
import { roadmapRequestSchema } from '../../src/domain/roadmap.js';
import { catalogue } from '../../src/llm/offline/catalogue.js';
import { selectEntry } from '../../src/llm/offline/match.js';
import { planOutline } from '../../src/llm/offline/planner.js';

const CJK = /[\u4e00-\u9fff]/;

/** Goal → the entry key it must select, or null for the generic plan. */
const GOALS: [string, string | null][] = [
  // English: plurals, "become a … engineer/developer", word order, punctuation and case
  ['Learn Go for backend development', 'go-backend'],
  ['Go backend development', 'go-backend'],
  ['Become a Go developer', 'go'],
  ['learn golang', 'go'],
  ['Become a full-stack web engineer', 'fullstack-web'],
  ['Full Stack Developer (React + Node.js)', 'fullstack-web'],
  ['Become a data engineer', 'data-engineering'],
  ['Data pipelines with Airflow and Spark', 'data-engineering'],
  ['Become a Machine Learning Engineer!', 'machine-learning'],
  ['Deep learning with PyTorch', 'deep-learning'],
  ['Python for data analysis', 'sql-data-analysis'],
  ['Learn Python', 'python'],
  ['Build REST APIs in Python', 'python-fastapi'],
  ['Become a frontend developer', 'react'],
  ['KUBERNETES AND DOCKER', 'docker-kubernetes'],
  ['Rust backend development', 'rust'],
  ['Computer networks: how the Internet works', 'computer-networks'],
  ['Prepare for coding interviews (data structures, algorithms)', 'data-structures-algorithms'],
  ['Become a DevOps engineer', 'cicd-devops'],
  ['Web application security', 'web-security'],
  ['Learn to bake sourdough bread', null],
  ['Learn to play the board game Go', null],
  ['Learn Spanish in six months', null],
  // Chinese: no spaces, mixed scripts, full-width punctuation
  ['成为一名全栈 Web 工程师', 'fullstack-web'],
  ['全栈开发', 'fullstack-web'],
  ['前端开发工程师', 'react'],
  ['学习 React 前端开发', 'react'],
  ['后端开发', 'nodejs-backend'],
  ['用 Go 语言做后端开发', 'go-backend'],
  ['学习Go语言', 'go'],
  ['Python 后端开发（FastAPI）', 'python-fastapi'],
  ['零基础学 Python', 'python'],
  ['成为数据工程师', 'data-engineering'],
  ['大数据开发', 'data-engineering'],
  ['机器学习入门', 'machine-learning'],
  ['用 Python 做机器学习', 'machine-learning'],
  ['深度学习与神经网络', 'deep-learning'],
  ['云原生应用开发', 'docker-kubernetes'],
  ['容器化部署', 'docker-kubernetes'],
  ['网络安全工程师', 'network-security'],
  ['Web 安全与渗透测试', 'web-security'],
  ['计算机网络基础', 'computer-networks'],
  ['数据结构与算法，准备面试', 'data-structures-algorithms'],
  ['数据分析师', 'sql-data-analysis'],
  ['学习 Linux 运维', 'linux-admin'],
  ['AWS 云计算入门', 'aws-cloud'],
  ['操作系统原理', 'operating-systems'],
  ['系统设计面试', 'system-design'],
  ['Java 后端开发', 'java'],
  ['学吉他', null],
  ['学习做面包', null],
  ['学习日语', null],
  ['考研数学复习', null],
];

describe('goal matching', () => {
  it('has at least 40 phrasings, at least half of them Chinese, with negatives', () => {
    expect(GOALS.length).toBeGreaterThanOrEqual(40);
    expect(GOALS.filter(([g]) => CJK.test(g)).length * 2).toBeGreaterThanOrEqual(GOALS.length);
    expect(GOALS.filter(([, key]) => key === null).length).toBeGreaterThanOrEqual(4);
  });

  it.each(GOALS)('%s → %s', (goal, key) => {
    expect(selectEntry(catalogue(), goal)?.key ?? null).toBe(key);
  });

  it('plans the Chinese full-stack goal from its curriculum, in Chinese', () => {
    const request = roadmapRequestSchema.parse({ goal: '成为一名全栈 Web 工程师', hoursPerWeek: 10, weeks: 16, language: 'zh' });
    const entry = selectEntry(catalogue(), request.goal)!;
    const outline = planOutline(entry, request);
    expect(outline.title).toBe(entry.title.zh);
    for (const s of outline.stages) {
      expect(s.description).toMatch(CJK);
      for (const m of s.modules) for (const c of m.concepts) expect(c.description, c.id).toMatch(CJK);
    }
  });
});
