/**
 * Curated curricula for systems fundamentals: operating systems and system design.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const OSTEP = 'https://pages.cs.wisc.edu/~remzi/OSTEP';
const MAN = 'https://man7.org/linux/man-pages';
const AZ = 'https://learn.microsoft.com/en-us/azure/architecture';
const SRE = 'https://sre.google/sre-book';
const PRIMER = 'https://github.com/donnemartin/system-design-primer';

export const csFundamentalsSystems: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Operating systems
  {
    key: 'operating-systems',
    match: ['operating systems', 'operating system', 'os fundamentals', 'os internals', 'operating system concepts', '操作系统', '操作系统原理'],
    title: { en: 'Operating Systems', zh: '操作系统' },
    summary: {
      en: 'How an operating system virtualises the CPU and memory, supports concurrency and persists data, following the free OSTEP textbook, tied to the Linux APIs you use every day and finishing with a real teaching kernel.',
      zh: '以免费教材 OSTEP 为主线，理解操作系统如何虚拟化 CPU 与内存、支持并发并持久化数据，结合日常使用的 Linux API，最后阅读一个真实的教学内核。',
    },
    stages: [
      {
        id: 'processes',
        title: 'Processes and CPU virtualisation',
        description: 'What an OS does and how it shares the CPU among processes.',
        zh: { title: '进程与 CPU 虚拟化', description: '操作系统做什么，以及它如何在进程之间共享 CPU。' },
        modules: [
          {
            id: 'os-intro',
            title: 'The OS and its interface',
            description: 'Abstractions, protection and system calls.',
            zh: { title: '操作系统及其接口', description: '抽象、保护与系统调用。' },
            concepts: [
              {
                id: 'what-os-does', title: 'What an operating system does',
                description: 'Explain virtualisation, concurrency and persistence, kernel versus user mode and why protection matters.',
                zh: { title: '操作系统做什么', description: '理解虚拟化、并发与持久化三大主题，内核态与用户态，以及保护机制的意义。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['kernel', 'user mode', 'virtualization', 'abstraction'],
                links: [
                  { title: 'OSTEP: Introduction to Operating Systems', url: `${OSTEP}/intro.pdf`, type: 'book', why: 'The free textbook’s overview of the three easy pieces.' },
                  { title: 'Operating Systems: Three Easy Pieces', url: `${OSTEP}/`, type: 'book', why: 'The full free textbook this curriculum follows.' },
                ],
              },
              {
                id: 'process-api', title: 'System calls and the process API',
                description: 'Create and manage processes with fork, exec and wait and see how system calls cross into the kernel.',
                zh: { title: '系统调用与进程 API', description: '用 fork、exec 和 wait 创建并管理进程，理解系统调用如何进入内核。' },
                hours: 3, difficulty: 'medium', prerequisites: ['what-os-does'],
                keywords: ['system calls', 'fork', 'exec', 'wait'],
                links: [
                  { title: 'OSTEP: Process API', url: `${OSTEP}/cpu-api.pdf`, type: 'book', why: 'fork, exec and wait with runnable examples.' },
                  { title: 'fork(2) manual page', url: `${MAN}/man2/fork.2.html`, type: 'documentation', why: 'The exact Linux semantics of fork.' },
                ],
              },
            ],
          },
          {
            id: 'scheduling',
            title: 'Processes and scheduling',
            description: 'Time-sharing the CPU.',
            zh: { title: '进程与调度', description: '分时共享 CPU。' },
            concepts: [
              {
                id: 'processes-context-switch', title: 'Processes, limited direct execution and context switches',
                description: 'Explain process state, traps, timer interrupts and how the OS switches between processes safely.',
                zh: { title: '进程、受限直接执行与上下文切换', description: '理解进程状态、陷阱、时钟中断，以及操作系统如何安全地在进程之间切换。' },
                hours: 3, difficulty: 'medium', prerequisites: ['process-api'],
                keywords: ['process', 'context switch', 'traps', 'timer interrupt'],
                links: [
                  { title: 'OSTEP: The Abstraction: The Process', url: `${OSTEP}/cpu-intro.pdf`, type: 'book', why: 'Process states and data structures.' },
                  { title: 'OSTEP: Limited Direct Execution', url: `${OSTEP}/cpu-mechanisms.pdf`, type: 'book', why: 'Traps, interrupts and context switches.' },
                ],
              },
              {
                id: 'cpu-scheduling', title: 'CPU scheduling',
                description: 'Compare FIFO, shortest-job-first, round robin and multi-level feedback queues on turnaround and response time.',
                zh: { title: 'CPU 调度', description: '从周转时间和响应时间的角度比较 FIFO、最短作业优先、时间片轮转和多级反馈队列。' },
                hours: 3, difficulty: 'medium', prerequisites: ['processes-context-switch'],
                keywords: ['scheduling', 'round robin', 'mlfq', 'response time'],
                links: [
                  { title: 'OSTEP: Scheduling: Introduction', url: `${OSTEP}/cpu-sched.pdf`, type: 'book', why: 'Metrics and basic policies.' },
                  { title: 'OSTEP: Multi-level Feedback Queue', url: `${OSTEP}/cpu-sched-mlfq.pdf`, type: 'book', why: 'The scheduler design most real systems build on.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'memory',
        title: 'Memory virtualisation',
        description: 'Give every process its own address space efficiently.',
        zh: { title: '内存虚拟化', description: '高效地为每个进程提供独立的地址空间。' },
        modules: [
          {
            id: 'virtual-memory',
            title: 'Virtual memory',
            description: 'Address translation, paging and swapping.',
            zh: { title: '虚拟内存', description: '地址转换、分页与换页。' },
            concepts: [
              {
                id: 'address-spaces', title: 'Address spaces and the memory API',
                description: 'Describe the layout of an address space and use malloc and free correctly.',
                zh: { title: '地址空间与内存 API', description: '描述地址空间的布局，并正确使用 malloc 和 free。' },
                hours: 2, difficulty: 'medium', prerequisites: ['processes-context-switch'],
                keywords: ['address space', 'stack', 'heap', 'malloc'],
                links: [
                  { title: 'OSTEP: Address Spaces', url: `${OSTEP}/vm-intro.pdf`, type: 'book', why: 'Why and how memory is virtualised.' },
                  { title: 'OSTEP: Memory API', url: `${OSTEP}/vm-api.pdf`, type: 'book', why: 'malloc, free and the bugs they cause.' },
                ],
              },
              {
                id: 'paging-tlb', title: 'Paging and TLBs',
                description: 'Translate virtual to physical addresses with page tables and speed translation up with TLBs.',
                zh: { title: '分页与 TLB', description: '用页表把虚拟地址转换为物理地址，并用 TLB 加速地址转换。' },
                hours: 4, difficulty: 'hard', prerequisites: ['address-spaces'],
                keywords: ['paging', 'page tables', 'tlb', 'address translation'],
                links: [
                  { title: 'OSTEP: Paging: Introduction', url: `${OSTEP}/vm-paging.pdf`, type: 'book', why: 'Page tables and translation step by step.' },
                  { title: 'OSTEP: Paging: Faster Translations (TLBs)', url: `${OSTEP}/vm-tlbs.pdf`, type: 'book', why: 'How TLBs make paging practical.' },
                ],
              },
              {
                id: 'swapping', title: 'Swapping and page replacement',
                description: 'Explain page faults, swapping to disk and replacement policies such as LRU and the clock algorithm.',
                zh: { title: '换页与页面置换', description: '理解缺页异常、换出到磁盘，以及 LRU、时钟算法等页面置换策略。' },
                hours: 3, difficulty: 'hard', prerequisites: ['paging-tlb'],
                keywords: ['page faults', 'swapping', 'lru', 'thrashing'],
                links: [
                  { title: 'OSTEP: Beyond Physical Memory: Mechanisms', url: `${OSTEP}/vm-beyondphys.pdf`, type: 'book', why: 'Page faults and swap space.' },
                  { title: 'OSTEP: Beyond Physical Memory: Policies', url: `${OSTEP}/vm-beyondphys-policy.pdf`, type: 'book', why: 'Replacement policies compared.' },
                ],
              },
            ],
          },
          {
            id: 'memory-in-practice',
            title: 'Memory in practice',
            description: 'Allocators, mmap and observing real systems.',
            zh: { title: '内存实践', description: '内存分配器、mmap 与观察真实系统。' },
            concepts: [
              {
                id: 'allocators-mmap', title: 'Free-space management and mmap',
                description: 'Explain how heap allocators manage free space and how mmap maps files and anonymous memory.',
                zh: { title: '空闲空间管理与 mmap', description: '理解堆分配器如何管理空闲空间，以及 mmap 如何映射文件和匿名内存。' },
                hours: 3, difficulty: 'hard', prerequisites: ['address-spaces'],
                keywords: ['allocator', 'fragmentation', 'mmap', 'free lists'],
                links: [
                  { title: 'OSTEP: Free-Space Management', url: `${OSTEP}/vm-freespace.pdf`, type: 'book', why: 'Splitting, coalescing and allocation policies.' },
                  { title: 'mmap(2) manual page', url: `${MAN}/man2/mmap.2.html`, type: 'documentation', why: 'Mapping files and memory on Linux.' },
                ],
              },
              {
                id: 'observing-processes', title: 'Observing processes and memory on Linux',
                description: 'Inspect processes and memory use through /proc and standard tools.',
                zh: { title: '在 Linux 上观察进程与内存', description: '通过 /proc 和常用工具查看进程与内存的使用情况。' },
                hours: 2, difficulty: 'medium', prerequisites: ['processes-context-switch', 'address-spaces'],
                keywords: ['/proc', 'rss', 'virtual memory size', 'top'],
                links: [
                  { title: 'proc(5) manual page', url: `${MAN}/man5/proc.5.html`, type: 'documentation', why: 'What every file under /proc reports.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'concurrency',
        title: 'Concurrency',
        description: 'Threads, synchronisation primitives and their pitfalls.',
        zh: { title: '并发', description: '线程、同步原语及其陷阱。' },
        modules: [
          {
            id: 'threads-locks',
            title: 'Threads and locks',
            description: 'Running concurrently and mutual exclusion.',
            zh: { title: '线程与锁', description: '并发执行与互斥。' },
            concepts: [
              {
                id: 'threads', title: 'Threads and the pthreads API',
                description: 'Create and join threads and see why unsynchronised shared data produces races.',
                zh: { title: '线程与 pthreads API', description: '创建和等待线程，并理解未同步的共享数据为何会产生竞态。' },
                hours: 2, difficulty: 'medium', prerequisites: ['processes-context-switch'],
                keywords: ['threads', 'pthreads', 'race conditions', 'critical section'],
                links: [
                  { title: 'OSTEP: Concurrency: An Introduction', url: `${OSTEP}/threads-intro.pdf`, type: 'book', why: 'Why races happen, shown with a counter.' },
                  { title: 'pthreads(7) manual page', url: `${MAN}/man7/pthreads.7.html`, type: 'documentation', why: 'Overview of POSIX threads on Linux.' },
                ],
              },
              {
                id: 'locks', title: 'Locks and atomic instructions',
                description: 'Build locks from hardware atomics such as test-and-set and compare-and-swap and evaluate them.',
                zh: { title: '锁与原子指令', description: '基于 test-and-set、compare-and-swap 等硬件原子指令构建锁，并评估其性能与公平性。' },
                hours: 3, difficulty: 'hard', prerequisites: ['threads'],
                keywords: ['locks', 'mutex', 'compare-and-swap', 'spinlocks'],
                links: [
                  { title: 'OSTEP: Locks', url: `${OSTEP}/threads-locks.pdf`, type: 'book', why: 'Lock implementations from first principles.' },
                ],
              },
            ],
          },
          {
            id: 'synchronization',
            title: 'Synchronisation',
            description: 'Waiting, signalling and avoiding deadlock.',
            zh: { title: '同步', description: '等待、通知与避免死锁。' },
            concepts: [
              {
                id: 'cv-semaphores', title: 'Condition variables and semaphores',
                description: 'Solve producer–consumer and similar problems with condition variables and semaphores.',
                zh: { title: '条件变量与信号量', description: '用条件变量和信号量解决生产者-消费者等经典同步问题。' },
                hours: 4, difficulty: 'hard', prerequisites: ['locks'],
                keywords: ['condition variables', 'semaphores', 'producer-consumer', 'signaling'],
                links: [
                  { title: 'OSTEP: Condition Variables', url: `${OSTEP}/threads-cv.pdf`, type: 'book', why: 'Waiting correctly, including why to use while loops.' },
                  { title: 'OSTEP: Semaphores', url: `${OSTEP}/threads-sema.pdf`, type: 'book', why: 'Semaphores and classic synchronisation problems.' },
                ],
              },
              {
                id: 'concurrency-bugs', title: 'Deadlock and common concurrency bugs',
                description: 'Recognise atomicity and ordering violations and prevent deadlock with lock ordering.',
                zh: { title: '死锁与常见并发缺陷', description: '识别原子性违背与顺序违背，并通过加锁顺序等方法预防死锁。' },
                hours: 2, difficulty: 'hard', prerequisites: ['cv-semaphores'],
                keywords: ['deadlock', 'lock ordering', 'atomicity violation', 'livelock'],
                links: [
                  { title: 'OSTEP: Common Concurrency Problems', url: `${OSTEP}/threads-bugs.pdf`, type: 'book', why: 'A study of real concurrency bugs and their fixes.' },
                ],
              },
              {
                id: 'event-based', title: 'Event-based concurrency',
                description: 'Explain event loops built on select or epoll and compare them with threads.',
                zh: { title: '基于事件的并发', description: '理解基于 select 或 epoll 的事件循环，并与多线程方案进行比较。' },
                hours: 2, difficulty: 'hard', prerequisites: ['threads'],
                keywords: ['event loop', 'epoll', 'select', 'non-blocking i/o'],
                links: [
                  { title: 'OSTEP: Event-based Concurrency', url: `${OSTEP}/threads-events.pdf`, type: 'book', why: 'Event loops, their advantages and their problems.' },
                  { title: 'epoll(7) manual page', url: `${MAN}/man7/epoll.7.html`, type: 'documentation', why: 'The Linux readiness notification API.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'persistence',
        title: 'Persistence and isolation',
        description: 'Devices and file systems, crash consistency, isolation and a real kernel.',
        zh: { title: '持久化与隔离', description: '设备与文件系统、崩溃一致性、隔离机制以及真实内核。' },
        modules: [
          {
            id: 'io-filesystems',
            title: 'I/O and file systems',
            description: 'From device registers to directories.',
            zh: { title: 'I/O 与文件系统', description: '从设备寄存器到目录结构。' },
            concepts: [
              {
                id: 'io-devices', title: 'I/O devices, interrupts and DMA',
                description: 'Explain polling versus interrupts, DMA and how drivers hide device details.',
                zh: { title: 'I/O 设备、中断与 DMA', description: '理解轮询与中断、DMA，以及驱动程序如何屏蔽设备细节。' },
                hours: 2, difficulty: 'medium', prerequisites: ['processes-context-switch'],
                keywords: ['interrupts', 'dma', 'device drivers', 'polling'],
                links: [
                  { title: 'OSTEP: I/O Devices', url: `${OSTEP}/file-devices.pdf`, type: 'book', why: 'The canonical device model and interaction protocols.' },
                ],
              },
              {
                id: 'files-directories', title: 'Files and directories',
                description: 'Use the file API (open, read, write, fsync), understand inodes, links and permissions.',
                zh: { title: '文件与目录', description: '使用文件 API（open、read、write、fsync），理解 inode、链接与权限。' },
                hours: 2, difficulty: 'medium', prerequisites: ['process-api'],
                keywords: ['file descriptors', 'inodes', 'hard links', 'fsync'],
                links: [
                  { title: 'OSTEP: Files and Directories', url: `${OSTEP}/file-intro.pdf`, type: 'book', why: 'The file-system interface from a programmer’s view.' },
                  { title: 'open(2) manual page', url: `${MAN}/man2/open.2.html`, type: 'documentation', why: 'Flags and semantics of opening files on Linux.' },
                ],
              },
              {
                id: 'fs-implementation', title: 'File system implementation',
                description: 'Explain on-disk structures such as inodes, bitmaps and data blocks and how locality improves performance.',
                zh: { title: '文件系统的实现', description: '理解 inode、位图和数据块等磁盘结构，以及局部性如何提升性能。' },
                hours: 4, difficulty: 'hard', prerequisites: ['files-directories', 'io-devices'],
                keywords: ['inodes', 'data blocks', 'ffs', 'locality'],
                links: [
                  { title: 'OSTEP: File System Implementation', url: `${OSTEP}/file-implementation.pdf`, type: 'book', why: 'A simple file system built from scratch.' },
                  { title: 'OSTEP: Locality and The Fast File System', url: `${OSTEP}/file-ffs.pdf`, type: 'book', why: 'Why layout on disk matters.' },
                ],
              },
            ],
          },
          {
            id: 'reliability-isolation',
            title: 'Crash consistency, isolation and a real kernel',
            description: 'Surviving crashes, isolating workloads and reading kernel code.',
            zh: { title: '崩溃一致性、隔离与真实内核', description: '在崩溃中保持一致、隔离工作负载，并阅读内核代码。' },
            concepts: [
              {
                id: 'crash-consistency', title: 'Crash consistency and journaling',
                description: 'Explain why crashes corrupt file systems and how fsck and journaling keep them consistent.',
                zh: { title: '崩溃一致性与日志', description: '理解崩溃为何会破坏文件系统，以及 fsck 和日志机制如何保持一致性。' },
                hours: 3, difficulty: 'hard', prerequisites: ['fs-implementation'],
                keywords: ['crash consistency', 'journaling', 'fsck', 'write-ahead logging'],
                links: [
                  { title: 'OSTEP: Crash Consistency: FSCK and Journaling', url: `${OSTEP}/file-journaling.pdf`, type: 'book', why: 'The problem and the standard solutions.' },
                ],
              },
              {
                id: 'namespaces-cgroups', title: 'Isolation with namespaces and cgroups',
                description: 'Explain how namespaces and cgroups isolate processes and how containers are built on them.',
                zh: { title: '用命名空间与 cgroups 实现隔离', description: '理解命名空间和 cgroups 如何隔离进程，以及容器如何建立在它们之上。' },
                hours: 3, difficulty: 'hard', prerequisites: ['process-api', 'files-directories'],
                keywords: ['namespaces', 'cgroups', 'containers', 'isolation'],
                links: [
                  { title: 'namespaces(7) manual page', url: `${MAN}/man7/namespaces.7.html`, type: 'documentation', why: 'Every namespace type and its API.' },
                  { title: 'cgroups(7) manual page', url: `${MAN}/man7/cgroups.7.html`, type: 'documentation', why: 'Resource control for groups of processes.' },
                ],
              },
              {
                id: 'xv6', title: 'Reading a real kernel: xv6',
                description: 'Read and modify a small Unix-like teaching kernel to see system calls, scheduling and paging in code.',
                zh: { title: '阅读真实内核：xv6', description: '阅读并修改一个小型类 Unix 教学内核，在代码中看到系统调用、调度和分页的实现。' },
                hours: 8, difficulty: 'hard', prerequisites: ['locks', 'paging-tlb', 'fs-implementation'],
                keywords: ['xv6', 'kernel', 'risc-v', 'labs'],
                links: [
                  { title: 'MIT 6.1810 Operating System Engineering', url: 'https://pdos.csail.mit.edu/6.828/', type: 'course', why: 'The course, book and labs built around xv6.' },
                  { title: 'xv6-riscv source', url: 'https://github.com/mit-pdos/xv6-riscv', type: 'tool', why: 'The kernel source code to read and modify.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── System design
  {
    key: 'system-design',
    match: ['system design', 'system design interview', 'distributed systems', 'software architecture', 'scalable systems', 'backend architecture', '系统设计', '系统设计面试', '分布式系统', '架构设计'],
    title: { en: 'System Design', zh: '系统设计' },
    summary: {
      en: 'Design scalable, reliable backend systems: estimation and scaling basics, databases, caching, replication and sharding, APIs and messaging, retries and idempotency, consistency and consensus, resilience patterns, observability and worked designs.',
      zh: '设计可扩展、可靠的后端系统：容量估算与扩展基础、数据库、缓存、复制与分片、API 与消息系统、重试与幂等、一致性与共识、弹性模式、可观测性，以及完整的设计演练。',
    },
    stages: [
      {
        id: 'building-blocks',
        title: 'Building blocks',
        description: 'Reason about scale and choose storage and caching strategies.',
        zh: { title: '基础构件', description: '学会分析规模，并选择存储与缓存策略。' },
        modules: [
          {
            id: 'fundamentals',
            title: 'Fundamentals',
            description: 'Requirements, estimation and scaling.',
            zh: { title: '基本功', description: '需求分析、容量估算与扩展。' },
            concepts: [
              {
                id: 'requirements-estimation', title: 'Requirements and back-of-the-envelope estimation',
                description: 'Turn a vague problem into functional and non-functional requirements and estimate traffic, storage and bandwidth.',
                zh: { title: '需求分析与粗略估算', description: '把模糊的问题拆解为功能性与非功能性需求，并估算流量、存储和带宽。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['requirements', 'capacity estimation', 'qps', 'storage estimation'],
                links: [
                  { title: 'The System Design Primer', url: PRIMER, type: 'article', why: 'A widely used free guide, including how to approach a design question.' },
                ],
              },
              {
                id: 'scaling-basics', title: 'Scaling basics and load balancing',
                description: 'Compare vertical and horizontal scaling, keep services stateless and balance load across instances.',
                zh: { title: '扩展基础与负载均衡', description: '比较垂直扩展与水平扩展，保持服务无状态，并在多个实例间均衡负载。' },
                hours: 3, difficulty: 'easy', prerequisites: ['requirements-estimation'],
                keywords: ['horizontal scaling', 'stateless services', 'load balancer', 'health checks'],
                links: [
                  { title: 'Google SRE Book: Load Balancing at the Frontend', url: `${SRE}/load-balancing-frontend/`, type: 'book', why: 'DNS and virtual-IP load balancing at scale.' },
                  { title: 'The System Design Primer', url: PRIMER, type: 'article', why: 'Sections on scalability, load balancers and reverse proxies.' },
                ],
              },
              {
                id: 'availability-latency', title: 'Availability, latency and SLOs',
                description: 'Express reliability targets as SLOs, reason about nines of availability and tail latency.',
                zh: { title: '可用性、延迟与 SLO', description: '用 SLO 表达可靠性目标，理解“几个 9”的可用性与尾延迟。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['availability', 'tail latency', 'slo', 'percentiles'],
                links: [
                  { title: 'Google SRE Book: Service Level Objectives', url: `${SRE}/service-level-objectives/`, type: 'book', why: 'How to choose indicators and set targets.' },
                ],
              },
            ],
          },
          {
            id: 'data-storage',
            title: 'Data and caching',
            description: 'Where data lives and how to read it fast.',
            zh: { title: '数据与缓存', description: '数据存放在哪里，以及如何快速读取。' },
            concepts: [
              {
                id: 'databases', title: 'Choosing databases and modelling data',
                description: 'Choose between relational, key-value, document and wide-column stores based on access patterns.',
                zh: { title: '数据库选型与数据建模', description: '根据访问模式在关系型、键值、文档和宽列存储之间做出选择。' },
                hours: 3, difficulty: 'medium', prerequisites: ['scaling-basics'],
                keywords: ['sql vs nosql', 'data modeling', 'access patterns', 'indexes'],
                links: [
                  { title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', type: 'book', why: 'The standard book on storage engines and data models.' },
                ],
              },
              {
                id: 'caching', title: 'Caching strategies',
                description: 'Apply cache-aside, write-through and TTLs, and handle invalidation, stampedes and consistency.',
                zh: { title: '缓存策略', description: '运用旁路缓存、写穿透与过期时间，并处理缓存失效、缓存击穿和一致性问题。' },
                hours: 3, difficulty: 'medium', prerequisites: ['scaling-basics'],
                keywords: ['cache-aside', 'ttl', 'invalidation', 'cache stampede'],
                links: [
                  { title: 'Cache-Aside pattern', url: `${AZ}/patterns/cache-aside`, type: 'article', why: 'The most common caching pattern and its issues.' },
                  { title: 'Amazon Builders’ Library: Caching challenges and strategies', url: 'https://aws.amazon.com/builders-library/caching-challenges-and-strategies/', type: 'article', why: 'Lessons from running caches at Amazon scale.' },
                ],
              },
              {
                id: 'replication-sharding', title: 'Replication and sharding',
                description: 'Replicate for availability and read scale, partition data by key and handle hot spots and rebalancing.',
                zh: { title: '复制与分片', description: '通过复制提升可用性和读扩展能力，按键对数据分区，并处理热点与再平衡。' },
                hours: 4, difficulty: 'medium', prerequisites: ['databases'],
                keywords: ['replication', 'sharding', 'consistent hashing', 'rebalancing'],
                links: [
                  { title: 'Sharding pattern', url: `${AZ}/patterns/sharding`, type: 'article', why: 'Sharding strategies and their trade-offs.' },
                  { title: 'PostgreSQL: High Availability, Load Balancing, and Replication', url: 'https://www.postgresql.org/docs/current/high-availability.html', type: 'documentation', why: 'How a real database implements replication.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'distributed',
        title: 'Distributed systems',
        description: 'Communicate between services reliably and reason about consistency.',
        zh: { title: '分布式系统', description: '在服务之间可靠地通信，并推理一致性问题。' },
        modules: [
          {
            id: 'communication',
            title: 'Communication',
            description: 'APIs, messaging and safe retries.',
            zh: { title: '服务通信', description: 'API、消息系统与安全重试。' },
            concepts: [
              {
                id: 'api-styles', title: 'API styles: REST, gRPC and GraphQL',
                description: 'Design resource-oriented REST APIs and know when gRPC or GraphQL fits better.',
                zh: { title: 'API 风格：REST、gRPC 与 GraphQL', description: '设计面向资源的 REST API，并判断何时更适合使用 gRPC 或 GraphQL。' },
                hours: 2, difficulty: 'medium', prerequisites: ['scaling-basics'],
                keywords: ['rest', 'grpc', 'graphql', 'api design'],
                links: [
                  { title: 'Web API design best practices', url: `${AZ}/best-practices/api-design`, type: 'article', why: 'Resource modelling, versioning and pagination.' },
                  { title: 'Introduction to gRPC', url: 'https://grpc.io/docs/what-is-grpc/introduction/', type: 'documentation', why: 'Protocol buffers and RPC-style APIs.' },
                ],
              },
              {
                id: 'queues-streams', title: 'Message queues and event streaming',
                description: 'Decouple services with queues and pub/sub, level load and understand delivery guarantees.',
                zh: { title: '消息队列与事件流', description: '用队列和发布订阅解耦服务、削峰填谷，并理解消息投递语义。' },
                hours: 3, difficulty: 'medium', prerequisites: ['api-styles'],
                keywords: ['message queues', 'pub/sub', 'kafka', 'at-least-once'],
                links: [
                  { title: 'Queue-Based Load Leveling pattern', url: `${AZ}/patterns/queue-based-load-leveling`, type: 'article', why: 'Using a queue to absorb bursts of load.' },
                  { title: 'Apache Kafka: Introduction', url: 'https://kafka.apache.org/intro', type: 'documentation', why: 'The core concepts of a distributed log.' },
                ],
              },
              {
                id: 'retries-idempotency', title: 'Timeouts, retries and idempotency',
                description: 'Set timeouts, retry with exponential backoff and jitter, and make operations idempotent so retries are safe.',
                zh: { title: '超时、重试与幂等', description: '设置超时，使用带抖动的指数退避重试，并让操作幂等以保证重试安全。' },
                hours: 2, difficulty: 'hard', prerequisites: ['queues-streams'],
                keywords: ['timeouts', 'exponential backoff', 'jitter', 'idempotency'],
                links: [
                  { title: 'Amazon Builders’ Library: Timeouts, retries, and backoff with jitter', url: 'https://aws.amazon.com/builders-library/timeouts-retries-and-backoff-with-jitter/', type: 'article', why: 'Why naive retries cause outages and what to do instead.' },
                  { title: 'Amazon Builders’ Library: Making retries safe with idempotent APIs', url: 'https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/', type: 'article', why: 'Designing idempotent operations with request tokens.' },
                ],
              },
            ],
          },
          {
            id: 'consistency',
            title: 'Consistency and coordination',
            description: 'What replicas agree on, and how.',
            zh: { title: '一致性与协调', description: '副本之间就什么达成一致，以及如何达成。' },
            concepts: [
              {
                id: 'consistency-models', title: 'Consistency models and the CAP theorem',
                description: 'Distinguish linearizability, causal and eventual consistency and explain the trade-offs during partitions.',
                zh: { title: '一致性模型与 CAP 定理', description: '区分线性一致性、因果一致性和最终一致性，并理解网络分区下的取舍。' },
                hours: 3, difficulty: 'hard', prerequisites: ['replication-sharding'],
                keywords: ['linearizability', 'eventual consistency', 'cap theorem', 'partitions'],
                links: [
                  { title: 'Jepsen: Consistency Models', url: 'https://jepsen.io/consistency', type: 'article', why: 'A precise map of consistency models and how they relate.' },
                  { title: 'Eventually Consistent (Werner Vogels)', url: 'https://www.allthingsdistributed.com/2008/12/eventually_consistent.html', type: 'article', why: 'A classic, practical explanation of eventual consistency.' },
                ],
              },
              {
                id: 'consensus', title: 'Consensus and leader election',
                description: 'Explain how Raft elects a leader and replicates a log, and where systems use consensus.',
                zh: { title: '共识与领导者选举', description: '理解 Raft 如何选举领导者并复制日志，以及哪些系统依赖共识算法。' },
                hours: 4, difficulty: 'hard', prerequisites: ['consistency-models'],
                keywords: ['consensus', 'raft', 'leader election', 'replicated log'],
                links: [
                  { title: 'The Raft Consensus Algorithm', url: 'https://raft.github.io/', type: 'article', why: 'The paper, visualisation and implementations in one place.' },
                ],
              },
              {
                id: 'distributed-transactions', title: 'Distributed transactions and sagas',
                description: 'Keep data consistent across services with sagas and the transactional outbox instead of two-phase commit.',
                zh: { title: '分布式事务与 Saga', description: '用 Saga 和事务性发件箱而非两阶段提交，在多个服务之间保持数据一致。' },
                hours: 3, difficulty: 'hard', prerequisites: ['queues-streams', 'consistency-models'],
                keywords: ['sagas', 'outbox pattern', 'two-phase commit', 'compensation'],
                links: [
                  { title: 'microservices.io: Saga pattern', url: 'https://microservices.io/patterns/data/saga.html', type: 'article', why: 'Choreography and orchestration sagas explained.' },
                  { title: 'microservices.io: Transactional outbox', url: 'https://microservices.io/patterns/data/transactional-outbox.html', type: 'article', why: 'Publishing events reliably alongside database writes.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'designing-systems',
        title: 'Designing real systems',
        description: 'Make systems resilient and observable, choose an architecture and practise complete designs.',
        zh: { title: '设计真实系统', description: '让系统具备弹性与可观测性，选择合适的架构，并练习完整的系统设计。' },
        modules: [
          {
            id: 'resilience-observability',
            title: 'Resilience and observability',
            description: 'Surviving failures and seeing what happens.',
            zh: { title: '弹性与可观测性', description: '在故障中存活，并看清系统内部发生了什么。' },
            concepts: [
              {
                id: 'resilience-patterns', title: 'Resilience patterns',
                description: 'Apply circuit breakers, bulkheads, rate limiting and load shedding to stop failures from cascading.',
                zh: { title: '弹性模式', description: '运用熔断器、舱壁隔离、限流和降载，防止故障级联扩散。' },
                hours: 3, difficulty: 'hard', prerequisites: ['retries-idempotency'],
                keywords: ['circuit breaker', 'bulkhead', 'rate limiting', 'load shedding'],
                links: [
                  { title: 'Circuit Breaker pattern', url: `${AZ}/patterns/circuit-breaker`, type: 'article', why: 'When and how to stop calling a failing dependency.' },
                  { title: 'Rate Limiting pattern', url: `${AZ}/patterns/rate-limiting-pattern`, type: 'article', why: 'Protecting services and downstream systems from overload.' },
                  { title: 'Google SRE Book: Addressing Cascading Failures', url: `${SRE}/addressing-cascading-failures/`, type: 'book', why: 'How overload spreads and how to contain it.' },
                ],
              },
              {
                id: 'observability', title: 'Observability for distributed systems',
                description: 'Instrument services with metrics, logs and traces and alert on user-facing symptoms.',
                zh: { title: '分布式系统的可观测性', description: '用指标、日志和链路追踪为服务埋点，并针对用户可感知的症状告警。' },
                hours: 2, difficulty: 'hard', prerequisites: ['availability-latency'],
                keywords: ['observability', 'distributed tracing', 'golden signals', 'alerting'],
                links: [
                  { title: 'Google SRE Book: Monitoring Distributed Systems', url: `${SRE}/monitoring-distributed-systems/`, type: 'book', why: 'The four golden signals and symptom-based alerting.' },
                  { title: 'OpenTelemetry documentation', url: 'https://opentelemetry.io/docs/', type: 'documentation', why: 'The standard way to emit traces, metrics and logs.' },
                ],
              },
            ],
          },
          {
            id: 'architecture-practice',
            title: 'Architecture and practice',
            description: 'Choosing a structure and designing end to end.',
            zh: { title: '架构与实战', description: '选择系统结构，完成端到端设计。' },
            concepts: [
              {
                id: 'architecture-styles', title: 'Monoliths and microservices',
                description: 'Weigh a modular monolith against microservices and know the operational cost of each.',
                zh: { title: '单体与微服务', description: '权衡模块化单体与微服务架构，并了解各自的运维成本。' },
                hours: 2, difficulty: 'medium', prerequisites: ['api-styles'],
                keywords: ['microservices', 'monolith', 'service boundaries', 'conway’s law'],
                links: [
                  { title: 'Martin Fowler: Microservices', url: 'https://martinfowler.com/articles/microservices.html', type: 'article', why: 'The defining article on the style and its characteristics.' },
                  { title: 'Martin Fowler: Monolith First', url: 'https://martinfowler.com/bliki/MonolithFirst.html', type: 'article', why: 'Why many successful systems start as a monolith.' },
                ],
              },
              {
                id: 'design-walkthroughs', title: 'Design walkthroughs',
                description: 'Design a URL shortener, a news feed and a chat system end to end, justifying each trade-off.',
                zh: { title: '系统设计演练', description: '端到端地设计短链接服务、信息流和聊天系统，并论证每一个取舍。' },
                hours: 8, difficulty: 'hard', prerequisites: ['caching', 'replication-sharding', 'resilience-patterns', 'distributed-transactions'],
                keywords: ['url shortener', 'news feed', 'chat system', 'trade-offs'],
                links: [
                  { title: 'The System Design Primer', url: PRIMER, type: 'article', why: 'Worked design questions with solutions to compare against.' },
                  { title: 'Designing Data-Intensive Applications', url: 'https://dataintensive.net/', type: 'book', why: 'The deeper theory behind every design decision.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
