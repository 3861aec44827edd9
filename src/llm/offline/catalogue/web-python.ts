/**
 * Curated curricula for Python web back ends: FastAPI and Django.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const FASTAPI = 'https://fastapi.tiangolo.com';
const DJANGO = 'https://docs.djangoproject.com/en/stable';

export const webPython: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── FastAPI
  {
    key: 'python-fastapi',
    match: ['fastapi', 'learn fastapi', 'python backend', 'python api', 'python rest api', 'backend development in python', 'python 后端', 'python后端', 'fastapi 入门', 'fastapi入门', 'fastapi 开发'],
    title: { en: 'Python Back-End Development with FastAPI', zh: '用 FastAPI 进行 Python 后端开发' },
    summary: {
      en: 'Build typed, documented JSON APIs in Python: type hints and async, FastAPI routing and Pydantic models, dependency injection, SQL databases and migrations, OAuth2/JWT authentication, testing and deployment.',
      zh: '用 Python 构建带类型、自动生成文档的 JSON API：类型注解与异步、FastAPI 路由与 Pydantic 模型、依赖注入、SQL 数据库与迁移、OAuth2/JWT 认证、测试与部署。',
    },
    stages: [
      {
        id: 'first-apis',
        title: 'Your first APIs',
        description: 'Review the Python and HTTP foundations and build endpoints with validated input and output.',
        zh: { title: '第一个 API', description: '复习 Python 与 HTTP 基础，构建输入输出都经过校验的接口。' },
        modules: [
          {
            id: 'foundations',
            title: 'Foundations',
            description: 'Type hints, HTTP and async Python.',
            zh: { title: '基础知识', description: '类型注解、HTTP 与 Python 异步编程。' },
            concepts: [
              {
                id: 'python-types', title: 'Python type hints',
                description: 'Annotate variables and functions with types, including Optional, lists and unions, as FastAPI uses them.',
                zh: { title: 'Python 类型注解', description: '为变量和函数添加类型注解（包括 Optional、列表和联合类型），FastAPI 正是依赖它们工作。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['type hints', 'typing', 'optional', 'annotations'],
                links: [
                  { title: 'FastAPI: Python Types Intro', url: `${FASTAPI}/python-types/`, type: 'documentation', why: 'A quick refresher focused on what FastAPI needs.' },
                  { title: 'typing — Support for type hints', url: 'https://docs.python.org/3/library/typing.html', type: 'documentation', why: 'The full reference.' },
                ],
              },
              {
                id: 'http-rest', title: 'HTTP and REST basics',
                description: 'Explain methods, status codes, headers and JSON bodies, and what makes an API resource-oriented.',
                zh: { title: 'HTTP 与 REST 基础', description: '理解请求方法、状态码、头部和 JSON 请求体，以及面向资源的 API 设计。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['http methods', 'status codes', 'json', 'rest'],
                links: [
                  { title: 'MDN: HTTP', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP', type: 'documentation', why: 'A clear reference for methods, headers and status codes.' },
                ],
              },
              {
                id: 'async-python', title: 'async and await',
                description: 'Know when to declare endpoints with async def and why blocking calls inside them hurt throughput.',
                zh: { title: 'async 与 await', description: '理解何时用 async def 声明接口，以及为何在其中调用阻塞代码会降低吞吐量。' },
                hours: 2, difficulty: 'medium', prerequisites: ['python-types'],
                keywords: ['async def', 'await', 'concurrency', 'event loop'],
                links: [
                  { title: 'FastAPI: Concurrency and async / await', url: `${FASTAPI}/async/`, type: 'documentation', why: 'Explains async def versus def in FastAPI with analogies.' },
                  { title: 'asyncio — Asynchronous I/O', url: 'https://docs.python.org/3/library/asyncio.html', type: 'documentation', why: 'Python’s async foundations.' },
                ],
              },
            ],
          },
          {
            id: 'first-endpoints',
            title: 'Endpoints and models',
            description: 'Routes, parameters and Pydantic models.',
            zh: { title: '接口与模型', description: '路由、参数与 Pydantic 模型。' },
            concepts: [
              {
                id: 'first-steps', title: 'Path operations, path and query parameters',
                description: 'Create an app, declare path operations and read typed path and query parameters; explore the generated docs.',
                zh: { title: '路径操作、路径参数与查询参数', description: '创建应用，声明路径操作，读取带类型的路径参数和查询参数，并浏览自动生成的文档。' },
                hours: 3, difficulty: 'easy', prerequisites: ['python-types', 'http-rest'],
                keywords: ['path operations', 'path parameters', 'query parameters', 'openapi'],
                links: [
                  { title: 'FastAPI Tutorial: First Steps', url: `${FASTAPI}/tutorial/first-steps/`, type: 'tutorial', why: 'The first app and the interactive /docs page.' },
                  { title: 'FastAPI Tutorial: Path Parameters', url: `${FASTAPI}/tutorial/path-params/`, type: 'tutorial', why: 'Typed path parameters and validation.' },
                  { title: 'FastAPI Tutorial: Query Parameters', url: `${FASTAPI}/tutorial/query-params/`, type: 'tutorial', why: 'Optional and required query parameters.' },
                ],
              },
              {
                id: 'pydantic-bodies', title: 'Request bodies with Pydantic',
                description: 'Define Pydantic models for request bodies and get parsing, validation and documentation for free.',
                zh: { title: '用 Pydantic 定义请求体', description: '为请求体定义 Pydantic 模型，自动获得解析、校验和文档。' },
                hours: 3, difficulty: 'medium', prerequisites: ['first-steps'],
                keywords: ['pydantic', 'request body', 'validation', 'models'],
                links: [
                  { title: 'FastAPI Tutorial: Request Body', url: `${FASTAPI}/tutorial/body/`, type: 'tutorial', why: 'Declaring bodies with Pydantic models.' },
                  { title: 'Pydantic: Models', url: 'https://docs.pydantic.dev/latest/concepts/models/', type: 'documentation', why: 'Fields, validation and serialisation in depth.' },
                ],
              },
              {
                id: 'responses-errors', title: 'Response models, status codes and errors',
                description: 'Filter output with response models, set status codes and raise HTTPException with helpful messages.',
                zh: { title: '响应模型、状态码与错误', description: '用响应模型过滤输出，设置状态码，并抛出带有清晰信息的 HTTPException。' },
                hours: 2, difficulty: 'medium', prerequisites: ['pydantic-bodies'],
                keywords: ['response_model', 'status codes', 'HTTPException', 'error handling'],
                links: [
                  { title: 'FastAPI Tutorial: Response Model', url: `${FASTAPI}/tutorial/response-model/`, type: 'tutorial', why: 'Keeping secrets such as password hashes out of responses.' },
                  { title: 'FastAPI Tutorial: Handling Errors', url: `${FASTAPI}/tutorial/handling-errors/`, type: 'tutorial', why: 'HTTPException and custom exception handlers.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'structuring-apps',
        title: 'Structuring applications',
        description: 'Share logic with dependencies, split the app into routers and persist data.',
        zh: { title: '组织应用结构', description: '用依赖注入复用逻辑，把应用拆分为多个路由模块，并持久化数据。' },
        modules: [
          {
            id: 'architecture',
            title: 'Dependencies and project structure',
            description: 'Keep a growing API maintainable.',
            zh: { title: '依赖与项目结构', description: '让不断增长的 API 保持可维护。' },
            concepts: [
              {
                id: 'dependencies', title: 'Dependency injection',
                description: 'Share database sessions, authentication and common parameters with Depends, including yield dependencies.',
                zh: { title: '依赖注入', description: '用 Depends 共享数据库会话、身份认证和通用参数，包括带 yield 的依赖。' },
                hours: 3, difficulty: 'medium', prerequisites: ['responses-errors'],
                keywords: ['Depends', 'dependency injection', 'yield dependencies', 'reuse'],
                links: [
                  { title: 'FastAPI Tutorial: Dependencies', url: `${FASTAPI}/tutorial/dependencies/`, type: 'tutorial', why: 'The dependency system from simple functions to sub-dependencies.' },
                ],
              },
              {
                id: 'bigger-applications', title: 'Routers and larger applications',
                description: 'Split endpoints into APIRouter modules with shared prefixes, tags and dependencies.',
                zh: { title: '路由模块与大型应用', description: '用 APIRouter 把接口拆分为多个模块，并共享前缀、标签和依赖。' },
                hours: 2, difficulty: 'medium', prerequisites: ['dependencies'],
                keywords: ['APIRouter', 'project structure', 'prefixes', 'tags'],
                links: [
                  { title: 'FastAPI Tutorial: Bigger Applications', url: `${FASTAPI}/tutorial/bigger-applications/`, type: 'tutorial', why: 'A realistic multi-file project layout.' },
                ],
              },
              {
                id: 'settings', title: 'Settings and environment variables',
                description: 'Load typed configuration from environment variables and keep secrets out of code.',
                zh: { title: '配置与环境变量', description: '从环境变量加载带类型的配置，并把密钥排除在代码之外。' },
                hours: 1.5, difficulty: 'medium', prerequisites: ['bigger-applications'],
                keywords: ['settings', 'environment variables', 'pydantic-settings', 'secrets'],
                links: [
                  { title: 'FastAPI Advanced: Settings and Environment Variables', url: `${FASTAPI}/advanced/settings/`, type: 'documentation', why: 'Typed settings with pydantic-settings and dependency overrides.' },
                ],
              },
            ],
          },
          {
            id: 'databases',
            title: 'Databases',
            description: 'Relational persistence and schema evolution.',
            zh: { title: '数据库', description: '关系型数据持久化与表结构演进。' },
            concepts: [
              {
                id: 'sql-databases', title: 'SQL databases with SQLModel or SQLAlchemy',
                description: 'Define tables, open sessions per request and implement create, read, update and delete.',
                zh: { title: '用 SQLModel 或 SQLAlchemy 访问 SQL 数据库', description: '定义数据表，为每个请求打开会话，并实现增删改查。' },
                hours: 4, difficulty: 'medium', prerequisites: ['dependencies'],
                keywords: ['sqlalchemy', 'sqlmodel', 'sessions', 'crud'],
                links: [
                  { title: 'FastAPI Tutorial: SQL (Relational) Databases', url: `${FASTAPI}/tutorial/sql-databases/`, type: 'tutorial', why: 'A complete CRUD example wired into dependencies.' },
                  { title: 'SQLAlchemy Unified Tutorial', url: 'https://docs.sqlalchemy.org/en/20/tutorial/index.html', type: 'documentation', why: 'The ORM and Core in depth.' },
                ],
              },
              {
                id: 'migrations', title: 'Migrations with Alembic',
                description: 'Generate, review and apply schema migrations instead of recreating tables.',
                zh: { title: '用 Alembic 做数据库迁移', description: '生成、审查并应用表结构迁移，而不是重建数据表。' },
                hours: 2, difficulty: 'hard', prerequisites: ['sql-databases'],
                keywords: ['alembic', 'migrations', 'autogenerate', 'schema changes'],
                links: [
                  { title: 'Alembic Tutorial', url: 'https://alembic.sqlalchemy.org/en/latest/tutorial.html', type: 'tutorial', why: 'Creating an environment and running migrations.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'production-fastapi',
        title: 'Production readiness',
        description: 'Secure, test and deploy the API.',
        zh: { title: '生产就绪', description: '保障 API 安全，完成测试并部署上线。' },
        modules: [
          {
            id: 'security-testing',
            title: 'Security and testing',
            description: 'Authentication, CORS and automated tests.',
            zh: { title: '安全与测试', description: '身份认证、CORS 与自动化测试。' },
            concepts: [
              {
                id: 'auth-jwt', title: 'OAuth2 password flow and JWT',
                description: 'Hash passwords, issue JWT access tokens and protect endpoints with security dependencies.',
                zh: { title: 'OAuth2 密码模式与 JWT', description: '哈希密码、签发 JWT 访问令牌，并用安全依赖保护接口。' },
                hours: 4, difficulty: 'hard', prerequisites: ['dependencies', 'sql-databases'],
                keywords: ['oauth2', 'jwt', 'password hashing', 'security'],
                links: [
                  { title: 'FastAPI Tutorial: Security', url: `${FASTAPI}/tutorial/security/`, type: 'tutorial', why: 'Security concepts and the OAuth2 password flow.' },
                  { title: 'FastAPI: OAuth2 with Password, Bearer with JWT', url: `${FASTAPI}/tutorial/security/oauth2-jwt/`, type: 'tutorial', why: 'A complete token-based login implementation.' },
                ],
              },
              {
                id: 'middleware-cors', title: 'Middleware and CORS',
                description: 'Add middleware for timing and logging and configure CORS for browser clients.',
                zh: { title: '中间件与 CORS', description: '添加计时和日志中间件，并为浏览器客户端配置 CORS。' },
                hours: 1.5, difficulty: 'medium', prerequisites: ['first-steps'],
                keywords: ['middleware', 'cors', 'origins', 'browser clients'],
                links: [
                  { title: 'FastAPI Tutorial: Middleware', url: `${FASTAPI}/tutorial/middleware/`, type: 'tutorial', why: 'Writing HTTP middleware.' },
                  { title: 'FastAPI Tutorial: CORS', url: `${FASTAPI}/tutorial/cors/`, type: 'tutorial', why: 'Configuring allowed origins correctly.' },
                ],
              },
              {
                id: 'testing', title: 'Testing with TestClient and pytest',
                description: 'Test endpoints with TestClient and pytest and override dependencies to use a test database.',
                zh: { title: '用 TestClient 与 pytest 测试', description: '用 TestClient 和 pytest 测试接口，并通过覆盖依赖使用测试数据库。' },
                hours: 3, difficulty: 'medium', prerequisites: ['bigger-applications', 'sql-databases'],
                keywords: ['pytest', 'TestClient', 'dependency overrides', 'integration tests'],
                links: [
                  { title: 'FastAPI Tutorial: Testing', url: `${FASTAPI}/tutorial/testing/`, type: 'tutorial', why: 'Testing endpoints with TestClient.' },
                  { title: 'pytest documentation', url: 'https://docs.pytest.org/en/stable/', type: 'documentation', why: 'Fixtures and test organisation.' },
                ],
              },
            ],
          },
          {
            id: 'deploy-operate',
            title: 'Deployment and operations',
            description: 'Background work and running in production.',
            zh: { title: '部署与运维', description: '后台任务与生产环境运行。' },
            concepts: [
              {
                id: 'background-work', title: 'Background tasks and task queues',
                description: 'Run small jobs after the response with BackgroundTasks and know when a real task queue is needed.',
                zh: { title: '后台任务与任务队列', description: '用 BackgroundTasks 在响应后执行小任务，并判断何时需要真正的任务队列。' },
                hours: 2, difficulty: 'hard', prerequisites: ['dependencies'],
                keywords: ['BackgroundTasks', 'task queue', 'celery', 'async jobs'],
                links: [
                  { title: 'FastAPI Tutorial: Background Tasks', url: `${FASTAPI}/tutorial/background-tasks/`, type: 'tutorial', why: 'What BackgroundTasks can and cannot do.' },
                ],
              },
              {
                id: 'deployment', title: 'Deploying with Uvicorn and Docker',
                description: 'Run the app with a production server setup, containerize it and put it behind HTTPS.',
                zh: { title: '用 Uvicorn 与 Docker 部署', description: '以生产级方式运行应用，将其容器化，并部署在 HTTPS 之后。' },
                hours: 3, difficulty: 'hard', prerequisites: ['settings', 'testing'],
                keywords: ['uvicorn', 'docker', 'https', 'workers'],
                links: [
                  { title: 'FastAPI: Deployment', url: `${FASTAPI}/deployment/`, type: 'documentation', why: 'HTTPS, workers, replication and restarts explained.' },
                  { title: 'FastAPI in Containers — Docker', url: `${FASTAPI}/deployment/docker/`, type: 'documentation', why: 'Building an efficient image for a FastAPI app.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Django
  {
    key: 'django',
    match: ['django', 'learn django', 'web development with django', 'django rest framework', 'python web development', 'django 入门', 'django入门', 'django 开发', 'python web 开发'],
    title: { en: 'Web Development with Django', zh: 'Django Web 开发' },
    summary: {
      en: 'Build database-backed websites and APIs with Django: projects and apps, URLs, views and templates, models and the ORM, the admin, forms and authentication, testing, Django REST framework, performance and a secure deployment.',
      zh: '用 Django 构建数据库驱动的网站和 API：项目与应用、URL、视图与模板、模型与 ORM、后台管理、表单与认证、测试、Django REST framework、性能优化与安全部署。',
    },
    stages: [
      {
        id: 'django-basics',
        title: 'Django basics',
        description: 'Create a project, serve pages and store data with models.',
        zh: { title: 'Django 基础', description: '创建项目、提供页面，并用模型存储数据。' },
        modules: [
          {
            id: 'first-project',
            title: 'Your first project',
            description: 'Projects, apps, URLs, views and templates.',
            zh: { title: '第一个项目', description: '项目、应用、URL、视图与模板。' },
            concepts: [
              {
                id: 'setup-project', title: 'Installing Django, projects and apps',
                description: 'Install Django in a virtual environment, create a project and an app and run the development server.',
                zh: { title: '安装 Django、创建项目与应用', description: '在虚拟环境中安装 Django，创建项目和应用，并运行开发服务器。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['django-admin', 'startproject', 'startapp', 'runserver'],
                links: [
                  { title: 'Django: Quick install guide', url: `${DJANGO}/intro/install/`, type: 'documentation', why: 'Installing Django correctly.' },
                  { title: 'Django Tutorial, part 1', url: `${DJANGO}/intro/tutorial01/`, type: 'tutorial', why: 'Creating a project, an app and a first view.' },
                ],
              },
              {
                id: 'urls-views', title: 'URLs and views',
                description: 'Map URL patterns to view functions and return HTTP responses.',
                zh: { title: 'URL 与视图', description: '把 URL 模式映射到视图函数，并返回 HTTP 响应。' },
                hours: 2, difficulty: 'easy', prerequisites: ['setup-project'],
                keywords: ['urls', 'path()', 'views', 'HttpResponse'],
                links: [
                  { title: 'Django: URL dispatcher', url: `${DJANGO}/topics/http/urls/`, type: 'documentation', why: 'Path converters, include() and reversing URLs.' },
                  { title: 'Django: Writing views', url: `${DJANGO}/topics/http/views/`, type: 'documentation', why: 'Function views and returning errors.' },
                ],
              },
              {
                id: 'templates', title: 'Templates',
                description: 'Render HTML with the template language, inheritance and context data.',
                zh: { title: '模板', description: '用模板语言、模板继承和上下文数据渲染 HTML。' },
                hours: 2, difficulty: 'easy', prerequisites: ['urls-views'],
                keywords: ['templates', 'template inheritance', 'context', 'render()'],
                links: [
                  { title: 'Django: Templates', url: `${DJANGO}/topics/templates/`, type: 'documentation', why: 'The template language and configuration.' },
                  { title: 'Django Tutorial, part 3', url: `${DJANGO}/intro/tutorial03/`, type: 'tutorial', why: 'Views that render templates with real data.' },
                ],
              },
            ],
          },
          {
            id: 'models-admin',
            title: 'Models, the ORM and the admin',
            description: 'Define data, query it and manage it.',
            zh: { title: '模型、ORM 与后台管理', description: '定义数据、查询数据并管理数据。' },
            concepts: [
              {
                id: 'models-migrations', title: 'Models and migrations',
                description: 'Define models with fields and relationships and apply schema changes with makemigrations and migrate.',
                zh: { title: '模型与迁移', description: '定义带字段和关联关系的模型，并用 makemigrations 与 migrate 应用表结构变更。' },
                hours: 4, difficulty: 'medium', prerequisites: ['setup-project'],
                keywords: ['models', 'fields', 'foreign keys', 'migrations'],
                links: [
                  { title: 'Django: Models', url: `${DJANGO}/topics/db/models/`, type: 'documentation', why: 'Fields, relationships and Meta options.' },
                  { title: 'Django: Migrations', url: `${DJANGO}/topics/migrations/`, type: 'documentation', why: 'How migrations are created, applied and squashed.' },
                ],
              },
              {
                id: 'orm-queries', title: 'Making queries with the ORM',
                description: 'Create, filter, order and aggregate data with QuerySets and follow relationships.',
                zh: { title: '用 ORM 查询数据', description: '用 QuerySet 创建、过滤、排序和聚合数据，并跨关联关系查询。' },
                hours: 4, difficulty: 'medium', prerequisites: ['models-migrations'],
                keywords: ['querysets', 'filter', 'aggregation', 'lookups'],
                links: [
                  { title: 'Django: Making queries', url: `${DJANGO}/topics/db/queries/`, type: 'documentation', why: 'The complete guide to QuerySets and lookups.' },
                ],
              },
              {
                id: 'admin', title: 'The admin site',
                description: 'Register models in the admin and customise list views, filters and search.',
                zh: { title: '后台管理站点', description: '在后台注册模型，并自定义列表视图、过滤器和搜索。' },
                hours: 1.5, difficulty: 'easy', prerequisites: ['models-migrations'],
                keywords: ['admin', 'ModelAdmin', 'list_display', 'superuser'],
                links: [
                  { title: 'Django: The admin site', url: `${DJANGO}/ref/contrib/admin/`, type: 'documentation', why: 'ModelAdmin options and customisation.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'building-sites',
        title: 'Building complete sites',
        description: 'Accept user input safely, manage users and test the application.',
        zh: { title: '构建完整网站', description: '安全地接收用户输入，管理用户，并测试应用。' },
        modules: [
          {
            id: 'forms-auth',
            title: 'Forms, users and views',
            description: 'Interaction and identity.',
            zh: { title: '表单、用户与视图', description: '交互与身份。' },
            concepts: [
              {
                id: 'forms', title: 'Forms and validation',
                description: 'Build forms and ModelForms, validate input and protect submissions with CSRF tokens.',
                zh: { title: '表单与校验', description: '构建 Form 和 ModelForm，校验输入，并用 CSRF 令牌保护提交。' },
                hours: 3, difficulty: 'medium', prerequisites: ['templates', 'orm-queries'],
                keywords: ['forms', 'ModelForm', 'validation', 'csrf'],
                links: [
                  { title: 'Django: Working with forms', url: `${DJANGO}/topics/forms/`, type: 'documentation', why: 'Forms, validation and rendering.' },
                ],
              },
              {
                id: 'authentication', title: 'Users, login and permissions',
                description: 'Use the built-in user model, login views, permissions and a custom user model from the start.',
                zh: { title: '用户、登录与权限', description: '使用内置用户模型、登录视图和权限系统，并在项目一开始就设置自定义用户模型。' },
                hours: 3, difficulty: 'medium', prerequisites: ['forms'],
                keywords: ['authentication', 'login', 'permissions', 'custom user model'],
                links: [
                  { title: 'Django: User authentication', url: `${DJANGO}/topics/auth/`, type: 'documentation', why: 'Users, permissions, groups and login views.' },
                ],
              },
              {
                id: 'class-based-views', title: 'Class-based and generic views',
                description: 'Use ListView, DetailView and friends to remove repetitive view code.',
                zh: { title: '基于类的视图与通用视图', description: '使用 ListView、DetailView 等通用视图，去除重复的视图代码。' },
                hours: 2, difficulty: 'medium', prerequisites: ['urls-views', 'orm-queries'],
                keywords: ['class-based views', 'ListView', 'DetailView', 'mixins'],
                links: [
                  { title: 'Django: Class-based views', url: `${DJANGO}/topics/class-based-views/`, type: 'documentation', why: 'When and how to use generic views and mixins.' },
                ],
              },
            ],
          },
          {
            id: 'testing-static',
            title: 'Testing and static files',
            description: 'Confidence and assets.',
            zh: { title: '测试与静态文件', description: '质量保障与静态资源。' },
            concepts: [
              {
                id: 'testing', title: 'Testing Django applications',
                description: 'Write tests with Django’s TestCase and test client for models, views and forms.',
                zh: { title: '测试 Django 应用', description: '用 Django 的 TestCase 和测试客户端为模型、视图与表单编写测试。' },
                hours: 3, difficulty: 'medium', prerequisites: ['orm-queries', 'forms'],
                keywords: ['TestCase', 'test client', 'fixtures', 'unit tests'],
                links: [
                  { title: 'Django: Testing in Django', url: `${DJANGO}/topics/testing/`, type: 'documentation', why: 'Writing and running tests, tools and the test client.' },
                  { title: 'Django Tutorial, part 5', url: `${DJANGO}/intro/tutorial05/`, type: 'tutorial', why: 'Finds and fixes a bug with tests.' },
                ],
              },
              {
                id: 'static-files', title: 'Static files and media',
                description: 'Serve CSS, JavaScript and images in development and collect them for production.',
                zh: { title: '静态文件与媒体文件', description: '在开发环境提供 CSS、JavaScript 和图片，并为生产环境收集静态文件。' },
                hours: 1, difficulty: 'easy', prerequisites: ['templates'],
                keywords: ['static files', 'collectstatic', 'media', 'STATIC_URL'],
                links: [
                  { title: 'Django: How to manage static files', url: `${DJANGO}/howto/static-files/`, type: 'documentation', why: 'Configuring and deploying static assets.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'apis-production',
        title: 'APIs and production',
        description: 'Expose a REST API and run the site fast and securely.',
        zh: { title: 'API 与生产环境', description: '提供 REST API，并让网站快速、安全地运行。' },
        modules: [
          {
            id: 'drf',
            title: 'Django REST framework',
            description: 'JSON APIs on top of your models.',
            zh: { title: 'Django REST framework', description: '在模型之上构建 JSON API。' },
            concepts: [
              {
                id: 'drf-serializers', title: 'Serializers, viewsets and routers',
                description: 'Convert models to JSON with serializers and expose CRUD endpoints with viewsets and routers.',
                zh: { title: '序列化器、视图集与路由器', description: '用序列化器把模型转换为 JSON，并用视图集和路由器提供增删改查接口。' },
                hours: 4, difficulty: 'hard', prerequisites: ['orm-queries', 'class-based-views'],
                keywords: ['django rest framework', 'serializers', 'viewsets', 'routers'],
                links: [
                  { title: 'DRF Quickstart', url: 'https://www.django-rest-framework.org/tutorial/quickstart/', type: 'tutorial', why: 'A working API in a few minutes.' },
                  { title: 'DRF Tutorial 1: Serialization', url: 'https://www.django-rest-framework.org/tutorial/1-serialization/', type: 'tutorial', why: 'Builds up serializers from first principles.' },
                ],
              },
              {
                id: 'drf-auth-permissions', title: 'API authentication and permissions',
                description: 'Authenticate API clients with sessions or tokens and restrict access with permission classes.',
                zh: { title: 'API 认证与权限', description: '用会话或令牌认证 API 客户端，并用权限类限制访问。' },
                hours: 3, difficulty: 'hard', prerequisites: ['drf-serializers', 'authentication'],
                keywords: ['token authentication', 'permissions', 'throttling', 'api security'],
                links: [
                  { title: 'DRF API Guide: Authentication', url: 'https://www.django-rest-framework.org/api-guide/authentication/', type: 'documentation', why: 'Available authentication schemes and how to configure them.' },
                  { title: 'DRF API Guide: Permissions', url: 'https://www.django-rest-framework.org/api-guide/permissions/', type: 'documentation', why: 'Built-in and custom permission classes.' },
                ],
              },
            ],
          },
          {
            id: 'production',
            title: 'Performance and deployment',
            description: 'Fast queries and a secure launch.',
            zh: { title: '性能与部署', description: '高效查询与安全上线。' },
            concepts: [
              {
                id: 'performance', title: 'Query optimisation and caching',
                description: 'Spot N+1 queries, use select_related and prefetch_related, add indexes and cache expensive results.',
                zh: { title: '查询优化与缓存', description: '发现 N+1 查询，使用 select_related 和 prefetch_related，添加索引并缓存开销大的结果。' },
                hours: 3, difficulty: 'hard', prerequisites: ['orm-queries'],
                keywords: ['n+1 queries', 'select_related', 'indexes', 'caching'],
                links: [
                  { title: 'Django: Database access optimization', url: `${DJANGO}/topics/db/optimization/`, type: 'documentation', why: 'A checklist for efficient ORM usage.' },
                  { title: 'Django’s cache framework', url: `${DJANGO}/topics/cache/`, type: 'documentation', why: 'Per-view, fragment and low-level caching.' },
                ],
              },
              {
                id: 'security-deployment', title: 'Security and the deployment checklist',
                description: 'Understand Django’s built-in protections and deploy with DEBUG off, secure settings and a WSGI/ASGI server.',
                zh: { title: '安全与部署清单', description: '理解 Django 内置的安全防护，并在关闭 DEBUG、使用安全配置和 WSGI/ASGI 服务器的前提下部署。' },
                hours: 3, difficulty: 'hard', prerequisites: ['testing', 'static-files'],
                keywords: ['security', 'deployment checklist', 'wsgi', 'asgi'],
                links: [
                  { title: 'Django: Security in Django', url: `${DJANGO}/topics/security/`, type: 'documentation', why: 'XSS, CSRF, SQL injection and clickjacking protections.' },
                  { title: 'Django: Deployment checklist', url: `${DJANGO}/howto/deployment/checklist/`, type: 'documentation', why: 'Settings to review before going live.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
