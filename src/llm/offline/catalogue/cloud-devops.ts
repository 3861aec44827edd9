/**
 * Curated curricula for cloud infrastructure: Docker and Kubernetes, AWS cloud fundamentals.
 * CI/CD, DevOps practices and Linux administration live in `cloud-devops-ops.ts`.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const DOCKER = 'https://docs.docker.com';
const K8S = 'https://kubernetes.io/docs';
const AWS = 'https://docs.aws.amazon.com';

export const cloudDevops: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Docker and Kubernetes
  {
    key: 'docker-kubernetes',
    match: ['docker', 'kubernetes', 'k8s', 'docker and kubernetes', 'containers', 'container orchestration', 'learn docker', 'learn kubernetes', 'docker 入门', 'docker入门', 'kubernetes 入门', 'k8s 入门', '容器化', '容器编排'],
    title: { en: 'Docker and Kubernetes', zh: 'Docker 与 Kubernetes' },
    summary: {
      en: 'Package applications as containers and run them on Kubernetes: images and Dockerfiles, volumes, networks and Compose, cluster architecture, Deployments and Services, configuration, probes, storage, autoscaling, Helm, RBAC and debugging.',
      zh: '把应用打包成容器并在 Kubernetes 上运行：镜像与 Dockerfile、数据卷、网络与 Compose，集群架构、Deployment 与 Service、配置管理、健康探针、存储、自动扩缩容、Helm、RBAC 以及故障排查。',
    },
    stages: [
      {
        id: 'containers',
        title: 'Containers with Docker',
        description: 'Build, run and compose containers on a single machine.',
        zh: { title: '用 Docker 使用容器', description: '在单台机器上构建、运行和编排容器。' },
        modules: [
          {
            id: 'docker-basics',
            title: 'Docker basics',
            description: 'Images, containers and Dockerfiles.',
            zh: { title: 'Docker 基础', description: '镜像、容器与 Dockerfile。' },
            concepts: [
              {
                id: 'container-concepts', title: 'What containers are',
                description: 'Explain images, containers and registries and how containers differ from virtual machines.',
                zh: { title: '什么是容器', description: '理解镜像、容器和镜像仓库，以及容器与虚拟机的区别。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['containers', 'images', 'registries', 'virtual machines'],
                links: [
                  { title: 'Docker overview', url: `${DOCKER}/get-started/docker-overview/`, type: 'documentation', why: 'The architecture and core objects of Docker.' },
                ],
              },
              {
                id: 'run-containers', title: 'Running containers and images',
                description: 'Pull images, run containers with ports and environment variables, inspect logs and clean up.',
                zh: { title: '运行容器与镜像', description: '拉取镜像，带端口映射和环境变量运行容器，查看日志并清理资源。' },
                hours: 2.5, difficulty: 'easy', prerequisites: ['container-concepts'],
                keywords: ['docker run', 'ports', 'logs', 'docker cli'],
                links: [
                  { title: 'Docker: Get started', url: `${DOCKER}/get-started/`, type: 'tutorial', why: 'The official hands-on introduction.' },
                ],
              },
              {
                id: 'dockerfiles', title: 'Writing Dockerfiles',
                description: 'Write Dockerfiles, understand layers and the build cache, and tag and push images.',
                zh: { title: '编写 Dockerfile', description: '编写 Dockerfile，理解镜像分层与构建缓存，并为镜像打标签和推送。' },
                hours: 3, difficulty: 'easy', prerequisites: ['run-containers'],
                keywords: ['dockerfile', 'layers', 'build cache', 'docker build'],
                links: [
                  { title: 'Dockerfile reference', url: `${DOCKER}/reference/dockerfile/`, type: 'documentation', why: 'Every instruction with its exact behaviour.' },
                ],
              },
            ],
          },
          {
            id: 'docker-practice',
            title: 'Docker in practice',
            description: 'Data, networking, multi-container apps and good images.',
            zh: { title: 'Docker 实践', description: '数据、网络、多容器应用与高质量镜像。' },
            concepts: [
              {
                id: 'volumes-networks', title: 'Volumes and networking',
                description: 'Persist data with volumes and bind mounts and connect containers on user-defined networks.',
                zh: { title: '数据卷与网络', description: '用数据卷和绑定挂载持久化数据，并通过自定义网络连接容器。' },
                hours: 2, difficulty: 'medium', prerequisites: ['run-containers'],
                keywords: ['volumes', 'bind mounts', 'bridge network', 'dns'],
                links: [
                  { title: 'Docker: Volumes', url: `${DOCKER}/engine/storage/volumes/`, type: 'documentation', why: 'Creating, using and backing up volumes.' },
                  { title: 'Docker: Networking overview', url: `${DOCKER}/engine/network/`, type: 'documentation', why: 'Network drivers and container-to-container communication.' },
                ],
              },
              {
                id: 'compose', title: 'Multi-container apps with Compose',
                description: 'Describe an app and its database in compose.yaml and run the stack with one command.',
                zh: { title: '用 Compose 运行多容器应用', description: '在 compose.yaml 中描述应用及其数据库，一条命令启动整套服务。' },
                hours: 3, difficulty: 'medium', prerequisites: ['dockerfiles', 'volumes-networks'],
                keywords: ['docker compose', 'services', 'compose.yaml', 'local development'],
                links: [
                  { title: 'Docker Compose', url: `${DOCKER}/compose/`, type: 'documentation', why: 'Concepts, the Compose file reference and common workflows.' },
                ],
              },
              {
                id: 'image-best-practices', title: 'Small, secure images',
                description: 'Use multi-stage builds, minimal base images, non-root users and .dockerignore.',
                zh: { title: '精简且安全的镜像', description: '使用多阶段构建、最小化基础镜像、非 root 用户和 .dockerignore。' },
                hours: 2, difficulty: 'medium', prerequisites: ['dockerfiles'],
                keywords: ['multi-stage builds', 'base images', 'non-root', 'image size'],
                links: [
                  { title: 'Docker: Multi-stage builds', url: `${DOCKER}/build/building/multi-stage/`, type: 'documentation', why: 'Separating build tools from the runtime image.' },
                  { title: 'Docker: Building best practices', url: `${DOCKER}/build/building/best-practices/`, type: 'documentation', why: 'Official guidance on base images, caching and security.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'kubernetes-core',
        title: 'Kubernetes core',
        description: 'Run and expose applications on a Kubernetes cluster.',
        zh: { title: 'Kubernetes 核心', description: '在 Kubernetes 集群上运行并暴露应用。' },
        modules: [
          {
            id: 'k8s-basics',
            title: 'Cluster basics and workloads',
            description: 'Architecture, kubectl and Deployments.',
            zh: { title: '集群基础与工作负载', description: '集群架构、kubectl 与 Deployment。' },
            concepts: [
              {
                id: 'k8s-architecture', title: 'Kubernetes architecture',
                description: 'Explain the control plane, nodes, the API server and the declarative desired-state model.',
                zh: { title: 'Kubernetes 架构', description: '理解控制平面、节点、API Server 以及声明式的期望状态模型。' },
                hours: 2, difficulty: 'medium', prerequisites: ['container-concepts'],
                keywords: ['control plane', 'nodes', 'api server', 'desired state'],
                links: [
                  { title: 'Kubernetes: Overview', url: `${K8S}/concepts/overview/`, type: 'documentation', why: 'What Kubernetes is and is not.' },
                  { title: 'Kubernetes: Components', url: `${K8S}/concepts/overview/components/`, type: 'documentation', why: 'The control plane and node components.' },
                ],
              },
              {
                id: 'kubectl', title: 'kubectl and a local cluster',
                description: 'Run a local cluster with kind or minikube and inspect and change objects with kubectl.',
                zh: { title: 'kubectl 与本地集群', description: '用 kind 或 minikube 运行本地集群，并用 kubectl 查看和修改对象。' },
                hours: 2, difficulty: 'medium', prerequisites: ['k8s-architecture'],
                keywords: ['kubectl', 'kind', 'minikube', 'manifests'],
                links: [
                  { title: 'Kubernetes Basics tutorial', url: `${K8S}/tutorials/kubernetes-basics/`, type: 'tutorial', why: 'Deploy, expose, scale and update an app step by step.' },
                  { title: 'kind', url: 'https://kind.sigs.k8s.io/', type: 'tool', why: 'Runs a Kubernetes cluster in Docker on your laptop.' },
                ],
              },
              {
                id: 'pods-deployments', title: 'Pods and Deployments',
                description: 'Run containers in Pods and manage replicas and rolling updates with Deployments.',
                zh: { title: 'Pod 与 Deployment', description: '在 Pod 中运行容器，并用 Deployment 管理副本和滚动更新。' },
                hours: 4, difficulty: 'medium', prerequisites: ['kubectl', 'dockerfiles'],
                keywords: ['pods', 'deployments', 'replicasets', 'rolling updates'],
                links: [
                  { title: 'Kubernetes: Pods', url: `${K8S}/concepts/workloads/pods/`, type: 'documentation', why: 'The smallest deployable unit and its lifecycle.' },
                  { title: 'Kubernetes: Deployments', url: `${K8S}/concepts/workloads/controllers/deployment/`, type: 'documentation', why: 'Rollouts, rollbacks and scaling.' },
                ],
              },
            ],
          },
          {
            id: 'k8s-networking-config',
            title: 'Networking and configuration',
            description: 'Services, Ingress, configuration and resource boundaries.',
            zh: { title: '网络与配置', description: 'Service、Ingress、配置与资源边界。' },
            concepts: [
              {
                id: 'services-ingress', title: 'Services and Ingress',
                description: 'Give Pods a stable address with Services and route external HTTP traffic with Ingress.',
                zh: { title: 'Service 与 Ingress', description: '用 Service 为 Pod 提供稳定地址，用 Ingress 路由外部 HTTP 流量。' },
                hours: 3, difficulty: 'medium', prerequisites: ['pods-deployments'],
                keywords: ['services', 'clusterip', 'ingress', 'service discovery'],
                links: [
                  { title: 'Kubernetes: Service', url: `${K8S}/concepts/services-networking/service/`, type: 'documentation', why: 'Service types and how traffic reaches Pods.' },
                  { title: 'Kubernetes: Ingress', url: `${K8S}/concepts/services-networking/ingress/`, type: 'documentation', why: 'HTTP routing rules and ingress controllers.' },
                ],
              },
              {
                id: 'configmaps-secrets', title: 'ConfigMaps and Secrets',
                description: 'Inject configuration and credentials as environment variables or files, and know Secrets’ limits.',
                zh: { title: 'ConfigMap 与 Secret', description: '以环境变量或文件的形式注入配置和凭据，并了解 Secret 的局限。' },
                hours: 2, difficulty: 'medium', prerequisites: ['pods-deployments'],
                keywords: ['configmap', 'secret', 'environment variables', 'configuration'],
                links: [
                  { title: 'Kubernetes: ConfigMaps', url: `${K8S}/concepts/configuration/configmap/`, type: 'documentation', why: 'Decoupling configuration from images.' },
                  { title: 'Kubernetes: Secrets', url: `${K8S}/concepts/configuration/secret/`, type: 'documentation', why: 'Storing credentials and the security caveats.' },
                ],
              },
              {
                id: 'namespaces-resources', title: 'Namespaces, requests and limits',
                description: 'Separate teams and environments with namespaces and set CPU and memory requests and limits.',
                zh: { title: '命名空间、资源请求与限制', description: '用命名空间隔离团队和环境，并设置 CPU 与内存的请求和限制。' },
                hours: 2, difficulty: 'medium', prerequisites: ['pods-deployments'],
                keywords: ['namespaces', 'resource requests', 'limits', 'quotas'],
                links: [
                  { title: 'Kubernetes: Namespaces', url: `${K8S}/concepts/overview/working-with-objects/namespaces/`, type: 'documentation', why: 'When and how to use namespaces.' },
                  { title: 'Kubernetes: Resource Management for Pods and Containers', url: `${K8S}/concepts/configuration/manage-resources-containers/`, type: 'documentation', why: 'How requests and limits affect scheduling and eviction.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'production-k8s',
        title: 'Kubernetes in production',
        description: 'Make workloads reliable, stateful where needed, scalable, packaged, secure and debuggable.',
        zh: { title: '生产环境中的 Kubernetes', description: '让工作负载可靠、按需有状态、可扩展、可打包、安全且易于排障。' },
        modules: [
          {
            id: 'reliability',
            title: 'Reliability and state',
            description: 'Health checks, storage and scaling.',
            zh: { title: '可靠性与状态', description: '健康检查、存储与扩缩容。' },
            concepts: [
              {
                id: 'probes', title: 'Liveness, readiness and startup probes',
                description: 'Configure probes so traffic only reaches ready Pods and stuck containers are restarted.',
                zh: { title: '存活、就绪与启动探针', description: '配置探针，使流量只进入已就绪的 Pod，并重启卡死的容器。' },
                hours: 2, difficulty: 'hard', prerequisites: ['services-ingress'],
                keywords: ['liveness probe', 'readiness probe', 'startup probe', 'zero-downtime'],
                links: [
                  { title: 'Kubernetes: Configure Liveness, Readiness and Startup Probes', url: `${K8S}/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/`, type: 'documentation', why: 'Probe types, parameters and examples.' },
                ],
              },
              {
                id: 'storage-statefulsets', title: 'Persistent volumes and StatefulSets',
                description: 'Claim storage with PersistentVolumeClaims and run stateful workloads with StatefulSets.',
                zh: { title: '持久卷与 StatefulSet', description: '用 PersistentVolumeClaim 申请存储，用 StatefulSet 运行有状态工作负载。' },
                hours: 3, difficulty: 'hard', prerequisites: ['pods-deployments', 'volumes-networks'],
                keywords: ['persistent volumes', 'pvc', 'storageclass', 'statefulset'],
                links: [
                  { title: 'Kubernetes: Persistent Volumes', url: `${K8S}/concepts/storage/persistent-volumes/`, type: 'documentation', why: 'PVs, PVCs and dynamic provisioning.' },
                  { title: 'Kubernetes: StatefulSets', url: `${K8S}/concepts/workloads/controllers/statefulset/`, type: 'documentation', why: 'Stable identities and storage for stateful apps.' },
                ],
              },
              {
                id: 'autoscaling', title: 'Horizontal Pod autoscaling',
                description: 'Scale Deployments automatically on CPU or custom metrics with the HorizontalPodAutoscaler.',
                zh: { title: 'Pod 水平自动扩缩容', description: '用 HorizontalPodAutoscaler 根据 CPU 或自定义指标自动扩缩 Deployment。' },
                hours: 2, difficulty: 'hard', prerequisites: ['namespaces-resources'],
                keywords: ['hpa', 'autoscaling', 'metrics server', 'scaling'],
                links: [
                  { title: 'Kubernetes: Horizontal Pod Autoscaling', url: `${K8S}/tasks/run-application/horizontal-pod-autoscale/`, type: 'documentation', why: 'The algorithm, configuration and caveats.' },
                ],
              },
            ],
          },
          {
            id: 'operating',
            title: 'Packaging, security and debugging',
            description: 'Day-two operations.',
            zh: { title: '打包、安全与排障', description: '日常运维工作。' },
            concepts: [
              {
                id: 'helm', title: 'Packaging applications with Helm',
                description: 'Install charts, template manifests with values and manage releases and rollbacks.',
                zh: { title: '用 Helm 打包应用', description: '安装 Chart，用 values 模板化清单文件，并管理发布与回滚。' },
                hours: 3, difficulty: 'hard', prerequisites: ['services-ingress', 'configmaps-secrets'],
                keywords: ['helm', 'charts', 'values', 'releases'],
                links: [
                  { title: 'Helm Quickstart Guide', url: 'https://helm.sh/docs/intro/quickstart/', type: 'tutorial', why: 'Install Helm and deploy a first chart.' },
                  { title: 'Helm Documentation', url: 'https://helm.sh/docs/', type: 'documentation', why: 'Chart structure and templating.' },
                ],
              },
              {
                id: 'rbac-security', title: 'RBAC and cluster security basics',
                description: 'Grant least-privilege access with Roles and RoleBindings, use service accounts and restrict Pod privileges.',
                zh: { title: 'RBAC 与集群安全基础', description: '用 Role 与 RoleBinding 授予最小权限，使用服务账号，并限制 Pod 权限。' },
                hours: 3, difficulty: 'hard', prerequisites: ['namespaces-resources'],
                keywords: ['rbac', 'service accounts', 'least privilege', 'pod security'],
                links: [
                  { title: 'Kubernetes: Using RBAC Authorization', url: `${K8S}/reference/access-authn-authz/rbac/`, type: 'documentation', why: 'Roles, bindings and aggregated roles.' },
                  { title: 'Kubernetes: Security', url: `${K8S}/concepts/security/`, type: 'documentation', why: 'Overview of cluster and workload security controls.' },
                ],
              },
              {
                id: 'debugging-observability', title: 'Debugging and observing workloads',
                description: 'Diagnose failing Pods with describe, logs, events and exec, and collect metrics with Prometheus.',
                zh: { title: '排查与观测工作负载', description: '用 describe、logs、events 和 exec 诊断异常 Pod，并用 Prometheus 收集指标。' },
                hours: 3, difficulty: 'hard', prerequisites: ['probes'],
                keywords: ['kubectl describe', 'logs', 'events', 'prometheus'],
                links: [
                  { title: 'Kubernetes: Monitoring, Logging, and Debugging', url: `${K8S}/tasks/debug/`, type: 'documentation', why: 'Task-based guides for troubleshooting applications and clusters.' },
                  { title: 'Prometheus: Overview', url: 'https://prometheus.io/docs/introduction/overview/', type: 'documentation', why: 'The de facto metrics system for Kubernetes.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── AWS cloud fundamentals
  {
    key: 'aws-cloud',
    match: ['aws', 'amazon web services', 'aws cloud', 'cloud computing', 'cloud fundamentals', 'aws cloud practitioner', 'aws 入门', 'aws入门', 'aws 云计算', '云计算', '亚马逊云'],
    title: { en: 'AWS Cloud Fundamentals', zh: 'AWS 云计算基础' },
    summary: {
      en: 'Learn cloud computing on AWS: core concepts and billing, IAM, EC2, S3, Lambda, VPC networking, managed databases, load balancing and auto scaling, monitoring, infrastructure as code, cost control and well-architected design.',
      zh: '在 AWS 上学习云计算：核心概念与计费、IAM、EC2、S3、Lambda、VPC 网络、托管数据库、负载均衡与自动扩缩容、监控、基础设施即代码、成本控制以及架构最佳实践。',
    },
    stages: [
      {
        id: 'cloud-basics',
        title: 'Cloud basics and identity',
        description: 'Understand the cloud model, set up an account safely and control access with IAM.',
        zh: { title: '云基础与身份管理', description: '理解云计算模式，安全地开通账号，并用 IAM 控制访问。' },
        modules: [
          {
            id: 'cloud-concepts',
            title: 'Cloud concepts',
            description: 'Service models, global infrastructure and your account.',
            zh: { title: '云计算概念', description: '服务模式、全球基础设施与账号。' },
            concepts: [
              {
                id: 'cloud-models', title: 'Cloud models, Regions and the shared responsibility model',
                description: 'Explain IaaS, PaaS and SaaS, Regions and Availability Zones, and what AWS versus you must secure.',
                zh: { title: '云服务模式、区域与责任共担模型', description: '理解 IaaS、PaaS、SaaS，区域与可用区，以及 AWS 与你各自需要负责的安全范围。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['iaas', 'regions', 'availability zones', 'shared responsibility'],
                links: [
                  { title: 'Overview of Amazon Web Services', url: `${AWS}/whitepapers/latest/aws-overview/introduction.html`, type: 'documentation', why: 'The official overview of cloud concepts and AWS services.' },
                  { title: 'AWS Shared Responsibility Model', url: 'https://aws.amazon.com/compliance/shared-responsibility-model/', type: 'article', why: 'Exactly which security tasks are yours.' },
                ],
              },
              {
                id: 'account-billing', title: 'Account setup, Free Tier and budgets',
                description: 'Create an account, understand the Free Tier and set a budget alert before building anything.',
                zh: { title: '开通账号、免费套餐与预算', description: '创建账号，了解免费套餐，并在动手之前先设置预算告警。' },
                hours: 1, difficulty: 'easy', prerequisites: ['cloud-models'],
                keywords: ['free tier', 'billing', 'budgets', 'cost alerts'],
                links: [
                  { title: 'AWS Free Tier', url: 'https://aws.amazon.com/free/', type: 'documentation', why: 'What you can use without charge and its limits.' },
                  { title: 'Managing your costs with AWS Budgets', url: `${AWS}/cost-management/latest/userguide/budgets-managing-costs.html`, type: 'documentation', why: 'Setting alerts so experiments never surprise you.' },
                ],
              },
              {
                id: 'cli-console', title: 'The console, CLI and SDKs',
                description: 'Work in the console, configure the AWS CLI with credentials and script common tasks.',
                zh: { title: '控制台、CLI 与 SDK', description: '使用管理控制台，为 AWS CLI 配置凭据，并用脚本完成常见任务。' },
                hours: 2, difficulty: 'easy', prerequisites: ['account-billing'],
                keywords: ['aws cli', 'console', 'sdk', 'profiles'],
                links: [
                  { title: 'AWS CLI User Guide', url: `${AWS}/cli/latest/userguide/cli-chap-welcome.html`, type: 'documentation', why: 'Installing, configuring and using the CLI.' },
                ],
              },
            ],
          },
          {
            id: 'identity',
            title: 'Identity and access',
            description: 'Who can do what in your account.',
            zh: { title: '身份与访问', description: '谁能在你的账号里做什么。' },
            concepts: [
              {
                id: 'iam', title: 'IAM users, roles and policies',
                description: 'Write IAM policies, prefer roles with temporary credentials and apply least privilege.',
                zh: { title: 'IAM 用户、角色与策略', description: '编写 IAM 策略，优先使用带临时凭证的角色，并遵循最小权限原则。' },
                hours: 4, difficulty: 'medium', prerequisites: ['cli-console'],
                keywords: ['iam', 'roles', 'policies', 'least privilege'],
                links: [
                  { title: 'What is IAM?', url: `${AWS}/IAM/latest/UserGuide/introduction.html`, type: 'documentation', why: 'Identities, policies and how requests are authorised.' },
                ],
              },
              {
                id: 'account-security', title: 'Securing the account',
                description: 'Lock away the root user, enforce MFA and follow the IAM security best practices.',
                zh: { title: '保护账号安全', description: '妥善封存 root 用户，强制启用 MFA，并遵循 IAM 安全最佳实践。' },
                hours: 1.5, difficulty: 'medium', prerequisites: ['iam'],
                keywords: ['root user', 'mfa', 'best practices', 'access keys'],
                links: [
                  { title: 'Security best practices in IAM', url: `${AWS}/IAM/latest/UserGuide/best-practices.html`, type: 'documentation', why: 'The official checklist for a safe account.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'core-services',
        title: 'Core services',
        description: 'Compute, storage, networking and databases.',
        zh: { title: '核心服务', description: '计算、存储、网络与数据库。' },
        modules: [
          {
            id: 'compute-storage',
            title: 'Compute and storage',
            description: 'Servers, serverless functions and object storage.',
            zh: { title: '计算与存储', description: '服务器、无服务器函数与对象存储。' },
            concepts: [
              {
                id: 'ec2', title: 'EC2 instances',
                description: 'Launch instances, choose types and AMIs, connect securely and control traffic with security groups.',
                zh: { title: 'EC2 实例', description: '启动实例，选择实例类型和 AMI，安全地连接实例，并用安全组控制流量。' },
                hours: 4, difficulty: 'medium', prerequisites: ['iam'],
                keywords: ['ec2', 'instance types', 'ami', 'security groups'],
                links: [
                  { title: 'What is Amazon EC2?', url: `${AWS}/AWSEC2/latest/UserGuide/concepts.html`, type: 'documentation', why: 'Instances, AMIs, storage and pricing models.' },
                ],
              },
              {
                id: 's3', title: 'S3 object storage',
                description: 'Store objects in buckets, choose storage classes and keep buckets private with policies.',
                zh: { title: 'S3 对象存储', description: '把对象存入存储桶，选择存储类别，并用策略保持存储桶私有。' },
                hours: 3, difficulty: 'medium', prerequisites: ['iam'],
                keywords: ['s3', 'buckets', 'storage classes', 'bucket policies'],
                links: [
                  { title: 'What is Amazon S3?', url: `${AWS}/AmazonS3/latest/userguide/Welcome.html`, type: 'documentation', why: 'Buckets, objects, storage classes and access control.' },
                ],
              },
              {
                id: 'lambda', title: 'Serverless functions with Lambda',
                description: 'Run event-driven code without servers and understand cold starts, limits and pricing.',
                zh: { title: '用 Lambda 运行无服务器函数', description: '无需管理服务器即可运行事件驱动的代码，并了解冷启动、限制与计费方式。' },
                hours: 3, difficulty: 'medium', prerequisites: ['iam'],
                keywords: ['lambda', 'serverless', 'events', 'cold starts'],
                links: [
                  { title: 'What is AWS Lambda?', url: `${AWS}/lambda/latest/dg/welcome.html`, type: 'documentation', why: 'How functions, triggers and execution roles work.' },
                ],
              },
            ],
          },
          {
            id: 'networking-data',
            title: 'Networking and data',
            description: 'Private networks, databases and scaling.',
            zh: { title: '网络与数据', description: '私有网络、数据库与扩展。' },
            concepts: [
              {
                id: 'vpc', title: 'VPC networking',
                description: 'Design a VPC with public and private subnets, route tables, internet and NAT gateways.',
                zh: { title: 'VPC 网络', description: '设计包含公有和私有子网、路由表、互联网网关与 NAT 网关的 VPC。' },
                hours: 4, difficulty: 'hard', prerequisites: ['ec2'],
                keywords: ['vpc', 'subnets', 'route tables', 'nat gateway'],
                links: [
                  { title: 'What is Amazon VPC?', url: `${AWS}/vpc/latest/userguide/what-is-amazon-vpc.html`, type: 'documentation', why: 'Subnets, routing and gateways explained.' },
                ],
              },
              {
                id: 'databases', title: 'Managed databases: RDS and DynamoDB',
                description: 'Choose between relational RDS and key-value DynamoDB and configure backups and Multi-AZ.',
                zh: { title: '托管数据库：RDS 与 DynamoDB', description: '在关系型的 RDS 与键值型的 DynamoDB 之间做出选择，并配置备份和多可用区部署。' },
                hours: 3, difficulty: 'medium', prerequisites: ['vpc'],
                keywords: ['rds', 'dynamodb', 'multi-az', 'backups'],
                links: [
                  { title: 'What is Amazon RDS?', url: `${AWS}/AmazonRDS/latest/UserGuide/Welcome.html`, type: 'documentation', why: 'Managed relational databases and high availability.' },
                  { title: 'What is Amazon DynamoDB?', url: `${AWS}/amazondynamodb/latest/developerguide/Introduction.html`, type: 'documentation', why: 'Core components and data modelling for DynamoDB.' },
                ],
              },
              {
                id: 'elb-autoscaling', title: 'Load balancing and Auto Scaling',
                description: 'Spread traffic with an Application Load Balancer and scale EC2 capacity with Auto Scaling groups.',
                zh: { title: '负载均衡与自动扩缩容', description: '用应用负载均衡器分发流量，用 Auto Scaling 组伸缩 EC2 容量。' },
                hours: 3, difficulty: 'hard', prerequisites: ['ec2', 'vpc'],
                keywords: ['load balancer', 'alb', 'auto scaling', 'health checks'],
                links: [
                  { title: 'What is Elastic Load Balancing?', url: `${AWS}/elasticloadbalancing/latest/userguide/what-is-load-balancing.html`, type: 'documentation', why: 'Load balancer types and how they route traffic.' },
                  { title: 'What is Amazon EC2 Auto Scaling?', url: `${AWS}/autoscaling/ec2/userguide/what-is-amazon-ec2-auto-scaling.html`, type: 'documentation', why: 'Groups, scaling policies and health checks.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'architecture-ops',
        title: 'Operations and architecture',
        description: 'Monitor, automate, control cost and design well-architected systems.',
        zh: { title: '运维与架构', description: '监控、自动化、成本控制与良好架构设计。' },
        modules: [
          {
            id: 'operations',
            title: 'Operations',
            description: 'Observability, automation and cost.',
            zh: { title: '运维', description: '可观测性、自动化与成本。' },
            concepts: [
              {
                id: 'monitoring', title: 'Monitoring with CloudWatch and auditing with CloudTrail',
                description: 'Collect metrics and logs, create alarms and audit API activity in your account.',
                zh: { title: '用 CloudWatch 监控、用 CloudTrail 审计', description: '收集指标和日志，创建告警，并审计账号中的 API 操作。' },
                hours: 2, difficulty: 'medium', prerequisites: ['ec2', 'lambda'],
                keywords: ['cloudwatch', 'alarms', 'logs', 'cloudtrail'],
                links: [
                  { title: 'What is Amazon CloudWatch?', url: `${AWS}/AmazonCloudWatch/latest/monitoring/WhatIsCloudWatch.html`, type: 'documentation', why: 'Metrics, alarms and dashboards.' },
                  { title: 'What is AWS CloudTrail?', url: `${AWS}/awscloudtrail/latest/userguide/cloudtrail-user-guide.html`, type: 'documentation', why: 'Recording who did what in your account.' },
                ],
              },
              {
                id: 'iac', title: 'Infrastructure as code',
                description: 'Describe infrastructure in CloudFormation, the CDK or Terraform and deploy it repeatably.',
                zh: { title: '基础设施即代码', description: '用 CloudFormation、CDK 或 Terraform 描述基础设施，并可重复地部署。' },
                hours: 4, difficulty: 'hard', prerequisites: ['vpc', 'iam'],
                keywords: ['cloudformation', 'cdk', 'terraform', 'infrastructure as code'],
                links: [
                  { title: 'What is AWS CloudFormation?', url: `${AWS}/AWSCloudFormation/latest/UserGuide/Welcome.html`, type: 'documentation', why: 'Templates, stacks and change sets.' },
                  { title: 'Terraform: Get Started with AWS', url: 'https://developer.hashicorp.com/terraform/tutorials/aws-get-started', type: 'tutorial', why: 'A popular cross-cloud alternative, step by step.' },
                ],
              },
              {
                id: 'cost-management', title: 'Pricing and cost optimisation',
                description: 'Understand how pricing works, find cost drivers and reduce spend with the right purchase options.',
                zh: { title: '计费方式与成本优化', description: '理解计费原理，找出成本来源，并通过合适的购买方式降低开支。' },
                hours: 2, difficulty: 'medium', prerequisites: ['ec2', 's3'],
                keywords: ['pricing', 'cost explorer', 'savings plans', 'right-sizing'],
                links: [
                  { title: 'How AWS Pricing Works', url: `${AWS}/whitepapers/latest/how-aws-pricing-works/welcome.html`, type: 'documentation', why: 'Pricing principles for the main services.' },
                ],
              },
            ],
          },
          {
            id: 'architecture',
            title: 'Architecture',
            description: 'Designing for reliability, security and efficiency.',
            zh: { title: '架构设计', description: '面向可靠性、安全性与效率的设计。' },
            concepts: [
              {
                id: 'well-architected', title: 'The Well-Architected Framework',
                description: 'Review designs against the six pillars and build for high availability across Availability Zones.',
                zh: { title: '架构完善框架（Well-Architected）', description: '依据六大支柱审视设计，并构建跨可用区的高可用架构。' },
                hours: 3, difficulty: 'hard', prerequisites: ['elb-autoscaling', 'databases'],
                keywords: ['well-architected', 'high availability', 'reliability', 'pillars'],
                links: [
                  { title: 'AWS Well-Architected Framework', url: `${AWS}/wellarchitected/latest/framework/welcome.html`, type: 'documentation', why: 'The official design principles and review questions.' },
                ],
              },
              {
                id: 'containers-on-aws', title: 'Containers on AWS',
                description: 'Push images to ECR and run them on ECS with Fargate behind a load balancer.',
                zh: { title: '在 AWS 上运行容器', description: '把镜像推送到 ECR，并通过 Fargate 在 ECS 上运行、置于负载均衡器之后。' },
                hours: 3, difficulty: 'hard', prerequisites: ['vpc', 'elb-autoscaling'],
                keywords: ['ecs', 'fargate', 'ecr', 'containers'],
                links: [
                  { title: 'What is Amazon ECS?', url: `${AWS}/AmazonECS/latest/developerguide/Welcome.html`, type: 'documentation', why: 'Clusters, task definitions, services and Fargate.' },
                ],
              },
              {
                id: 'capstone', title: 'Deploy a three-tier web application',
                description: 'Deploy a web app with a load balancer, auto-scaled compute and a managed database using infrastructure as code.',
                zh: { title: '部署三层 Web 应用', description: '用基础设施即代码部署包含负载均衡、自动扩缩容计算资源和托管数据库的 Web 应用。' },
                hours: 6, difficulty: 'hard', prerequisites: ['well-architected', 'iac', 'monitoring'],
                keywords: ['project', 'three-tier architecture', 'deployment', 'cloud practitioner'],
                links: [
                  { title: 'AWS Architecture Center', url: 'https://aws.amazon.com/architecture/', type: 'documentation', why: 'Reference architectures to compare your design against.' },
                  { title: 'AWS Certified Cloud Practitioner', url: 'https://aws.amazon.com/certification/certified-cloud-practitioner/', type: 'course', why: 'An optional certification that validates these fundamentals.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
