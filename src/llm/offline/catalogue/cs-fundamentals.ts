/**
 * Curated curricula for computer-science fundamentals: data structures and algorithms, computer networks.
 * Operating systems and system design live in `cs-fundamentals-systems.ts`.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const HELLO = 'https://www.hello-algo.com/en';
const ALGS4 = 'https://algs4.cs.princeton.edu';
const CPA = 'https://cp-algorithms.com';
const CNSA = 'https://book.systemsapproach.org';
const RFC = 'https://www.rfc-editor.org/rfc';

export const csFundamentals: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Data structures and algorithms
  {
    key: 'data-structures-algorithms',
    match: ['data structures and algorithms', 'data structures', 'algorithms', 'dsa', 'leetcode', 'coding interview', 'algorithm interview', '数据结构', '算法', '数据结构与算法', '刷题', '算法面试'],
    title: { en: 'Data Structures and Algorithms', zh: '数据结构与算法' },
    summary: {
      en: 'Build the problem-solving toolkit every programmer needs: complexity analysis and recursion, arrays, lists, stacks, queues and hash tables, sorting and binary search, trees and heaps, graphs, greedy algorithms, dynamic programming and backtracking.',
      zh: '掌握每位程序员都需要的解题工具箱：复杂度分析与递归，数组、链表、栈、队列与哈希表，排序与二分查找，树与堆，图算法，贪心、动态规划与回溯。',
    },
    stages: [
      {
        id: 'foundations',
        title: 'Foundations and linear structures',
        description: 'Analyse algorithms and master the linear data structures.',
        zh: { title: '基础与线性结构', description: '学会分析算法，掌握线性数据结构。' },
        modules: [
          {
            id: 'analysis',
            title: 'Analysing algorithms',
            description: 'Complexity and recursion.',
            zh: { title: '算法分析', description: '复杂度与递归。' },
            concepts: [
              {
                id: 'big-o', title: 'Time and space complexity',
                description: 'Estimate running time and memory with Big-O and compare common growth rates.',
                zh: { title: '时间与空间复杂度', description: '用大 O 记号估算运行时间和内存占用，并比较常见的增长率。' },
                hours: 3, difficulty: 'easy', prerequisites: [],
                keywords: ['big-o', 'time complexity', 'space complexity', 'asymptotic analysis'],
                links: [
                  { title: 'Hello Algo: Complexity Analysis', url: `${HELLO}/chapter_computational_complexity/`, type: 'book', why: 'A free, illustrated open-source book (also available in Chinese).' },
                  { title: 'Algorithms, 4th Edition: Analysis of Algorithms', url: `${ALGS4}/14analysis/`, type: 'book', why: 'Sedgewick and Wayne’s rigorous but practical treatment.' },
                ],
              },
              {
                id: 'recursion', title: 'Recursion',
                description: 'Write recursive functions with base cases, trace the call stack and analyse recursive cost.',
                zh: { title: '递归', description: '编写带基本情况的递归函数，追踪调用栈，并分析递归的开销。' },
                hours: 3, difficulty: 'easy', prerequisites: ['big-o'],
                keywords: ['recursion', 'base case', 'call stack', 'divide and conquer'],
                links: [
                  { title: 'Hello Algo: Complexity Analysis (iteration and recursion)', url: `${HELLO}/chapter_computational_complexity/`, type: 'book', why: 'Its first section contrasts iteration with recursion.' },
                  { title: 'MIT 6.006 Introduction to Algorithms', url: 'https://ocw.mit.edu/courses/6-006-introduction-to-algorithms-spring-2020/', type: 'course', why: 'Free lectures and notes from MIT.' },
                ],
              },
            ],
          },
          {
            id: 'linear-structures',
            title: 'Linear structures and hashing',
            description: 'Arrays, lists, stacks, queues and hash tables.',
            zh: { title: '线性结构与哈希', description: '数组、链表、栈、队列与哈希表。' },
            concepts: [
              {
                id: 'arrays-strings', title: 'Arrays, dynamic arrays and two pointers',
                description: 'Use arrays and strings, understand dynamic array growth and apply two-pointer and sliding-window techniques.',
                zh: { title: '数组、动态数组与双指针', description: '使用数组和字符串，理解动态数组的扩容，并运用双指针与滑动窗口技巧。' },
                hours: 4, difficulty: 'easy', prerequisites: ['big-o'],
                keywords: ['arrays', 'dynamic arrays', 'two pointers', 'sliding window'],
                links: [
                  { title: 'Hello Algo: Arrays and Linked Lists', url: `${HELLO}/chapter_array_and_linkedlist/`, type: 'book', why: 'Array operations and their costs, illustrated.' },
                ],
              },
              {
                id: 'linked-lists', title: 'Linked lists',
                description: 'Implement singly and doubly linked lists and solve pointer problems such as reversal and cycle detection.',
                zh: { title: '链表', description: '实现单向链表和双向链表，并解决反转、环检测等指针类问题。' },
                hours: 2.5, difficulty: 'easy', prerequisites: ['arrays-strings'],
                keywords: ['linked list', 'pointers', 'reversal', 'cycle detection'],
                links: [
                  { title: 'Hello Algo: Arrays and Linked Lists', url: `${HELLO}/chapter_array_and_linkedlist/`, type: 'book', why: 'Linked list operations compared with arrays.' },
                ],
              },
              {
                id: 'stacks-queues', title: 'Stacks, queues and deques',
                description: 'Use stacks and queues, implement them on arrays or lists, and apply monotonic stacks.',
                zh: { title: '栈、队列与双端队列', description: '使用栈和队列，基于数组或链表实现它们，并运用单调栈。' },
                hours: 2.5, difficulty: 'easy', prerequisites: ['linked-lists'],
                keywords: ['stack', 'queue', 'deque', 'monotonic stack'],
                links: [
                  { title: 'Hello Algo: Stack and Queue', url: `${HELLO}/chapter_stack_and_queue/`, type: 'book', why: 'Implementations and typical uses.' },
                  { title: 'Algorithms, 4th Edition: Bags, Queues, and Stacks', url: `${ALGS4}/13stacks/`, type: 'book', why: 'Classic implementations with analysis.' },
                ],
              },
              {
                id: 'hash-tables', title: 'Hash tables',
                description: 'Explain hashing, collisions and load factor, and use hash maps and sets to speed up lookups.',
                zh: { title: '哈希表', description: '理解哈希函数、冲突与负载因子，并用哈希映射和集合加速查找。' },
                hours: 3, difficulty: 'medium', prerequisites: ['arrays-strings'],
                keywords: ['hash table', 'hash function', 'collisions', 'load factor'],
                links: [
                  { title: 'Hello Algo: Hashing', url: `${HELLO}/chapter_hashing/`, type: 'book', why: 'Hash functions and collision resolution, illustrated.' },
                  { title: 'Algorithms, 4th Edition: Hash Tables', url: `${ALGS4}/34hash/`, type: 'book', why: 'Separate chaining and linear probing in depth.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'core-algorithms',
        title: 'Sorting, searching, trees and heaps',
        description: 'The core algorithms and hierarchical structures.',
        zh: { title: '排序、查找、树与堆', description: '核心算法与层次型数据结构。' },
        modules: [
          {
            id: 'sorting-searching',
            title: 'Sorting and searching',
            description: 'Ordering data and searching it fast.',
            zh: { title: '排序与查找', description: '为数据排序并快速查找。' },
            concepts: [
              {
                id: 'sorting', title: 'Sorting algorithms',
                description: 'Implement merge sort, quicksort and heapsort and compare stability and complexity.',
                zh: { title: '排序算法', description: '实现归并排序、快速排序和堆排序，并比较它们的稳定性与复杂度。' },
                hours: 4, difficulty: 'medium', prerequisites: ['recursion', 'arrays-strings'],
                keywords: ['merge sort', 'quicksort', 'stability', 'divide and conquer'],
                links: [
                  { title: 'Hello Algo: Sorting', url: `${HELLO}/chapter_sorting/`, type: 'book', why: 'Every classic sort with animations and code.' },
                  { title: 'VisuAlgo: Sorting', url: 'https://visualgo.net/en/sorting', type: 'tool', why: 'Step-by-step visualisations of sorting algorithms.' },
                ],
              },
              {
                id: 'binary-search', title: 'Binary search',
                description: 'Binary search sorted data, get the boundaries right, and binary search on the answer.',
                zh: { title: '二分查找', description: '在有序数据上进行二分查找，正确处理边界，并学会“对答案二分”。' },
                hours: 3, difficulty: 'medium', prerequisites: ['sorting'],
                keywords: ['binary search', 'lower bound', 'invariants', 'search on answer'],
                links: [
                  { title: 'Hello Algo: Searching', url: `${HELLO}/chapter_searching/`, type: 'book', why: 'Binary search and its boundary variants.' },
                  { title: 'cp-algorithms: Binary search', url: `${CPA}/num_methods/binary_search.html`, type: 'article', why: 'Invariant-based formulation that avoids off-by-one bugs.' },
                ],
              },
            ],
          },
          {
            id: 'trees-heaps',
            title: 'Trees and heaps',
            description: 'Hierarchical structures and priority queues.',
            zh: { title: '树与堆', description: '层次型结构与优先队列。' },
            concepts: [
              {
                id: 'trees-bst', title: 'Binary trees, traversals and binary search trees',
                description: 'Traverse trees depth-first and breadth-first and implement search, insert and delete in a BST.',
                zh: { title: '二叉树、遍历与二叉搜索树', description: '以深度优先和广度优先方式遍历树，并实现二叉搜索树的查找、插入和删除。' },
                hours: 4, difficulty: 'medium', prerequisites: ['recursion', 'stacks-queues'],
                keywords: ['binary tree', 'traversal', 'bst', 'balanced trees'],
                links: [
                  { title: 'Hello Algo: Tree', url: `${HELLO}/chapter_tree/`, type: 'book', why: 'Traversals, BSTs and AVL trees illustrated.' },
                  { title: 'Algorithms, 4th Edition: Binary Search Trees', url: `${ALGS4}/32bst/`, type: 'book', why: 'BST operations and their performance.' },
                ],
              },
              {
                id: 'heaps', title: 'Heaps and priority queues',
                description: 'Implement a binary heap and use priority queues for top-k and scheduling problems.',
                zh: { title: '堆与优先队列', description: '实现二叉堆，并用优先队列解决 Top-K 和调度类问题。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['trees-bst'],
                keywords: ['heap', 'priority queue', 'top-k', 'heapify'],
                links: [
                  { title: 'Hello Algo: Heap', url: `${HELLO}/chapter_heap/`, type: 'book', why: 'Heap operations and the top-k problem.' },
                  { title: 'Algorithms, 4th Edition: Priority Queues', url: `${ALGS4}/24pq/`, type: 'book', why: 'Binary heaps and heapsort.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'advanced',
        title: 'Graphs and algorithm design',
        description: 'Model problems as graphs and design algorithms with greedy choice, dynamic programming and backtracking.',
        zh: { title: '图与算法设计', description: '把问题建模为图，并用贪心、动态规划与回溯设计算法。' },
        modules: [
          {
            id: 'graphs',
            title: 'Graphs',
            description: 'Representations, traversal and classic graph algorithms.',
            zh: { title: '图', description: '图的表示、遍历与经典图算法。' },
            concepts: [
              {
                id: 'graph-traversal', title: 'Graph representations, BFS and DFS',
                description: 'Store graphs as adjacency lists and explore them with breadth-first and depth-first search.',
                zh: { title: '图的表示、BFS 与 DFS', description: '用邻接表存储图，并用广度优先和深度优先搜索遍历图。' },
                hours: 4, difficulty: 'medium', prerequisites: ['stacks-queues', 'hash-tables'],
                keywords: ['graphs', 'adjacency list', 'bfs', 'dfs'],
                links: [
                  { title: 'Hello Algo: Graph', url: `${HELLO}/chapter_graph/`, type: 'book', why: 'Representations and traversals illustrated.' },
                  { title: 'cp-algorithms: Breadth-first search', url: `${CPA}/graph/breadth-first-search.html`, type: 'article', why: 'BFS with applications such as shortest paths in unweighted graphs.' },
                ],
              },
              {
                id: 'shortest-paths', title: 'Shortest paths and topological sort',
                description: 'Find shortest paths with Dijkstra’s algorithm and order dependencies with topological sort.',
                zh: { title: '最短路径与拓扑排序', description: '用 Dijkstra 算法求最短路径，并用拓扑排序安排依赖顺序。' },
                hours: 4, difficulty: 'hard', prerequisites: ['graph-traversal', 'heaps'],
                keywords: ['dijkstra', 'shortest path', 'topological sort', 'dag'],
                links: [
                  { title: 'cp-algorithms: Dijkstra', url: `${CPA}/graph/dijkstra.html`, type: 'article', why: 'The algorithm, its proof and implementation.' },
                  { title: 'cp-algorithms: Topological sort', url: `${CPA}/graph/topological-sort.html`, type: 'article', why: 'DFS-based topological ordering.' },
                ],
              },
              {
                id: 'union-find-mst', title: 'Union-find and minimum spanning trees',
                description: 'Track connected components with union-find and build minimum spanning trees with Kruskal’s algorithm.',
                zh: { title: '并查集与最小生成树', description: '用并查集维护连通分量，并用 Kruskal 算法构造最小生成树。' },
                hours: 3, difficulty: 'hard', prerequisites: ['graph-traversal', 'sorting'],
                keywords: ['union-find', 'disjoint set', 'kruskal', 'minimum spanning tree'],
                links: [
                  { title: 'cp-algorithms: Disjoint Set Union', url: `${CPA}/data_structures/disjoint_set_union.html`, type: 'article', why: 'Path compression and union by rank explained.' },
                  { title: 'Algorithms, 4th Edition: Minimum Spanning Trees', url: `${ALGS4}/43mst/`, type: 'book', why: 'Prim’s and Kruskal’s algorithms.' },
                ],
              },
            ],
          },
          {
            id: 'techniques',
            title: 'Algorithm design techniques',
            description: 'Greedy, dynamic programming, backtracking and deliberate practice.',
            zh: { title: '算法设计技巧', description: '贪心、动态规划、回溯与刻意练习。' },
            concepts: [
              {
                id: 'greedy', title: 'Greedy algorithms',
                description: 'Recognise when a locally optimal choice is globally optimal and argue correctness.',
                zh: { title: '贪心算法', description: '识别局部最优即全局最优的情形，并论证其正确性。' },
                hours: 3, difficulty: 'hard', prerequisites: ['sorting', 'heaps'],
                keywords: ['greedy', 'exchange argument', 'intervals', 'scheduling'],
                links: [
                  { title: 'Hello Algo: Greedy', url: `${HELLO}/chapter_greedy/`, type: 'book', why: 'Greedy strategy with worked problems.' },
                ],
              },
              {
                id: 'dynamic-programming', title: 'Dynamic programming',
                description: 'Define states and transitions, solve with memoisation or tabulation and recognise classic DP patterns.',
                zh: { title: '动态规划', description: '定义状态与转移方程，用记忆化搜索或递推表求解，并识别经典的动态规划模式。' },
                hours: 6, difficulty: 'hard', prerequisites: ['recursion', 'hash-tables'],
                keywords: ['dynamic programming', 'memoization', 'tabulation', 'knapsack'],
                links: [
                  { title: 'Hello Algo: Dynamic Programming', url: `${HELLO}/chapter_dynamic_programming/`, type: 'book', why: 'From brute force to DP, step by step.' },
                ],
              },
              {
                id: 'backtracking', title: 'Backtracking',
                description: 'Enumerate permutations, subsets and constrained searches with pruning.',
                zh: { title: '回溯', description: '借助剪枝枚举排列、子集以及带约束的搜索。' },
                hours: 3, difficulty: 'hard', prerequisites: ['recursion'],
                keywords: ['backtracking', 'permutations', 'subsets', 'pruning'],
                links: [
                  { title: 'Hello Algo: Backtracking', url: `${HELLO}/chapter_backtracking/`, type: 'book', why: 'The backtracking framework and classic problems.' },
                ],
              },
              {
                id: 'problem-solving', title: 'Problem-solving practice',
                description: 'Practise by pattern, explain trade-offs out loud and write correct code under time limits.',
                zh: { title: '解题实战', description: '按题型模式练习，清楚表达方案权衡，并在限定时间内写出正确代码。' },
                hours: 8, difficulty: 'hard', prerequisites: ['dynamic-programming', 'shortest-paths', 'binary-search'],
                keywords: ['leetcode', 'patterns', 'interviews', 'practice'],
                links: [
                  { title: 'LeetCode', url: 'https://leetcode.com/', type: 'tool', why: 'The most widely used problem bank for practice.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Computer networks
  {
    key: 'computer-networks',
    match: ['computer networks', 'computer networking', 'networking fundamentals', 'network fundamentals', 'tcp/ip', 'network protocols', 'how the internet works', '计算机网络', '网络基础', '网络协议', 'tcp/ip 协议'],
    title: { en: 'Computer Networks', zh: '计算机网络' },
    summary: {
      en: 'Understand how the Internet works end to end: layering and performance, Ethernet and switching, IP addressing and routing, NAT and IPv6, UDP and TCP with congestion control, sockets, DNS, HTTP, TLS, CDNs and QUIC, and hands-on packet analysis.',
      zh: '端到端理解互联网如何运作：分层模型与性能指标、以太网与交换、IP 编址与路由、NAT 与 IPv6、UDP 与 TCP 及拥塞控制、套接字编程、DNS、HTTP、TLS、CDN 与 QUIC，以及动手抓包分析。',
    },
    stages: [
      {
        id: 'network-foundations',
        title: 'Foundations and the network layer',
        description: 'Layering, local networks, IP addressing and routing.',
        zh: { title: '基础与网络层', description: '分层模型、局域网、IP 编址与路由。' },
        modules: [
          {
            id: 'models-links',
            title: 'Models and local networks',
            description: 'How networks are structured and measured, and how hosts talk on a LAN.',
            zh: { title: '网络模型与局域网', description: '网络如何分层与度量，以及主机如何在局域网内通信。' },
            concepts: [
              {
                id: 'layering', title: 'Layered architecture: OSI and TCP/IP',
                description: 'Explain the layers, encapsulation and what each layer is responsible for.',
                zh: { title: '分层架构：OSI 与 TCP/IP', description: '理解网络分层、封装以及每一层负责的事情。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['osi model', 'tcp/ip model', 'encapsulation', 'protocol layers'],
                links: [
                  { title: 'Computer Networks: A Systems Approach — Architecture', url: `${CNSA}/foundation/architecture.html`, type: 'book', why: 'A free, open textbook’s explanation of layering and encapsulation.' },
                  { title: 'Cloudflare: What is the OSI model?', url: 'https://www.cloudflare.com/learning/ddos/glossary/open-systems-interconnection-model-osi/', type: 'article', why: 'A short, clear overview of the seven layers.' },
                ],
              },
              {
                id: 'latency-bandwidth', title: 'Latency, bandwidth and throughput',
                description: 'Distinguish propagation, transmission and queuing delay and reason about bandwidth-delay product.',
                zh: { title: '时延、带宽与吞吐量', description: '区分传播时延、传输时延和排队时延，并理解带宽时延积。' },
                hours: 1.5, difficulty: 'easy', prerequisites: ['layering'],
                keywords: ['latency', 'bandwidth', 'throughput', 'rtt'],
                links: [
                  { title: 'High Performance Browser Networking: Primer on Latency and Bandwidth', url: 'https://hpbn.co/primer-on-latency-and-bandwidth/', type: 'book', why: 'Where delay comes from and why latency matters more than bandwidth.' },
                ],
              },
              {
                id: 'ethernet-switching', title: 'Ethernet, switching and ARP',
                description: 'Explain MAC addresses, how switches learn and forward frames, and how ARP maps IP to MAC.',
                zh: { title: '以太网、交换与 ARP', description: '理解 MAC 地址、交换机如何学习和转发帧，以及 ARP 如何把 IP 映射到 MAC。' },
                hours: 3, difficulty: 'medium', prerequisites: ['layering'],
                keywords: ['ethernet', 'mac address', 'switching', 'arp'],
                links: [
                  { title: 'Computer Networks: A Systems Approach — Switching Basics', url: `${CNSA}/internetworking/switching.html`, type: 'book', why: 'How switches forward frames and learn addresses.' },
                  { title: 'RFC 826: An Ethernet Address Resolution Protocol', url: `${RFC}/rfc826`, type: 'documentation', why: 'The short original ARP specification.' },
                ],
              },
            ],
          },
          {
            id: 'ip-layer',
            title: 'The Internet Protocol',
            description: 'Addressing, routing and the practicalities of today’s Internet.',
            zh: { title: '网际协议', description: '编址、路由以及当今互联网的实际做法。' },
            concepts: [
              {
                id: 'ip-addressing', title: 'IPv4 addressing, subnets and CIDR',
                description: 'Read and compute subnets and CIDR prefixes and explain how hosts decide whether to use a gateway.',
                zh: { title: 'IPv4 编址、子网与 CIDR', description: '读懂并计算子网与 CIDR 前缀，理解主机如何判断是否需要经过网关。' },
                hours: 4, difficulty: 'medium', prerequisites: ['ethernet-switching'],
                keywords: ['ipv4', 'subnetting', 'cidr', 'default gateway'],
                links: [
                  { title: 'Computer Networks: A Systems Approach — Internet (IP)', url: `${CNSA}/internetworking/basic-ip.html`, type: 'book', why: 'IP service model, addressing, forwarding and subnetting.' },
                  { title: 'RFC 4632: Classless Inter-domain Routing (CIDR)', url: `${RFC}/rfc4632`, type: 'documentation', why: 'The CIDR addressing plan.' },
                ],
              },
              {
                id: 'routing', title: 'Routing',
                description: 'Contrast forwarding and routing, distance-vector and link-state protocols, and BGP between networks.',
                zh: { title: '路由', description: '区分转发与路由，比较距离向量与链路状态协议，并了解网络之间的 BGP。' },
                hours: 3, difficulty: 'medium', prerequisites: ['ip-addressing'],
                keywords: ['routing', 'ospf', 'bgp', 'forwarding tables'],
                links: [
                  { title: 'Computer Networks: A Systems Approach — Routing', url: `${CNSA}/internetworking/routing.html`, type: 'book', why: 'Distance-vector and link-state routing with examples.' },
                ],
              },
              {
                id: 'nat-dhcp-ipv6', title: 'NAT, DHCP and IPv6',
                description: 'Explain how DHCP configures hosts, how NAT shares addresses, and what IPv6 changes.',
                zh: { title: 'NAT、DHCP 与 IPv6', description: '理解 DHCP 如何配置主机、NAT 如何共享地址，以及 IPv6 带来的变化。' },
                hours: 3, difficulty: 'medium', prerequisites: ['ip-addressing'],
                keywords: ['nat', 'dhcp', 'ipv6', 'private addresses'],
                links: [
                  { title: 'RFC 1918: Address Allocation for Private Internets', url: `${RFC}/rfc1918`, type: 'documentation', why: 'The private address ranges NAT relies on.' },
                  { title: 'RFC 8200: Internet Protocol, Version 6 (IPv6)', url: `${RFC}/rfc8200`, type: 'documentation', why: 'The IPv6 specification.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'transport-applications',
        title: 'Transport and applications',
        description: 'Reliable delivery, sockets and the protocols applications use.',
        zh: { title: '传输层与应用层', description: '可靠传输、套接字以及应用所使用的协议。' },
        modules: [
          {
            id: 'transport',
            title: 'Transport layer',
            description: 'UDP, TCP and programming against them.',
            zh: { title: '传输层', description: 'UDP、TCP 以及基于它们编程。' },
            concepts: [
              {
                id: 'udp-tcp', title: 'UDP and TCP',
                description: 'Explain ports, the TCP handshake, reliable delivery with sequence numbers and acknowledgements, and when UDP fits.',
                zh: { title: 'UDP 与 TCP', description: '理解端口、TCP 三次握手、基于序号和确认的可靠传输，以及 UDP 的适用场景。' },
                hours: 3, difficulty: 'medium', prerequisites: ['ip-addressing'],
                keywords: ['tcp', 'udp', 'three-way handshake', 'ports'],
                links: [
                  { title: 'Computer Networks: A Systems Approach — Reliable Byte Stream (TCP)', url: `${CNSA}/e2e/tcp.html`, type: 'book', why: 'Segment format, connection setup and the sliding window.' },
                  { title: 'High Performance Browser Networking: Building Blocks of TCP', url: 'https://hpbn.co/building-blocks-of-tcp/', type: 'book', why: 'The handshake, slow start and their effect on real performance.' },
                ],
              },
              {
                id: 'congestion-control', title: 'Flow control and congestion control',
                description: 'Explain the sliding window, slow start, congestion avoidance and why they keep the Internet stable.',
                zh: { title: '流量控制与拥塞控制', description: '理解滑动窗口、慢启动与拥塞避免，以及它们为何能维持互联网的稳定。' },
                hours: 4, difficulty: 'hard', prerequisites: ['udp-tcp', 'latency-bandwidth'],
                keywords: ['congestion control', 'slow start', 'flow control', 'aimd'],
                links: [
                  { title: 'Computer Networks: A Systems Approach — TCP Congestion Control', url: `${CNSA}/congestion/tcpcc.html`, type: 'book', why: 'AIMD, slow start and fast retransmit explained.' },
                  { title: 'RFC 9293: Transmission Control Protocol', url: `${RFC}/rfc9293`, type: 'documentation', why: 'The current consolidated TCP specification.' },
                ],
              },
              {
                id: 'sockets', title: 'Socket programming',
                description: 'Write a TCP client and server with the sockets API and handle partial reads and multiple clients.',
                zh: { title: '套接字编程', description: '用套接字 API 编写 TCP 客户端与服务器，处理不完整读取和多个客户端。' },
                hours: 4, difficulty: 'hard', prerequisites: ['udp-tcp'],
                keywords: ['sockets', 'client-server', 'bind', 'accept'],
                links: [
                  { title: 'Beej’s Guide to Network Programming', url: 'https://beej.us/guide/bgnet/', type: 'book', why: 'The classic free guide to the sockets API.' },
                ],
              },
            ],
          },
          {
            id: 'application-layer',
            title: 'Application protocols',
            description: 'DNS, HTTP and TLS.',
            zh: { title: '应用层协议', description: 'DNS、HTTP 与 TLS。' },
            concepts: [
              {
                id: 'dns', title: 'DNS',
                description: 'Trace a name lookup through resolvers and authoritative servers and read common record types.',
                zh: { title: 'DNS', description: '追踪一次域名解析在递归解析器与权威服务器之间的过程，并读懂常见的记录类型。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['udp-tcp'],
                keywords: ['dns', 'resolvers', 'records', 'caching'],
                links: [
                  { title: 'Cloudflare: What is DNS?', url: 'https://www.cloudflare.com/learning/dns/what-is-dns/', type: 'article', why: 'A clear walkthrough of a DNS lookup.' },
                  { title: 'RFC 1034: Domain Names — Concepts and Facilities', url: `${RFC}/rfc1034`, type: 'documentation', why: 'The foundational DNS design document.' },
                ],
              },
              {
                id: 'http', title: 'HTTP',
                description: 'Explain requests, responses, methods, status codes, caching and how HTTP/2 differs from HTTP/1.1.',
                zh: { title: 'HTTP', description: '理解请求与响应、方法、状态码、缓存，以及 HTTP/2 与 HTTP/1.1 的区别。' },
                hours: 3, difficulty: 'medium', prerequisites: ['udp-tcp'],
                keywords: ['http', 'status codes', 'caching', 'http/2'],
                links: [
                  { title: 'MDN: HTTP', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP', type: 'documentation', why: 'Guides to messages, caching, cookies and more.' },
                  { title: 'RFC 9110: HTTP Semantics', url: `${RFC}/rfc9110`, type: 'documentation', why: 'The authoritative definition of methods and status codes.' },
                ],
              },
              {
                id: 'tls', title: 'TLS and HTTPS',
                description: 'Explain the TLS handshake, certificates and what HTTPS does and does not protect.',
                zh: { title: 'TLS 与 HTTPS', description: '理解 TLS 握手与证书，以及 HTTPS 能保护什么、不能保护什么。' },
                hours: 3, difficulty: 'hard', prerequisites: ['http'],
                keywords: ['tls', 'https', 'certificates', 'handshake'],
                links: [
                  { title: 'High Performance Browser Networking: Transport Layer Security', url: 'https://hpbn.co/transport-layer-security-tls/', type: 'book', why: 'The handshake, certificates and performance considerations.' },
                  { title: 'RFC 8446: TLS 1.3', url: `${RFC}/rfc8446`, type: 'documentation', why: 'The current TLS specification.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'practice',
        title: 'Networks in practice',
        description: 'Observe real traffic, troubleshoot systematically and understand modern delivery.',
        zh: { title: '网络实践', description: '观察真实流量，系统地排查问题，并理解现代内容分发。' },
        modules: [
          {
            id: 'tools-troubleshooting',
            title: 'Tools and troubleshooting',
            description: 'See packets and locate faults.',
            zh: { title: '工具与排障', description: '看见数据包，定位故障。' },
            concepts: [
              {
                id: 'packet-analysis', title: 'Packet analysis with Wireshark and tcpdump',
                description: 'Capture traffic, filter it and follow a TCP stream to see every layer in action.',
                zh: { title: '用 Wireshark 与 tcpdump 分析数据包', description: '抓取流量、进行过滤并追踪 TCP 流，亲眼看到每一层协议的运作。' },
                hours: 3, difficulty: 'hard', prerequisites: ['udp-tcp', 'dns'],
                keywords: ['wireshark', 'tcpdump', 'packet capture', 'filters'],
                links: [
                  { title: 'Wireshark User’s Guide', url: 'https://www.wireshark.org/docs/wsug_html_chunked/', type: 'documentation', why: 'Capturing, filtering and analysing traffic.' },
                  { title: 'tcpdump manual page', url: 'https://www.tcpdump.org/manpages/tcpdump.1.html', type: 'documentation', why: 'Command-line capture and filter syntax.' },
                ],
              },
              {
                id: 'troubleshooting', title: 'Systematic troubleshooting',
                description: 'Diagnose connectivity layer by layer with ping, traceroute, dig and curl.',
                zh: { title: '系统化排障', description: '用 ping、traceroute、dig 和 curl 逐层诊断网络连通性问题。' },
                hours: 2, difficulty: 'medium', prerequisites: ['routing', 'dns'],
                keywords: ['ping', 'traceroute', 'dig', 'icmp'],
                links: [
                  { title: 'ArchWiki: Network configuration', url: 'https://wiki.archlinux.org/title/Network_configuration', type: 'documentation', why: 'Practical commands for checking links, addresses and routes.' },
                  { title: 'RFC 792: Internet Control Message Protocol', url: `${RFC}/rfc792`, type: 'documentation', why: 'The ICMP messages that ping and traceroute rely on.' },
                ],
              },
            ],
          },
          {
            id: 'modern-delivery',
            title: 'Modern delivery',
            description: 'How large sites serve the world.',
            zh: { title: '现代内容分发', description: '大型网站如何为全球用户提供服务。' },
            concepts: [
              {
                id: 'cdn-load-balancing', title: 'CDNs and load balancing',
                description: 'Explain how CDNs cache content near users and how load balancers spread traffic across servers.',
                zh: { title: 'CDN 与负载均衡', description: '理解 CDN 如何在靠近用户的地方缓存内容，以及负载均衡器如何在服务器间分配流量。' },
                hours: 2, difficulty: 'medium', prerequisites: ['http', 'dns'],
                keywords: ['cdn', 'load balancing', 'anycast', 'caching'],
                links: [
                  { title: 'Cloudflare: What is a CDN?', url: 'https://www.cloudflare.com/learning/cdn/what-is-a-cdn/', type: 'article', why: 'How content delivery networks work.' },
                  { title: 'NGINX: Using nginx as HTTP load balancer', url: 'https://nginx.org/en/docs/http/load_balancing.html', type: 'documentation', why: 'Load-balancing methods in a widely used server.' },
                ],
              },
              {
                id: 'quic-http3', title: 'QUIC and HTTP/3',
                description: 'Explain why QUIC runs over UDP, how it avoids head-of-line blocking and what HTTP/3 changes.',
                zh: { title: 'QUIC 与 HTTP/3', description: '理解 QUIC 为何基于 UDP、如何避免队头阻塞，以及 HTTP/3 带来的变化。' },
                hours: 2, difficulty: 'hard', prerequisites: ['tls', 'congestion-control'],
                keywords: ['quic', 'http/3', 'head-of-line blocking', 'udp'],
                links: [
                  { title: 'RFC 9000: QUIC', url: `${RFC}/rfc9000`, type: 'documentation', why: 'The QUIC transport specification.' },
                  { title: 'RFC 9114: HTTP/3', url: `${RFC}/rfc9114`, type: 'documentation', why: 'How HTTP maps onto QUIC.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
