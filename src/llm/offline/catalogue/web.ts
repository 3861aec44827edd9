/**
 * Curated curricula for the web: front end with React, back end with Node.js.
 * Python web back ends (FastAPI, Django) live in `web-python.ts`.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const REACT = 'https://react.dev';
const MDN = 'https://developer.mozilla.org/en-US/docs';

export const web: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── React / front end
  {
    key: 'react',
    match: ['react', 'reactjs', 'react.js', 'learn react', 'react frontend', 'frontend development', 'front-end development', 'front end development', 'web frontend', 'react 入门', 'react入门', 'react 开发', '前端开发', 'web 前端', '前端'],
    title: { en: 'Front-End Development with React', zh: 'React 前端开发' },
    summary: {
      en: 'Build modern web interfaces: HTML, CSS and JavaScript foundations, React components, props and state, effects and hooks, state management, data fetching and routing, TypeScript, testing and performance.',
      zh: '构建现代 Web 界面：HTML、CSS 与 JavaScript 基础，React 组件、props 与 state，Effect 与 Hook，状态管理，数据获取与路由，TypeScript、测试与性能优化。',
    },
    stages: [
      {
        id: 'web-foundations',
        title: 'Web foundations',
        description: 'The HTML, CSS and JavaScript every React developer relies on.',
        zh: { title: 'Web 基础', description: '每位 React 开发者都离不开的 HTML、CSS 与 JavaScript 知识。' },
        modules: [
          {
            id: 'html-css',
            title: 'HTML and CSS',
            description: 'Structure pages semantically and lay them out with modern CSS.',
            zh: { title: 'HTML 与 CSS', description: '用语义化结构组织页面，用现代 CSS 完成布局。' },
            concepts: [
              {
                id: 'semantic-html', title: 'Semantic HTML and accessibility',
                description: 'Mark up pages with semantic elements, accessible forms and images so they work for every user.',
                zh: { title: '语义化 HTML 与无障碍', description: '用语义化元素、无障碍的表单和图片编写页面，让所有用户都能正常使用。' },
                hours: 3, difficulty: 'easy', prerequisites: [],
                keywords: ['html', 'semantic elements', 'forms', 'accessibility'],
                links: [
                  { title: 'MDN: HTML', url: `${MDN}/Web/HTML`, type: 'documentation', why: 'Guides and element reference for HTML.' },
                  { title: 'MDN: Accessibility', url: `${MDN}/Web/Accessibility`, type: 'documentation', why: 'Why accessibility matters and how to achieve it.' },
                ],
              },
              {
                id: 'css-layout', title: 'CSS, the box model, flexbox and grid',
                description: 'Style pages with selectors and the cascade, and build responsive layouts with flexbox and grid.',
                zh: { title: 'CSS、盒模型、Flexbox 与 Grid', description: '掌握选择器与层叠规则，并用 Flexbox 和 Grid 构建响应式布局。' },
                hours: 5, difficulty: 'easy', prerequisites: ['semantic-html'],
                keywords: ['css', 'box model', 'flexbox', 'grid'],
                links: [
                  { title: 'web.dev: Learn CSS', url: 'https://web.dev/learn/css', type: 'course', why: 'A free, structured course from the box model to grid and flexbox.' },
                  { title: 'MDN: CSS', url: `${MDN}/Web/CSS`, type: 'documentation', why: 'Reference for every property and layout module.' },
                ],
              },
            ],
          },
          {
            id: 'modern-js',
            title: 'JavaScript for React',
            description: 'The language features React code uses constantly, and a project setup.',
            zh: { title: '面向 React 的 JavaScript', description: 'React 代码中频繁使用的语言特性，以及项目搭建。' },
            concepts: [
              {
                id: 'js-for-react', title: 'Modern JavaScript essentials',
                description: 'Be fluent with modules, arrow functions, destructuring, spread, array methods and promises.',
                zh: { title: '现代 JavaScript 要点', description: '熟练使用模块、箭头函数、解构、展开语法、数组方法和 Promise。' },
                hours: 5, difficulty: 'easy', prerequisites: [],
                keywords: ['es modules', 'destructuring', 'array methods', 'promises'],
                links: [
                  { title: 'MDN JavaScript Guide', url: `${MDN}/Web/JavaScript/Guide`, type: 'documentation', why: 'Covers every language feature React code depends on.' },
                  { title: 'MDN: JavaScript modules', url: `${MDN}/Web/JavaScript/Guide/Modules`, type: 'documentation', why: 'Import and export, used in every React file.' },
                ],
              },
              {
                id: 'project-setup', title: 'Creating a React project',
                description: 'Start a project with a framework or with Vite, run the dev server and understand the folder structure.',
                zh: { title: '创建 React 项目', description: '用框架或 Vite 创建项目，运行开发服务器，并了解目录结构。' },
                hours: 1.5, difficulty: 'easy', prerequisites: ['js-for-react'],
                keywords: ['vite', 'npm', 'dev server', 'project structure'],
                links: [
                  { title: 'React: Creating a React App', url: `${REACT}/learn/creating-a-react-app`, type: 'documentation', why: 'The React team’s current recommendations for starting a project.' },
                  { title: 'Vite: Getting Started', url: 'https://vite.dev/guide/', type: 'tool', why: 'A fast build tool for React projects without a framework.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'react-core',
        title: 'React core',
        description: 'Describe UI with components and make it interactive with state.',
        zh: { title: 'React 核心', description: '用组件描述界面，用 state 实现交互。' },
        modules: [
          {
            id: 'describing-ui',
            title: 'Describing the UI',
            description: 'Components, JSX, props, conditions and lists.',
            zh: { title: '描述界面', description: '组件、JSX、props、条件渲染与列表。' },
            concepts: [
              {
                id: 'components-jsx', title: 'Components and JSX',
                description: 'Write function components that return JSX and compose them into a page.',
                zh: { title: '组件与 JSX', description: '编写返回 JSX 的函数组件，并把它们组合成页面。' },
                hours: 3, difficulty: 'easy', prerequisites: ['project-setup'],
                keywords: ['components', 'jsx', 'composition', 'function components'],
                links: [
                  { title: 'React: Your First Component', url: `${REACT}/learn/your-first-component`, type: 'documentation', why: 'Defining and nesting components.' },
                  { title: 'React: Writing Markup with JSX', url: `${REACT}/learn/writing-markup-with-jsx`, type: 'documentation', why: 'JSX rules and how it differs from HTML.' },
                ],
              },
              {
                id: 'props', title: 'Passing props',
                description: 'Pass data and children to components through props and keep components pure.',
                zh: { title: '传递 props', description: '通过 props 向组件传递数据和子元素，并保持组件的纯粹性。' },
                hours: 2, difficulty: 'easy', prerequisites: ['components-jsx'],
                keywords: ['props', 'children', 'pure components', 'destructuring'],
                links: [
                  { title: 'React: Passing Props to a Component', url: `${REACT}/learn/passing-props-to-a-component`, type: 'documentation', why: 'Reading props, defaults and children.' },
                  { title: 'React: Keeping Components Pure', url: `${REACT}/learn/keeping-components-pure`, type: 'documentation', why: 'Why rendering must not have side effects.' },
                ],
              },
              {
                id: 'conditional-lists', title: 'Conditional rendering and lists',
                description: 'Render content conditionally and render lists with stable keys.',
                zh: { title: '条件渲染与列表', description: '按条件渲染内容，并用稳定的 key 渲染列表。' },
                hours: 2, difficulty: 'easy', prerequisites: ['props'],
                keywords: ['conditional rendering', 'lists', 'keys', 'map'],
                links: [
                  { title: 'React: Conditional Rendering', url: `${REACT}/learn/conditional-rendering`, type: 'documentation', why: 'if, && and ternaries in JSX.' },
                  { title: 'React: Rendering Lists', url: `${REACT}/learn/rendering-lists`, type: 'documentation', why: 'Mapping arrays to elements and choosing keys.' },
                ],
              },
            ],
          },
          {
            id: 'interactivity',
            title: 'Adding interactivity',
            description: 'Events, state and forms.',
            zh: { title: '添加交互', description: '事件、state 与表单。' },
            concepts: [
              {
                id: 'events-state', title: 'Events and state',
                description: 'Handle events and store component memory with useState.',
                zh: { title: '事件与 state', description: '处理事件，并用 useState 保存组件的“记忆”。' },
                hours: 3, difficulty: 'medium', prerequisites: ['props'],
                keywords: ['useState', 'event handlers', 'state', 'hooks'],
                links: [
                  { title: 'React: Responding to Events', url: `${REACT}/learn/responding-to-events`, type: 'documentation', why: 'Event handlers and propagation in React.' },
                  { title: 'React: State: A Component’s Memory', url: `${REACT}/learn/state-a-components-memory`, type: 'documentation', why: 'Introduces useState and the rules of hooks.' },
                ],
              },
              {
                id: 'render-updates', title: 'Rendering, snapshots and immutable updates',
                description: 'Understand render and commit, state as a snapshot, and update objects and arrays immutably.',
                zh: { title: '渲染、快照与不可变更新', description: '理解渲染与提交阶段、state 作为快照的特性，并以不可变方式更新对象和数组。' },
                hours: 3, difficulty: 'medium', prerequisites: ['events-state'],
                keywords: ['render', 'snapshot', 'immutability', 'batching'],
                links: [
                  { title: 'React: Render and Commit', url: `${REACT}/learn/render-and-commit`, type: 'documentation', why: 'What happens when state changes.' },
                  { title: 'React: Updating Objects in State', url: `${REACT}/learn/updating-objects-in-state`, type: 'documentation', why: 'Copying instead of mutating, with examples.' },
                ],
              },
              {
                id: 'forms', title: 'Forms and controlled inputs',
                description: 'Build forms with controlled inputs, validation feedback and submission states.',
                zh: { title: '表单与受控输入', description: '用受控输入构建表单，提供校验反馈并处理提交状态。' },
                hours: 2, difficulty: 'medium', prerequisites: ['events-state'],
                keywords: ['forms', 'controlled inputs', 'validation', 'submit'],
                links: [
                  { title: 'React: Reacting to Input with State', url: `${REACT}/learn/reacting-to-input-with-state`, type: 'documentation', why: 'Models a form as explicit visual states.' },
                  { title: 'React reference: <input>', url: `${REACT}/reference/react-dom/components/input`, type: 'documentation', why: 'Controlled and uncontrolled inputs in detail.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'state-and-effects',
        title: 'State architecture and effects',
        description: 'Structure state across components and synchronise with the outside world.',
        zh: { title: '状态架构与 Effect', description: '在组件之间组织状态，并与外部系统同步。' },
        modules: [
          {
            id: 'managing-state',
            title: 'Managing state',
            description: 'Decide where state lives and how it flows.',
            zh: { title: '管理状态', description: '决定状态放在哪里、如何流动。' },
            concepts: [
              {
                id: 'thinking-in-react', title: 'Thinking in React and lifting state up',
                description: 'Break a UI into components, find the minimal state and lift it to the closest common parent.',
                zh: { title: 'React 式思维与状态提升', description: '把界面拆分成组件，找出最小状态集，并把状态提升到最近的公共父组件。' },
                hours: 3, difficulty: 'medium', prerequisites: ['events-state', 'conditional-lists'],
                keywords: ['thinking in react', 'lifting state', 'single source of truth', 'data flow'],
                links: [
                  { title: 'React: Thinking in React', url: `${REACT}/learn/thinking-in-react`, type: 'documentation', why: 'The five-step method for designing a React UI.' },
                  { title: 'React: Sharing State Between Components', url: `${REACT}/learn/sharing-state-between-components`, type: 'documentation', why: 'Lifting state up, step by step.' },
                ],
              },
              {
                id: 'reducer-context', title: 'useReducer and Context',
                description: 'Move complex updates into a reducer and pass data deeply with Context instead of prop drilling.',
                zh: { title: 'useReducer 与 Context', description: '把复杂的更新逻辑移入 reducer，并用 Context 深层传递数据，避免层层传递 props。' },
                hours: 3, difficulty: 'medium', prerequisites: ['thinking-in-react'],
                keywords: ['useReducer', 'context', 'prop drilling', 'state management'],
                links: [
                  { title: 'React: Extracting State Logic into a Reducer', url: `${REACT}/learn/extracting-state-logic-into-a-reducer`, type: 'documentation', why: 'When and how to use a reducer.' },
                  { title: 'React: Passing Data Deeply with Context', url: `${REACT}/learn/passing-data-deeply-with-context`, type: 'documentation', why: 'Creating, providing and consuming context.' },
                ],
              },
            ],
          },
          {
            id: 'escape-hatches',
            title: 'Effects, refs and custom hooks',
            description: 'Step outside React carefully and share logic.',
            zh: { title: 'Effect、Ref 与自定义 Hook', description: '谨慎地“跳出” React，并复用逻辑。' },
            concepts: [
              {
                id: 'refs', title: 'Refs and the DOM',
                description: 'Keep values across renders with useRef and access DOM nodes for focus, scrolling and measurement.',
                zh: { title: 'Ref 与 DOM', description: '用 useRef 在多次渲染间保存值，并访问 DOM 节点以实现聚焦、滚动和测量。' },
                hours: 1.5, difficulty: 'medium', prerequisites: ['events-state'],
                keywords: ['useRef', 'refs', 'dom', 'focus'],
                links: [
                  { title: 'React: Referencing Values with Refs', url: `${REACT}/learn/referencing-values-with-refs`, type: 'documentation', why: 'Refs versus state.' },
                  { title: 'React: Manipulating the DOM with Refs', url: `${REACT}/learn/manipulating-the-dom-with-refs`, type: 'documentation', why: 'Safe DOM access from components.' },
                ],
              },
              {
                id: 'effects', title: 'Effects and when not to use them',
                description: 'Synchronise with external systems using useEffect with correct dependencies and cleanup, and avoid unnecessary effects.',
                zh: { title: 'Effect 及其不该使用的场景', description: '用 useEffect 与外部系统同步，正确设置依赖与清理函数，并避免不必要的 Effect。' },
                hours: 4, difficulty: 'hard', prerequisites: ['render-updates', 'refs'],
                keywords: ['useEffect', 'dependencies', 'cleanup', 'synchronization'],
                links: [
                  { title: 'React: Synchronizing with Effects', url: `${REACT}/learn/synchronizing-with-effects`, type: 'documentation', why: 'The effect lifecycle and cleanup explained.' },
                  { title: 'React: You Might Not Need an Effect', url: `${REACT}/learn/you-might-not-need-an-effect`, type: 'documentation', why: 'Common misuse of effects and better alternatives.' },
                ],
              },
              {
                id: 'custom-hooks', title: 'Custom hooks',
                description: 'Extract reusable stateful logic into custom hooks with clear inputs and outputs.',
                zh: { title: '自定义 Hook', description: '把可复用的有状态逻辑提取为输入输出清晰的自定义 Hook。' },
                hours: 2, difficulty: 'hard', prerequisites: ['effects'],
                keywords: ['custom hooks', 'reuse', 'rules of hooks', 'abstraction'],
                links: [
                  { title: 'React: Reusing Logic with Custom Hooks', url: `${REACT}/learn/reusing-logic-with-custom-hooks`, type: 'documentation', why: 'How and when to write your own hooks.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'real-apps',
        title: 'Building real applications',
        description: 'Fetch data, route between pages, add types and tests, and ship fast apps.',
        zh: { title: '构建真实应用', description: '获取数据、页面路由、添加类型与测试，并交付高性能应用。' },
        modules: [
          {
            id: 'data-routing-types',
            title: 'Data, routing and TypeScript',
            description: 'The pieces every multi-page app needs.',
            zh: { title: '数据、路由与 TypeScript', description: '多页面应用必不可少的组成部分。' },
            concepts: [
              {
                id: 'data-fetching', title: 'Fetching and caching server data',
                description: 'Load, cache and mutate server data with a data library and show loading and error states.',
                zh: { title: '获取与缓存服务端数据', description: '借助数据请求库加载、缓存和修改服务端数据，并展示加载与错误状态。' },
                hours: 3, difficulty: 'hard', prerequisites: ['effects'],
                keywords: ['data fetching', 'tanstack query', 'caching', 'loading states'],
                links: [
                  { title: 'TanStack Query: Overview', url: 'https://tanstack.com/query/latest/docs/framework/react/overview', type: 'documentation', why: 'A widely used library for server state in React.' },
                  { title: 'React reference: <Suspense>', url: `${REACT}/reference/react/Suspense`, type: 'documentation', why: 'Declarative loading states.' },
                ],
              },
              {
                id: 'routing', title: 'Client-side routing',
                description: 'Map URLs to pages, read route parameters and navigate with a router.',
                zh: { title: '客户端路由', description: '用路由库把 URL 映射到页面，读取路由参数并实现页面跳转。' },
                hours: 2, difficulty: 'medium', prerequisites: ['components-jsx', 'thinking-in-react'],
                keywords: ['routing', 'react router', 'url parameters', 'navigation'],
                links: [
                  { title: 'React Router', url: 'https://reactrouter.com/', type: 'documentation', why: 'The most widely used routing library for React.' },
                ],
              },
              {
                id: 'typescript-react', title: 'React with TypeScript',
                description: 'Type props, state, events and hooks to catch mistakes while editing.',
                zh: { title: 'React 搭配 TypeScript', description: '为 props、state、事件和 Hook 添加类型，在编写代码时就发现错误。' },
                hours: 2, difficulty: 'medium', prerequisites: ['props', 'events-state'],
                keywords: ['typescript', 'typed props', 'event types', 'generics'],
                links: [
                  { title: 'React: Using TypeScript', url: `${REACT}/learn/typescript`, type: 'documentation', why: 'Official guide to typing components and hooks.' },
                ],
              },
            ],
          },
          {
            id: 'quality-performance',
            title: 'Testing, performance and shipping',
            description: 'Confidence, speed and deployment.',
            zh: { title: '测试、性能与上线', description: '质量信心、运行速度与部署。' },
            concepts: [
              {
                id: 'testing-react', title: 'Testing components',
                description: 'Test components the way users use them with Testing Library and a test runner.',
                zh: { title: '组件测试', description: '用 Testing Library 和测试运行器，按用户的使用方式测试组件。' },
                hours: 3, difficulty: 'hard', prerequisites: ['forms', 'custom-hooks'],
                keywords: ['testing library', 'vitest', 'user events', 'component tests'],
                links: [
                  { title: 'React Testing Library', url: 'https://testing-library.com/docs/react-testing-library/intro/', type: 'documentation', why: 'Queries and user-centric testing principles.' },
                  { title: 'Vitest Guide', url: 'https://vitest.dev/guide/', type: 'tool', why: 'A fast test runner that works well with Vite projects.' },
                ],
              },
              {
                id: 'performance', title: 'Performance and code splitting',
                description: 'Find slow renders with the Profiler, memoise where it helps and lazy-load heavy parts of the app.',
                zh: { title: '性能与代码分割', description: '用 Profiler 找出缓慢的渲染，在有效的地方做记忆化，并懒加载应用中较重的部分。' },
                hours: 3, difficulty: 'hard', prerequisites: ['effects'],
                keywords: ['memo', 'useMemo', 'lazy', 'profiler'],
                links: [
                  { title: 'React reference: memo', url: `${REACT}/reference/react/memo`, type: 'documentation', why: 'When memoisation helps and when it does not.' },
                  { title: 'React reference: lazy', url: `${REACT}/reference/react/lazy`, type: 'documentation', why: 'Code splitting with lazy and Suspense.' },
                ],
              },
              {
                id: 'frameworks-deploy', title: 'Frameworks and deployment',
                description: 'Understand what a framework such as Next.js adds (routing, server rendering, data loading) and deploy an app.',
                zh: { title: '框架与部署', description: '了解 Next.js 等框架带来的能力（路由、服务端渲染、数据加载），并部署应用。' },
                hours: 3, difficulty: 'hard', prerequisites: ['routing', 'data-fetching'],
                keywords: ['next.js', 'server rendering', 'static export', 'deployment'],
                links: [
                  { title: 'Next.js Documentation', url: 'https://nextjs.org/docs', type: 'documentation', why: 'The most widely used full-stack React framework.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Node.js back end
  {
    key: 'nodejs-backend',
    match: ['node.js', 'nodejs', 'node backend', 'node.js backend', 'nodejs backend', 'express', 'express.js', 'javascript backend', 'node 后端', 'node后端', 'node.js 后端', 'nodejs 后端', 'js 后端'],
    title: { en: 'Back-End Development with Node.js', zh: 'Node.js 后端开发' },
    summary: {
      en: 'Build and run HTTP APIs on Node.js: the runtime and event loop, core modules, Express routing and middleware, validation, PostgreSQL, authentication, security, testing, logging, performance and deployment.',
      zh: '在 Node.js 上构建并运行 HTTP API：运行时与事件循环、核心模块、Express 路由与中间件、数据校验、PostgreSQL、身份认证、安全、测试、日志、性能与部署。',
    },
    stages: [
      {
        id: 'node-fundamentals',
        title: 'Node.js fundamentals',
        description: 'Understand the runtime, its event loop and the core modules.',
        zh: { title: 'Node.js 基础', description: '理解运行时、事件循环与核心模块。' },
        modules: [
          {
            id: 'runtime',
            title: 'The runtime',
            description: 'Running code, modules and asynchronous I/O.',
            zh: { title: '运行时', description: '运行代码、模块与异步 I/O。' },
            concepts: [
              {
                id: 'node-intro', title: 'Node.js, the REPL and npm scripts',
                description: 'Install an LTS release, run scripts and the REPL, and define npm scripts.',
                zh: { title: 'Node.js、REPL 与 npm 脚本', description: '安装 LTS 版本，运行脚本和 REPL，并定义 npm 脚本。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['node.js', 'lts', 'repl', 'npm scripts'],
                links: [
                  { title: 'Introduction to Node.js', url: 'https://nodejs.org/en/learn/getting-started/introduction-to-nodejs', type: 'documentation', why: 'The official introduction and first server.' },
                ],
              },
              {
                id: 'modules-npm', title: 'ES modules and npm packages',
                description: 'Use ES modules, install and update packages, and understand package.json and lockfiles.',
                zh: { title: 'ES 模块与 npm 包', description: '使用 ES 模块，安装和更新依赖包，并理解 package.json 与锁文件。' },
                hours: 2, difficulty: 'easy', prerequisites: ['node-intro'],
                keywords: ['esm', 'package.json', 'package-lock', 'semver'],
                links: [
                  { title: 'Node.js: ECMAScript modules', url: 'https://nodejs.org/api/esm.html', type: 'documentation', why: 'How Node.js loads ES modules.' },
                  { title: 'npm Docs', url: 'https://docs.npmjs.com/', type: 'documentation', why: 'Installing packages and configuring package.json.' },
                ],
              },
              {
                id: 'event-loop', title: 'The event loop and non-blocking I/O',
                description: 'Explain event loop phases, why CPU-heavy work blocks every request, and how async I/O stays fast.',
                zh: { title: '事件循环与非阻塞 I/O', description: '理解事件循环的各个阶段、CPU 密集任务为何会阻塞所有请求，以及异步 I/O 为何高效。' },
                hours: 3, difficulty: 'medium', prerequisites: ['modules-npm'],
                keywords: ['event loop', 'non-blocking', 'libuv', 'process.nextTick'],
                links: [
                  { title: 'The Node.js Event Loop', url: 'https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick', type: 'documentation', why: 'The phases of the event loop explained by the Node.js team.' },
                  { title: 'Don’t Block the Event Loop', url: 'https://nodejs.org/en/learn/asynchronous-work/dont-block-the-event-loop', type: 'documentation', why: 'Why and how to keep request handling fast.' },
                ],
              },
            ],
          },
          {
            id: 'core-apis',
            title: 'Core modules',
            description: 'Files, streams, events and raw HTTP.',
            zh: { title: '核心模块', description: '文件、流、事件与原生 HTTP。' },
            concepts: [
              {
                id: 'fs-streams', title: 'Files, paths and streams',
                description: 'Read and write files with fs/promises and process large data with streams and pipeline.',
                zh: { title: '文件、路径与流', description: '用 fs/promises 读写文件，用流和 pipeline 处理大量数据。' },
                hours: 3, difficulty: 'medium', prerequisites: ['event-loop'],
                keywords: ['fs/promises', 'path', 'streams', 'pipeline'],
                links: [
                  { title: 'Node.js: File system', url: 'https://nodejs.org/api/fs.html', type: 'documentation', why: 'Promise-based file APIs.' },
                  { title: 'Node.js: Stream', url: 'https://nodejs.org/api/stream.html', type: 'documentation', why: 'Readable, writable and transform streams with backpressure.' },
                ],
              },
              {
                id: 'events-errors', title: 'EventEmitter and error handling',
                description: 'Use EventEmitter, handle errors in async code and avoid unhandled rejections.',
                zh: { title: 'EventEmitter 与错误处理', description: '使用 EventEmitter，处理异步代码中的错误，避免未处理的 Promise 拒绝。' },
                hours: 2, difficulty: 'medium', prerequisites: ['event-loop'],
                keywords: ['EventEmitter', 'errors', 'unhandled rejections', 'async errors'],
                links: [
                  { title: 'Node.js: Events', url: 'https://nodejs.org/api/events.html', type: 'documentation', why: 'The EventEmitter API and its error event.' },
                  { title: 'Node.js: Errors', url: 'https://nodejs.org/api/errors.html', type: 'documentation', why: 'Error classes, codes and propagation in Node.js.' },
                ],
              },
              {
                id: 'http-module', title: 'The http module',
                description: 'Create a server with node:http to understand requests, responses, headers and status codes.',
                zh: { title: 'http 模块', description: '用 node:http 创建服务器，理解请求、响应、头部和状态码。' },
                hours: 2, difficulty: 'medium', prerequisites: ['event-loop'],
                keywords: ['http', 'request', 'response', 'status codes'],
                links: [
                  { title: 'Node.js: HTTP', url: 'https://nodejs.org/api/http.html', type: 'documentation', why: 'The low-level server every framework builds on.' },
                  { title: 'MDN: HTTP', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP', type: 'documentation', why: 'Methods, headers and status codes explained.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'building-apis',
        title: 'Building APIs',
        description: 'Build a validated JSON API on a framework and store data in PostgreSQL.',
        zh: { title: '构建 API', description: '基于框架构建带校验的 JSON API，并把数据存入 PostgreSQL。' },
        modules: [
          {
            id: 'web-framework',
            title: 'Routing, middleware and validation',
            description: 'Structure an HTTP API with Express.',
            zh: { title: '路由、中间件与校验', description: '用 Express 组织 HTTP API。' },
            concepts: [
              {
                id: 'express-routing', title: 'Routing with Express',
                description: 'Define routes, read parameters, query strings and JSON bodies, and organise routers by resource.',
                zh: { title: '用 Express 定义路由', description: '定义路由，读取路径参数、查询字符串和 JSON 请求体，并按资源组织路由。' },
                hours: 3, difficulty: 'medium', prerequisites: ['http-module'],
                keywords: ['express', 'routing', 'router', 'rest'],
                links: [
                  { title: 'Express: Routing', url: 'https://expressjs.com/en/guide/routing.html', type: 'documentation', why: 'Route methods, paths, parameters and routers.' },
                ],
              },
              {
                id: 'middleware', title: 'Middleware and error handling',
                description: 'Write middleware for logging, parsing and auth, and centralise error responses in an error handler.',
                zh: { title: '中间件与错误处理', description: '编写日志、解析和认证中间件，并在统一的错误处理器中生成错误响应。' },
                hours: 3, difficulty: 'medium', prerequisites: ['express-routing', 'events-errors'],
                keywords: ['middleware', 'error handler', 'next()', 'async errors'],
                links: [
                  { title: 'Express: Using middleware', url: 'https://expressjs.com/en/guide/using-middleware.html', type: 'documentation', why: 'Application, router and error-handling middleware.' },
                  { title: 'Express: Error handling', url: 'https://expressjs.com/en/guide/error-handling.html', type: 'documentation', why: 'How errors flow to the error handler, including async ones.' },
                ],
              },
              {
                id: 'validation-api-design', title: 'Validation and API design',
                description: 'Validate input with schemas, design resource-oriented endpoints, status codes and pagination.',
                zh: { title: '数据校验与 API 设计', description: '用模式校验输入，设计面向资源的接口、状态码与分页。' },
                hours: 3, difficulty: 'medium', prerequisites: ['middleware'],
                keywords: ['validation', 'zod', 'api design', 'pagination'],
                links: [
                  { title: 'Zod documentation', url: 'https://zod.dev/', type: 'documentation', why: 'Schema validation with inferred TypeScript types.' },
                  { title: 'Web API design best practices', url: 'https://learn.microsoft.com/en-us/azure/architecture/best-practices/api-design', type: 'article', why: 'Resource naming, status codes, versioning and pagination.' },
                ],
              },
            ],
          },
          {
            id: 'persistence',
            title: 'Persistence',
            description: 'Relational data from Node.js.',
            zh: { title: '数据持久化', description: '在 Node.js 中使用关系型数据。' },
            concepts: [
              {
                id: 'sql-postgres', title: 'PostgreSQL with node-postgres',
                description: 'Query PostgreSQL with a connection pool and parameterised queries, and use transactions.',
                zh: { title: '用 node-postgres 访问 PostgreSQL', description: '使用连接池和参数化查询操作 PostgreSQL，并使用事务。' },
                hours: 4, difficulty: 'medium', prerequisites: ['express-routing'],
                keywords: ['postgresql', 'node-postgres', 'connection pool', 'transactions'],
                links: [
                  { title: 'node-postgres', url: 'https://node-postgres.com/', type: 'documentation', why: 'Pools, parameterised queries and transactions in pg.' },
                  { title: 'PostgreSQL Tutorial', url: 'https://www.postgresql.org/docs/current/tutorial.html', type: 'documentation', why: 'SQL basics if you are new to PostgreSQL.' },
                ],
              },
              {
                id: 'orm-migrations', title: 'ORMs, query builders and migrations',
                description: 'Evolve the schema with migrations and weigh an ORM or query builder against raw SQL.',
                zh: { title: 'ORM、查询构建器与迁移', description: '用迁移演进数据库结构，并权衡 ORM、查询构建器与原生 SQL。' },
                hours: 3, difficulty: 'hard', prerequisites: ['sql-postgres'],
                keywords: ['migrations', 'orm', 'prisma', 'schema'],
                links: [
                  { title: 'Prisma Documentation', url: 'https://www.prisma.io/docs', type: 'documentation', why: 'A popular TypeScript ORM with a migration workflow.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'production-node',
        title: 'Production-ready services',
        description: 'Authenticate users, secure and test the API, and run it reliably.',
        zh: { title: '生产级服务', description: '实现用户认证，保障 API 安全并完成测试，使其可靠运行。' },
        modules: [
          {
            id: 'auth-security',
            title: 'Authentication and security',
            description: 'Identity and the most common attack surfaces.',
            zh: { title: '认证与安全', description: '身份认证与最常见的攻击面。' },
            concepts: [
              {
                id: 'authentication', title: 'Password storage, sessions and JWT',
                description: 'Hash passwords properly, choose between cookie sessions and tokens, and protect routes.',
                zh: { title: '密码存储、会话与 JWT', description: '正确地哈希密码，在 Cookie 会话与令牌之间做出选择，并保护路由。' },
                hours: 4, difficulty: 'hard', prerequisites: ['middleware', 'sql-postgres'],
                keywords: ['password hashing', 'sessions', 'jwt', 'cookies'],
                links: [
                  { title: 'OWASP Password Storage Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html', type: 'article', why: 'Which hashing algorithms and parameters to use.' },
                  { title: 'OWASP Session Management Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Session_Management_Cheat_Sheet.html', type: 'article', why: 'Secure cookie and session handling.' },
                ],
              },
              {
                id: 'security-practices', title: 'Security best practices',
                description: 'Set security headers, limit rates and body sizes, avoid injection and keep dependencies patched.',
                zh: { title: '安全最佳实践', description: '设置安全响应头，限制请求速率与请求体大小，防范注入，并及时更新依赖。' },
                hours: 3, difficulty: 'hard', prerequisites: ['authentication', 'validation-api-design'],
                keywords: ['security headers', 'rate limiting', 'npm audit', 'injection'],
                links: [
                  { title: 'Express: Security best practices', url: 'https://expressjs.com/en/advanced/best-practice-security.html', type: 'documentation', why: 'The Express team’s production security checklist.' },
                  { title: 'OWASP Node.js Security Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Nodejs_Security_Cheat_Sheet.html', type: 'article', why: 'Node-specific risks and mitigations.' },
                ],
              },
            ],
          },
          {
            id: 'quality-ops',
            title: 'Testing and operations',
            description: 'Tests, logs, performance and deployment.',
            zh: { title: '测试与运维', description: '测试、日志、性能与部署。' },
            concepts: [
              {
                id: 'testing-apis', title: 'Testing APIs',
                description: 'Write unit tests and HTTP-level integration tests against a test database.',
                zh: { title: 'API 测试', description: '编写单元测试，以及针对测试数据库的 HTTP 层集成测试。' },
                hours: 3, difficulty: 'hard', prerequisites: ['validation-api-design', 'sql-postgres'],
                keywords: ['node:test', 'integration tests', 'test database', 'vitest'],
                links: [
                  { title: 'Node.js: Test runner', url: 'https://nodejs.org/api/test.html', type: 'documentation', why: 'The built-in test runner, mocks and coverage.' },
                  { title: 'Vitest Guide', url: 'https://vitest.dev/guide/', type: 'tool', why: 'A popular alternative runner with watch mode.' },
                ],
              },
              {
                id: 'logging-config', title: 'Logging, configuration and graceful shutdown',
                description: 'Emit structured JSON logs, read configuration from the environment and close connections on SIGTERM.',
                zh: { title: '日志、配置与优雅关闭', description: '输出结构化 JSON 日志，从环境变量读取配置，并在收到 SIGTERM 时关闭连接。' },
                hours: 2, difficulty: 'hard', prerequisites: ['http-module', 'events-errors'],
                keywords: ['structured logging', 'pino', 'environment variables', 'SIGTERM'],
                links: [
                  { title: 'Pino', url: 'https://getpino.io/', type: 'tool', why: 'A fast structured JSON logger for Node.js.' },
                  { title: 'The Twelve-Factor App', url: 'https://12factor.net/', type: 'article', why: 'Config, logs and disposability for services.' },
                ],
              },
              {
                id: 'performance-scaling', title: 'Profiling, worker threads and scaling',
                description: 'Profile hot paths, move CPU-heavy work to worker threads and scale across processes.',
                zh: { title: '性能分析、工作线程与扩展', description: '分析热点代码，把 CPU 密集任务移到工作线程，并在多个进程间扩展。' },
                hours: 3, difficulty: 'hard', prerequisites: ['event-loop', 'logging-config'],
                keywords: ['profiling', 'worker_threads', 'cluster', 'scaling'],
                links: [
                  { title: 'Profiling Node.js Applications', url: 'https://nodejs.org/en/learn/getting-started/profiling', type: 'documentation', why: 'Using the built-in V8 profiler.' },
                  { title: 'Node.js: Worker threads', url: 'https://nodejs.org/api/worker_threads.html', type: 'documentation', why: 'Running CPU-bound JavaScript in parallel.' },
                ],
              },
              {
                id: 'deployment', title: 'Containerizing and deploying',
                description: 'Package the service in a container image and deploy it with health checks.',
                zh: { title: '容器化与部署', description: '把服务打包成容器镜像，并带健康检查进行部署。' },
                hours: 3, difficulty: 'hard', prerequisites: ['logging-config'],
                keywords: ['docker', 'deployment', 'health checks', 'ci'],
                links: [
                  { title: 'Docker Node.js language guide', url: 'https://docs.docker.com/guides/nodejs/', type: 'tutorial', why: 'Containerize, develop and test a Node.js app with Docker.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
