/**
 * Curated curricula for operations: CI/CD and DevOps practice, Linux system administration.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const GIT_BOOK = 'https://git-scm.com/book/en/v2';
const SRE = 'https://sre.google/sre-book';
const ARCH = 'https://wiki.archlinux.org/title';
const MAN = 'https://man7.org/linux/man-pages';
const SYSTEMD = 'https://www.freedesktop.org/software/systemd/man/latest';

export const cloudDevopsOps: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── CI/CD and DevOps
  {
    key: 'cicd-devops',
    match: ['devops', 'ci/cd', 'cicd', 'continuous integration', 'continuous delivery', 'devops engineer', 'github actions', 'site reliability engineering', 'sre', 'devops 入门', '持续集成', '持续交付', '运维开发'],
    title: { en: 'CI/CD and DevOps', zh: 'CI/CD 与 DevOps' },
    summary: {
      en: 'Ship software safely and often: Git workflows, DevOps principles, continuous integration with GitHub Actions, continuous delivery and release strategies, infrastructure as code and GitOps, observability, SLOs, incident response and pipeline security.',
      zh: '安全、高频地交付软件：Git 工作流、DevOps 原则、基于 GitHub Actions 的持续集成、持续交付与发布策略、基础设施即代码与 GitOps、可观测性、SLO、事故响应以及流水线安全。',
    },
    stages: [
      {
        id: 'foundations',
        title: 'Foundations and continuous integration',
        description: 'Collaborate with Git, understand why DevOps works and integrate every change automatically.',
        zh: { title: '基础与持续集成', description: '用 Git 协作，理解 DevOps 为何有效，并自动集成每一次变更。' },
        modules: [
          {
            id: 'version-control',
            title: 'Version control and culture',
            description: 'Git workflows and DevOps principles.',
            zh: { title: '版本控制与文化', description: 'Git 工作流与 DevOps 原则。' },
            concepts: [
              {
                id: 'git-basics', title: 'Git fundamentals',
                description: 'Commit, inspect history, undo mistakes and work with remotes.',
                zh: { title: 'Git 基础', description: '提交代码、查看历史、撤销错误并与远程仓库协作。' },
                hours: 3, difficulty: 'easy', prerequisites: [],
                keywords: ['git', 'commits', 'remotes', 'history'],
                links: [
                  { title: 'Pro Git: Git Basics', url: `${GIT_BOOK}/Git-Basics-Getting-a-Git-Repository`, type: 'book', why: 'The official book’s chapter on everyday Git.' },
                ],
              },
              {
                id: 'branching-workflows', title: 'Branching, merging and pull requests',
                description: 'Use short-lived branches, merge or rebase, resolve conflicts and review changes through pull requests.',
                zh: { title: '分支、合并与拉取请求', description: '使用短生命周期分支，进行合并或变基，解决冲突，并通过拉取请求评审代码。' },
                hours: 3, difficulty: 'easy', prerequisites: ['git-basics'],
                keywords: ['branches', 'merge', 'rebase', 'pull requests'],
                links: [
                  { title: 'Pro Git: Branches in a Nutshell', url: `${GIT_BOOK}/Git-Branching-Branches-in-a-Nutshell`, type: 'book', why: 'How branches really work in Git.' },
                  { title: 'GitHub Docs: Pull requests', url: 'https://docs.github.com/en/pull-requests', type: 'documentation', why: 'Proposing, reviewing and merging changes.' },
                ],
              },
              {
                id: 'devops-principles', title: 'DevOps principles and DORA metrics',
                description: 'Explain the goals of DevOps and measure delivery with deployment frequency, lead time, change failure rate and recovery time.',
                zh: { title: 'DevOps 原则与 DORA 指标', description: '理解 DevOps 的目标，并用部署频率、变更前置时间、变更失败率和恢复时间衡量交付能力。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['devops', 'dora metrics', 'lead time', 'culture'],
                links: [
                  { title: 'DORA', url: 'https://dora.dev/', type: 'article', why: 'The research programme behind the four key delivery metrics.' },
                ],
              },
            ],
          },
          {
            id: 'continuous-integration',
            title: 'Continuous integration',
            description: 'Automatically build and test every change.',
            zh: { title: '持续集成', description: '自动构建并测试每一次变更。' },
            concepts: [
              {
                id: 'ci-principles', title: 'Continuous integration principles',
                description: 'Integrate small changes to the main branch frequently, keep the build green and fix failures first.',
                zh: { title: '持续集成的原则', description: '频繁地把小改动集成到主干，保持构建始终通过，并优先修复失败。' },
                hours: 1.5, difficulty: 'easy', prerequisites: ['branching-workflows'],
                keywords: ['continuous integration', 'trunk-based development', 'build', 'feedback'],
                links: [
                  { title: 'Martin Fowler: Continuous Integration', url: 'https://martinfowler.com/articles/continuousIntegration.html', type: 'article', why: 'The classic, regularly updated explanation of CI practices.' },
                ],
              },
              {
                id: 'github-actions', title: 'Pipelines with GitHub Actions',
                description: 'Write workflows with jobs, steps, matrices, caching and secrets triggered by pushes and pull requests.',
                zh: { title: '用 GitHub Actions 构建流水线', description: '编写由推送和拉取请求触发的工作流，使用作业、步骤、矩阵、缓存和密钥。' },
                hours: 4, difficulty: 'medium', prerequisites: ['ci-principles'],
                keywords: ['github actions', 'workflows', 'matrix builds', 'caching'],
                links: [
                  { title: 'GitHub Actions documentation', url: 'https://docs.github.com/en/actions', type: 'documentation', why: 'Quickstart, workflow syntax and security guides.' },
                ],
              },
              {
                id: 'automated-quality', title: 'Automated tests and quality gates',
                description: 'Run unit, integration and end-to-end tests, linters and coverage in CI following the test pyramid.',
                zh: { title: '自动化测试与质量门禁', description: '按照测试金字塔在 CI 中运行单元测试、集成测试、端到端测试、代码检查和覆盖率统计。' },
                hours: 3, difficulty: 'medium', prerequisites: ['github-actions'],
                keywords: ['test pyramid', 'linting', 'coverage', 'quality gates'],
                links: [
                  { title: 'The Practical Test Pyramid', url: 'https://martinfowler.com/articles/practical-test-pyramid.html', type: 'article', why: 'How to balance test types in an automated pipeline.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'delivery',
        title: 'Delivery and infrastructure',
        description: 'Release continuously with low risk and manage infrastructure as code.',
        zh: { title: '交付与基础设施', description: '以低风险持续发布，并以代码方式管理基础设施。' },
        modules: [
          {
            id: 'continuous-delivery',
            title: 'Continuous delivery',
            description: 'From a green build to production.',
            zh: { title: '持续交付', description: '从构建通过到上线生产。' },
            concepts: [
              {
                id: 'cd-pipelines', title: 'Continuous delivery and deployment pipelines',
                description: 'Promote one immutable artifact through environments with automated checks and approvals.',
                zh: { title: '持续交付与部署流水线', description: '让同一个不可变制品在自动检查和审批下逐级晋升到各个环境。' },
                hours: 3, difficulty: 'medium', prerequisites: ['automated-quality'],
                keywords: ['continuous delivery', 'environments', 'promotion', 'approvals'],
                links: [
                  { title: 'Martin Fowler: Continuous Delivery', url: 'https://martinfowler.com/bliki/ContinuousDelivery.html', type: 'article', why: 'What continuous delivery means and how it differs from deployment.' },
                ],
              },
              {
                id: 'artifacts-versioning', title: 'Artifacts, registries and versioning',
                description: 'Version releases semantically and publish build artifacts and container images to a registry.',
                zh: { title: '制品、镜像仓库与版本管理', description: '按语义化版本发布，并把构建制品和容器镜像发布到仓库。' },
                hours: 2, difficulty: 'medium', prerequisites: ['github-actions'],
                keywords: ['semantic versioning', 'artifacts', 'container registry', 'releases'],
                links: [
                  { title: 'Semantic Versioning', url: 'https://semver.org/', type: 'documentation', why: 'The versioning scheme most tools assume.' },
                  { title: 'GitHub Packages', url: 'https://docs.github.com/en/packages', type: 'documentation', why: 'Publishing packages and container images from workflows.' },
                ],
              },
              {
                id: 'release-strategies', title: 'Release strategies',
                description: 'Reduce release risk with blue-green and canary deployments, feature flags and fast rollbacks.',
                zh: { title: '发布策略', description: '借助蓝绿部署、金丝雀发布、功能开关和快速回滚降低发布风险。' },
                hours: 3, difficulty: 'hard', prerequisites: ['cd-pipelines'],
                keywords: ['blue-green', 'canary', 'feature flags', 'rollback'],
                links: [
                  { title: 'Martin Fowler: Blue Green Deployment', url: 'https://martinfowler.com/bliki/BlueGreenDeployment.html', type: 'article', why: 'Switching traffic between two environments.' },
                  { title: 'Martin Fowler: Canary Release', url: 'https://martinfowler.com/bliki/CanaryRelease.html', type: 'article', why: 'Rolling out to a small subset first.' },
                  { title: 'Feature Toggles', url: 'https://martinfowler.com/articles/feature-toggles.html', type: 'article', why: 'Types of flags and how to manage them.' },
                ],
              },
            ],
          },
          {
            id: 'infrastructure',
            title: 'Infrastructure as code',
            description: 'Declarative, reviewable infrastructure.',
            zh: { title: '基础设施即代码', description: '声明式、可评审的基础设施。' },
            concepts: [
              {
                id: 'terraform', title: 'Infrastructure as code with Terraform',
                description: 'Declare resources, plan and apply changes, manage state and reuse modules.',
                zh: { title: '用 Terraform 实现基础设施即代码', description: '声明资源，规划并应用变更，管理状态文件并复用模块。' },
                hours: 4, difficulty: 'medium', prerequisites: ['git-basics'],
                keywords: ['terraform', 'plan', 'state', 'modules'],
                links: [
                  { title: 'What is Terraform?', url: 'https://developer.hashicorp.com/terraform/intro', type: 'documentation', why: 'The workflow and core concepts.' },
                  { title: 'Terraform tutorials', url: 'https://developer.hashicorp.com/terraform/tutorials', type: 'tutorial', why: 'Hands-on tutorials for every major cloud.' },
                ],
              },
              {
                id: 'config-management', title: 'Configuration management with Ansible',
                description: 'Configure servers idempotently with inventories, playbooks and roles.',
                zh: { title: '用 Ansible 做配置管理', description: '用清单、剧本和角色以幂等方式配置服务器。' },
                hours: 3, difficulty: 'medium', prerequisites: ['git-basics'],
                keywords: ['ansible', 'playbooks', 'idempotency', 'inventory'],
                links: [
                  { title: 'Getting started with Ansible', url: 'https://docs.ansible.com/ansible/latest/getting_started/index.html', type: 'documentation', why: 'Inventories, playbooks and first automation.' },
                ],
              },
              {
                id: 'gitops', title: 'GitOps',
                description: 'Keep desired state in Git and let a controller such as Argo CD reconcile clusters to it.',
                zh: { title: 'GitOps', description: '把期望状态保存在 Git 中，由 Argo CD 等控制器让集群与之保持一致。' },
                hours: 3, difficulty: 'hard', prerequisites: ['terraform', 'cd-pipelines'],
                keywords: ['gitops', 'argo cd', 'reconciliation', 'declarative'],
                links: [
                  { title: 'OpenGitOps principles', url: 'https://opengitops.dev/', type: 'article', why: 'The vendor-neutral definition of GitOps.' },
                  { title: 'Argo CD documentation', url: 'https://argo-cd.readthedocs.io/en/stable/', type: 'documentation', why: 'A widely used GitOps controller for Kubernetes.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'operations',
        title: 'Operations and reliability',
        description: 'Observe systems, set reliability targets, handle incidents and secure the pipeline.',
        zh: { title: '运维与可靠性', description: '观测系统、设定可靠性目标、处理事故并保障流水线安全。' },
        modules: [
          {
            id: 'observability',
            title: 'Observability',
            description: 'Metrics, logs and traces.',
            zh: { title: '可观测性', description: '指标、日志与链路追踪。' },
            concepts: [
              {
                id: 'metrics-alerting', title: 'Metrics and alerting with Prometheus and Grafana',
                description: 'Collect metrics, build dashboards and alert on symptoms users feel rather than on every cause.',
                zh: { title: '用 Prometheus 与 Grafana 做指标与告警', description: '收集指标、搭建仪表盘，并针对用户可感知的症状而非每个原因设置告警。' },
                hours: 4, difficulty: 'hard', prerequisites: ['cd-pipelines'],
                keywords: ['prometheus', 'grafana', 'alerting', 'dashboards'],
                links: [
                  { title: 'Prometheus: Overview', url: 'https://prometheus.io/docs/introduction/overview/', type: 'documentation', why: 'Architecture, data model and querying.' },
                  { title: 'Google SRE Book: Monitoring Distributed Systems', url: `${SRE}/monitoring-distributed-systems/`, type: 'book', why: 'The four golden signals and what to alert on.' },
                ],
              },
              {
                id: 'logs-traces', title: 'Logs and traces with OpenTelemetry',
                description: 'Emit structured logs and distributed traces and correlate them to debug production issues.',
                zh: { title: '用 OpenTelemetry 处理日志与链路追踪', description: '输出结构化日志与分布式链路追踪，并将二者关联起来排查线上问题。' },
                hours: 3, difficulty: 'hard', prerequisites: ['metrics-alerting'],
                keywords: ['opentelemetry', 'tracing', 'structured logs', 'correlation'],
                links: [
                  { title: 'OpenTelemetry documentation', url: 'https://opentelemetry.io/docs/', type: 'documentation', why: 'Vendor-neutral instrumentation for traces, metrics and logs.' },
                ],
              },
            ],
          },
          {
            id: 'reliability',
            title: 'Reliability and security',
            description: 'Targets, incidents and a trustworthy pipeline.',
            zh: { title: '可靠性与安全', description: '可靠性目标、事故处理与可信的流水线。' },
            concepts: [
              {
                id: 'slos', title: 'SLIs, SLOs and error budgets',
                description: 'Define service level indicators and objectives and use error budgets to balance speed and stability.',
                zh: { title: 'SLI、SLO 与错误预算', description: '定义服务等级指标与目标，并用错误预算在速度与稳定之间取得平衡。' },
                hours: 2, difficulty: 'hard', prerequisites: ['metrics-alerting'],
                keywords: ['sli', 'slo', 'error budget', 'reliability'],
                links: [
                  { title: 'Google SRE Book: Service Level Objectives', url: `${SRE}/service-level-objectives/`, type: 'book', why: 'The concepts explained by the people who coined them.' },
                  { title: 'Google SRE Workbook: Implementing SLOs', url: 'https://sre.google/workbook/implementing-slos/', type: 'book', why: 'Practical steps for choosing and adopting SLOs.' },
                ],
              },
              {
                id: 'incident-response', title: 'Incident response and blameless postmortems',
                description: 'Run an incident with clear roles and communication, then learn from it with a blameless postmortem.',
                zh: { title: '事故响应与无责复盘', description: '以清晰的角色分工和沟通处理事故，并通过无责复盘从中学习。' },
                hours: 2, difficulty: 'hard', prerequisites: ['slos'],
                keywords: ['incident management', 'on-call', 'postmortems', 'blameless culture'],
                links: [
                  { title: 'Google SRE Book: Managing Incidents', url: `${SRE}/managing-incidents/`, type: 'book', why: 'Roles and process for handling incidents.' },
                  { title: 'Google SRE Book: Postmortem Culture', url: `${SRE}/postmortem-culture/`, type: 'book', why: 'How to write postmortems that improve systems.' },
                ],
              },
              {
                id: 'pipeline-security', title: 'Secrets and supply-chain security',
                description: 'Keep secrets out of code, pin and scan dependencies, restrict pipeline permissions and sign artifacts.',
                zh: { title: '密钥与供应链安全', description: '把密钥排除在代码之外，锁定并扫描依赖，限制流水线权限，并为制品签名。' },
                hours: 3, difficulty: 'hard', prerequisites: ['github-actions', 'artifacts-versioning'],
                keywords: ['secrets management', 'supply chain', 'slsa', 'least privilege'],
                links: [
                  { title: 'OWASP Top 10 CI/CD Security Risks', url: 'https://owasp.org/www-project-top-10-ci-cd-security-risks/', type: 'article', why: 'The most common ways pipelines get compromised.' },
                  { title: 'SLSA', url: 'https://slsa.dev/', type: 'documentation', why: 'A framework for build provenance and supply-chain integrity.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Linux administration
  {
    key: 'linux-admin',
    match: ['linux', 'linux administration', 'linux admin', 'linux system administration', 'sysadmin', 'linux command line', 'bash', 'shell scripting', 'linux 入门', 'linux入门', 'linux 运维', 'linux 系统管理', 'shell 脚本'],
    title: { en: 'Linux System Administration', zh: 'Linux 系统管理' },
    summary: {
      en: 'Administer Linux servers with confidence: the shell and text tools, users and permissions, packages, processes and systemd, scheduling, storage, networking and SSH, Bash scripting, hardening, logs and performance troubleshooting.',
      zh: '自信地管理 Linux 服务器：Shell 与文本工具、用户与权限、软件包、进程与 systemd、定时任务、存储、网络与 SSH、Bash 脚本、安全加固、日志以及性能排查。',
    },
    stages: [
      {
        id: 'command-line',
        title: 'The command line',
        description: 'Work efficiently in the shell and manage users, permissions and software.',
        zh: { title: '命令行', description: '在 Shell 中高效工作，管理用户、权限和软件。' },
        modules: [
          {
            id: 'shell-basics',
            title: 'Shell basics',
            description: 'Navigation and text processing.',
            zh: { title: 'Shell 基础', description: '目录导航与文本处理。' },
            concepts: [
              {
                id: 'shell-navigation', title: 'The shell and the filesystem hierarchy',
                description: 'Navigate the filesystem, manage files, read man pages and know where things live in the FHS.',
                zh: { title: 'Shell 与文件系统层次结构', description: '在文件系统中导航、管理文件、查阅 man 手册，并了解 FHS 中各目录的用途。' },
                hours: 3, difficulty: 'easy', prerequisites: [],
                keywords: ['bash', 'navigation', 'man pages', 'fhs'],
                links: [
                  { title: 'The Linux Command Line (book)', url: 'https://linuxcommand.org/tlcl.php', type: 'book', why: 'A free, beginner-friendly book on the shell.' },
                  { title: 'Filesystem Hierarchy Standard', url: 'https://refspecs.linuxfoundation.org/FHS_3.0/fhs/index.html', type: 'documentation', why: 'What /etc, /var, /usr and friends are for.' },
                ],
              },
              {
                id: 'text-tools', title: 'Pipes, redirection and text tools',
                description: 'Combine grep, find, sort, cut, sed and awk with pipes and redirection to answer questions about files and logs.',
                zh: { title: '管道、重定向与文本工具', description: '通过管道和重定向组合 grep、find、sort、cut、sed 和 awk，快速分析文件与日志。' },
                hours: 4, difficulty: 'easy', prerequisites: ['shell-navigation'],
                keywords: ['grep', 'sed', 'awk', 'pipes'],
                links: [
                  { title: 'GNU Coreutils manual', url: 'https://www.gnu.org/software/coreutils/manual/coreutils.html', type: 'documentation', why: 'Reference for sort, cut, uniq, head and other core tools.' },
                  { title: 'GNU grep manual', url: 'https://www.gnu.org/software/grep/manual/grep.html', type: 'documentation', why: 'Patterns, options and regular expressions.' },
                  { title: 'GNU sed manual', url: 'https://www.gnu.org/software/sed/manual/sed.html', type: 'documentation', why: 'Stream editing for search and replace.' },
                ],
              },
            ],
          },
          {
            id: 'users-permissions',
            title: 'Users, permissions and packages',
            description: 'Access control and software installation.',
            zh: { title: '用户、权限与软件包', description: '访问控制与软件安装。' },
            concepts: [
              {
                id: 'users-groups', title: 'Users, groups and sudo',
                description: 'Create users and groups, manage membership and grant limited administrative rights with sudo.',
                zh: { title: '用户、用户组与 sudo', description: '创建用户和用户组，管理成员关系，并用 sudo 授予受限的管理权限。' },
                hours: 2, difficulty: 'easy', prerequisites: ['shell-navigation'],
                keywords: ['users', 'groups', 'sudo', 'useradd'],
                links: [
                  { title: 'ArchWiki: Users and groups', url: `${ARCH}/Users_and_groups`, type: 'documentation', why: 'A thorough, distribution-neutral explanation.' },
                  { title: 'ArchWiki: sudo', url: `${ARCH}/Sudo`, type: 'documentation', why: 'Configuring sudoers safely.' },
                ],
              },
              {
                id: 'permissions', title: 'File permissions and ownership',
                description: 'Read and set permissions with chmod and chown, understand umask and special bits.',
                zh: { title: '文件权限与属主', description: '用 chmod 和 chown 查看与设置权限，理解 umask 和特殊权限位。' },
                hours: 2, difficulty: 'easy', prerequisites: ['users-groups'],
                keywords: ['chmod', 'chown', 'umask', 'setuid'],
                links: [
                  { title: 'ArchWiki: File permissions and attributes', url: `${ARCH}/File_permissions_and_attributes`, type: 'documentation', why: 'Permission bits, ownership and attributes with examples.' },
                  { title: 'chmod(1) manual page', url: `${MAN}/man1/chmod.1.html`, type: 'documentation', why: 'Symbolic and numeric modes.' },
                ],
              },
              {
                id: 'package-management', title: 'Package management',
                description: 'Install, update, search and remove software with apt or dnf and manage repositories.',
                zh: { title: '软件包管理', description: '用 apt 或 dnf 安装、更新、搜索和卸载软件，并管理软件源。' },
                hours: 1.5, difficulty: 'easy', prerequisites: ['users-groups'],
                keywords: ['apt', 'dnf', 'repositories', 'updates'],
                links: [
                  { title: 'Debian Reference: Package management', url: 'https://www.debian.org/doc/manuals/debian-reference/ch02.en.html', type: 'documentation', why: 'How apt and dpkg work on Debian and Ubuntu.' },
                  { title: 'ArchWiki: pacman/Rosetta', url: `${ARCH}/Pacman/Rosetta`, type: 'documentation', why: 'Equivalent commands across apt, dnf, zypper and pacman.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'system-admin',
        title: 'System administration',
        description: 'Manage processes and services, schedule work, and configure storage and networking.',
        zh: { title: '系统管理', description: '管理进程与服务、安排定时任务，并配置存储与网络。' },
        modules: [
          {
            id: 'processes-services',
            title: 'Processes and services',
            description: 'What is running and how it is supervised.',
            zh: { title: '进程与服务', description: '系统上运行着什么，以及它们如何被管理。' },
            concepts: [
              {
                id: 'processes-signals', title: 'Processes, jobs and signals',
                description: 'Inspect processes with ps and top, control jobs and stop processes correctly with signals.',
                zh: { title: '进程、作业与信号', description: '用 ps 和 top 查看进程，控制前后台作业，并用信号正确地终止进程。' },
                hours: 2, difficulty: 'medium', prerequisites: ['text-tools'],
                keywords: ['ps', 'top', 'kill', 'signals'],
                links: [
                  { title: 'ps(1) manual page', url: `${MAN}/man1/ps.1.html`, type: 'documentation', why: 'Selecting and formatting process listings.' },
                  { title: 'signal(7) manual page', url: `${MAN}/man7/signal.7.html`, type: 'documentation', why: 'What each signal means and its default action.' },
                ],
              },
              {
                id: 'systemd-services', title: 'Services with systemd and journald',
                description: 'Start, stop and enable services with systemctl, write a unit file and read logs with journalctl.',
                zh: { title: '用 systemd 与 journald 管理服务', description: '用 systemctl 启停和启用服务，编写 unit 文件，并用 journalctl 查看日志。' },
                hours: 3, difficulty: 'medium', prerequisites: ['processes-signals'],
                keywords: ['systemd', 'systemctl', 'unit files', 'journalctl'],
                links: [
                  { title: 'ArchWiki: systemd', url: `${ARCH}/Systemd`, type: 'documentation', why: 'Practical guide to units, targets and the journal.' },
                  { title: 'systemd.service manual', url: `${SYSTEMD}/systemd.service.html`, type: 'documentation', why: 'Every option of a service unit.' },
                ],
              },
              {
                id: 'scheduling', title: 'Scheduling with cron and systemd timers',
                description: 'Run recurring jobs with crontab or systemd timers and capture their output.',
                zh: { title: '用 cron 与 systemd 定时器调度任务', description: '用 crontab 或 systemd 定时器运行周期性任务，并记录其输出。' },
                hours: 1.5, difficulty: 'medium', prerequisites: ['systemd-services'],
                keywords: ['cron', 'crontab', 'systemd timers', 'scheduling'],
                links: [
                  { title: 'crontab(5) manual page', url: `${MAN}/man5/crontab.5.html`, type: 'documentation', why: 'The crontab time specification.' },
                  { title: 'ArchWiki: systemd/Timers', url: `${ARCH}/Systemd/Timers`, type: 'documentation', why: 'Timer units as a modern alternative to cron.' },
                ],
              },
            ],
          },
          {
            id: 'storage-networking',
            title: 'Storage, networking and remote access',
            description: 'Disks, networks and SSH.',
            zh: { title: '存储、网络与远程访问', description: '磁盘、网络与 SSH。' },
            concepts: [
              {
                id: 'disks-filesystems', title: 'Disks, filesystems and mounts',
                description: 'Partition disks, create filesystems, mount them persistently with fstab and check disk usage.',
                zh: { title: '磁盘、文件系统与挂载', description: '对磁盘分区、创建文件系统，通过 fstab 持久挂载，并检查磁盘使用情况。' },
                hours: 3, difficulty: 'medium', prerequisites: ['permissions'],
                keywords: ['partitions', 'filesystems', 'fstab', 'lvm'],
                links: [
                  { title: 'ArchWiki: File systems', url: `${ARCH}/File_systems`, type: 'documentation', why: 'Creating and mounting filesystems.' },
                  { title: 'ArchWiki: fstab', url: `${ARCH}/Fstab`, type: 'documentation', why: 'Persistent mounts and identifying devices by UUID.' },
                ],
              },
              {
                id: 'networking', title: 'Network configuration and troubleshooting',
                description: 'Inspect addresses and routes with ip, list sockets with ss and debug DNS and HTTP with dig and curl.',
                zh: { title: '网络配置与排障', description: '用 ip 查看地址和路由，用 ss 列出套接字，用 dig 和 curl 排查 DNS 与 HTTP 问题。' },
                hours: 3, difficulty: 'medium', prerequisites: ['processes-signals'],
                keywords: ['ip', 'ss', 'dig', 'curl'],
                links: [
                  { title: 'ArchWiki: Network configuration', url: `${ARCH}/Network_configuration`, type: 'documentation', why: 'Interfaces, addresses, routing and troubleshooting.' },
                  { title: 'ip(8) manual page', url: `${MAN}/man8/ip.8.html`, type: 'documentation', why: 'The iproute2 command reference.' },
                ],
              },
              {
                id: 'ssh', title: 'SSH keys and remote administration',
                description: 'Log in with key pairs, configure the SSH client and server and copy files securely.',
                zh: { title: 'SSH 密钥与远程管理', description: '使用密钥对登录，配置 SSH 客户端与服务端，并安全地传输文件。' },
                hours: 2, difficulty: 'medium', prerequisites: ['users-groups'],
                keywords: ['ssh', 'key pairs', 'sshd_config', 'scp'],
                links: [
                  { title: 'ArchWiki: OpenSSH', url: `${ARCH}/OpenSSH`, type: 'documentation', why: 'Keys, client and server configuration and hardening.' },
                  { title: 'OpenSSH manual pages', url: 'https://www.openssh.com/manual.html', type: 'documentation', why: 'Authoritative reference for ssh, sshd and their configs.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'automation-hardening',
        title: 'Automation, security and performance',
        description: 'Script repetitive work, harden servers and troubleshoot performance.',
        zh: { title: '自动化、安全与性能', description: '用脚本处理重复工作，加固服务器，并排查性能问题。' },
        modules: [
          {
            id: 'scripting',
            title: 'Bash scripting',
            description: 'Automate tasks reliably.',
            zh: { title: 'Bash 脚本', description: '可靠地自动化任务。' },
            concepts: [
              {
                id: 'bash-scripting', title: 'Bash scripting fundamentals',
                description: 'Write scripts with variables, quoting, conditionals, loops, functions and arguments.',
                zh: { title: 'Bash 脚本基础', description: '编写包含变量、引号规则、条件判断、循环、函数和参数处理的脚本。' },
                hours: 4, difficulty: 'medium', prerequisites: ['text-tools'],
                keywords: ['bash', 'variables', 'quoting', 'functions'],
                links: [
                  { title: 'GNU Bash Reference Manual', url: 'https://www.gnu.org/software/bash/manual/bash.html', type: 'documentation', why: 'The authoritative reference for Bash syntax.' },
                ],
              },
              {
                id: 'robust-scripts', title: 'Robust, safe scripts',
                description: 'Handle errors with exit codes, set -euo pipefail and traps, and catch bugs with ShellCheck.',
                zh: { title: '健壮安全的脚本', description: '借助退出码、set -euo pipefail 和 trap 处理错误，并用 ShellCheck 发现缺陷。' },
                hours: 2, difficulty: 'hard', prerequisites: ['bash-scripting'],
                keywords: ['exit codes', 'set -e', 'trap', 'shellcheck'],
                links: [
                  { title: 'ShellCheck', url: 'https://www.shellcheck.net/', type: 'tool', why: 'Finds quoting bugs and other common shell mistakes.' },
                ],
              },
            ],
          },
          {
            id: 'security-performance',
            title: 'Hardening, logs and performance',
            description: 'Keeping servers safe, observable and fast.',
            zh: { title: '加固、日志与性能', description: '让服务器保持安全、可观测且高效。' },
            concepts: [
              {
                id: 'hardening', title: 'Server hardening',
                description: 'Apply updates, configure a firewall, disable password SSH logins and remove unneeded services.',
                zh: { title: '服务器安全加固', description: '及时更新系统，配置防火墙，禁用 SSH 密码登录，并移除不需要的服务。' },
                hours: 3, difficulty: 'hard', prerequisites: ['ssh', 'systemd-services', 'networking'],
                keywords: ['hardening', 'firewall', 'nftables', 'cis benchmarks'],
                links: [
                  { title: 'ArchWiki: Security', url: `${ARCH}/Security`, type: 'documentation', why: 'A broad checklist of hardening measures.' },
                  { title: 'nftables wiki', url: 'https://wiki.nftables.org/', type: 'documentation', why: 'The modern Linux firewall framework.' },
                ],
              },
              {
                id: 'logs-monitoring', title: 'Logs and basic monitoring',
                description: 'Query the journal, rotate logs and watch resource usage and service health over time.',
                zh: { title: '日志与基础监控', description: '查询 journal 日志，配置日志轮转，并持续观察资源使用和服务健康状况。' },
                hours: 2, difficulty: 'hard', prerequisites: ['systemd-services'],
                keywords: ['journalctl', 'logrotate', 'monitoring', 'alerts'],
                links: [
                  { title: 'journalctl manual', url: `${SYSTEMD}/journalctl.html`, type: 'documentation', why: 'Filtering the journal by unit, time and priority.' },
                ],
              },
              {
                id: 'performance', title: 'Performance troubleshooting',
                description: 'Find CPU, memory, disk and network bottlenecks systematically with the USE method and standard tools.',
                zh: { title: '性能问题排查', description: '借助 USE 方法和常用工具，系统地定位 CPU、内存、磁盘和网络瓶颈。' },
                hours: 3, difficulty: 'hard', prerequisites: ['processes-signals', 'disks-filesystems'],
                keywords: ['use method', 'vmstat', 'iostat', 'bottlenecks'],
                links: [
                  { title: 'The USE Method', url: 'https://www.brendangregg.com/usemethod.html', type: 'article', why: 'A checklist for finding resource bottlenecks quickly.' },
                  { title: 'Linux Performance', url: 'https://www.brendangregg.com/linuxperf.html', type: 'article', why: 'A map of Linux observability tools.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
