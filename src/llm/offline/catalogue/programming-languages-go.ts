/**
 * Curated curricula: the Go language, and backend development in Go.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

export const programmingLanguagesGo: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Go
  {
    key: 'go',
    match: ['golang', 'go programming', 'learn go', 'go language', 'go lang', 'go 语言', 'go语言', 'go 语言入门', 'go语言入门', 'golang 入门'],
    title: { en: 'Go Programming', zh: 'Go 语言编程' },
    summary: {
      en: 'Learn Go from the toolchain up: types, functions, slices and maps, methods and interfaces, errors, testing, the standard library and concurrency with goroutines and channels.',
      zh: '从工具链开始学习 Go：类型、函数、切片与映射、方法与接口、错误处理、测试、标准库，以及基于 goroutine 和 channel 的并发编程。',
    },
    stages: [
      {
        id: 'basics',
        title: 'Go basics',
        description: 'Set up Go and learn the syntax, functions and core data types.',
        zh: { title: 'Go 基础', description: '搭建 Go 环境，学习基本语法、函数和核心数据类型。' },
        modules: [
          {
            id: 'getting-started',
            title: 'Getting started',
            description: 'Install the toolchain, create a module and write simple programs.',
            zh: { title: '快速上手', description: '安装工具链，创建模块，编写简单程序。' },
            concepts: [
              {
                id: 'toolchain-modules', title: 'Installing Go, go run and modules',
                description: 'Install Go, create a module with go mod init, and build and run programs with the go command.',
                zh: { title: '安装 Go、go run 与模块', description: '安装 Go，用 go mod init 创建模块，并用 go 命令构建和运行程序。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['go command', 'go mod init', 'go run', 'go build'],
                links: [
                  { title: 'Tutorial: Get started with Go', url: 'https://go.dev/doc/tutorial/getting-started', type: 'tutorial', why: 'Installs Go and walks through a first module and program.' },
                  { title: 'How to Write Go Code', url: 'https://go.dev/doc/code', type: 'documentation', why: 'Explains modules, packages and the go command layout.' },
                ],
              },
              {
                id: 'basic-types', title: 'Variables, basic types and constants',
                description: 'Declare variables with var and :=, use numeric, string and boolean types, zero values and constants.',
                zh: { title: '变量、基本类型与常量', description: '用 var 和 := 声明变量，掌握数值、字符串、布尔类型、零值与常量。' },
                hours: 2, difficulty: 'easy', prerequisites: ['toolchain-modules'],
                keywords: ['var', 'short declaration', 'zero values', 'const'],
                links: [
                  { title: 'A Tour of Go: Basics', url: 'https://go.dev/tour/basics/1', type: 'tutorial', why: 'Interactive lessons on packages, variables, types and constants.' },
                ],
              },
              {
                id: 'control-flow', title: 'for, if, switch and defer',
                description: 'Use Go’s single for loop, if with short statements, switch and defer.',
                zh: { title: 'for、if、switch 与 defer', description: '掌握 Go 唯一的 for 循环、带初始化语句的 if、switch 以及 defer。' },
                hours: 2, difficulty: 'easy', prerequisites: ['basic-types'],
                keywords: ['for', 'if', 'switch', 'defer'],
                links: [
                  { title: 'A Tour of Go: Flow control statements', url: 'https://go.dev/tour/flowcontrol/1', type: 'tutorial', why: 'Hands-on exercises for every control-flow statement.' },
                  { title: 'Defer, Panic, and Recover', url: 'https://go.dev/blog/defer-panic-and-recover', type: 'article', why: 'Explains exactly when deferred calls run.' },
                ],
              },
            ],
          },
          {
            id: 'functions-and-data',
            title: 'Functions and data',
            description: 'Write functions and model data with pointers, structs, slices and maps.',
            zh: { title: '函数与数据', description: '编写函数，并用指针、结构体、切片和映射为数据建模。' },
            concepts: [
              {
                id: 'functions', title: 'Functions, multiple results and closures',
                description: 'Write functions with multiple return values, use functions as values and build closures.',
                zh: { title: '函数、多返回值与闭包', description: '编写返回多个值的函数，把函数当作值传递，并理解闭包。' },
                hours: 2.5, difficulty: 'easy', prerequisites: ['control-flow'],
                keywords: ['func', 'multiple return values', 'closures', 'variadic'],
                links: [
                  { title: 'A Tour of Go: Functions', url: 'https://go.dev/tour/basics/4', type: 'tutorial', why: 'Introduces parameters, results and named returns interactively.' },
                  { title: 'Effective Go', url: 'https://go.dev/doc/effective_go', type: 'documentation', why: 'Its functions section explains multiple returns and defer idioms.' },
                ],
              },
              {
                id: 'pointers-structs', title: 'Pointers and structs',
                description: 'Group fields into structs, take addresses with & and understand when Go copies values.',
                zh: { title: '指针与结构体', description: '用结构体组织字段，用 & 取地址，并理解 Go 何时复制值。' },
                hours: 2.5, difficulty: 'easy', prerequisites: ['functions'],
                keywords: ['struct', 'pointer', 'value semantics', 'composite literals'],
                links: [
                  { title: 'A Tour of Go: Pointers and structs', url: 'https://go.dev/tour/moretypes/1', type: 'tutorial', why: 'Short interactive lessons on pointers, structs and literals.' },
                ],
              },
              {
                id: 'slices-maps', title: 'Arrays, slices and maps',
                description: 'Use slices with append and re-slicing, understand the backing array, and store data in maps.',
                zh: { title: '数组、切片与映射', description: '掌握切片的 append 与再切片、理解底层数组，并用 map 存储数据。' },
                hours: 4, difficulty: 'medium', prerequisites: ['pointers-structs'],
                keywords: ['slices', 'append', 'maps', 'range'],
                links: [
                  { title: 'Go Slices: usage and internals', url: 'https://go.dev/blog/slices-intro', type: 'article', why: 'Explains length, capacity and the shared backing array.' },
                  { title: 'Go maps in action', url: 'https://go.dev/blog/maps', type: 'article', why: 'Covers creating, iterating and safely using maps.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'types-and-errors',
        title: 'Types, interfaces and errors',
        description: 'Model behaviour with methods and interfaces, write generic code and handle errors idiomatically.',
        zh: { title: '类型、接口与错误', description: '用方法和接口描述行为，编写泛型代码，并以地道方式处理错误。' },
        modules: [
          {
            id: 'methods-interfaces',
            title: 'Methods and interfaces',
            description: 'Attach behaviour to types and program against small interfaces.',
            zh: { title: '方法与接口', description: '为类型添加行为，面向小接口编程。' },
            concepts: [
              {
                id: 'methods', title: 'Methods and pointer receivers',
                description: 'Define methods on your types and choose between value and pointer receivers.',
                zh: { title: '方法与指针接收者', description: '为自定义类型定义方法，并在值接收者和指针接收者之间做出选择。' },
                hours: 2, difficulty: 'medium', prerequisites: ['pointers-structs'],
                keywords: ['methods', 'receivers', 'pointer receiver', 'method sets'],
                links: [
                  { title: 'A Tour of Go: Methods and interfaces', url: 'https://go.dev/tour/methods/1', type: 'tutorial', why: 'Interactive lessons on methods and receiver types.' },
                ],
              },
              {
                id: 'interfaces', title: 'Interfaces, embedding and type assertions',
                description: 'Use implicitly satisfied interfaces, compose types by embedding and inspect values with type switches.',
                zh: { title: '接口、嵌入与类型断言', description: '使用隐式实现的接口，通过嵌入组合类型，并用类型选择检查具体类型。' },
                hours: 4, difficulty: 'medium', prerequisites: ['methods'],
                keywords: ['interfaces', 'embedding', 'type switch', 'io.Reader'],
                links: [
                  { title: 'Effective Go', url: 'https://go.dev/doc/effective_go', type: 'documentation', why: 'The interfaces and embedding sections show idiomatic designs.' },
                  { title: 'A Tour of Go: Methods and interfaces', url: 'https://go.dev/tour/methods/1', type: 'tutorial', why: 'Later pages of this section cover interfaces and type switches.' },
                ],
              },
              {
                id: 'generics', title: 'Generics and type parameters',
                description: 'Write generic functions and types with type parameters and constraints, and know when an interface is simpler.',
                zh: { title: '泛型与类型参数', description: '用类型参数和约束编写泛型函数与类型，并判断何时用接口更简单。' },
                hours: 3, difficulty: 'medium', prerequisites: ['interfaces', 'slices-maps'],
                keywords: ['generics', 'type parameters', 'constraints', 'comparable'],
                links: [
                  { title: 'Tutorial: Getting started with generics', url: 'https://go.dev/doc/tutorial/generics', type: 'tutorial', why: 'The official hands-on introduction to type parameters.' },
                  { title: 'An Introduction To Generics', url: 'https://go.dev/blog/intro-generics', type: 'article', why: 'Explains constraints and type inference from the Go team.' },
                ],
              },
            ],
          },
          {
            id: 'errors-packages',
            title: 'Errors and packages',
            description: 'Treat errors as values and organise code into packages with managed dependencies.',
            zh: { title: '错误与包', description: '把错误当作值来处理，并用包和依赖管理来组织代码。' },
            concepts: [
              {
                id: 'error-handling', title: 'Errors as values and wrapping',
                description: 'Return and check errors, wrap them with %w and inspect them with errors.Is and errors.As.',
                zh: { title: '错误即值与错误包装', description: '返回并检查错误，用 %w 包装错误，再用 errors.Is 和 errors.As 判断错误。' },
                hours: 3, difficulty: 'medium', prerequisites: ['interfaces'],
                keywords: ['error', 'errors.Is', 'errors.As', 'wrapping'],
                links: [
                  { title: 'Working with Errors in Go 1.13', url: 'https://go.dev/blog/go1.13-errors', type: 'article', why: 'Explains wrapping, errors.Is and errors.As.' },
                  { title: 'Error handling and Go', url: 'https://go.dev/blog/error-handling-and-go', type: 'article', why: 'The classic explanation of the error interface and custom errors.' },
                ],
              },
              {
                id: 'packages-modules', title: 'Packages, visibility and dependencies',
                description: 'Split code into packages, export identifiers deliberately and add, upgrade and tidy module dependencies.',
                zh: { title: '包、可见性与依赖管理', description: '把代码拆分为包，有意识地导出标识符，并添加、升级和整理模块依赖。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['toolchain-modules', 'functions'],
                keywords: ['packages', 'exported names', 'go.mod', 'go get'],
                links: [
                  { title: 'Tutorial: Create a Go module', url: 'https://go.dev/doc/tutorial/create-module', type: 'tutorial', why: 'Builds two modules that call each other, step by step.' },
                  { title: 'Managing dependencies', url: 'https://go.dev/doc/modules/managing-dependencies', type: 'documentation', why: 'How go get, go mod tidy and versions work.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'stdlib-and-testing',
        title: 'Standard library and testing',
        description: 'Test your code, use the standard tools and build a complete command-line program.',
        zh: { title: '标准库与测试', description: '为代码编写测试，使用标准工具，并完成一个完整的命令行程序。' },
        modules: [
          {
            id: 'testing-tooling',
            title: 'Testing and tooling',
            description: 'Write table-driven tests, benchmarks and fuzz tests, and keep code clean with gofmt and go vet.',
            zh: { title: '测试与工具', description: '编写表驱动测试、基准测试和模糊测试，并用 gofmt 与 go vet 保持代码整洁。' },
            concepts: [
              {
                id: 'testing', title: 'Unit tests and table-driven tests',
                description: 'Write tests with the testing package, structure them as tables and run them with go test.',
                zh: { title: '单元测试与表驱动测试', description: '用 testing 包编写测试，以表驱动方式组织用例，并用 go test 运行。' },
                hours: 3, difficulty: 'medium', prerequisites: ['functions', 'packages-modules'],
                keywords: ['go test', 'testing', 'table-driven tests', 't.Run'],
                links: [
                  { title: 'Tutorial: Add a test', url: 'https://go.dev/doc/tutorial/add-a-test', type: 'tutorial', why: 'Adds unit tests to a module with the standard testing package.' },
                  { title: 'package testing', url: 'https://pkg.go.dev/testing', type: 'documentation', why: 'Reference for subtests, helpers, benchmarks and fuzzing.' },
                ],
              },
              {
                id: 'benchmarks-fuzzing', title: 'Benchmarks and fuzzing',
                description: 'Measure performance with benchmarks and let the fuzzer find inputs that break your code.',
                zh: { title: '基准测试与模糊测试', description: '用基准测试衡量性能，用模糊测试自动找出让代码出错的输入。' },
                hours: 2, difficulty: 'medium', prerequisites: ['testing'],
                keywords: ['benchmarks', 'fuzzing', 'go test -bench', 'go test -fuzz'],
                links: [
                  { title: 'Tutorial: Getting started with fuzzing', url: 'https://go.dev/doc/tutorial/fuzz', type: 'tutorial', why: 'Walks through writing and running a fuzz test.' },
                ],
              },
              {
                id: 'tooling', title: 'gofmt, go vet and code quality',
                description: 'Format code with gofmt, catch suspicious constructs with go vet and read documentation with go doc.',
                zh: { title: 'gofmt、go vet 与代码质量', description: '用 gofmt 格式化代码，用 go vet 发现可疑写法，并用 go doc 查阅文档。' },
                hours: 1, difficulty: 'easy', prerequisites: ['testing'],
                keywords: ['gofmt', 'go vet', 'go doc', 'linting'],
                links: [
                  { title: 'Command vet', url: 'https://pkg.go.dev/cmd/vet', type: 'tool', why: 'Lists the checks go vet performs and how to run them.' },
                  { title: 'Command gofmt', url: 'https://pkg.go.dev/cmd/gofmt', type: 'tool', why: 'Describes the standard formatter every Go project uses.' },
                ],
              },
            ],
          },
          {
            id: 'standard-library',
            title: 'Working with the standard library',
            description: 'Read and write data through io interfaces and encoding/json, then build a CLI.',
            zh: { title: '使用标准库', description: '通过 io 接口和 encoding/json 读写数据，并构建一个命令行工具。' },
            concepts: [
              {
                id: 'io-json', title: 'io.Reader, files and encoding/json',
                description: 'Stream data through io.Reader and io.Writer, read files and encode and decode JSON with struct tags.',
                zh: { title: 'io.Reader、文件与 encoding/json', description: '通过 io.Reader 和 io.Writer 处理数据流，读取文件，并借助结构体标签编解码 JSON。' },
                hours: 3, difficulty: 'medium', prerequisites: ['interfaces', 'error-handling'],
                keywords: ['io.Reader', 'os', 'encoding/json', 'struct tags'],
                links: [
                  { title: 'package io', url: 'https://pkg.go.dev/io', type: 'documentation', why: 'Defines Reader, Writer and helpers used across the standard library.' },
                  { title: 'JSON and Go', url: 'https://go.dev/blog/json', type: 'article', why: 'Explains Marshal, Unmarshal and struct tags with examples.' },
                ],
              },
              {
                id: 'cli-tool', title: 'Build a command-line tool',
                description: 'Combine flag parsing, file I/O, error handling and tests into a small, useful CLI.',
                zh: { title: '构建命令行工具', description: '综合运用参数解析、文件读写、错误处理与测试，完成一个小而实用的命令行工具。' },
                hours: 5, difficulty: 'medium', prerequisites: ['io-json', 'testing'],
                keywords: ['flag', 'os.Args', 'cli', 'project'],
                links: [
                  { title: 'package flag', url: 'https://pkg.go.dev/flag', type: 'documentation', why: 'The standard library’s command-line flag parser.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'concurrency',
        title: 'Concurrency',
        description: 'Run work concurrently with goroutines, coordinate it with channels and sync, and cancel it with context.',
        zh: { title: '并发编程', description: '用 goroutine 并发执行任务，用 channel 和 sync 协调，用 context 取消。' },
        modules: [
          {
            id: 'goroutines-channels',
            title: 'Goroutines and channels',
            description: 'Start goroutines, communicate over channels and protect shared state.',
            zh: { title: 'Goroutine 与 Channel', description: '启动 goroutine，通过 channel 通信，并保护共享状态。' },
            concepts: [
              {
                id: 'goroutines', title: 'Goroutines',
                description: 'Start lightweight goroutines and understand that main does not wait for them.',
                zh: { title: 'Goroutine', description: '启动轻量级 goroutine，并理解 main 函数不会自动等待它们结束。' },
                hours: 2, difficulty: 'medium', prerequisites: ['functions'],
                keywords: ['goroutines', 'go statement', 'scheduler', 'concurrency'],
                links: [
                  { title: 'A Tour of Go: Concurrency', url: 'https://go.dev/tour/concurrency/1', type: 'tutorial', why: 'Interactive lessons on goroutines, channels and select.' },
                ],
              },
              {
                id: 'channels-select', title: 'Channels and select',
                description: 'Send and receive on buffered and unbuffered channels, close them correctly and multiplex with select.',
                zh: { title: 'Channel 与 select', description: '在有缓冲和无缓冲 channel 上收发数据，正确关闭 channel，并用 select 多路复用。' },
                hours: 4, difficulty: 'hard', prerequisites: ['goroutines'],
                keywords: ['channels', 'select', 'buffered channels', 'close'],
                links: [
                  { title: 'Share Memory By Communicating', url: 'https://go.dev/blog/codelab-share', type: 'article', why: 'Explains the channel-first design philosophy with a worked example.' },
                  { title: 'Effective Go', url: 'https://go.dev/doc/effective_go', type: 'documentation', why: 'The concurrency section shows idiomatic channel patterns.' },
                ],
              },
              {
                id: 'sync-race', title: 'sync.Mutex, WaitGroup and the race detector',
                description: 'Protect shared data with mutexes, wait for goroutines with WaitGroup and find data races with -race.',
                zh: { title: 'sync.Mutex、WaitGroup 与竞态检测', description: '用互斥锁保护共享数据，用 WaitGroup 等待 goroutine 结束，并用 -race 发现数据竞争。' },
                hours: 3, difficulty: 'hard', prerequisites: ['goroutines', 'pointers-structs'],
                keywords: ['sync.Mutex', 'WaitGroup', 'data race', '-race'],
                links: [
                  { title: 'package sync', url: 'https://pkg.go.dev/sync', type: 'documentation', why: 'Reference for Mutex, RWMutex, WaitGroup and Once.' },
                  { title: 'Data Race Detector', url: 'https://go.dev/doc/articles/race_detector', type: 'documentation', why: 'Shows how to run and read the race detector’s reports.' },
                ],
              },
            ],
          },
          {
            id: 'context-patterns',
            title: 'Context and concurrency patterns',
            description: 'Cancel work cleanly and structure concurrent programs as pipelines and worker pools.',
            zh: { title: 'Context 与并发模式', description: '干净地取消任务，把并发程序组织为流水线和工作池。' },
            concepts: [
              {
                id: 'context', title: 'Cancellation and deadlines with context',
                description: 'Pass a context.Context through call chains to propagate cancellation, deadlines and request-scoped values.',
                zh: { title: '用 context 实现取消与超时', description: '沿调用链传递 context.Context，传播取消信号、截止时间和请求级数据。' },
                hours: 3, difficulty: 'hard', prerequisites: ['channels-select'],
                keywords: ['context', 'cancellation', 'deadline', 'WithTimeout'],
                links: [
                  { title: 'Go Concurrency Patterns: Context', url: 'https://go.dev/blog/context', type: 'article', why: 'The Go team’s explanation of why and how to use context.' },
                  { title: 'package context', url: 'https://pkg.go.dev/context', type: 'documentation', why: 'Reference for WithCancel, WithTimeout and WithValue.' },
                ],
              },
              {
                id: 'pipelines', title: 'Pipelines, fan-out and worker pools',
                description: 'Build pipelines and bounded worker pools that shut down without leaking goroutines.',
                zh: { title: '流水线、扇出与工作池', description: '构建流水线和有界工作池，并在退出时不泄漏 goroutine。' },
                hours: 4, difficulty: 'hard', prerequisites: ['channels-select', 'sync-race', 'context'],
                keywords: ['pipelines', 'fan-out', 'fan-in', 'worker pool'],
                links: [
                  { title: 'Go Concurrency Patterns: Pipelines and cancellation', url: 'https://go.dev/blog/pipelines', type: 'article', why: 'Builds pipelines step by step and shows how to stop them safely.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Backend development in Go
  {
    key: 'go-backend',
    match: ['go backend', 'golang backend', 'backend development in go', 'backend in go', 'backend with go', 'go for backend', 'golang for backend', 'go web development', 'go api', 'go microservices', 'go 后端', 'go后端', 'golang 后端', 'golang后端', 'go web 开发', 'go 微服务'],
    title: { en: 'Backend Development in Go', zh: 'Go 后端开发' },
    summary: {
      en: 'Build production-ready HTTP services in Go: language essentials, net/http, JSON APIs, middleware, concurrency and context, PostgreSQL access, authentication, observability and deployment.',
      zh: '用 Go 构建可上线的 HTTP 服务：语言要点、net/http、JSON API、中间件、并发与 context、PostgreSQL 数据访问、身份认证、可观测性与部署。',
    },
    stages: [
      {
        id: 'go-essentials',
        title: 'Go essentials for backend work',
        description: 'Learn the parts of Go a backend engineer uses every day and set up a tested project.',
        zh: { title: '后端所需的 Go 基础', description: '掌握后端工程师每天都会用到的 Go 知识，并搭建一个带测试的项目。' },
        modules: [
          {
            id: 'language-core',
            title: 'Language core',
            description: 'Syntax, functions, structs, interfaces and error handling.',
            zh: { title: '语言核心', description: '语法、函数、结构体、接口与错误处理。' },
            concepts: [
              {
                id: 'go-basics', title: 'Go syntax, types and control flow',
                description: 'Write basic Go: variables, slices, maps, loops and conditionals.',
                zh: { title: 'Go 语法、类型与流程控制', description: '编写基础 Go 代码：变量、切片、映射、循环与条件判断。' },
                hours: 5, difficulty: 'easy', prerequisites: [],
                keywords: ['syntax', 'slices', 'maps', 'for'],
                links: [
                  { title: 'A Tour of Go', url: 'https://go.dev/tour/', type: 'tutorial', why: 'The fastest interactive route through the whole language.' },
                ],
              },
              {
                id: 'functions', title: 'Functions, closures and methods',
                description: 'Write functions with multiple results, pass functions as values and define methods on types.',
                zh: { title: '函数、闭包与方法', description: '编写多返回值函数，把函数作为值传递，并为类型定义方法。' },
                hours: 3, difficulty: 'easy', prerequisites: ['go-basics'],
                keywords: ['func', 'closures', 'methods', 'receivers'],
                links: [
                  { title: 'Effective Go', url: 'https://go.dev/doc/effective_go', type: 'documentation', why: 'Idiomatic use of functions, methods and defer.' },
                  { title: 'A Tour of Go: Methods', url: 'https://go.dev/tour/methods/1', type: 'tutorial', why: 'Interactive practice with methods and receivers.' },
                ],
              },
              {
                id: 'structs-interfaces', title: 'Structs and interfaces',
                description: 'Model domain data with structs and decouple components with small interfaces.',
                zh: { title: '结构体与接口', description: '用结构体为业务数据建模，用小接口解耦各个组件。' },
                hours: 4, difficulty: 'medium', prerequisites: ['functions'],
                keywords: ['struct', 'interface', 'embedding', 'dependency injection'],
                links: [
                  { title: 'Effective Go', url: 'https://go.dev/doc/effective_go', type: 'documentation', why: 'The interfaces section shows how small interfaces keep code flexible.' },
                ],
              },
              {
                id: 'errors', title: 'Error handling and wrapping',
                description: 'Return errors, add context with %w and map them to responses with errors.Is and errors.As.',
                zh: { title: '错误处理与包装', description: '返回错误，用 %w 附加上下文，并用 errors.Is 和 errors.As 把错误映射为响应。' },
                hours: 3, difficulty: 'medium', prerequisites: ['structs-interfaces'],
                keywords: ['error', 'wrapping', 'errors.Is', 'sentinel errors'],
                links: [
                  { title: 'Working with Errors in Go 1.13', url: 'https://go.dev/blog/go1.13-errors', type: 'article', why: 'Explains wrapping and inspecting errors.' },
                ],
              },
            ],
          },
          {
            id: 'project-setup',
            title: 'Project setup',
            description: 'Lay out a service as a module and test it from day one.',
            zh: { title: '项目搭建', description: '以模块形式组织服务代码，并从第一天起就编写测试。' },
            concepts: [
              {
                id: 'modules-layout', title: 'Modules and project layout',
                description: 'Create a module, manage dependencies and organise a server with cmd/ and internal/ packages.',
                zh: { title: '模块与项目结构', description: '创建模块、管理依赖，并用 cmd/ 和 internal/ 组织服务端代码。' },
                hours: 2, difficulty: 'easy', prerequisites: ['go-basics'],
                keywords: ['go.mod', 'internal', 'cmd', 'project layout'],
                links: [
                  { title: 'Organizing a Go module', url: 'https://go.dev/doc/modules/layout', type: 'documentation', why: 'Official guidance on laying out commands, packages and servers.' },
                  { title: 'Managing dependencies', url: 'https://go.dev/doc/modules/managing-dependencies', type: 'documentation', why: 'How to add, upgrade and tidy dependencies.' },
                ],
              },
              {
                id: 'testing', title: 'Testing with the testing package',
                description: 'Write table-driven unit tests and run them with go test and the race detector.',
                zh: { title: '使用 testing 包编写测试', description: '编写表驱动单元测试，并用 go test 和竞态检测器运行。' },
                hours: 3, difficulty: 'medium', prerequisites: ['functions', 'modules-layout'],
                keywords: ['go test', 'table-driven tests', 'testing', '-race'],
                links: [
                  { title: 'Tutorial: Add a test', url: 'https://go.dev/doc/tutorial/add-a-test', type: 'tutorial', why: 'A first unit test with the standard library.' },
                  { title: 'package testing', url: 'https://pkg.go.dev/testing', type: 'documentation', why: 'Reference for subtests, helpers and benchmarks.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'http-services',
        title: 'Building HTTP services',
        description: 'Serve a JSON API with net/http, add middleware and handle concurrency and timeouts correctly.',
        zh: { title: '构建 HTTP 服务', description: '用 net/http 提供 JSON API，添加中间件，并正确处理并发与超时。' },
        modules: [
          {
            id: 'net-http',
            title: 'net/http and JSON APIs',
            description: 'Handlers, routing, JSON and middleware with the standard library.',
            zh: { title: 'net/http 与 JSON API', description: '使用标准库实现处理器、路由、JSON 和中间件。' },
            concepts: [
              {
                id: 'http-handlers', title: 'Servers and handlers',
                description: 'Implement http.Handler, read requests, write responses and status codes, and run an http.Server.',
                zh: { title: '服务器与处理器', description: '实现 http.Handler，读取请求、写出响应与状态码，并运行 http.Server。' },
                hours: 4, difficulty: 'medium', prerequisites: ['structs-interfaces', 'errors'],
                keywords: ['net/http', 'http.Handler', 'ResponseWriter', 'http.Server'],
                links: [
                  { title: 'Writing Web Applications', url: 'https://go.dev/doc/articles/wiki/', type: 'tutorial', why: 'Builds a small web app with net/http from scratch.' },
                  { title: 'package net/http', url: 'https://pkg.go.dev/net/http', type: 'documentation', why: 'Reference for Handler, ServeMux, Server and Client.' },
                ],
              },
              {
                id: 'routing', title: 'Routing with method and path patterns',
                description: 'Route by HTTP method and path wildcards with the Go 1.22+ ServeMux and read path values.',
                zh: { title: '基于方法与路径模式的路由', description: '使用 Go 1.22 及以后的 ServeMux 按 HTTP 方法和路径通配符路由，并读取路径参数。' },
                hours: 2, difficulty: 'medium', prerequisites: ['http-handlers'],
                keywords: ['ServeMux', 'routing', 'path parameters', 'PathValue'],
                links: [
                  { title: 'Routing Enhancements for Go 1.22', url: 'https://go.dev/blog/routing-enhancements', type: 'article', why: 'Explains method matching and wildcards in the standard router.' },
                ],
              },
              {
                id: 'json-apis', title: 'JSON requests, responses and validation',
                description: 'Decode and validate JSON bodies, encode responses and return consistent error payloads.',
                zh: { title: 'JSON 请求、响应与校验', description: '解码并校验 JSON 请求体，编码响应，并返回格式统一的错误信息。' },
                hours: 3, difficulty: 'medium', prerequisites: ['routing'],
                keywords: ['encoding/json', 'validation', 'REST', 'error responses'],
                links: [
                  { title: 'Tutorial: Developing a RESTful API with Go and Gin', url: 'https://go.dev/doc/tutorial/web-service-gin', type: 'tutorial', why: 'Builds a complete JSON API; the same ideas apply with net/http.' },
                  { title: 'package encoding/json', url: 'https://pkg.go.dev/encoding/json', type: 'documentation', why: 'Decoder options such as DisallowUnknownFields and struct tags.' },
                ],
              },
              {
                id: 'middleware', title: 'Middleware',
                description: 'Wrap handlers to add logging, panic recovery, CORS and authentication in one place.',
                zh: { title: '中间件', description: '通过包装处理器，集中添加日志、panic 恢复、CORS 和身份认证。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['http-handlers'],
                keywords: ['middleware', 'http.HandlerFunc', 'recovery', 'cors'],
                links: [
                  { title: 'package net/http: Handler', url: 'https://pkg.go.dev/net/http#Handler', type: 'documentation', why: 'Middleware is just a function from Handler to Handler.' },
                ],
              },
            ],
          },
          {
            id: 'concurrency-for-servers',
            title: 'Concurrency for servers',
            description: 'Understand that every request runs in its own goroutine and bound work with context.',
            zh: { title: '服务端并发', description: '理解每个请求运行在独立的 goroutine 中，并用 context 约束任务。' },
            concepts: [
              {
                id: 'goroutines-channels', title: 'Goroutines, channels and shared state',
                description: 'Run background work with goroutines, communicate over channels and protect shared state with sync.',
                zh: { title: 'Goroutine、Channel 与共享状态', description: '用 goroutine 执行后台任务，用 channel 通信，并用 sync 保护共享状态。' },
                hours: 4, difficulty: 'medium', prerequisites: ['functions'],
                keywords: ['goroutines', 'channels', 'sync.Mutex', 'WaitGroup'],
                links: [
                  { title: 'A Tour of Go: Concurrency', url: 'https://go.dev/tour/concurrency/1', type: 'tutorial', why: 'Interactive lessons on goroutines, channels and mutexes.' },
                  { title: 'Data Race Detector', url: 'https://go.dev/doc/articles/race_detector', type: 'documentation', why: 'Finds unsynchronised access that concurrent handlers easily introduce.' },
                ],
              },
              {
                id: 'context', title: 'Request context, timeouts and cancellation',
                description: 'Use r.Context() to stop work when clients disconnect and set server and downstream timeouts.',
                zh: { title: '请求上下文、超时与取消', description: '借助 r.Context() 在客户端断开时停止工作，并为服务器和下游调用设置超时。' },
                hours: 3, difficulty: 'hard', prerequisites: ['goroutines-channels', 'http-handlers'],
                keywords: ['context', 'timeouts', 'cancellation', 'deadlines'],
                links: [
                  { title: 'Go Concurrency Patterns: Context', url: 'https://go.dev/blog/context', type: 'article', why: 'Shows context propagation in a real server.' },
                  { title: 'package context', url: 'https://pkg.go.dev/context', type: 'documentation', why: 'Reference for WithTimeout, WithCancel and cancellation causes.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'data-and-security',
        title: 'Data and security',
        description: 'Persist data in PostgreSQL safely and protect the API with authentication and secure defaults.',
        zh: { title: '数据与安全', description: '把数据安全地存入 PostgreSQL，并通过身份认证和安全默认配置保护 API。' },
        modules: [
          {
            id: 'sql-databases',
            title: 'SQL databases',
            description: 'Query relational databases with database/sql, transactions and migrations.',
            zh: { title: 'SQL 数据库', description: '用 database/sql、事务和迁移操作关系型数据库。' },
            concepts: [
              {
                id: 'database-sql', title: 'database/sql and connection pools',
                description: 'Open a pooled connection, run queries with placeholders and scan rows into structs.',
                zh: { title: 'database/sql 与连接池', description: '打开带连接池的数据库连接，使用占位符执行查询，并把结果行扫描到结构体中。' },
                hours: 4, difficulty: 'medium', prerequisites: ['errors', 'context'],
                keywords: ['database/sql', 'connection pool', 'QueryContext', 'postgresql'],
                links: [
                  { title: 'Accessing relational databases', url: 'https://go.dev/doc/database/', type: 'documentation', why: 'The official guide to opening handles, querying and managing connections.' },
                  { title: 'Tutorial: Accessing a relational database', url: 'https://go.dev/doc/tutorial/database-access', type: 'tutorial', why: 'A hands-on first program that reads and writes a database.' },
                ],
              },
              {
                id: 'transactions-migrations', title: 'Transactions, migrations and SQL injection',
                description: 'Group writes in transactions, evolve the schema with versioned migrations and never build SQL from strings.',
                zh: { title: '事务、迁移与 SQL 注入', description: '用事务组织写操作，用版本化迁移演进表结构，并坚持不用字符串拼接 SQL。' },
                hours: 4, difficulty: 'hard', prerequisites: ['database-sql'],
                keywords: ['transactions', 'migrations', 'sql injection', 'prepared statements'],
                links: [
                  { title: 'Executing transactions', url: 'https://go.dev/doc/database/execute-transactions', type: 'documentation', why: 'How to begin, commit and roll back with database/sql.' },
                  { title: 'Avoiding SQL injection risk', url: 'https://go.dev/doc/database/sql-injection', type: 'documentation', why: 'Shows the parameterised-query pattern that prevents injection.' },
                ],
              },
              {
                id: 'caching', title: 'Caching with Redis',
                description: 'Cache hot reads in Redis with sensible expiry and understand invalidation trade-offs.',
                zh: { title: '使用 Redis 缓存', description: '用 Redis 缓存热点读请求，设置合理的过期时间，并理解缓存失效的权衡。' },
                hours: 3, difficulty: 'medium', prerequisites: ['database-sql'],
                keywords: ['redis', 'cache-aside', 'ttl', 'invalidation'],
                links: [
                  { title: 'Redis documentation', url: 'https://redis.io/docs/latest/', type: 'documentation', why: 'Data types, expiry and client libraries from the Redis project.' },
                  { title: 'Cache-Aside pattern', url: 'https://learn.microsoft.com/en-us/azure/architecture/patterns/cache-aside', type: 'article', why: 'Explains the most common caching pattern and its consistency issues.' },
                ],
              },
            ],
          },
          {
            id: 'auth-security',
            title: 'Authentication and security',
            description: 'Authenticate users and harden the service against common attacks.',
            zh: { title: '认证与安全', description: '实现用户认证，并加固服务以抵御常见攻击。' },
            concepts: [
              {
                id: 'authentication', title: 'Password hashing, sessions and tokens',
                description: 'Hash passwords with bcrypt, issue sessions or signed tokens and check them in middleware.',
                zh: { title: '密码哈希、会话与令牌', description: '用 bcrypt 哈希密码，签发会话或签名令牌，并在中间件中校验。' },
                hours: 4, difficulty: 'hard', prerequisites: ['middleware', 'database-sql'],
                keywords: ['bcrypt', 'sessions', 'jwt', 'authentication'],
                links: [
                  { title: 'package bcrypt', url: 'https://pkg.go.dev/golang.org/x/crypto/bcrypt', type: 'documentation', why: 'The standard way to hash and verify passwords in Go.' },
                  { title: 'OWASP Authentication Cheat Sheet', url: 'https://cheatsheetseries.owasp.org/cheatsheets/Authentication_Cheat_Sheet.html', type: 'article', why: 'Checklist of what a login system must get right.' },
                ],
              },
              {
                id: 'secure-apis', title: 'Secure defaults and rate limiting',
                description: 'Validate input, limit request sizes and rates, set timeouts and keep dependencies free of known vulnerabilities.',
                zh: { title: '安全默认配置与限流', description: '校验输入、限制请求体大小与请求速率、设置超时，并确保依赖没有已知漏洞。' },
                hours: 3, difficulty: 'hard', prerequisites: ['json-apis', 'middleware'],
                keywords: ['rate limiting', 'input validation', 'govulncheck', 'timeouts'],
                links: [
                  { title: 'Security Best Practices for Go Developers', url: 'https://go.dev/doc/security/best-practices', type: 'documentation', why: 'Official advice on vulnerability scanning, fuzzing and the race detector.' },
                  { title: 'package rate', url: 'https://pkg.go.dev/golang.org/x/time/rate', type: 'documentation', why: 'A token-bucket limiter you can wrap in middleware.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'production',
        title: 'Production readiness',
        description: 'Make the service observable, shut it down gracefully, test it end to end and ship it in a container.',
        zh: { title: '生产就绪', description: '让服务可观测、可优雅关闭，完成端到端测试，并以容器形式交付。' },
        modules: [
          {
            id: 'observability-ops',
            title: 'Observability and operations',
            description: 'Logs, metrics, traces, configuration and graceful shutdown.',
            zh: { title: '可观测性与运维', description: '日志、指标、链路追踪、配置与优雅关闭。' },
            concepts: [
              {
                id: 'structured-logging', title: 'Structured logging with slog',
                description: 'Emit leveled, structured logs with log/slog and attach request IDs in middleware.',
                zh: { title: '用 slog 输出结构化日志', description: '用 log/slog 输出分级的结构化日志，并在中间件中附加请求 ID。' },
                hours: 2, difficulty: 'medium', prerequisites: ['middleware'],
                keywords: ['log/slog', 'structured logging', 'request id', 'log levels'],
                links: [
                  { title: 'Structured Logging with slog', url: 'https://go.dev/blog/slog', type: 'article', why: 'Introduces the standard structured logger and its design.' },
                  { title: 'package log/slog', url: 'https://pkg.go.dev/log/slog', type: 'documentation', why: 'Reference for handlers, attributes and levels.' },
                ],
              },
              {
                id: 'metrics-tracing', title: 'Metrics, tracing and profiling',
                description: 'Expose Prometheus metrics, add OpenTelemetry traces and profile hot paths with pprof.',
                zh: { title: '指标、链路追踪与性能剖析', description: '暴露 Prometheus 指标，添加 OpenTelemetry 链路追踪，并用 pprof 剖析热点代码。' },
                hours: 4, difficulty: 'hard', prerequisites: ['structured-logging'],
                keywords: ['prometheus', 'opentelemetry', 'pprof', 'metrics'],
                links: [
                  { title: 'Instrumenting a Go application for Prometheus', url: 'https://prometheus.io/docs/guides/go-application/', type: 'tutorial', why: 'Adds a /metrics endpoint and custom metrics step by step.' },
                  { title: 'OpenTelemetry Go', url: 'https://opentelemetry.io/docs/languages/go/', type: 'documentation', why: 'Official getting-started guide for traces and metrics in Go.' },
                  { title: 'Profiling Go Programs', url: 'https://go.dev/blog/pprof', type: 'article', why: 'Shows how to read CPU and memory profiles.' },
                ],
              },
              {
                id: 'graceful-shutdown', title: 'Configuration and graceful shutdown',
                description: 'Read configuration from the environment and drain in-flight requests on SIGTERM with Server.Shutdown.',
                zh: { title: '配置与优雅关闭', description: '从环境变量读取配置，并在收到 SIGTERM 时用 Server.Shutdown 处理完进行中的请求。' },
                hours: 2, difficulty: 'hard', prerequisites: ['context'],
                keywords: ['graceful shutdown', 'signals', 'configuration', '12-factor'],
                links: [
                  { title: 'package os/signal', url: 'https://pkg.go.dev/os/signal', type: 'documentation', why: 'Includes NotifyContext for turning signals into cancellation.' },
                  { title: 'The Twelve-Factor App: Config', url: 'https://12factor.net/config', type: 'article', why: 'Why configuration belongs in the environment.' },
                ],
              },
            ],
          },
          {
            id: 'deploy',
            title: 'Testing and deployment',
            description: 'Test the whole service and package it as a small container image.',
            zh: { title: '测试与部署', description: '对整个服务做测试，并打包为精简的容器镜像。' },
            concepts: [
              {
                id: 'integration-testing', title: 'Handler and integration tests',
                description: 'Test handlers with httptest and run integration tests against a real database.',
                zh: { title: '处理器测试与集成测试', description: '用 httptest 测试处理器，并针对真实数据库运行集成测试。' },
                hours: 4, difficulty: 'hard', prerequisites: ['testing', 'json-apis', 'database-sql'],
                keywords: ['httptest', 'integration tests', 'test database', 'go test'],
                links: [
                  { title: 'package net/http/httptest', url: 'https://pkg.go.dev/net/http/httptest', type: 'documentation', why: 'ResponseRecorder and test servers for exercising handlers.' },
                ],
              },
              {
                id: 'containerize', title: 'Containerizing a Go service',
                description: 'Write a multi-stage Dockerfile that produces a small static image and run it with a database.',
                zh: { title: 'Go 服务容器化', description: '编写多阶段 Dockerfile 产出精简的静态镜像，并与数据库一起运行。' },
                hours: 3, difficulty: 'medium', prerequisites: ['modules-layout', 'graceful-shutdown'],
                keywords: ['docker', 'multi-stage build', 'container image', 'deployment'],
                links: [
                  { title: 'Docker Go language guide', url: 'https://docs.docker.com/guides/golang/', type: 'tutorial', why: 'Containerizes, tests and ships a Go application.' },
                  { title: 'Multi-stage builds', url: 'https://docs.docker.com/build/building/multi-stage/', type: 'documentation', why: 'Keeps the Go toolchain out of the final image.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
