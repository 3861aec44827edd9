/**
 * Curated curricula for the systems languages: Rust and C++.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const RUST_BOOK = 'https://doc.rust-lang.org/book';
const CPPREF = 'https://en.cppreference.com/w/cpp';

export const programmingLanguagesSystems: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Rust
  {
    key: 'rust',
    match: ['rust', 'learn rust', 'rust programming', 'rust lang', 'rustlang', 'rust 编程', 'rust编程', 'rust 入门', 'rust入门', 'rust 语言'],
    title: { en: 'Rust Programming', zh: 'Rust 编程' },
    summary: {
      en: 'Learn Rust the way the official book teaches it: cargo and the basics, ownership and borrowing, structs, enums and error handling, generics, traits and lifetimes, testing, smart pointers, fearless concurrency and async with Tokio.',
      zh: '按照官方教材的思路学习 Rust：cargo 与基础语法、所有权与借用、结构体、枚举与错误处理、泛型、trait 与生命周期、测试、智能指针、无畏并发，以及基于 Tokio 的异步编程。',
    },
    stages: [
      {
        id: 'rust-basics',
        title: 'Rust basics and ownership',
        description: 'Set up the toolchain, learn the core syntax and master Rust’s defining idea: ownership.',
        zh: { title: 'Rust 基础与所有权', description: '安装工具链，学习核心语法，并掌握 Rust 最核心的概念：所有权。' },
        modules: [
          {
            id: 'getting-started',
            title: 'Getting started',
            description: 'Install Rust and write programs with cargo.',
            zh: { title: '快速上手', description: '安装 Rust，用 cargo 编写程序。' },
            concepts: [
              {
                id: 'cargo-setup', title: 'rustup, cargo and a first project',
                description: 'Install Rust with rustup, create, build and run a project with cargo and add a dependency.',
                zh: { title: 'rustup、cargo 与第一个项目', description: '用 rustup 安装 Rust，用 cargo 创建、构建和运行项目，并添加依赖。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['rustup', 'cargo', 'crates.io', 'hello world'],
                links: [
                  { title: 'The Rust Book: Getting Started', url: `${RUST_BOOK}/ch01-00-getting-started.html`, type: 'book', why: 'Installation, Hello World and Hello Cargo.' },
                  { title: 'The Cargo Book', url: 'https://doc.rust-lang.org/cargo/', type: 'documentation', why: 'Reference for Cargo.toml, dependencies and commands.' },
                ],
              },
              {
                id: 'common-concepts', title: 'Variables, types, functions and control flow',
                description: 'Use immutable and mutable bindings, scalar and compound types, functions, expressions and loops.',
                zh: { title: '变量、类型、函数与流程控制', description: '使用不可变与可变绑定、标量与复合类型、函数、表达式以及循环。' },
                hours: 4, difficulty: 'easy', prerequisites: ['cargo-setup'],
                keywords: ['let', 'mut', 'shadowing', 'expressions'],
                links: [
                  { title: 'The Rust Book: Common Programming Concepts', url: `${RUST_BOOK}/ch03-00-common-programming-concepts.html`, type: 'book', why: 'Variables, data types, functions and control flow in Rust.' },
                  { title: 'Rust by Example', url: 'https://doc.rust-lang.org/rust-by-example/', type: 'tutorial', why: 'Runnable examples for every basic feature.' },
                ],
              },
            ],
          },
          {
            id: 'ownership',
            title: 'Ownership and borrowing',
            description: 'How Rust guarantees memory safety without a garbage collector.',
            zh: { title: '所有权与借用', description: 'Rust 如何在没有垃圾回收的情况下保证内存安全。' },
            concepts: [
              {
                id: 'ownership-moves', title: 'Ownership, moves and copies',
                description: 'Explain ownership rules, moves, Copy types and how values are dropped at the end of scope.',
                zh: { title: '所有权、移动与复制', description: '理解所有权规则、移动语义、Copy 类型，以及值如何在作用域结束时被释放。' },
                hours: 4, difficulty: 'medium', prerequisites: ['common-concepts'],
                keywords: ['ownership', 'move semantics', 'Copy', 'drop'],
                links: [
                  { title: 'The Rust Book: What Is Ownership?', url: `${RUST_BOOK}/ch04-01-what-is-ownership.html`, type: 'book', why: 'The canonical explanation with the String example.' },
                ],
              },
              {
                id: 'borrowing', title: 'References, borrowing and slices',
                description: 'Borrow values with shared and mutable references, satisfy the borrow checker and use slices.',
                zh: { title: '引用、借用与切片', description: '用共享引用和可变引用借用值，通过借用检查，并使用切片。' },
                hours: 4, difficulty: 'medium', prerequisites: ['ownership-moves'],
                keywords: ['references', 'borrow checker', '&mut', 'slices'],
                links: [
                  { title: 'The Rust Book: References and Borrowing', url: `${RUST_BOOK}/ch04-02-references-and-borrowing.html`, type: 'book', why: 'The borrowing rules and why they prevent data races.' },
                  { title: 'The Rust Book: The Slice Type', url: `${RUST_BOOK}/ch04-03-slices.html`, type: 'book', why: 'String slices and array slices.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'structuring-programs',
        title: 'Structuring programs',
        description: 'Model data with structs and enums, handle errors and organise code into modules.',
        zh: { title: '组织程序', description: '用结构体和枚举建模数据，处理错误，并把代码组织成模块。' },
        modules: [
          {
            id: 'data-types',
            title: 'Structs, enums and collections',
            description: 'Define your own types and use the standard collections.',
            zh: { title: '结构体、枚举与集合', description: '定义自己的类型，并使用标准集合。' },
            concepts: [
              {
                id: 'structs-methods', title: 'Structs and methods',
                description: 'Define structs, implement methods and associated functions in impl blocks.',
                zh: { title: '结构体与方法', description: '定义结构体，并在 impl 块中实现方法和关联函数。' },
                hours: 3, difficulty: 'medium', prerequisites: ['borrowing'],
                keywords: ['struct', 'impl', 'methods', 'associated functions'],
                links: [
                  { title: 'The Rust Book: Using Structs', url: `${RUST_BOOK}/ch05-00-structs.html`, type: 'book', why: 'Defining structs, methods and derived traits.' },
                ],
              },
              {
                id: 'enums-matching', title: 'Enums, Option and pattern matching',
                description: 'Model alternatives with enums, replace null with Option and handle every case with match and if let.',
                zh: { title: '枚举、Option 与模式匹配', description: '用枚举表示多种可能，用 Option 替代空值，并用 match 和 if let 处理所有情况。' },
                hours: 3, difficulty: 'medium', prerequisites: ['structs-methods'],
                keywords: ['enum', 'Option', 'match', 'if let'],
                links: [
                  { title: 'The Rust Book: Enums and Pattern Matching', url: `${RUST_BOOK}/ch06-00-enums.html`, type: 'book', why: 'Enums, Option and exhaustive matching.' },
                ],
              },
              {
                id: 'collections', title: 'Vec, String and HashMap',
                description: 'Store data in vectors, strings and hash maps and understand UTF-8 strings.',
                zh: { title: 'Vec、String 与 HashMap', description: '用向量、字符串和哈希表存储数据，并理解 UTF-8 字符串。' },
                hours: 3, difficulty: 'medium', prerequisites: ['borrowing'],
                keywords: ['Vec', 'String', 'HashMap', 'utf-8'],
                links: [
                  { title: 'The Rust Book: Common Collections', url: `${RUST_BOOK}/ch08-00-common-collections.html`, type: 'book', why: 'Vectors, strings and hash maps with ownership in mind.' },
                  { title: 'Rust standard library', url: 'https://doc.rust-lang.org/std/', type: 'documentation', why: 'API reference for every collection type.' },
                ],
              },
            ],
          },
          {
            id: 'errors-modules',
            title: 'Errors and modules',
            description: 'Recoverable errors and code organisation.',
            zh: { title: '错误与模块', description: '可恢复错误与代码组织。' },
            concepts: [
              {
                id: 'error-handling', title: 'Result, the ? operator and panics',
                description: 'Return Result, propagate errors with ?, define error types and reserve panics for bugs.',
                zh: { title: 'Result、? 运算符与 panic', description: '返回 Result，用 ? 传播错误，定义错误类型，并只在程序缺陷时使用 panic。' },
                hours: 3, difficulty: 'medium', prerequisites: ['enums-matching'],
                keywords: ['Result', '? operator', 'panic', 'error types'],
                links: [
                  { title: 'The Rust Book: Error Handling', url: `${RUST_BOOK}/ch09-00-error-handling.html`, type: 'book', why: 'When to panic and how to propagate recoverable errors.' },
                ],
              },
              {
                id: 'packages-modules', title: 'Packages, crates and modules',
                description: 'Organise code with modules, control visibility with pub and bring paths into scope with use.',
                zh: { title: '包、crate 与模块', description: '用模块组织代码，用 pub 控制可见性，用 use 引入路径。' },
                hours: 2, difficulty: 'medium', prerequisites: ['cargo-setup', 'structs-methods'],
                keywords: ['mod', 'crate', 'pub', 'use'],
                links: [
                  { title: 'The Rust Book: Packages, Crates, and Modules', url: `${RUST_BOOK}/ch07-00-managing-growing-projects-with-packages-crates-and-modules.html`, type: 'book', why: 'The module system explained from packages down to paths.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'abstractions',
        title: 'Abstractions and testing',
        description: 'Write generic code with traits, understand lifetimes, use closures and iterators, and test everything.',
        zh: { title: '抽象与测试', description: '用 trait 编写泛型代码，理解生命周期，使用闭包和迭代器，并为代码编写测试。' },
        modules: [
          {
            id: 'generics-traits-lifetimes',
            title: 'Generics, traits and lifetimes',
            description: 'The tools behind zero-cost abstractions.',
            zh: { title: '泛型、trait 与生命周期', description: '零成本抽象背后的工具。' },
            concepts: [
              {
                id: 'generics-traits', title: 'Generics and traits',
                description: 'Write generic functions and types, define and implement traits and use trait bounds.',
                zh: { title: '泛型与 trait', description: '编写泛型函数与类型，定义并实现 trait，使用 trait 约束。' },
                hours: 5, difficulty: 'hard', prerequisites: ['structs-methods', 'enums-matching'],
                keywords: ['generics', 'traits', 'trait bounds', 'impl Trait'],
                links: [
                  { title: 'The Rust Book: Generic Types, Traits, and Lifetimes', url: `${RUST_BOOK}/ch10-00-generics.html`, type: 'book', why: 'Introduces generics and removing duplication.' },
                  { title: 'The Rust Book: Traits', url: `${RUST_BOOK}/ch10-02-traits.html`, type: 'book', why: 'Defining shared behaviour and trait bounds.' },
                ],
              },
              {
                id: 'lifetimes', title: 'Lifetimes',
                description: 'Read and write lifetime annotations and understand the elision rules the compiler applies.',
                zh: { title: '生命周期', description: '读懂并编写生命周期标注，理解编译器使用的省略规则。' },
                hours: 4, difficulty: 'hard', prerequisites: ['borrowing', 'generics-traits'],
                keywords: ['lifetimes', "'a", 'elision', 'dangling references'],
                links: [
                  { title: 'The Rust Book: Validating References with Lifetimes', url: `${RUST_BOOK}/ch10-03-lifetime-syntax.html`, type: 'book', why: 'Why lifetimes exist and how to annotate them.' },
                ],
              },
              {
                id: 'closures-iterators', title: 'Closures and iterators',
                description: 'Capture environment with closures and process data with iterator adapters such as map, filter and collect.',
                zh: { title: '闭包与迭代器', description: '用闭包捕获环境，并用 map、filter、collect 等迭代器适配器处理数据。' },
                hours: 3, difficulty: 'medium', prerequisites: ['generics-traits', 'collections'],
                keywords: ['closures', 'Fn traits', 'iterators', 'collect'],
                links: [
                  { title: 'The Rust Book: Iterators and Closures', url: `${RUST_BOOK}/ch13-00-functional-features.html`, type: 'book', why: 'Closures, the Iterator trait and performance.' },
                ],
              },
            ],
          },
          {
            id: 'testing-tooling',
            title: 'Testing and tooling',
            description: 'Automated tests and the standard quality tools.',
            zh: { title: '测试与工具', description: '自动化测试与标准质量工具。' },
            concepts: [
              {
                id: 'testing', title: 'Unit, integration and doc tests',
                description: 'Write unit tests with #[test], integration tests in tests/ and runnable examples in doc comments.',
                zh: { title: '单元测试、集成测试与文档测试', description: '用 #[test] 编写单元测试，在 tests/ 目录编写集成测试，并在文档注释中写可运行示例。' },
                hours: 2, difficulty: 'medium', prerequisites: ['packages-modules', 'error-handling'],
                keywords: ['cargo test', '#[test]', 'integration tests', 'doc tests'],
                links: [
                  { title: 'The Rust Book: Writing Automated Tests', url: `${RUST_BOOK}/ch11-00-testing.html`, type: 'book', why: 'How to write, organise and run tests.' },
                ],
              },
              {
                id: 'clippy-fmt', title: 'rustfmt and Clippy',
                description: 'Format code with rustfmt and learn idioms from Clippy’s lints.',
                zh: { title: 'rustfmt 与 Clippy', description: '用 rustfmt 格式化代码，并从 Clippy 的提示中学习惯用写法。' },
                hours: 1, difficulty: 'medium', prerequisites: ['cargo-setup'],
                keywords: ['clippy', 'rustfmt', 'lints', 'idioms'],
                links: [
                  { title: 'Clippy documentation', url: 'https://doc.rust-lang.org/clippy/', type: 'tool', why: 'How to run and configure Rust’s official linter.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'advanced-rust',
        title: 'Advanced Rust',
        description: 'Share data with smart pointers, write concurrent and async code and ship a real tool.',
        zh: { title: 'Rust 进阶', description: '用智能指针共享数据，编写并发与异步代码，并交付一个真实工具。' },
        modules: [
          {
            id: 'memory-concurrency',
            title: 'Smart pointers and concurrency',
            description: 'Heap data, shared ownership and safe parallelism.',
            zh: { title: '智能指针与并发', description: '堆上数据、共享所有权与安全的并行。' },
            concepts: [
              {
                id: 'smart-pointers', title: 'Box, Rc and RefCell',
                description: 'Allocate on the heap with Box, share ownership with Rc and use interior mutability with RefCell.',
                zh: { title: 'Box、Rc 与 RefCell', description: '用 Box 在堆上分配，用 Rc 共享所有权，用 RefCell 实现内部可变性。' },
                hours: 4, difficulty: 'hard', prerequisites: ['lifetimes'],
                keywords: ['Box', 'Rc', 'RefCell', 'interior mutability'],
                links: [
                  { title: 'The Rust Book: Smart Pointers', url: `${RUST_BOOK}/ch15-00-smart-pointers.html`, type: 'book', why: 'Box, Deref, Drop, Rc and RefCell with reference cycles.' },
                ],
              },
              {
                id: 'concurrency', title: 'Threads, channels, Arc and Mutex',
                description: 'Spawn threads, pass messages over channels and share state with Arc and Mutex safely.',
                zh: { title: '线程、通道、Arc 与 Mutex', description: '创建线程，通过通道传递消息，并用 Arc 和 Mutex 安全地共享状态。' },
                hours: 4, difficulty: 'hard', prerequisites: ['smart-pointers', 'closures-iterators'],
                keywords: ['threads', 'channels', 'Arc', 'Mutex'],
                links: [
                  { title: 'The Rust Book: Fearless Concurrency', url: `${RUST_BOOK}/ch16-00-concurrency.html`, type: 'book', why: 'Threads, message passing, shared state and Send/Sync.' },
                ],
              },
              {
                id: 'async-tokio', title: 'async/await and Tokio',
                description: 'Write asynchronous network code with futures, async/await and the Tokio runtime.',
                zh: { title: 'async/await 与 Tokio', description: '用 future、async/await 和 Tokio 运行时编写异步网络程序。' },
                hours: 5, difficulty: 'hard', prerequisites: ['concurrency', 'error-handling'],
                keywords: ['async', 'futures', 'tokio', 'runtime'],
                links: [
                  { title: 'Tokio Tutorial', url: 'https://tokio.rs/tokio/tutorial', type: 'tutorial', why: 'Builds a mini Redis to teach async Rust in practice.' },
                  { title: 'Asynchronous Programming in Rust', url: 'https://rust-lang.github.io/async-book/', type: 'book', why: 'Explains futures and async/await from the language side.' },
                ],
              },
            ],
          },
          {
            id: 'project',
            title: 'Building real tools',
            description: 'Use the ecosystem and finish a complete program.',
            zh: { title: '构建真实工具', description: '使用生态中的库，完成一个完整程序。' },
            concepts: [
              {
                id: 'ecosystem-crates', title: 'Using crates: serde, clap and error libraries',
                description: 'Pick crates from crates.io, serialise data with serde and parse arguments with clap.',
                zh: { title: '使用常见 crate：serde、clap 与错误处理库', description: '从 crates.io 挑选依赖，用 serde 序列化数据，用 clap 解析命令行参数。' },
                hours: 3, difficulty: 'medium', prerequisites: ['packages-modules', 'error-handling', 'generics-traits'],
                keywords: ['crates.io', 'serde', 'clap', 'docs.rs'],
                links: [
                  { title: 'serde', url: 'https://serde.rs/', type: 'documentation', why: 'The standard serialisation framework for Rust.' },
                  { title: 'crates.io', url: 'https://crates.io/', type: 'tool', why: 'The Rust package registry for finding libraries.' },
                ],
              },
              {
                id: 'cli-project', title: 'Build a command-line application',
                description: 'Build, test and release a CLI that reads files, reports errors well and exits with proper codes.',
                zh: { title: '构建命令行应用', description: '构建、测试并发布一个读取文件、错误提示友好且退出码正确的命令行工具。' },
                hours: 6, difficulty: 'hard', prerequisites: ['testing', 'ecosystem-crates', 'closures-iterators'],
                keywords: ['cli', 'project', 'std::io', 'exit codes'],
                links: [
                  { title: 'The Rust Book: An I/O Project', url: `${RUST_BOOK}/ch12-00-an-io-project.html`, type: 'book', why: 'Builds a grep-like tool with tests and error handling.' },
                  { title: 'Command Line Applications in Rust', url: 'https://rust-cli.github.io/book/', type: 'book', why: 'The CLI working group’s guide to argument parsing, output and packaging.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── C++
  {
    key: 'cpp',
    match: ['c++', 'cpp', 'learn c++', 'c++ programming', 'modern c++', 'c++ 编程', 'c++编程', 'c++ 入门', 'c++入门', 'c++ 语言'],
    title: { en: 'Modern C++', zh: '现代 C++' },
    summary: {
      en: 'Modern C++ (C++17/20) without the legacy detours: types and functions, references and pointers, classes and RAII, copy and move semantics, the standard library, templates and concepts, CMake, testing with sanitizers and multithreading.',
      zh: '不走老路的现代 C++（C++17/20）：类型与函数、引用与指针、类与 RAII、拷贝与移动语义、标准库、模板与概念、CMake、结合 sanitizer 的测试，以及多线程编程。',
    },
    stages: [
      {
        id: 'cpp-basics',
        title: 'C++ basics',
        description: 'Compile programs, learn the core language and understand references and pointers.',
        zh: { title: 'C++ 基础', description: '编译程序，学习核心语言，并理解引用与指针。' },
        modules: [
          {
            id: 'getting-started',
            title: 'Getting started',
            description: 'Toolchain, syntax and the first standard-library types.',
            zh: { title: '快速上手', description: '工具链、语法与最先接触的标准库类型。' },
            concepts: [
              {
                id: 'toolchain', title: 'Compilers and the build process',
                description: 'Install a compiler (GCC, Clang or MSVC), compile and link a program and enable warnings.',
                zh: { title: '编译器与构建过程', description: '安装编译器（GCC、Clang 或 MSVC），编译并链接程序，开启编译警告。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['compiler', 'linker', 'g++', 'warnings'],
                links: [
                  { title: 'Learn C++', url: 'https://www.learncpp.com/', type: 'tutorial', why: 'A free, carefully maintained course whose first chapters cover compiler setup.' },
                ],
              },
              {
                id: 'basics', title: 'Types, variables, control flow and functions',
                description: 'Use fundamental types, initialisation, if/switch/loops and functions split across headers and source files.',
                zh: { title: '类型、变量、流程控制与函数', description: '使用基本类型与初始化、if/switch/循环，以及拆分到头文件和源文件中的函数。' },
                hours: 5, difficulty: 'easy', prerequisites: ['toolchain'],
                keywords: ['fundamental types', 'initialization', 'functions', 'header files'],
                links: [
                  { title: 'cppreference: C++ language', url: `${CPPREF}/language`, type: 'documentation', why: 'Authoritative reference for every language construct.' },
                  { title: 'Learn C++', url: 'https://www.learncpp.com/', type: 'tutorial', why: 'Beginner-friendly chapters on variables, control flow and functions.' },
                ],
              },
              {
                id: 'strings-vectors', title: 'std::string and std::vector',
                description: 'Prefer std::string and std::vector to C strings and raw arrays, and iterate with range-for.',
                zh: { title: 'std::string 与 std::vector', description: '优先使用 std::string 和 std::vector 而不是 C 字符串和原始数组，并用范围 for 遍历。' },
                hours: 3, difficulty: 'easy', prerequisites: ['basics'],
                keywords: ['std::string', 'std::vector', 'range-for', 'size'],
                links: [
                  { title: 'cppreference: std::vector', url: `${CPPREF}/container/vector`, type: 'documentation', why: 'Members, complexity guarantees and iterator invalidation rules.' },
                  { title: 'cppreference: std::basic_string', url: `${CPPREF}/string/basic_string`, type: 'documentation', why: 'Everything std::string can do.' },
                ],
              },
            ],
          },
          {
            id: 'references-pointers',
            title: 'References, pointers and memory',
            description: 'How C++ refers to objects and where they live.',
            zh: { title: '引用、指针与内存', description: 'C++ 如何引用对象，以及对象存放在哪里。' },
            concepts: [
              {
                id: 'references-const', title: 'References and const correctness',
                description: 'Pass by value, by reference and by const reference, and mark what must not change as const.',
                zh: { title: '引用与 const 正确性', description: '掌握按值、按引用和按 const 引用传参，并把不应修改的内容标为 const。' },
                hours: 3, difficulty: 'medium', prerequisites: ['basics'],
                keywords: ['references', 'const', 'pass by reference', 'const correctness'],
                links: [
                  { title: 'cppreference: Reference declaration', url: `${CPPREF}/language/reference`, type: 'documentation', why: 'Lvalue and rvalue references precisely defined.' },
                  { title: 'C++ Core Guidelines', url: 'https://isocpp.github.io/CppCoreGuidelines/CppCoreGuidelines', type: 'documentation', why: 'Rules F.15–F.20 explain how to pass parameters.' },
                ],
              },
              {
                id: 'pointers-memory', title: 'Pointers, the stack and the heap',
                description: 'Use pointers and nullptr, understand object lifetime, stack versus heap, and why raw new/delete is risky.',
                zh: { title: '指针、栈与堆', description: '使用指针和 nullptr，理解对象生命周期、栈与堆的区别，以及裸 new/delete 的风险。' },
                hours: 4, difficulty: 'medium', prerequisites: ['references-const'],
                keywords: ['pointers', 'nullptr', 'lifetime', 'undefined behavior'],
                links: [
                  { title: 'cppreference: Pointer declaration', url: `${CPPREF}/language/pointer`, type: 'documentation', why: 'Pointer types, null pointers and pointer arithmetic.' },
                  { title: 'cppreference: Lifetime', url: `${CPPREF}/language/lifetime`, type: 'documentation', why: 'When objects begin and end, the root of most memory bugs.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'classes-resources',
        title: 'Classes and resource management',
        description: 'Design classes that manage resources automatically and correctly.',
        zh: { title: '类与资源管理', description: '设计能够自动且正确管理资源的类。' },
        modules: [
          {
            id: 'classes-and-objects',
            title: 'Classes and RAII',
            description: 'Encapsulation, lifetimes and polymorphism.',
            zh: { title: '类与 RAII', description: '封装、生命周期与多态。' },
            concepts: [
              {
                id: 'classes', title: 'Classes, constructors and invariants',
                description: 'Write classes with constructors, member initialiser lists, access control and invariants.',
                zh: { title: '类、构造函数与不变式', description: '编写包含构造函数、成员初始化列表、访问控制并维护不变式的类。' },
                hours: 4, difficulty: 'medium', prerequisites: ['strings-vectors', 'references-const'],
                keywords: ['class', 'constructor', 'member initializer list', 'encapsulation'],
                links: [
                  { title: 'cppreference: Classes', url: `${CPPREF}/language/classes`, type: 'documentation', why: 'Class definitions, members and special member functions.' },
                ],
              },
              {
                id: 'raii-smart-pointers', title: 'RAII and smart pointers',
                description: 'Tie resources to object lifetime with destructors and own heap objects with unique_ptr and shared_ptr.',
                zh: { title: 'RAII 与智能指针', description: '借助析构函数把资源与对象生命周期绑定，并用 unique_ptr 和 shared_ptr 管理堆对象。' },
                hours: 4, difficulty: 'medium', prerequisites: ['classes', 'pointers-memory'],
                keywords: ['raii', 'destructor', 'unique_ptr', 'shared_ptr'],
                links: [
                  { title: 'cppreference: RAII', url: `${CPPREF}/language/raii`, type: 'documentation', why: 'The idiom that makes C++ resource handling safe.' },
                  { title: 'cppreference: std::unique_ptr', url: `${CPPREF}/memory/unique_ptr`, type: 'documentation', why: 'The default smart pointer for exclusive ownership.' },
                ],
              },
              {
                id: 'inheritance-polymorphism', title: 'Inheritance and virtual functions',
                description: 'Use virtual functions, override and abstract base classes, and know when composition is better.',
                zh: { title: '继承与虚函数', description: '使用虚函数、override 和抽象基类，并判断何时组合更合适。' },
                hours: 3, difficulty: 'medium', prerequisites: ['classes'],
                keywords: ['virtual', 'override', 'abstract class', 'polymorphism'],
                links: [
                  { title: 'cppreference: virtual function specifier', url: `${CPPREF}/language/virtual`, type: 'documentation', why: 'Dynamic dispatch, override and final.' },
                ],
              },
            ],
          },
          {
            id: 'value-semantics',
            title: 'Value semantics and errors',
            description: 'Copying, moving and reporting failure.',
            zh: { title: '值语义与错误处理', description: '拷贝、移动与错误报告。' },
            concepts: [
              {
                id: 'copy-move', title: 'Copy and move semantics',
                description: 'Understand copy and move constructors, std::move, and apply the rule of zero, three and five.',
                zh: { title: '拷贝与移动语义', description: '理解拷贝构造与移动构造、std::move，并运用零/三/五法则。' },
                hours: 4, difficulty: 'hard', prerequisites: ['raii-smart-pointers'],
                keywords: ['move semantics', 'std::move', 'rule of five', 'rvalue references'],
                links: [
                  { title: 'cppreference: The rule of three/five/zero', url: `${CPPREF}/language/rule_of_three`, type: 'documentation', why: 'Which special members to write, and when to write none.' },
                  { title: 'cppreference: Move constructors', url: `${CPPREF}/language/move_constructor`, type: 'documentation', why: 'When moves happen and how to implement them.' },
                ],
              },
              {
                id: 'error-handling', title: 'Exceptions, optional and error handling',
                description: 'Throw and catch exceptions safely, give exception guarantees and use std::optional for absent values.',
                zh: { title: '异常、optional 与错误处理', description: '安全地抛出与捕获异常，提供异常安全保证，并用 std::optional 表示可能缺失的值。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['raii-smart-pointers'],
                keywords: ['exceptions', 'exception safety', 'std::optional', 'noexcept'],
                links: [
                  { title: 'cppreference: Exceptions', url: `${CPPREF}/language/exceptions`, type: 'documentation', why: 'Throwing, catching and exception-safety guarantees.' },
                  { title: 'cppreference: std::optional', url: `${CPPREF}/utility/optional`, type: 'documentation', why: 'Representing a value that may be absent.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'generic-programming',
        title: 'The standard library and generic code',
        description: 'Use containers and algorithms fluently and write your own templates.',
        zh: { title: '标准库与泛型编程', description: '熟练使用容器与算法，并编写自己的模板。' },
        modules: [
          {
            id: 'stl',
            title: 'Containers and algorithms',
            description: 'Choose the right container and express loops as algorithms.',
            zh: { title: '容器与算法', description: '选择合适的容器，把循环改写为算法调用。' },
            concepts: [
              {
                id: 'containers', title: 'Containers and iterators',
                description: 'Choose between vector, array, map, unordered_map and set, and understand iterators and invalidation.',
                zh: { title: '容器与迭代器', description: '在 vector、array、map、unordered_map、set 之间做出选择，并理解迭代器及其失效规则。' },
                hours: 4, difficulty: 'medium', prerequisites: ['strings-vectors', 'classes'],
                keywords: ['containers', 'unordered_map', 'iterators', 'invalidation'],
                links: [
                  { title: 'cppreference: Containers library', url: `${CPPREF}/container`, type: 'documentation', why: 'Every container with complexity and invalidation tables.' },
                ],
              },
              {
                id: 'algorithms-lambdas', title: 'Algorithms, lambdas and ranges',
                description: 'Use std::sort, find_if, transform and ranges with lambdas instead of hand-written loops.',
                zh: { title: '算法、Lambda 与 Ranges', description: '配合 Lambda 使用 std::sort、find_if、transform 和 ranges，替代手写循环。' },
                hours: 3, difficulty: 'medium', prerequisites: ['containers'],
                keywords: ['algorithms', 'lambdas', 'ranges', 'std::sort'],
                links: [
                  { title: 'cppreference: Algorithms library', url: `${CPPREF}/algorithm`, type: 'documentation', why: 'The complete catalogue of standard algorithms.' },
                  { title: 'cppreference: Lambda expressions', url: `${CPPREF}/language/lambda`, type: 'documentation', why: 'Captures, generic lambdas and mutable lambdas.' },
                ],
              },
            ],
          },
          {
            id: 'templates-module',
            title: 'Templates and concepts',
            description: 'Write generic code the compiler checks for you.',
            zh: { title: '模板与概念', description: '编写由编译器检查的泛型代码。' },
            concepts: [
              {
                id: 'templates', title: 'Function and class templates',
                description: 'Write function and class templates, understand instantiation and read template error messages.',
                zh: { title: '函数模板与类模板', description: '编写函数模板与类模板，理解模板实例化，并能读懂模板报错信息。' },
                hours: 4, difficulty: 'hard', prerequisites: ['classes', 'algorithms-lambdas'],
                keywords: ['templates', 'instantiation', 'type deduction', 'generic programming'],
                links: [
                  { title: 'cppreference: Templates', url: `${CPPREF}/language/templates`, type: 'documentation', why: 'Template declarations, parameters and instantiation.' },
                ],
              },
              {
                id: 'concepts', title: 'Concepts and constraints (C++20)',
                description: 'Constrain templates with concepts and requires-clauses for clearer interfaces and errors.',
                zh: { title: '概念与约束（C++20）', description: '用 concept 和 requires 子句约束模板，让接口和报错更清晰。' },
                hours: 3, difficulty: 'hard', prerequisites: ['templates'],
                keywords: ['concepts', 'requires', 'constraints', 'c++20'],
                links: [
                  { title: 'cppreference: Constraints and concepts', url: `${CPPREF}/language/constraints`, type: 'documentation', why: 'Defining and using concepts and requires-expressions.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'engineering',
        title: 'Engineering practice',
        description: 'Build with CMake, find bugs with tests and sanitizers, and write correct multithreaded code.',
        zh: { title: '工程实践', description: '用 CMake 构建，借助测试和 sanitizer 发现缺陷，并编写正确的多线程代码。' },
        modules: [
          {
            id: 'build-quality',
            title: 'Builds, tests and sanitizers',
            description: 'Reproducible builds and automatic bug detection.',
            zh: { title: '构建、测试与 sanitizer', description: '可复现的构建与自动化缺陷检测。' },
            concepts: [
              {
                id: 'cmake', title: 'Building with CMake',
                description: 'Describe targets, include paths and dependencies in CMakeLists.txt and build out of source.',
                zh: { title: '用 CMake 构建', description: '在 CMakeLists.txt 中描述构建目标、头文件路径和依赖，并进行源外构建。' },
                hours: 3, difficulty: 'medium', prerequisites: ['toolchain', 'classes'],
                keywords: ['cmake', 'targets', 'CMakeLists.txt', 'build system'],
                links: [
                  { title: 'CMake Tutorial', url: 'https://cmake.org/cmake/help/latest/guide/tutorial/index.html', type: 'tutorial', why: 'The official step-by-step introduction to modern, target-based CMake.' },
                ],
              },
              {
                id: 'testing-sanitizers', title: 'Unit tests and sanitizers',
                description: 'Write tests with GoogleTest and catch memory errors and undefined behaviour with AddressSanitizer and UBSan.',
                zh: { title: '单元测试与 sanitizer', description: '用 GoogleTest 编写测试，并用 AddressSanitizer 和 UBSan 捕获内存错误与未定义行为。' },
                hours: 3, difficulty: 'hard', prerequisites: ['cmake', 'pointers-memory'],
                keywords: ['googletest', 'addresssanitizer', 'ubsan', 'undefined behavior'],
                links: [
                  { title: 'GoogleTest User’s Guide', url: 'https://google.github.io/googletest/', type: 'documentation', why: 'Writing and running C++ unit tests.' },
                  { title: 'Clang AddressSanitizer', url: 'https://clang.llvm.org/docs/AddressSanitizer.html', type: 'tool', why: 'Finds out-of-bounds access and use-after-free at runtime.' },
                ],
              },
            ],
          },
          {
            id: 'concurrency',
            title: 'Concurrency',
            description: 'Threads and shared data without data races.',
            zh: { title: '并发', description: '没有数据竞争的线程与共享数据。' },
            concepts: [
              {
                id: 'threads', title: 'Threads, mutexes and atomics',
                description: 'Start std::jthread, protect shared data with mutex and lock guards, and use atomics and condition variables.',
                zh: { title: '线程、互斥量与原子操作', description: '启动 std::jthread，用互斥量和锁守卫保护共享数据，并使用原子变量和条件变量。' },
                hours: 5, difficulty: 'hard', prerequisites: ['raii-smart-pointers', 'algorithms-lambdas'],
                keywords: ['std::thread', 'mutex', 'atomic', 'condition_variable'],
                links: [
                  { title: 'cppreference: Concurrency support library', url: `${CPPREF}/thread`, type: 'documentation', why: 'Threads, mutexes, condition variables and futures.' },
                ],
              },
              {
                id: 'cpp-project', title: 'Build a complete project',
                description: 'Combine classes, containers, templates, tests and CMake into a small, sanitizer-clean program.',
                zh: { title: '完成一个完整项目', description: '综合运用类、容器、模板、测试和 CMake，完成一个通过 sanitizer 检查的小程序。' },
                hours: 8, difficulty: 'hard', prerequisites: ['testing-sanitizers', 'copy-move', 'templates'],
                keywords: ['project', 'core guidelines', 'code review', 'design'],
                links: [
                  { title: 'C++ Core Guidelines', url: 'https://isocpp.github.io/CppCoreGuidelines/CppCoreGuidelines', type: 'documentation', why: 'Use it as a checklist when reviewing your own code.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
