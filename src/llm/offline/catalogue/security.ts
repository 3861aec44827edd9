/**
 * Curated curricula for security: web application security and network security basics.
 * Every hands-on activity is framed around deliberately vulnerable labs or systems the learner owns or is
 * authorised to test.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const PS = 'https://portswigger.net/web-security';
const CS = 'https://cheatsheetseries.owasp.org/cheatsheets';

export const security: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Web application security
  {
    key: 'web-security',
    match: ['web security', 'web application security', 'application security', 'appsec', 'owasp', 'owasp top 10', 'secure coding', 'web 安全', 'web安全', '应用安全', 'web 应用安全', '安全编码'],
    title: { en: 'Web Application Security', zh: 'Web 应用安全' },
    summary: {
      en: 'Find and fix the vulnerabilities that matter most in web applications: the browser security model, threat modelling, injection, XSS, SSRF, authentication, access control and CSRF, then secure defaults, dependency hygiene and security testing, practised only in legal labs.',
      zh: '发现并修复 Web 应用中最重要的漏洞：浏览器安全模型、威胁建模、注入、XSS、SSRF、身份认证、访问控制与 CSRF，再到安全默认配置、依赖管理与安全测试，所有动手练习都只在合法的靶场中进行。',
    },
    stages: [
      {
        id: 'foundations',
        title: 'Foundations',
        description: 'Understand the web’s security model, think like an attacker and set up a legal practice lab.',
        zh: { title: '基础', description: '理解 Web 的安全模型，学会以攻击者视角思考，并搭建合法的练习环境。' },
        modules: [
          {
            id: 'web-model',
            title: 'The web security model',
            description: 'HTTP, sessions, origins and threats.',
            zh: { title: 'Web 安全模型', description: 'HTTP、会话、同源与威胁。' },
            concepts: [
              {
                id: 'http-sessions', title: 'HTTP, cookies and sessions from a security view',
                description: 'Explain how HTTP is stateless, how cookies carry sessions and which cookie attributes protect them.',
                zh: { title: '从安全视角看 HTTP、Cookie 与会话', description: '理解 HTTP 的无状态特性、Cookie 如何承载会话，以及哪些 Cookie 属性能保护会话。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['http', 'cookies', 'sessions', 'secure attributes'],
                links: [
                  { title: 'MDN: HTTP', url: 'https://developer.mozilla.org/en-US/docs/Web/HTTP', type: 'documentation', why: 'Messages, headers and cookies explained.' },
                  { title: 'OWASP Session Management Cheat Sheet', url: `${CS}/Session_Management_Cheat_Sheet.html`, type: 'article', why: 'Secure, HttpOnly, SameSite and session lifecycle rules.' },
                ],
              },
              {
                id: 'same-origin-cors', title: 'Same-origin policy and CORS',
                description: 'Explain what the same-origin policy blocks, how CORS relaxes it and how misconfigured CORS leaks data.',
                zh: { title: '同源策略与 CORS', description: '理解同源策略阻止了什么、CORS 如何放宽限制，以及错误的 CORS 配置如何导致数据泄露。' },
                hours: 2, difficulty: 'easy', prerequisites: ['http-sessions'],
                keywords: ['same-origin policy', 'cors', 'origins', 'preflight'],
                links: [
                  { title: 'Web Security Academy: CORS', url: `${PS}/cors`, type: 'tutorial', why: 'How CORS works and how its misconfigurations are exploited, with labs.' },
                ],
              },
              {
                id: 'threat-modeling', title: 'Threat modelling and the OWASP Top 10',
                description: 'Identify assets, entry points and threats for an application and map them to the OWASP Top 10 risks.',
                zh: { title: '威胁建模与 OWASP Top 10', description: '识别应用的资产、入口与威胁，并将其对应到 OWASP Top 10 风险类别。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['threat modeling', 'owasp top 10', 'stride', 'attack surface'],
                links: [
                  { title: 'OWASP Top Ten', url: 'https://owasp.org/www-project-top-ten/', type: 'documentation', why: 'The standard awareness document for web application risks.' },
                  { title: 'OWASP Threat Modeling Cheat Sheet', url: `${CS}/Threat_Modeling_Cheat_Sheet.html`, type: 'article', why: 'A practical process for threat modelling.' },
                ],
              },
            ],
          },
          {
            id: 'lab-setup',
            title: 'A legal practice lab',
            description: 'Tools and targets you are allowed to attack.',
            zh: { title: '合法的练习环境', description: '工具以及允许你进行攻击练习的目标。' },
            concepts: [
              {
                id: 'intercepting-proxy', title: 'Intercepting proxies',
                description: 'Inspect and modify browser traffic with Burp Suite or OWASP ZAP.',
                zh: { title: '拦截代理', description: '用 Burp Suite 或 OWASP ZAP 查看并修改浏览器流量。' },
                hours: 2, difficulty: 'easy', prerequisites: ['http-sessions'],
                keywords: ['burp suite', 'zap', 'proxy', 'repeater'],
                links: [
                  { title: 'Burp Suite documentation', url: 'https://portswigger.net/burp/documentation/desktop', type: 'tool', why: 'Setting up the proxy and using Repeater and Intruder.' },
                  { title: 'ZAP: Getting Started', url: 'https://www.zaproxy.org/getting-started/', type: 'tool', why: 'A free, open-source alternative.' },
                ],
              },
              {
                id: 'practice-labs', title: 'Practising legally',
                description: 'Practise only on deliberately vulnerable apps or systems you are authorised to test, and know the rules of disclosure.',
                zh: { title: '合法地练习', description: '只在故意设计为存在漏洞的应用或已获授权的系统上练习，并了解漏洞披露的规则。' },
                hours: 1, difficulty: 'easy', prerequisites: ['intercepting-proxy'],
                keywords: ['juice shop', 'labs', 'authorization', 'responsible disclosure'],
                links: [
                  { title: 'PortSwigger Web Security Academy', url: PS, type: 'course', why: 'Free, legal, browser-based labs for every topic in this roadmap.' },
                  { title: 'OWASP Juice Shop', url: 'https://owasp.org/www-project-juice-shop/', type: 'tool', why: 'A deliberately insecure app to run locally and attack.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'vulnerabilities',
        title: 'Core vulnerabilities',
        description: 'Exploit and fix the most common classes of web vulnerabilities in labs.',
        zh: { title: '核心漏洞', description: '在靶场中利用并修复最常见的几类 Web 漏洞。' },
        modules: [
          {
            id: 'injection',
            title: 'Injection and server-side flaws',
            description: 'When untrusted input becomes code or a request.',
            zh: { title: '注入与服务端漏洞', description: '当不可信输入变成代码或请求时。' },
            concepts: [
              {
                id: 'sql-injection', title: 'SQL injection',
                description: 'Find and exploit SQL injection in a lab and prevent it with parameterised queries.',
                zh: { title: 'SQL 注入', description: '在靶场中发现并利用 SQL 注入，并用参数化查询加以防范。' },
                hours: 3, difficulty: 'medium', prerequisites: ['intercepting-proxy'],
                keywords: ['sql injection', 'parameterized queries', 'union attacks', 'blind sqli'],
                links: [
                  { title: 'Web Security Academy: SQL injection', url: `${PS}/sql-injection`, type: 'tutorial', why: 'Explanations and labs from basic to blind injection.' },
                  { title: 'OWASP SQL Injection Prevention Cheat Sheet', url: `${CS}/SQL_Injection_Prevention_Cheat_Sheet.html`, type: 'article', why: 'The defences that actually work.' },
                ],
              },
              {
                id: 'xss', title: 'Cross-site scripting (XSS)',
                description: 'Distinguish reflected, stored and DOM XSS and prevent them with contextual output encoding.',
                zh: { title: '跨站脚本（XSS）', description: '区分反射型、存储型和 DOM 型 XSS，并通过按上下文输出编码加以防范。' },
                hours: 4, difficulty: 'medium', prerequisites: ['same-origin-cors', 'intercepting-proxy'],
                keywords: ['xss', 'output encoding', 'dom xss', 'sanitization'],
                links: [
                  { title: 'Web Security Academy: Cross-site scripting', url: `${PS}/cross-site-scripting`, type: 'tutorial', why: 'All XSS types with hands-on labs.' },
                  { title: 'OWASP Cross Site Scripting Prevention Cheat Sheet', url: `${CS}/Cross_Site_Scripting_Prevention_Cheat_Sheet.html`, type: 'article', why: 'Encoding rules for each output context.' },
                ],
              },
              {
                id: 'server-side-flaws', title: 'Command injection, path traversal and SSRF',
                description: 'Exploit OS command injection, path traversal and server-side request forgery in labs and design them out.',
                zh: { title: '命令注入、路径遍历与 SSRF', description: '在靶场中利用操作系统命令注入、路径遍历和服务端请求伪造，并从设计上杜绝它们。' },
                hours: 3, difficulty: 'hard', prerequisites: ['sql-injection'],
                keywords: ['command injection', 'path traversal', 'ssrf', 'allowlists'],
                links: [
                  { title: 'Web Security Academy: OS command injection', url: `${PS}/os-command-injection`, type: 'tutorial', why: 'How injected shell commands are found and prevented.' },
                  { title: 'Web Security Academy: Path traversal', url: `${PS}/file-path-traversal`, type: 'tutorial', why: 'Reading files outside the web root, and the fix.' },
                  { title: 'Web Security Academy: SSRF', url: `${PS}/ssrf`, type: 'tutorial', why: 'Abusing the server to reach internal systems.' },
                ],
              },
            ],
          },
          {
            id: 'auth-access',
            title: 'Authentication and access control',
            description: 'Who the user is and what they may do.',
            zh: { title: '身份认证与访问控制', description: '用户是谁，以及他们能做什么。' },
            concepts: [
              {
                id: 'authentication-flaws', title: 'Authentication vulnerabilities',
                description: 'Recognise weak login flows, brute force, broken password reset and session fixation.',
                zh: { title: '身份认证漏洞', description: '识别薄弱的登录流程、暴力破解、有缺陷的密码重置以及会话固定问题。' },
                hours: 3, difficulty: 'medium', prerequisites: ['http-sessions', 'intercepting-proxy'],
                keywords: ['authentication', 'brute force', 'password reset', 'session fixation'],
                links: [
                  { title: 'Web Security Academy: Authentication', url: `${PS}/authentication`, type: 'tutorial', why: 'Common authentication flaws with labs.' },
                  { title: 'OWASP Authentication Cheat Sheet', url: `${CS}/Authentication_Cheat_Sheet.html`, type: 'article', why: 'How to build login correctly.' },
                ],
              },
              {
                id: 'access-control', title: 'Broken access control and IDOR',
                description: 'Find horizontal and vertical privilege escalation and enforce authorisation on the server for every request.',
                zh: { title: '访问控制失效与 IDOR', description: '发现水平越权和垂直越权，并在服务端对每个请求强制执行授权检查。' },
                hours: 3, difficulty: 'medium', prerequisites: ['authentication-flaws'],
                keywords: ['access control', 'idor', 'privilege escalation', 'authorization'],
                links: [
                  { title: 'Web Security Academy: Access control', url: `${PS}/access-control`, type: 'tutorial', why: 'IDOR and privilege escalation with labs.' },
                  { title: 'OWASP Authorization Cheat Sheet', url: `${CS}/Authorization_Cheat_Sheet.html`, type: 'article', why: 'Deny by default and other authorisation principles.' },
                ],
              },
              {
                id: 'csrf', title: 'Cross-site request forgery',
                description: 'Explain CSRF, exploit it in a lab and defend with tokens and SameSite cookies.',
                zh: { title: '跨站请求伪造（CSRF）', description: '理解 CSRF，在靶场中利用它，并用令牌和 SameSite Cookie 进行防御。' },
                hours: 2, difficulty: 'medium', prerequisites: ['authentication-flaws', 'same-origin-cors'],
                keywords: ['csrf', 'samesite', 'anti-csrf tokens', 'state-changing requests'],
                links: [
                  { title: 'Web Security Academy: CSRF', url: `${PS}/csrf`, type: 'tutorial', why: 'How CSRF works and how defences are bypassed.' },
                  { title: 'OWASP CSRF Prevention Cheat Sheet', url: `${CS}/Cross-Site_Request_Forgery_Prevention_Cheat_Sheet.html`, type: 'article', why: 'Token patterns and SameSite guidance.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'defense',
        title: 'Building and verifying secure software',
        description: 'Secure defaults, cryptography done right, safe dependencies and systematic testing.',
        zh: { title: '构建并验证安全的软件', description: '安全的默认配置、正确使用密码学、安全的依赖与系统化测试。' },
        modules: [
          {
            id: 'secure-development',
            title: 'Secure development',
            description: 'Defences built into the application.',
            zh: { title: '安全开发', description: '内建于应用之中的防御措施。' },
            concepts: [
              {
                id: 'security-headers-csp', title: 'Security headers and Content Security Policy',
                description: 'Configure CSP, HSTS and other response headers as defence in depth.',
                zh: { title: '安全响应头与内容安全策略', description: '配置 CSP、HSTS 等响应头，作为纵深防御的一部分。' },
                hours: 2, difficulty: 'hard', prerequisites: ['xss'],
                keywords: ['csp', 'hsts', 'security headers', 'defense in depth'],
                links: [
                  { title: 'OWASP Content Security Policy Cheat Sheet', url: `${CS}/Content_Security_Policy_Cheat_Sheet.html`, type: 'article', why: 'Building a strict CSP step by step.' },
                  { title: 'OWASP HTTP Headers Cheat Sheet', url: `${CS}/HTTP_Headers_Cheat_Sheet.html`, type: 'article', why: 'Which headers to set and which to remove.' },
                ],
              },
              {
                id: 'crypto-storage', title: 'Password storage and cryptographic failures',
                description: 'Hash passwords with a slow algorithm, encrypt sensitive data properly and never invent your own crypto.',
                zh: { title: '密码存储与加密失效', description: '用慢哈希算法存储密码，正确加密敏感数据，并且绝不自创加密算法。' },
                hours: 2, difficulty: 'hard', prerequisites: ['authentication-flaws'],
                keywords: ['password hashing', 'argon2', 'encryption at rest', 'key management'],
                links: [
                  { title: 'OWASP Password Storage Cheat Sheet', url: `${CS}/Password_Storage_Cheat_Sheet.html`, type: 'article', why: 'Algorithms and parameters for storing passwords.' },
                  { title: 'OWASP Cryptographic Storage Cheat Sheet', url: `${CS}/Cryptographic_Storage_Cheat_Sheet.html`, type: 'article', why: 'Encrypting data at rest and managing keys.' },
                ],
              },
              {
                id: 'dependencies', title: 'Vulnerable and outdated components',
                description: 'Inventory dependencies, scan them for known vulnerabilities and patch on a schedule.',
                zh: { title: '存在漏洞和过时的组件', description: '梳理依赖清单，扫描已知漏洞，并按计划及时打补丁。' },
                hours: 2, difficulty: 'medium', prerequisites: ['threat-modeling'],
                keywords: ['dependency scanning', 'sca', 'cve', 'patching'],
                links: [
                  { title: 'OWASP Vulnerable Dependency Management Cheat Sheet', url: `${CS}/Vulnerable_Dependency_Management_Cheat_Sheet.html`, type: 'article', why: 'A process for handling vulnerable dependencies.' },
                ],
              },
            ],
          },
          {
            id: 'verification',
            title: 'Verification',
            description: 'Testing and standards.',
            zh: { title: '安全验证', description: '测试与标准。' },
            concepts: [
              {
                id: 'security-testing', title: 'Security testing',
                description: 'Combine manual testing with automated scanning following the OWASP Web Security Testing Guide.',
                zh: { title: '安全测试', description: '依照 OWASP Web 安全测试指南，把手工测试与自动化扫描结合起来。' },
                hours: 3, difficulty: 'hard', prerequisites: ['server-side-flaws', 'access-control'],
                keywords: ['wstg', 'dast', 'sast', 'penetration testing'],
                links: [
                  { title: 'OWASP Web Security Testing Guide', url: 'https://owasp.org/www-project-web-security-testing-guide/', type: 'documentation', why: 'A comprehensive methodology for testing web apps.' },
                  { title: 'ZAP Documentation', url: 'https://www.zaproxy.org/docs/', type: 'tool', why: 'Automating scans in development and CI.' },
                ],
              },
              {
                id: 'asvs-logging', title: 'Verification standards, logging and monitoring',
                description: 'Use the ASVS as a requirements checklist and log security events so attacks can be detected.',
                zh: { title: '验证标准、日志与监控', description: '把 ASVS 当作安全需求清单，并记录安全事件以便发现攻击。' },
                hours: 2, difficulty: 'hard', prerequisites: ['security-testing'],
                keywords: ['asvs', 'security logging', 'monitoring', 'secure sdlc'],
                links: [
                  { title: 'OWASP Application Security Verification Standard', url: 'https://owasp.org/www-project-application-security-verification-standard/', type: 'documentation', why: 'Testable security requirements by level.' },
                  { title: 'OWASP Logging Cheat Sheet', url: `${CS}/Logging_Cheat_Sheet.html`, type: 'article', why: 'What to log for security and what never to log.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Network security basics
  {
    key: 'network-security',
    match: ['network security', 'network security basics', 'cybersecurity', 'cyber security', 'information security', 'infosec', 'security fundamentals', '网络安全', '网络安全基础', '信息安全', '网安'],
    title: { en: 'Network Security Basics', zh: '网络安全基础' },
    summary: {
      en: 'The foundations of defending networks: security principles and frameworks, how attacks unfold, TCP/IP through a security lens, cryptography, TLS and PKI, VPNs and SSH, firewalls and segmentation, zero trust, intrusion detection, authorised scanning, traffic analysis and incident response.',
      zh: '网络防御的基础知识：安全原则与框架、攻击如何展开、从安全视角看 TCP/IP、密码学、TLS 与 PKI、VPN 与 SSH、防火墙与网络分段、零信任、入侵检测、经授权的扫描、流量分析以及事件响应。',
    },
    stages: [
      {
        id: 'foundations',
        title: 'Security foundations',
        description: 'Principles, frameworks, attacker behaviour and the network protocols attacks target.',
        zh: { title: '安全基础', description: '安全原则、框架、攻击者行为以及攻击所针对的网络协议。' },
        modules: [
          {
            id: 'principles',
            title: 'Principles and frameworks',
            description: 'How security is reasoned about and organised.',
            zh: { title: '原则与框架', description: '如何思考和组织安全工作。' },
            concepts: [
              {
                id: 'cia-risk', title: 'The CIA triad, threats and risk',
                description: 'Explain confidentiality, integrity and availability and how threats, vulnerabilities and impact make up risk.',
                zh: { title: 'CIA 三要素、威胁与风险', description: '理解机密性、完整性和可用性，以及威胁、漏洞与影响如何构成风险。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['cia triad', 'risk', 'threats', 'vulnerabilities'],
                links: [
                  { title: 'NIST Cybersecurity Framework', url: 'https://www.nist.gov/cyberframework', type: 'documentation', why: 'A widely used structure for managing cybersecurity risk.' },
                ],
              },
              {
                id: 'controls', title: 'Security controls and defence in depth',
                description: 'Classify controls as preventive, detective and corrective and prioritise them with the CIS Controls.',
                zh: { title: '安全控制与纵深防御', description: '把安全控制分为预防型、检测型和纠正型，并参考 CIS Controls 确定优先级。' },
                hours: 2, difficulty: 'easy', prerequisites: ['cia-risk'],
                keywords: ['defense in depth', 'cis controls', 'least privilege', 'security controls'],
                links: [
                  { title: 'CIS Critical Security Controls', url: 'https://www.cisecurity.org/controls', type: 'documentation', why: 'A prioritised list of defensive actions.' },
                ],
              },
              {
                id: 'attack-lifecycle', title: 'How attacks unfold',
                description: 'Describe attacker tactics and techniques from initial access to impact using MITRE ATT&CK.',
                zh: { title: '攻击如何展开', description: '借助 MITRE ATT&CK 描述攻击者从初始访问到造成影响的战术与技术。' },
                hours: 2, difficulty: 'easy', prerequisites: ['cia-risk'],
                keywords: ['mitre att&ck', 'tactics', 'techniques', 'kill chain'],
                links: [
                  { title: 'MITRE ATT&CK', url: 'https://attack.mitre.org/', type: 'documentation', why: 'The standard knowledge base of real-world adversary behaviour.' },
                ],
              },
            ],
          },
          {
            id: 'network-attacks',
            title: 'Networks through a security lens',
            description: 'Protocol weaknesses and common attacks.',
            zh: { title: '从安全视角看网络', description: '协议弱点与常见攻击。' },
            concepts: [
              {
                id: 'tcpip-review', title: 'TCP/IP essentials for security',
                description: 'Review addressing, ports, the TCP handshake, DNS and ARP with an eye on what can be abused.',
                zh: { title: '面向安全的 TCP/IP 要点', description: '复习编址、端口、TCP 握手、DNS 和 ARP，并关注它们可能被滥用的地方。' },
                hours: 3, difficulty: 'easy', prerequisites: [],
                keywords: ['tcp/ip', 'ports', 'dns', 'arp'],
                links: [
                  { title: 'Computer Networks: A Systems Approach — Architecture', url: 'https://book.systemsapproach.org/foundation/architecture.html', type: 'book', why: 'A free textbook refresher on layering and protocols.' },
                  { title: 'High Performance Browser Networking: Building Blocks of TCP', url: 'https://hpbn.co/building-blocks-of-tcp/', type: 'book', why: 'The handshake and connection behaviour in detail.' },
                ],
              },
              {
                id: 'common-attacks', title: 'Common network attacks',
                description: 'Explain sniffing, spoofing, man-in-the-middle, DNS attacks and denial of service and their mitigations.',
                zh: { title: '常见网络攻击', description: '理解嗅探、欺骗、中间人攻击、DNS 攻击和拒绝服务攻击，以及相应的缓解措施。' },
                hours: 3, difficulty: 'medium', prerequisites: ['tcpip-review', 'attack-lifecycle'],
                keywords: ['mitm', 'spoofing', 'ddos', 'sniffing'],
                links: [
                  { title: 'Cloudflare: What is a DDoS attack?', url: 'https://www.cloudflare.com/learning/ddos/what-is-a-ddos-attack/', type: 'article', why: 'Attack types and mitigation explained clearly.' },
                  { title: 'MITRE ATT&CK: Adversary-in-the-Middle (T1557)', url: 'https://attack.mitre.org/techniques/T1557/', type: 'documentation', why: 'How interception attacks are carried out and detected.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'secure-channels',
        title: 'Cryptography and secure channels',
        description: 'The cryptography behind secure communication and the tools that apply it.',
        zh: { title: '密码学与安全信道', description: '安全通信背后的密码学，以及应用它的工具。' },
        modules: [
          {
            id: 'crypto',
            title: 'Cryptography',
            description: 'Primitives and public-key infrastructure.',
            zh: { title: '密码学', description: '密码原语与公钥基础设施。' },
            concepts: [
              {
                id: 'crypto-basics', title: 'Cryptography essentials',
                description: 'Use symmetric and public-key encryption, hashes, MACs and digital signatures for the right purposes.',
                zh: { title: '密码学要点', description: '在合适的场景使用对称加密与公钥加密、哈希、消息认证码和数字签名。' },
                hours: 4, difficulty: 'medium', prerequisites: ['cia-risk'],
                keywords: ['symmetric encryption', 'public-key cryptography', 'hashing', 'digital signatures'],
                links: [
                  { title: 'Crypto 101', url: 'https://www.crypto101.io/', type: 'book', why: 'A free introductory book aimed at practitioners.' },
                ],
              },
              {
                id: 'pki-tls', title: 'PKI, certificates and TLS',
                description: 'Explain certificate chains and validation, configure TLS well and obtain certificates automatically.',
                zh: { title: 'PKI、证书与 TLS', description: '理解证书链与证书校验，合理配置 TLS，并自动化获取证书。' },
                hours: 3, difficulty: 'medium', prerequisites: ['crypto-basics', 'tcpip-review'],
                keywords: ['pki', 'certificates', 'tls', 'lets encrypt'],
                links: [
                  { title: 'Let’s Encrypt: How It Works', url: 'https://letsencrypt.org/how-it-works/', type: 'documentation', why: 'Domain validation and automated certificate issuance.' },
                  { title: 'Mozilla SSL Configuration Generator', url: 'https://ssl-config.mozilla.org/', type: 'tool', why: 'Recommended TLS settings for common servers.' },
                ],
              },
            ],
          },
          {
            id: 'secure-access',
            title: 'Secure remote access',
            description: 'VPNs, SSH and strong authentication.',
            zh: { title: '安全远程访问', description: 'VPN、SSH 与强身份认证。' },
            concepts: [
              {
                id: 'vpn', title: 'VPNs: IPsec and WireGuard',
                description: 'Explain what a VPN protects, compare IPsec and WireGuard and set up a simple tunnel.',
                zh: { title: 'VPN：IPsec 与 WireGuard', description: '理解 VPN 保护的范围，比较 IPsec 与 WireGuard，并搭建一条简单的隧道。' },
                hours: 2, difficulty: 'medium', prerequisites: ['pki-tls'],
                keywords: ['vpn', 'wireguard', 'ipsec', 'tunneling'],
                links: [
                  { title: 'Cloudflare: What is a VPN?', url: 'https://www.cloudflare.com/learning/access-management/what-is-a-vpn/', type: 'article', why: 'How VPNs work and their limits.' },
                  { title: 'WireGuard', url: 'https://www.wireguard.com/', type: 'tool', why: 'A modern, simple VPN with a quick-start guide.' },
                ],
              },
              {
                id: 'ssh-mfa', title: 'SSH hardening and multi-factor authentication',
                description: 'Use key-based SSH, disable password logins and require MFA for administrative access.',
                zh: { title: 'SSH 加固与多因素认证', description: '使用基于密钥的 SSH，禁用密码登录，并为管理访问强制启用多因素认证。' },
                hours: 2, difficulty: 'medium', prerequisites: ['crypto-basics'],
                keywords: ['ssh', 'key-based authentication', 'mfa', 'privileged access'],
                links: [
                  { title: 'ArchWiki: OpenSSH', url: 'https://wiki.archlinux.org/title/OpenSSH', type: 'documentation', why: 'Key setup and server hardening options.' },
                  { title: 'OWASP Multifactor Authentication Cheat Sheet', url: `${CS}/Multifactor_Authentication_Cheat_Sheet.html`, type: 'article', why: 'Types of factors and their strengths.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'defense',
        title: 'Defending and responding',
        description: 'Control traffic, detect intrusions, assess exposure with permission and respond to incidents.',
        zh: { title: '防御与响应', description: '控制流量、检测入侵、在授权范围内评估暴露面，并响应安全事件。' },
        modules: [
          {
            id: 'network-defense',
            title: 'Network defence',
            description: 'Controlling and watching traffic.',
            zh: { title: '网络防御', description: '控制并监视网络流量。' },
            concepts: [
              {
                id: 'firewalls-segmentation', title: 'Firewalls and network segmentation',
                description: 'Write default-deny firewall rules and segment networks to limit lateral movement.',
                zh: { title: '防火墙与网络分段', description: '编写默认拒绝的防火墙规则，并通过网络分段限制横向移动。' },
                hours: 3, difficulty: 'medium', prerequisites: ['common-attacks'],
                keywords: ['firewalls', 'segmentation', 'default deny', 'nftables'],
                links: [
                  { title: 'Cloudflare: What is a firewall?', url: 'https://www.cloudflare.com/learning/security/what-is-a-firewall/', type: 'article', why: 'Firewall types and how they filter traffic.' },
                  { title: 'nftables wiki', url: 'https://wiki.nftables.org/', type: 'documentation', why: 'Writing rules with the modern Linux firewall.' },
                ],
              },
              {
                id: 'zero-trust', title: 'Zero trust architecture',
                description: 'Explain why network location should not grant trust and how identity- and device-based access replaces it.',
                zh: { title: '零信任架构', description: '理解为何网络位置不应成为信任的依据，以及基于身份和设备的访问控制如何取而代之。' },
                hours: 2, difficulty: 'hard', prerequisites: ['firewalls-segmentation', 'ssh-mfa'],
                keywords: ['zero trust', 'identity-based access', 'microsegmentation', 'nist sp 800-207'],
                links: [
                  { title: 'NIST SP 800-207: Zero Trust Architecture', url: 'https://csrc.nist.gov/pubs/sp/800/207/final', type: 'documentation', why: 'The reference definition of zero trust.' },
                ],
              },
              {
                id: 'ids-monitoring', title: 'Intrusion detection and security monitoring',
                description: 'Detect suspicious traffic with an IDS such as Suricata or Zeek and triage alerts.',
                zh: { title: '入侵检测与安全监控', description: '用 Suricata、Zeek 等入侵检测系统发现可疑流量，并对告警进行分诊。' },
                hours: 3, difficulty: 'hard', prerequisites: ['firewalls-segmentation'],
                keywords: ['ids', 'suricata', 'zeek', 'alert triage'],
                links: [
                  { title: 'Suricata documentation', url: 'https://docs.suricata.io/', type: 'tool', why: 'An open-source IDS/IPS and its rule language.' },
                  { title: 'Zeek documentation', url: 'https://docs.zeek.org/', type: 'tool', why: 'Network security monitoring through rich traffic logs.' },
                ],
              },
            ],
          },
          {
            id: 'assessment-response',
            title: 'Assessment and response',
            description: 'Knowing your exposure and handling incidents.',
            zh: { title: '评估与响应', description: '了解自身暴露面并处置安全事件。' },
            concepts: [
              {
                id: 'scanning', title: 'Authorised scanning with Nmap',
                description: 'Discover hosts, open ports and services on networks you own or have written permission to test.',
                zh: { title: '经授权的 Nmap 扫描', description: '在你拥有或已获得书面授权的网络上发现主机、开放端口和服务。' },
                hours: 3, difficulty: 'hard', prerequisites: ['tcpip-review', 'firewalls-segmentation'],
                keywords: ['nmap', 'port scanning', 'service detection', 'authorization'],
                links: [
                  { title: 'Nmap Reference Guide', url: 'https://nmap.org/book/man.html', type: 'documentation', why: 'Every scan type and option explained.' },
                ],
              },
              {
                id: 'traffic-analysis', title: 'Traffic analysis for security',
                description: 'Capture and analyse packets to spot scans, cleartext credentials and suspicious connections.',
                zh: { title: '面向安全的流量分析', description: '抓取并分析数据包，识别扫描行为、明文凭据和可疑连接。' },
                hours: 3, difficulty: 'hard', prerequisites: ['common-attacks'],
                keywords: ['wireshark', 'packet analysis', 'pcap', 'indicators'],
                links: [
                  { title: 'Wireshark User’s Guide', url: 'https://www.wireshark.org/docs/wsug_html_chunked/', type: 'documentation', why: 'Capture, display filters and stream analysis.' },
                ],
              },
              {
                id: 'incident-response', title: 'Incident response basics',
                description: 'Prepare for, detect, contain, eradicate and recover from incidents and learn from them.',
                zh: { title: '事件响应基础', description: '为安全事件做好准备，并完成检测、遏制、清除、恢复与复盘。' },
                hours: 2, difficulty: 'hard', prerequisites: ['ids-monitoring'],
                keywords: ['incident response', 'containment', 'forensics', 'lessons learned'],
                links: [
                  { title: 'NIST SP 800-61 Rev. 3: Incident Response Recommendations', url: 'https://csrc.nist.gov/pubs/sp/800/61/r3/final', type: 'documentation', why: 'Current NIST guidance on incident response.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
