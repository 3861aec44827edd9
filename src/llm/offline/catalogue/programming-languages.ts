/**
 * Curated curricula for the scripting languages: Python and JavaScript.
 * Go lives in `programming-languages-go.ts`, TypeScript and Java in `programming-languages-typescript-java.ts`,
 * Rust and C++ in `programming-languages-systems.ts`.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

export const programmingLanguages: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Python
  {
    key: 'python',
    match: ['python', 'learn python', 'python programming', 'python basics', 'python 编程', 'python编程', 'python 入门', 'python入门', '学习 python', '学python'],
    title: { en: 'Python Programming', zh: 'Python 编程' },
    summary: {
      en: 'From first scripts to well-tested, packaged Python: core syntax and data structures, files and errors, classes, the standard library, tooling and concurrency.',
      zh: '从第一个脚本到有测试、可发布的 Python 项目：核心语法与数据结构、文件与异常、类、标准库、工程化工具以及并发编程。',
    },
    stages: [
      {
        id: 'foundations',
        title: 'Python foundations',
        description: 'Install Python, write small programs and use the built-in data structures.',
        zh: { title: 'Python 基础', description: '安装 Python，编写小程序，熟练使用内置数据结构。' },
        modules: [
          {
            id: 'getting-started',
            title: 'Getting started',
            description: 'Run Python interactively and as scripts, and control the flow of a program.',
            zh: { title: '入门', description: '以交互方式和脚本方式运行 Python，并掌握程序的流程控制。' },
            concepts: [
              {
                id: 'setup-and-repl', title: 'Installing Python and using the interpreter',
                description: 'Install a current Python 3, run code in the interactive interpreter and execute .py scripts from the terminal.',
                zh: { title: '安装 Python 与使用解释器', description: '安装最新的 Python 3，在交互式解释器中试验代码，并在终端运行 .py 脚本。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['python 3', 'repl', 'interpreter', 'scripts'],
                links: [
                  { title: 'Python Tutorial: Using the Python Interpreter', url: 'https://docs.python.org/3/tutorial/interpreter.html', type: 'documentation', why: 'Shows how to start the interpreter, pass arguments and run scripts.' },
                  { title: 'Download Python', url: 'https://www.python.org/downloads/', type: 'tool', why: 'Official installers for every platform.' },
                ],
              },
              {
                id: 'numbers-strings', title: 'Numbers, strings and variables',
                description: 'Use variables, arithmetic, string indexing, slicing and f-strings to compute and format values.',
                zh: { title: '数字、字符串与变量', description: '使用变量、算术运算、字符串索引与切片以及 f-string 来计算和格式化数据。' },
                hours: 3, difficulty: 'easy', prerequisites: ['setup-and-repl'],
                keywords: ['variables', 'int', 'float', 'str', 'f-strings'],
                links: [
                  { title: 'Python Tutorial: An Informal Introduction to Python', url: 'https://docs.python.org/3/tutorial/introduction.html', type: 'documentation', why: 'Covers numbers, strings and slicing with runnable interpreter examples.' },
                  { title: 'Built-in Types', url: 'https://docs.python.org/3/library/stdtypes.html', type: 'documentation', why: 'Reference for every method on str, int and float.' },
                ],
              },
              {
                id: 'control-flow', title: 'Conditionals and loops',
                description: 'Branch with if/elif/else, iterate with for and while, and use range, break and continue.',
                zh: { title: '条件与循环', description: '用 if/elif/else 做分支判断，用 for 和 while 循环，并掌握 range、break 与 continue。' },
                hours: 3, difficulty: 'easy', prerequisites: ['numbers-strings'],
                keywords: ['if', 'for', 'while', 'range'],
                links: [
                  { title: 'Python Tutorial: More Control Flow Tools', url: 'https://docs.python.org/3/tutorial/controlflow.html', type: 'documentation', why: 'The official walkthrough of if, for, range, break, continue and match.' },
                ],
              },
            ],
          },
          {
            id: 'functions-and-data',
            title: 'Functions and data structures',
            description: 'Package logic in functions and organise data with lists, tuples, dictionaries and sets.',
            zh: { title: '函数与数据结构', description: '用函数封装逻辑，用列表、元组、字典和集合组织数据。' },
            concepts: [
              {
                id: 'functions', title: 'Defining functions',
                description: 'Write functions with positional, keyword and default arguments, return values and docstrings.',
                zh: { title: '定义函数', description: '编写带位置参数、关键字参数和默认值的函数，正确返回结果并写文档字符串。' },
                hours: 3, difficulty: 'easy', prerequisites: ['control-flow'],
                keywords: ['def', 'arguments', 'return', 'docstrings'],
                links: [
                  { title: 'Python Tutorial: Defining Functions', url: 'https://docs.python.org/3/tutorial/controlflow.html', type: 'documentation', why: 'Its second half explains def, default values, keyword arguments and *args.' },
                ],
              },
              {
                id: 'lists-tuples', title: 'Lists and tuples',
                description: 'Create, index, slice, sort and mutate lists, and know when an immutable tuple fits better.',
                zh: { title: '列表与元组', description: '创建、索引、切片、排序和修改列表，并理解何时该用不可变的元组。' },
                hours: 3, difficulty: 'easy', prerequisites: ['control-flow'],
                keywords: ['list', 'tuple', 'slicing', 'sorting'],
                links: [
                  { title: 'Python Tutorial: Data Structures', url: 'https://docs.python.org/3/tutorial/datastructures.html', type: 'documentation', why: 'Covers list methods, tuples and sequence unpacking.' },
                  { title: 'Sorting Techniques', url: 'https://docs.python.org/3/howto/sorting.html', type: 'documentation', why: 'Explains sorted(), key functions and stable sorting.' },
                ],
              },
              {
                id: 'dicts-sets', title: 'Dictionaries and sets',
                description: 'Store key–value data in dictionaries, test membership with sets and loop over both idiomatically.',
                zh: { title: '字典与集合', description: '用字典存储键值数据，用集合做成员判断与去重，并以惯用方式遍历它们。' },
                hours: 3, difficulty: 'easy', prerequisites: ['lists-tuples'],
                keywords: ['dict', 'set', 'hashing', 'membership'],
                links: [
                  { title: 'Python Tutorial: Dictionaries and Sets', url: 'https://docs.python.org/3/tutorial/datastructures.html', type: 'documentation', why: 'The sections on sets and dictionaries include looping techniques.' },
                  { title: 'collections — Container datatypes', url: 'https://docs.python.org/3/library/collections.html', type: 'documentation', why: 'Counter, defaultdict and deque extend the built-in containers.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'real-programs',
        title: 'Writing real programs',
        description: 'Split code into modules, work with files, handle errors and model data with classes.',
        zh: { title: '编写实用程序', description: '把代码拆分为模块，读写文件，处理异常，并用类为数据建模。' },
        modules: [
          {
            id: 'modules-files-errors',
            title: 'Modules, files and errors',
            description: 'Organise code across files and make programs robust when input or the environment misbehaves.',
            zh: { title: '模块、文件与异常', description: '把代码组织到多个文件中，让程序在输入或环境出错时依然稳健。' },
            concepts: [
              {
                id: 'modules-packages', title: 'Modules, packages and imports',
                description: 'Import from the standard library and your own modules, and structure a package with __init__.py.',
                zh: { title: '模块、包与导入', description: '导入标准库和自己编写的模块，并用 __init__.py 组织包结构。' },
                hours: 2, difficulty: 'medium', prerequisites: ['functions'],
                keywords: ['import', 'modules', 'packages', '__name__'],
                links: [
                  { title: 'Python Tutorial: Modules', url: 'https://docs.python.org/3/tutorial/modules.html', type: 'documentation', why: 'Explains the module search path, packages and the __main__ idiom.' },
                ],
              },
              {
                id: 'files-io', title: 'Reading and writing files',
                description: 'Open text files with a context manager, parse CSV and JSON, and handle paths portably with pathlib.',
                zh: { title: '文件读写', description: '用上下文管理器打开文本文件，解析 CSV 与 JSON，并用 pathlib 以跨平台方式处理路径。' },
                hours: 3, difficulty: 'medium', prerequisites: ['functions', 'dicts-sets'],
                keywords: ['open', 'with', 'json', 'csv', 'pathlib'],
                links: [
                  { title: 'Python Tutorial: Input and Output', url: 'https://docs.python.org/3/tutorial/inputoutput.html', type: 'documentation', why: 'Covers formatting output, file objects and saving data as JSON.' },
                  { title: 'pathlib — Object-oriented filesystem paths', url: 'https://docs.python.org/3/library/pathlib.html', type: 'documentation', why: 'The modern way to build and inspect file paths.' },
                ],
              },
              {
                id: 'exceptions', title: 'Errors and exceptions',
                description: 'Catch specific exceptions with try/except/else/finally, raise your own and avoid swallowing errors.',
                zh: { title: '错误与异常', description: '用 try/except/else/finally 捕获具体异常，学会抛出自定义异常，避免把错误悄悄吞掉。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['functions'],
                keywords: ['try', 'except', 'raise', 'finally'],
                links: [
                  { title: 'Python Tutorial: Errors and Exceptions', url: 'https://docs.python.org/3/tutorial/errors.html', type: 'documentation', why: 'The canonical explanation of handling, raising and chaining exceptions.' },
                  { title: 'Built-in Exceptions', url: 'https://docs.python.org/3/library/exceptions.html', type: 'documentation', why: 'Shows the exception hierarchy so you catch the right class.' },
                ],
              },
            ],
          },
          {
            id: 'idiomatic-python',
            title: 'Idiomatic Python',
            description: 'Write concise, readable Python with comprehensions, classes and the standard library.',
            zh: { title: '地道的 Python', description: '借助推导式、类和标准库写出简洁易读的 Python 代码。' },
            concepts: [
              {
                id: 'comprehensions', title: 'Comprehensions and built-in iteration helpers',
                description: 'Build lists, dicts and sets with comprehensions and use enumerate, zip, any and all instead of index loops.',
                zh: { title: '推导式与内置迭代工具', description: '用推导式构造列表、字典和集合，用 enumerate、zip、any、all 代替基于下标的循环。' },
                hours: 2, difficulty: 'medium', prerequisites: ['dicts-sets'],
                keywords: ['list comprehension', 'enumerate', 'zip', 'iteration'],
                links: [
                  { title: 'Python Tutorial: List Comprehensions', url: 'https://docs.python.org/3/tutorial/datastructures.html', type: 'documentation', why: 'Introduces list, set and dict comprehensions with nested examples.' },
                  { title: 'Built-in Functions', url: 'https://docs.python.org/3/library/functions.html', type: 'documentation', why: 'Reference for enumerate, zip, sorted, any, all and friends.' },
                ],
              },
              {
                id: 'classes', title: 'Classes and objects',
                description: 'Define classes with methods and attributes, use inheritance sparingly and simplify data holders with dataclasses.',
                zh: { title: '类与对象', description: '定义带方法和属性的类，谨慎使用继承，并用 dataclass 简化数据类。' },
                hours: 5, difficulty: 'medium', prerequisites: ['functions', 'modules-packages'],
                keywords: ['class', 'inheritance', 'dataclasses', 'dunder methods'],
                links: [
                  { title: 'Python Tutorial: Classes', url: 'https://docs.python.org/3/tutorial/classes.html', type: 'documentation', why: 'Explains scopes, instances, methods and inheritance from first principles.' },
                  { title: 'dataclasses — Data Classes', url: 'https://docs.python.org/3/library/dataclasses.html', type: 'documentation', why: 'Generates __init__, __repr__ and comparisons for plain data classes.' },
                ],
              },
              {
                id: 'stdlib-tour', title: 'Tour of the standard library',
                description: 'Solve everyday tasks with datetime, collections, itertools, re, random and os without third-party packages.',
                zh: { title: '标准库巡览', description: '不依赖第三方包，用 datetime、collections、itertools、re、random、os 解决日常任务。' },
                hours: 3, difficulty: 'medium', prerequisites: ['modules-packages', 'files-io'],
                keywords: ['standard library', 'datetime', 'itertools', 're'],
                links: [
                  { title: 'Python Tutorial: Brief Tour of the Standard Library', url: 'https://docs.python.org/3/tutorial/stdlib.html', type: 'documentation', why: 'A guided sample of the most useful standard modules.' },
                  { title: 'Brief Tour of the Standard Library — Part II', url: 'https://docs.python.org/3/tutorial/stdlib2.html', type: 'documentation', why: 'Continues with logging, decimal, templating and more.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'professional-python',
        title: 'Professional Python',
        description: 'Manage environments, test and type-check code, master advanced language features and ship a tool.',
        zh: { title: '工程化 Python', description: '管理虚拟环境，编写测试并做类型检查，掌握高级语言特性并交付一个完整工具。' },
        modules: [
          {
            id: 'tooling',
            title: 'Environments, testing and style',
            description: 'Isolate dependencies, test automatically and keep code consistent and type-checked.',
            zh: { title: '环境、测试与代码风格', description: '隔离依赖、自动化测试，并保持代码风格统一、类型可检查。' },
            concepts: [
              {
                id: 'virtual-environments', title: 'Virtual environments and pip',
                description: 'Create a venv per project, install and pin dependencies with pip and a requirements file.',
                zh: { title: '虚拟环境与 pip', description: '为每个项目创建 venv，用 pip 安装依赖并通过 requirements 文件锁定版本。' },
                hours: 1.5, difficulty: 'medium', prerequisites: ['modules-packages'],
                keywords: ['venv', 'pip', 'requirements', 'dependencies'],
                links: [
                  { title: 'Python Tutorial: Virtual Environments and Packages', url: 'https://docs.python.org/3/tutorial/venv.html', type: 'documentation', why: 'Shows how to create, activate and install into a venv.' },
                  { title: 'Installing Packages (Python Packaging User Guide)', url: 'https://packaging.python.org/en/latest/tutorials/installing-packages/', type: 'tutorial', why: 'The official guide to pip, version specifiers and requirements files.' },
                ],
              },
              {
                id: 'testing-pytest', title: 'Testing with pytest',
                description: 'Write unit tests with plain asserts, fixtures and parametrisation, and run them on every change.',
                zh: { title: '用 pytest 编写测试', description: '用普通 assert、fixture 和参数化编写单元测试，并在每次修改后运行。' },
                hours: 4, difficulty: 'medium', prerequisites: ['functions', 'exceptions', 'virtual-environments'],
                keywords: ['pytest', 'unit tests', 'fixtures', 'parametrize'],
                links: [
                  { title: 'pytest documentation', url: 'https://docs.pytest.org/en/stable/', type: 'documentation', why: 'Getting started, fixtures and parametrisation from the pytest maintainers.' },
                  { title: 'unittest — Unit testing framework', url: 'https://docs.python.org/3/library/unittest.html', type: 'documentation', why: 'The standard-library alternative you will meet in older code bases.' },
                ],
              },
              {
                id: 'style-typing', title: 'Style, type hints and static checking',
                description: 'Follow PEP 8, annotate functions with type hints and catch bugs before running with a type checker such as mypy.',
                zh: { title: '代码风格、类型注解与静态检查', description: '遵循 PEP 8，为函数添加类型注解，并用 mypy 等类型检查器在运行前发现错误。' },
                hours: 3, difficulty: 'medium', prerequisites: ['classes'],
                keywords: ['pep 8', 'type hints', 'typing', 'mypy'],
                links: [
                  { title: 'PEP 8 — Style Guide for Python Code', url: 'https://peps.python.org/pep-0008/', type: 'documentation', why: 'The community style guide most linters enforce.' },
                  { title: 'typing — Support for type hints', url: 'https://docs.python.org/3/library/typing.html', type: 'documentation', why: 'Reference for generics, Optional, Protocol and other typing constructs.' },
                  { title: 'mypy documentation', url: 'https://mypy.readthedocs.io/en/stable/', type: 'tool', why: 'Explains how to run a static type checker over your code.' },
                ],
              },
            ],
          },
          {
            id: 'advanced-features',
            title: 'Advanced language features',
            description: 'Use generators, decorators, context managers and concurrency where they genuinely simplify code.',
            zh: { title: '高级语言特性', description: '在真正能简化代码的场景中使用生成器、装饰器、上下文管理器和并发。' },
            concepts: [
              {
                id: 'generators-iterators', title: 'Iterators and generators',
                description: 'Understand the iterator protocol and write generator functions and expressions that stream data lazily.',
                zh: { title: '迭代器与生成器', description: '理解迭代器协议，编写生成器函数和生成器表达式，惰性地处理数据流。' },
                hours: 3, difficulty: 'hard', prerequisites: ['comprehensions', 'classes'],
                keywords: ['iterator', 'generator', 'yield', 'lazy evaluation'],
                links: [
                  { title: 'Functional Programming HOWTO', url: 'https://docs.python.org/3/howto/functional.html', type: 'documentation', why: 'Explains iterators, generators and itertools in depth.' },
                  { title: 'itertools — Functions creating iterators', url: 'https://docs.python.org/3/library/itertools.html', type: 'documentation', why: 'Ready-made building blocks for efficient iteration.' },
                ],
              },
              {
                id: 'decorators-context-managers', title: 'Decorators and context managers',
                description: 'Write decorators that wrap functions and context managers that guarantee cleanup.',
                zh: { title: '装饰器与上下文管理器', description: '编写包装函数的装饰器，以及保证资源被正确释放的上下文管理器。' },
                hours: 3, difficulty: 'hard', prerequisites: ['functions', 'exceptions', 'generators-iterators'],
                keywords: ['decorators', 'functools.wraps', 'with', 'contextlib'],
                links: [
                  { title: 'contextlib — Utilities for with-statement contexts', url: 'https://docs.python.org/3/library/contextlib.html', type: 'documentation', why: 'Shows @contextmanager and other helpers for building context managers.' },
                  { title: 'functools — Higher-order functions', url: 'https://docs.python.org/3/library/functools.html', type: 'documentation', why: 'wraps, lru_cache and partial are the tools decorators rely on.' },
                ],
              },
              {
                id: 'concurrency', title: 'Concurrency: threads, processes and asyncio',
                description: 'Choose between threads, processes and asyncio for I/O- or CPU-bound work and write a simple async program.',
                zh: { title: '并发：线程、进程与 asyncio', description: '针对 I/O 密集和 CPU 密集任务，在线程、进程和 asyncio 之间做出选择，并写出简单的异步程序。' },
                hours: 6, difficulty: 'hard', prerequisites: ['generators-iterators', 'exceptions'],
                keywords: ['asyncio', 'threading', 'multiprocessing', 'concurrent.futures'],
                links: [
                  { title: 'asyncio — Asynchronous I/O', url: 'https://docs.python.org/3/library/asyncio.html', type: 'documentation', why: 'Official guide to coroutines, tasks and the event loop.' },
                  { title: 'concurrent.futures — Launching parallel tasks', url: 'https://docs.python.org/3/library/concurrent.futures.html', type: 'documentation', why: 'The simplest high-level API for thread and process pools.' },
                ],
              },
            ],
          },
          {
            id: 'shipping',
            title: 'Shipping a tool',
            description: 'Turn scripts into a command-line tool and a package others can install.',
            zh: { title: '交付工具', description: '把脚本变成命令行工具，并打包成他人可以安装的软件包。' },
            concepts: [
              {
                id: 'cli-project', title: 'Command-line tool with argparse and logging',
                description: 'Build a small CLI with argparse, structured logging and proper exit codes, backed by tests.',
                zh: { title: '用 argparse 和 logging 构建命令行工具', description: '用 argparse、日志和合理的退出码构建一个有测试覆盖的小型命令行工具。' },
                hours: 6, difficulty: 'hard', prerequisites: ['files-io', 'testing-pytest'],
                keywords: ['argparse', 'logging', 'cli', 'project'],
                links: [
                  { title: 'Argparse Tutorial', url: 'https://docs.python.org/3/howto/argparse.html', type: 'tutorial', why: 'Step-by-step introduction to parsing command-line arguments.' },
                  { title: 'Logging HOWTO', url: 'https://docs.python.org/3/howto/logging.html', type: 'documentation', why: 'Explains loggers, handlers and levels for real applications.' },
                ],
              },
              {
                id: 'packaging', title: 'Packaging and publishing',
                description: 'Describe a project in pyproject.toml, build a wheel and understand how packages reach PyPI.',
                zh: { title: '打包与发布', description: '用 pyproject.toml 描述项目，构建 wheel，并了解软件包如何发布到 PyPI。' },
                hours: 3, difficulty: 'hard', prerequisites: ['cli-project'],
                keywords: ['pyproject.toml', 'wheel', 'pypi', 'packaging'],
                links: [
                  { title: 'Packaging Python Projects', url: 'https://packaging.python.org/en/latest/tutorials/packaging-projects/', type: 'tutorial', why: 'The official end-to-end tutorial from pyproject.toml to upload.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── JavaScript
  {
    key: 'javascript',
    match: ['javascript', 'learn javascript', 'javascript programming', 'vanilla javascript', 'vanilla js', 'ecmascript', 'es6', 'javascript 入门', 'javascript入门', 'js 入门', 'js入门', 'javascript 编程'],
    title: { en: 'JavaScript', zh: 'JavaScript 编程' },
    summary: {
      en: 'Modern JavaScript from the ground up: values and functions, objects and arrays, closures and classes, modules, asynchronous code with promises and async/await, the DOM and fetch, and the npm ecosystem.',
      zh: '从零开始学习现代 JavaScript：值与函数、对象与数组、闭包与类、模块、基于 Promise 和 async/await 的异步编程、DOM 与 fetch，以及 npm 生态。',
    },
    stages: [
      {
        id: 'fundamentals',
        title: 'Fundamentals',
        description: 'Run JavaScript and learn values, control flow, functions, arrays and objects.',
        zh: { title: '基础', description: '运行 JavaScript，学习值、流程控制、函数、数组和对象。' },
        modules: [
          {
            id: 'syntax',
            title: 'Syntax and control flow',
            description: 'Write and run your first scripts.',
            zh: { title: '语法与流程控制', description: '编写并运行你的第一批脚本。' },
            concepts: [
              {
                id: 'running-js', title: 'Running JavaScript in the browser and Node.js',
                description: 'Run code in the browser console and with Node.js, and know what each environment provides.',
                zh: { title: '在浏览器和 Node.js 中运行 JavaScript', description: '在浏览器控制台和 Node.js 中运行代码，并了解两种环境各自提供的能力。' },
                hours: 1, difficulty: 'easy', prerequisites: [],
                keywords: ['browser console', 'node.js', 'script tag', 'runtime'],
                links: [
                  { title: 'MDN JavaScript Guide: Introduction', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Introduction', type: 'documentation', why: 'Explains what JavaScript is and how to start experimenting.' },
                  { title: 'Introduction to Node.js', url: 'https://nodejs.org/en/learn/getting-started/introduction-to-nodejs', type: 'documentation', why: 'Shows how to run JavaScript outside the browser.' },
                ],
              },
              {
                id: 'values-types', title: 'Values, types and operators',
                description: 'Declare variables with let and const, use primitive types and operators, and understand equality and coercion.',
                zh: { title: '值、类型与运算符', description: '用 let 和 const 声明变量，掌握原始类型与运算符，并理解相等比较和类型转换。' },
                hours: 3, difficulty: 'easy', prerequisites: ['running-js'],
                keywords: ['let', 'const', 'primitive types', 'strict equality'],
                links: [
                  { title: 'MDN: Grammar and types', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Grammar_and_types', type: 'documentation', why: 'Declarations, data types and literals.' },
                  { title: 'MDN: Expressions and operators', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Expressions_and_operators', type: 'documentation', why: 'Every operator with its precedence and pitfalls.' },
                ],
              },
              {
                id: 'control-flow', title: 'Conditionals, loops and exceptions',
                description: 'Branch with if and switch, loop with for, for...of and while, and handle errors with try/catch.',
                zh: { title: '条件、循环与异常', description: '用 if 和 switch 分支，用 for、for...of 和 while 循环，并用 try/catch 处理错误。' },
                hours: 2.5, difficulty: 'easy', prerequisites: ['values-types'],
                keywords: ['if', 'switch', 'for...of', 'try/catch'],
                links: [
                  { title: 'MDN: Control flow and error handling', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Control_flow_and_error_handling', type: 'documentation', why: 'Conditionals, exceptions and throw.' },
                  { title: 'MDN: Loops and iteration', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Loops_and_iteration', type: 'documentation', why: 'Every loop form and when to use it.' },
                ],
              },
            ],
          },
          {
            id: 'functions-and-data',
            title: 'Functions, arrays and objects',
            description: 'Write reusable functions and work with the two core data structures.',
            zh: { title: '函数、数组与对象', description: '编写可复用的函数，掌握两种核心数据结构。' },
            concepts: [
              {
                id: 'functions', title: 'Functions, arrow functions and scope',
                description: 'Declare functions and arrow functions, use default and rest parameters and understand block scope.',
                zh: { title: '函数、箭头函数与作用域', description: '声明普通函数和箭头函数，使用默认参数和剩余参数，并理解块级作用域。' },
                hours: 3, difficulty: 'easy', prerequisites: ['control-flow'],
                keywords: ['function', 'arrow functions', 'parameters', 'scope'],
                links: [
                  { title: 'MDN: Functions', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Functions', type: 'documentation', why: 'Definitions, scope, parameters and arrow functions.' },
                ],
              },
              {
                id: 'arrays', title: 'Arrays and array methods',
                description: 'Transform data with map, filter, reduce, find and sort instead of manual loops.',
                zh: { title: '数组与数组方法', description: '用 map、filter、reduce、find、sort 变换数据，而不是手写循环。' },
                hours: 3, difficulty: 'easy', prerequisites: ['functions'],
                keywords: ['array', 'map', 'filter', 'reduce'],
                links: [
                  { title: 'MDN: Indexed collections', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Indexed_collections', type: 'documentation', why: 'Creating arrays and using their iterative methods.' },
                  { title: 'MDN: Array reference', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Array', type: 'documentation', why: 'Full list of array methods with examples.' },
                ],
              },
              {
                id: 'objects', title: 'Objects, destructuring and JSON',
                description: 'Create and update objects, use spread and destructuring, and convert data to and from JSON.',
                zh: { title: '对象、解构与 JSON', description: '创建和修改对象，使用展开语法和解构，并在数据与 JSON 之间相互转换。' },
                hours: 3, difficulty: 'easy', prerequisites: ['functions'],
                keywords: ['objects', 'destructuring', 'spread', 'json'],
                links: [
                  { title: 'MDN: Working with objects', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Working_with_objects', type: 'documentation', why: 'Properties, methods and object creation.' },
                  { title: 'MDN: Destructuring', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Operators/Destructuring', type: 'documentation', why: 'All destructuring forms with examples.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'core-language',
        title: 'The core language',
        description: 'Understand closures, this, prototypes and classes, modules and the built-in collections.',
        zh: { title: '语言核心', description: '理解闭包、this、原型与类、模块以及内置集合类型。' },
        modules: [
          {
            id: 'deeper-functions',
            title: 'Closures, classes and modules',
            description: 'The mechanisms that make larger JavaScript programs work.',
            zh: { title: '闭包、类与模块', description: '支撑大型 JavaScript 程序的核心机制。' },
            concepts: [
              {
                id: 'closures', title: 'Closures',
                description: 'Explain how inner functions capture variables and use closures for private state and callbacks.',
                zh: { title: '闭包', description: '理解内部函数如何捕获外部变量，并利用闭包实现私有状态和回调。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['functions'],
                keywords: ['closures', 'lexical scope', 'private state', 'callbacks'],
                links: [
                  { title: 'MDN: Closures', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Closures', type: 'documentation', why: 'The standard explanation with practical examples and pitfalls.' },
                ],
              },
              {
                id: 'this-prototypes-classes', title: 'this, prototypes and classes',
                description: 'Predict the value of this, understand the prototype chain and write classes with private fields.',
                zh: { title: 'this、原型与类', description: '准确判断 this 的取值，理解原型链，并编写带私有字段的类。' },
                hours: 4, difficulty: 'medium', prerequisites: ['objects', 'closures'],
                keywords: ['this', 'prototype chain', 'class', 'private fields'],
                links: [
                  { title: 'MDN: Using classes', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Using_classes', type: 'documentation', why: 'Class syntax, fields, static members and inheritance.' },
                  { title: 'MDN: Inheritance and the prototype chain', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Inheritance_and_the_prototype_chain', type: 'documentation', why: 'What classes compile down to.' },
                ],
              },
              {
                id: 'modules', title: 'ES modules',
                description: 'Split code into modules with import and export, and know how browsers and Node.js load them.',
                zh: { title: 'ES 模块', description: '用 import 和 export 把代码拆分为模块，并了解浏览器和 Node.js 如何加载模块。' },
                hours: 2, difficulty: 'medium', prerequisites: ['functions'],
                keywords: ['import', 'export', 'es modules', 'dynamic import'],
                links: [
                  { title: 'MDN: JavaScript modules', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Modules', type: 'documentation', why: 'Complete guide to import/export in the browser.' },
                  { title: 'Node.js: ECMAScript modules', url: 'https://nodejs.org/api/esm.html', type: 'documentation', why: 'How Node.js resolves and loads ES modules.' },
                ],
              },
            ],
          },
          {
            id: 'collections-text',
            title: 'Collections and text',
            description: 'Use Map, Set, iterators, generators and regular expressions.',
            zh: { title: '集合与文本处理', description: '使用 Map、Set、迭代器、生成器和正则表达式。' },
            concepts: [
              {
                id: 'map-set-iterators', title: 'Map, Set, iterators and generators',
                description: 'Choose Map and Set over plain objects when appropriate and make your own objects iterable with generators.',
                zh: { title: 'Map、Set、迭代器与生成器', description: '在合适场景用 Map 和 Set 代替普通对象，并用生成器让自定义对象可迭代。' },
                hours: 3, difficulty: 'medium', prerequisites: ['arrays', 'objects'],
                keywords: ['map', 'set', 'iterators', 'generators'],
                links: [
                  { title: 'MDN: Keyed collections', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Keyed_collections', type: 'documentation', why: 'Map, Set, WeakMap and WeakSet compared.' },
                  { title: 'MDN: Iterators and generators', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Iterators_and_generators', type: 'documentation', why: 'The iteration protocols and generator functions.' },
                ],
              },
              {
                id: 'strings-regex', title: 'Strings and regular expressions',
                description: 'Manipulate strings with template literals and methods, and search and validate text with regular expressions.',
                zh: { title: '字符串与正则表达式', description: '用模板字符串和字符串方法处理文本，用正则表达式搜索和校验内容。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['values-types', 'functions'],
                keywords: ['template literals', 'string methods', 'regexp', 'validation'],
                links: [
                  { title: 'MDN: Numbers and strings', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Numbers_and_strings', type: 'documentation', why: 'String methods and template literals.' },
                  { title: 'MDN: Regular expressions', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Regular_expressions', type: 'documentation', why: 'Patterns, flags and the RegExp API.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'async-and-browser',
        title: 'Asynchronous code and the browser',
        description: 'Master the event loop, promises and async/await, and make pages interactive with the DOM and fetch.',
        zh: { title: '异步编程与浏览器', description: '掌握事件循环、Promise 和 async/await，并用 DOM 和 fetch 让页面动起来。' },
        modules: [
          {
            id: 'async-programming',
            title: 'Asynchronous programming',
            description: 'How JavaScript runs concurrent work on a single thread.',
            zh: { title: '异步编程', description: 'JavaScript 如何在单线程上处理并发任务。' },
            concepts: [
              {
                id: 'event-loop', title: 'The event loop, callbacks and timers',
                description: 'Explain the call stack, task and microtask queues, and why blocking code freezes the page.',
                zh: { title: '事件循环、回调与定时器', description: '理解调用栈、任务队列与微任务队列，以及阻塞代码为何会让页面卡死。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['functions', 'closures'],
                keywords: ['event loop', 'microtasks', 'callbacks', 'setTimeout'],
                links: [
                  { title: 'MDN: JavaScript execution model', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Execution_model', type: 'documentation', why: 'Describes agents, the job queue and the event loop precisely.' },
                ],
              },
              {
                id: 'promises', title: 'Promises',
                description: 'Create, chain and combine promises with Promise.all and friends, and handle rejections.',
                zh: { title: 'Promise', description: '创建、链式调用并用 Promise.all 等方法组合 Promise，正确处理拒绝。' },
                hours: 3, difficulty: 'medium', prerequisites: ['event-loop'],
                keywords: ['promise', 'then', 'promise.all', 'rejection'],
                links: [
                  { title: 'MDN: Using promises', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Guide/Using_promises', type: 'documentation', why: 'Chaining, error propagation and composition.' },
                ],
              },
              {
                id: 'async-await', title: 'async/await',
                description: 'Write asynchronous code that reads top to bottom, with try/catch and parallel awaits.',
                zh: { title: 'async/await', description: '写出自上而下可读的异步代码，配合 try/catch 处理错误并并行等待。' },
                hours: 2, difficulty: 'medium', prerequisites: ['promises'],
                keywords: ['async', 'await', 'error handling', 'concurrency'],
                links: [
                  { title: 'MDN: async function', url: 'https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Statements/async_function', type: 'documentation', why: 'Semantics of async functions and await.' },
                  { title: 'MDN Learn: Asynchronous JavaScript', url: 'https://developer.mozilla.org/en-US/docs/Learn_web_development/Extensions/Async_JS', type: 'tutorial', why: 'A guided module with exercises on promises and async/await.' },
                ],
              },
            ],
          },
          {
            id: 'browser-apis',
            title: 'Browser APIs',
            description: 'Change the page in response to users and load data from servers.',
            zh: { title: '浏览器 API', description: '响应用户操作修改页面，并从服务器加载数据。' },
            concepts: [
              {
                id: 'dom-events', title: 'The DOM and events',
                description: 'Select and update elements, create nodes and respond to user events with listeners and delegation.',
                zh: { title: 'DOM 与事件', description: '选择并更新元素、创建节点，并通过事件监听和事件委托响应用户操作。' },
                hours: 4, difficulty: 'medium', prerequisites: ['functions', 'objects'],
                keywords: ['dom', 'querySelector', 'addEventListener', 'event delegation'],
                links: [
                  { title: 'MDN: Document Object Model (DOM)', url: 'https://developer.mozilla.org/en-US/docs/Web/API/Document_Object_Model', type: 'documentation', why: 'Overview and reference of the DOM API.' },
                  { title: 'MDN: addEventListener', url: 'https://developer.mozilla.org/en-US/docs/Web/API/EventTarget/addEventListener', type: 'documentation', why: 'Listener options, this and event propagation.' },
                ],
              },
              {
                id: 'fetch', title: 'Fetching data with fetch',
                description: 'Call HTTP APIs with fetch, handle status codes and JSON, and show loading and error states.',
                zh: { title: '用 fetch 获取数据', description: '用 fetch 调用 HTTP 接口，处理状态码与 JSON，并展示加载与错误状态。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['async-await', 'dom-events'],
                keywords: ['fetch', 'http', 'json', 'error handling'],
                links: [
                  { title: 'MDN: Using the Fetch API', url: 'https://developer.mozilla.org/en-US/docs/Web/API/Fetch_API/Using_Fetch', type: 'documentation', why: 'Requests, responses, headers and error handling.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'tooling-practice',
        title: 'Tooling and practice',
        description: 'Use npm, test and debug code, and build a complete small application.',
        zh: { title: '工具与实践', description: '使用 npm，测试与调试代码，并完成一个完整的小应用。' },
        modules: [
          {
            id: 'ecosystem',
            title: 'The ecosystem',
            description: 'Packages, tests and debugging.',
            zh: { title: '生态与工具', description: '包管理、测试与调试。' },
            concepts: [
              {
                id: 'npm-packages', title: 'npm and package.json',
                description: 'Initialise a project, install dependencies, understand semantic versioning and run scripts.',
                zh: { title: 'npm 与 package.json', description: '初始化项目、安装依赖，理解语义化版本，并运行 npm 脚本。' },
                hours: 2, difficulty: 'medium', prerequisites: ['modules'],
                keywords: ['npm', 'package.json', 'semver', 'scripts'],
                links: [
                  { title: 'npm Docs', url: 'https://docs.npmjs.com/', type: 'documentation', why: 'Official guides to packages, package.json and the CLI.' },
                  { title: 'Semantic Versioning', url: 'https://semver.org/', type: 'article', why: 'Explains the version ranges npm resolves.' },
                ],
              },
              {
                id: 'testing-js', title: 'Testing JavaScript',
                description: 'Write unit tests with the built-in node:test runner or Vitest, including async code.',
                zh: { title: 'JavaScript 测试', description: '用内置的 node:test 或 Vitest 编写单元测试，包括异步代码的测试。' },
                hours: 3, difficulty: 'medium', prerequisites: ['modules', 'async-await'],
                keywords: ['node:test', 'vitest', 'assertions', 'unit tests'],
                links: [
                  { title: 'Node.js: Test runner', url: 'https://nodejs.org/api/test.html', type: 'documentation', why: 'The test runner built into Node.js.' },
                  { title: 'Vitest Guide', url: 'https://vitest.dev/guide/', type: 'documentation', why: 'A popular fast test runner for modern JavaScript.' },
                ],
              },
              {
                id: 'debugging', title: 'Debugging with DevTools',
                description: 'Set breakpoints, inspect variables and the network panel, and profile slow code.',
                zh: { title: '用开发者工具调试', description: '设置断点、查看变量与网络面板，并分析运行缓慢的代码。' },
                hours: 1.5, difficulty: 'medium', prerequisites: ['dom-events'],
                keywords: ['devtools', 'breakpoints', 'network panel', 'console'],
                links: [
                  { title: 'Chrome DevTools', url: 'https://developer.chrome.com/docs/devtools/', type: 'tool', why: 'Official documentation for debugging, network and performance panels.' },
                ],
              },
            ],
          },
          {
            id: 'project',
            title: 'Project',
            description: 'Put everything together.',
            zh: { title: '综合项目', description: '把所学内容融会贯通。' },
            concepts: [
              {
                id: 'code-quality', title: 'Linting and formatting',
                description: 'Catch bugs and enforce consistent style automatically with ESLint and a formatter.',
                zh: { title: '代码检查与格式化', description: '用 ESLint 和格式化工具自动发现问题并统一代码风格。' },
                hours: 1, difficulty: 'medium', prerequisites: ['npm-packages'],
                keywords: ['eslint', 'prettier', 'linting', 'code style'],
                links: [
                  { title: 'ESLint: Getting Started', url: 'https://eslint.org/docs/latest/use/getting-started', type: 'documentation', why: 'Installs and configures the standard JavaScript linter.' },
                ],
              },
              {
                id: 'browser-app', title: 'Build an interactive web app',
                description: 'Build a small app that fetches data, renders it to the DOM, persists state in localStorage and is tested.',
                zh: { title: '构建交互式网页应用', description: '构建一个小应用：获取数据并渲染到 DOM，用 localStorage 持久化状态，并配有测试。' },
                hours: 8, difficulty: 'hard', prerequisites: ['fetch', 'testing-js', 'map-set-iterators'],
                keywords: ['project', 'localStorage', 'dom', 'fetch'],
                links: [
                  { title: 'MDN: Web Storage API', url: 'https://developer.mozilla.org/en-US/docs/Web/API/Web_Storage_API', type: 'documentation', why: 'How to persist small amounts of state in the browser.' },
                  { title: 'The Modern JavaScript Tutorial', url: 'https://javascript.info/', type: 'tutorial', why: 'A thorough, free reference to revisit any topic while building.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
