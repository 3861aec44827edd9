/**
 * The plan for a goal the catalogue does not know: a sound learning shape (orientation → fundamentals →
 * practice → project) named after the goal. It is honest about being generic in its summary.
 */
import type { CatalogueEntry, CatalogueStage } from './catalogue-schema.js';

/** The key of the generic plan: it is no catalogue entry, and the planner scales it without a depth limit. */
export const GENERIC_KEY = 'generic';

export function genericEntry(goal: string): CatalogueEntry {
  const g = goal.trim().replace(/\s+/g, ' ');
  const c = (
    id: string,
    hours: number,
    difficulty: 'easy' | 'medium' | 'hard',
    prerequisites: string[],
    en: [string, string],
    zh: [string, string],
  ) => ({
    id,
    title: { en: en[0], zh: zh[0] },
    description: { en: en[1], zh: zh[1] },
    hours,
    difficulty,
    prerequisites,
    keywords: [id.replace(/-/g, ' ')],
    links: [],
  });
  const stages: CatalogueStage[] = [
    {
      id: 'orientation',
      title: { en: 'Orientation', zh: '入门定向' },
      description: { en: `Find out what "${g}" involves and set up to learn it.`, zh: `了解「${g}」涉及哪些内容，并做好学习准备。` },
      modules: [
        {
          id: 'landscape',
          title: { en: 'The landscape', zh: '全景概览' },
          description: { en: 'Map the field before going deep.', zh: '深入之前先弄清这个领域的全貌。' },
          concepts: [
            c('scope-and-vocabulary', 3, 'easy', [], ['Scope and vocabulary', `List the sub-topics of "${g}" and learn the terms practitioners use.`], ['范围与术语', `梳理「${g}」的子主题，掌握从业者常用的术语。`]),
            c('learning-resources', 2, 'easy', ['scope-and-vocabulary'], ['Choosing learning resources', 'Pick one primary reference, one course or book, and a community to ask questions in.'], ['选择学习资源', '选定一份主要参考资料、一门课程或一本书，以及一个可以提问的社区。']),
          ],
        },
        {
          id: 'setup',
          title: { en: 'Set-up', zh: '准备工作' },
          description: { en: 'Prepare the tools and the routine.', zh: '准备工具，建立学习节奏。' },
          concepts: [
            c('tools-and-environment', 3, 'easy', ['scope-and-vocabulary'], ['Tools and environment', 'Install and try the tools the field relies on.'], ['工具与环境', '安装并试用这个领域依赖的工具。']),
          ],
        },
      ],
    },
    {
      id: 'fundamentals',
      title: { en: 'Fundamentals', zh: '基础' },
      description: { en: 'The core ideas everything else builds on.', zh: '其余一切所依赖的核心概念。' },
      modules: [
        {
          id: 'core-concepts',
          title: { en: 'Core concepts', zh: '核心概念' },
          description: { en: 'Learn and practise the central ideas.', zh: '学习并练习核心思想。' },
          concepts: [
            c('core-principles', 6, 'medium', ['learning-resources'], ['Core principles', `The principles at the heart of "${g}", each tried on a small example.`], ['核心原理', `「${g}」的核心原理，每一条都用小例子实践。`]),
            c('common-techniques', 6, 'medium', ['core-principles'], ['Common techniques', 'The techniques used day to day, practised until they feel routine.'], ['常用技巧', '日常使用的技巧，反复练习直到熟练。']),
          ],
        },
        {
          id: 'practice',
          title: { en: 'Deliberate practice', zh: '刻意练习' },
          description: { en: 'Exercises with feedback.', zh: '带反馈的练习。' },
          concepts: [
            c('guided-exercises', 5, 'medium', ['common-techniques', 'tools-and-environment'], ['Guided exercises', 'Work through graded exercises and compare with worked solutions.'], ['引导练习', '完成循序渐进的练习，并与参考答案对照。']),
          ],
        },
      ],
    },
    {
      id: 'application',
      title: { en: 'Application', zh: '应用' },
      description: { en: 'Use what you learned on something real.', zh: '把所学用在真实的事情上。' },
      modules: [
        {
          id: 'project',
          title: { en: 'Project', zh: '项目' },
          description: { en: 'A project of your own, from plan to review.', zh: '一个属于你自己的项目，从计划到复盘。' },
          concepts: [
            c('project-planning', 3, 'medium', ['guided-exercises'], ['Planning a project', 'Choose a small, real project and cut it into milestones.'], ['项目规划', '选择一个小而真实的项目，并拆分为里程碑。']),
            c('project-build', 10, 'hard', ['project-planning'], ['Building the project', 'Build the project milestone by milestone, asking for feedback.'], ['完成项目', '逐个里程碑完成项目，并主动寻求反馈。']),
            c('review-and-next-steps', 2, 'medium', ['project-build'], ['Review and next steps', 'Review what worked, what did not, and choose what to learn next.'], ['复盘与下一步', '回顾哪些有效、哪些无效，并决定下一步学什么。']),
          ],
        },
      ],
    },
  ];
  return {
    key: GENERIC_KEY,
    match: { aliases: { en: [], zh: [] }, keywords: { en: [], zh: [] } },
    title: { en: `Learning plan: ${g}`, zh: `学习计划：${g}` },
    summary: {
      en: `A general learning plan for "${g}". Pathsmith's offline catalogue has no curriculum for this goal, so the stages follow a generic shape; an LLM provider gives a specific one.`,
      zh: `「${g}」的通用学习计划。Pathsmith 的离线目录中没有这个目标的课程，因此阶段采用通用结构；配置 LLM 后可获得针对性的计划。`,
    },
    stages,
  };
}
