/**
 * Curated curricula: TypeScript and Java.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

export const programmingLanguagesTypescriptJava: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── TypeScript
  {
    key: 'typescript',
    match: ['typescript', 'learn typescript', 'typescript programming', 'typescript types', 'typescript 入门', 'typescript入门', 'typescript 编程', 'typescript 类型'],
    title: { en: 'TypeScript', zh: 'TypeScript' },
    summary: {
      en: 'Add static types to JavaScript: everyday types and narrowing, object types and generics, type-level programming, strict configuration, declaration files and runtime validation of untrusted data.',
      zh: '为 JavaScript 加上静态类型：日常类型与类型收窄、对象类型与泛型、类型层面的编程、严格配置、声明文件，以及对不可信数据的运行时校验。',
    },
    stages: [
      {
        id: 'basics',
        title: 'TypeScript basics',
        description: 'Compile TypeScript, annotate values and functions, and let the checker narrow types for you.',
        zh: { title: 'TypeScript 基础', description: '编译 TypeScript，为值和函数添加类型注解，并让类型检查器帮你收窄类型。' },
        modules: [
          {
            id: 'everyday-typing',
            title: 'Everyday typing',
            description: 'Set up the compiler and type the values and functions you already write in JavaScript.',
            zh: { title: '日常类型', description: '配置编译器，为平时写的 JavaScript 值和函数加上类型。' },
            concepts: [
              {
                id: 'setup-tsc', title: 'What TypeScript is and running tsc',
                description: 'Understand that types are erased at runtime, install TypeScript and compile a file with tsc.',
                zh: { title: 'TypeScript 是什么以及使用 tsc', description: '理解类型会在运行时被擦除，安装 TypeScript 并用 tsc 编译文件。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['tsc', 'type checking', 'type erasure', 'setup'],
                links: [
                  { title: 'The TypeScript Handbook', url: 'https://www.typescriptlang.org/docs/handbook/intro.html', type: 'documentation', why: 'The official starting point and map of the handbook.' },
                  { title: 'Handbook: The Basics', url: 'https://www.typescriptlang.org/docs/handbook/2/basic-types.html', type: 'documentation', why: 'Explains static checking, tsc and emitted JavaScript.' },
                ],
              },
              {
                id: 'everyday-types', title: 'Everyday types',
                description: 'Annotate primitives, arrays, object shapes, unions, literal types and optional properties.',
                zh: { title: '常用类型', description: '为原始类型、数组、对象结构、联合类型、字面量类型和可选属性添加注解。' },
                hours: 3, difficulty: 'easy', prerequisites: ['setup-tsc'],
                keywords: ['type annotations', 'union types', 'literal types', 'type inference'],
                links: [
                  { title: 'Handbook: Everyday Types', url: 'https://www.typescriptlang.org/docs/handbook/2/everyday-types.html', type: 'documentation', why: 'Covers every type you will use daily, with examples.' },
                  { title: 'TypeScript Playground', url: 'https://www.typescriptlang.org/play', type: 'tool', why: 'Experiment with types in the browser and see the emitted JavaScript.' },
                ],
              },
              {
                id: 'function-types', title: 'Typing functions',
                description: 'Type parameters and return values, optional and rest parameters, overloads and callback types.',
                zh: { title: '函数的类型', description: '为参数与返回值、可选参数与剩余参数、重载以及回调函数标注类型。' },
                hours: 2, difficulty: 'easy', prerequisites: ['everyday-types'],
                keywords: ['function types', 'overloads', 'void', 'callbacks'],
                links: [
                  { title: 'Handbook: More on Functions', url: 'https://www.typescriptlang.org/docs/handbook/2/functions.html', type: 'documentation', why: 'Function type expressions, overloads and this parameters.' },
                ],
              },
            ],
          },
          {
            id: 'narrowing-objects',
            title: 'Narrowing and object types',
            description: 'Let control flow refine types and describe object shapes precisely.',
            zh: { title: '类型收窄与对象类型', description: '利用控制流细化类型，并精确描述对象结构。' },
            concepts: [
              {
                id: 'narrowing', title: 'Narrowing and type guards',
                description: 'Narrow unions with typeof, in, instanceof, equality checks and user-defined type guards.',
                zh: { title: '类型收窄与类型守卫', description: '用 typeof、in、instanceof、相等判断和自定义类型守卫收窄联合类型。' },
                hours: 3, difficulty: 'medium', prerequisites: ['everyday-types'],
                keywords: ['narrowing', 'type guards', 'typeof', 'unknown'],
                links: [
                  { title: 'Handbook: Narrowing', url: 'https://www.typescriptlang.org/docs/handbook/2/narrowing.html', type: 'documentation', why: 'Every narrowing technique, including discriminated unions and never.' },
                ],
              },
              {
                id: 'object-types', title: 'Interfaces, type aliases and object types',
                description: 'Describe objects with interfaces and type aliases, readonly and index signatures, and extend or intersect them.',
                zh: { title: '接口、类型别名与对象类型', description: '用接口和类型别名描述对象，使用只读属性和索引签名，并进行扩展或交叉组合。' },
                hours: 3, difficulty: 'medium', prerequisites: ['everyday-types'],
                keywords: ['interface', 'type alias', 'readonly', 'intersection types'],
                links: [
                  { title: 'Handbook: Object Types', url: 'https://www.typescriptlang.org/docs/handbook/2/objects.html', type: 'documentation', why: 'Property modifiers, extending types and intersections.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'type-system',
        title: 'The type system in depth',
        description: 'Write reusable generic code and derive new types from existing ones.',
        zh: { title: '深入类型系统', description: '编写可复用的泛型代码，并从已有类型推导出新类型。' },
        modules: [
          {
            id: 'generics-classes-modules',
            title: 'Generics, classes and modules',
            description: 'Abstractions that scale beyond a single file.',
            zh: { title: '泛型、类与模块', description: '能够跨文件扩展的抽象手段。' },
            concepts: [
              {
                id: 'generics', title: 'Generics',
                description: 'Write generic functions, interfaces and classes with constraints and default type parameters.',
                zh: { title: '泛型', description: '编写带约束和默认类型参数的泛型函数、接口与类。' },
                hours: 4, difficulty: 'medium', prerequisites: ['function-types', 'object-types'],
                keywords: ['generics', 'type parameters', 'constraints', 'extends'],
                links: [
                  { title: 'Handbook: Generics', url: 'https://www.typescriptlang.org/docs/handbook/2/generics.html', type: 'documentation', why: 'Builds up generics from identity functions to constrained classes.' },
                ],
              },
              {
                id: 'classes', title: 'Classes',
                description: 'Use typed fields, access modifiers, abstract classes and implements clauses.',
                zh: { title: '类', description: '使用带类型的字段、访问修饰符、抽象类和 implements 子句。' },
                hours: 2, difficulty: 'medium', prerequisites: ['object-types'],
                keywords: ['class', 'private', 'abstract', 'implements'],
                links: [
                  { title: 'Handbook: Classes', url: 'https://www.typescriptlang.org/docs/handbook/2/classes.html', type: 'documentation', why: 'Class members, visibility and inheritance in TypeScript.' },
                ],
              },
              {
                id: 'modules', title: 'Modules and module resolution',
                description: 'Import and export types, and understand how module and moduleResolution settings affect Node.js and bundlers.',
                zh: { title: '模块与模块解析', description: '导入导出类型，并理解 module 与 moduleResolution 设置对 Node.js 和打包工具的影响。' },
                hours: 3, difficulty: 'medium', prerequisites: ['setup-tsc'],
                keywords: ['esm', 'import type', 'moduleResolution', 'nodenext'],
                links: [
                  { title: 'Handbook: Modules', url: 'https://www.typescriptlang.org/docs/handbook/2/modules.html', type: 'documentation', why: 'How TypeScript understands import and export.' },
                  { title: 'Modules reference: Introduction', url: 'https://www.typescriptlang.org/docs/handbook/modules/introduction.html', type: 'documentation', why: 'The detailed guide to module formats and resolution settings.' },
                ],
              },
            ],
          },
          {
            id: 'types-from-types',
            title: 'Creating types from types',
            description: 'Type-level operators that keep types in sync with code.',
            zh: { title: '由类型生成类型', description: '借助类型层面的运算符，让类型与代码保持同步。' },
            concepts: [
              {
                id: 'utility-types', title: 'Utility types',
                description: 'Use Partial, Required, Pick, Omit, Record, ReturnType and friends instead of rewriting types.',
                zh: { title: '工具类型', description: '使用 Partial、Required、Pick、Omit、Record、ReturnType 等工具类型，避免重复书写类型。' },
                hours: 2, difficulty: 'medium', prerequisites: ['generics'],
                keywords: ['Partial', 'Pick', 'Omit', 'Record'],
                links: [
                  { title: 'Handbook: Utility Types', url: 'https://www.typescriptlang.org/docs/handbook/utility-types.html', type: 'documentation', why: 'Reference for every built-in utility type.' },
                ],
              },
              {
                id: 'keyof-indexed', title: 'keyof, typeof and indexed access types',
                description: 'Derive types from values and from other types with keyof, typeof and T[K].',
                zh: { title: 'keyof、typeof 与索引访问类型', description: '用 keyof、typeof 和 T[K] 从值或其他类型推导出新类型。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['generics'],
                keywords: ['keyof', 'typeof', 'indexed access', 'as const'],
                links: [
                  { title: 'Handbook: Keyof Type Operator', url: 'https://www.typescriptlang.org/docs/handbook/2/keyof-types.html', type: 'documentation', why: 'How keyof produces unions of property names.' },
                  { title: 'Handbook: Indexed Access Types', url: 'https://www.typescriptlang.org/docs/handbook/2/indexed-access-types.html', type: 'documentation', why: 'Looking up property types, including on arrays.' },
                ],
              },
              {
                id: 'conditional-mapped', title: 'Conditional, mapped and template literal types',
                description: 'Transform types with conditional types and infer, mapped types with key remapping, and template literal types.',
                zh: { title: '条件类型、映射类型与模板字面量类型', description: '用条件类型与 infer、带键重映射的映射类型以及模板字面量类型变换类型。' },
                hours: 5, difficulty: 'hard', prerequisites: ['keyof-indexed', 'utility-types'],
                keywords: ['conditional types', 'infer', 'mapped types', 'template literal types'],
                links: [
                  { title: 'Handbook: Conditional Types', url: 'https://www.typescriptlang.org/docs/handbook/2/conditional-types.html', type: 'documentation', why: 'Conditional types, infer and distributive behaviour.' },
                  { title: 'Handbook: Mapped Types', url: 'https://www.typescriptlang.org/docs/handbook/2/mapped-types.html', type: 'documentation', why: 'Building new object types by iterating over keys.' },
                  { title: 'Handbook: Template Literal Types', url: 'https://www.typescriptlang.org/docs/handbook/2/template-literal-types.html', type: 'documentation', why: 'String manipulation at the type level.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'real-projects',
        title: 'TypeScript in real projects',
        description: 'Configure strictness, type third-party code, migrate JavaScript and stay safe at runtime boundaries.',
        zh: { title: '在真实项目中使用 TypeScript', description: '配置严格模式、为第三方代码提供类型、迁移 JavaScript 项目，并守住运行时边界的安全。' },
        modules: [
          {
            id: 'configuration',
            title: 'Configuration and the ecosystem',
            description: 'tsconfig, declaration files and migration.',
            zh: { title: '配置与生态', description: 'tsconfig、声明文件与项目迁移。' },
            concepts: [
              {
                id: 'tsconfig-strict', title: 'tsconfig and strict mode',
                description: 'Configure a project with tsconfig.json and turn on strict, noUncheckedIndexedAccess and related checks.',
                zh: { title: 'tsconfig 与严格模式', description: '用 tsconfig.json 配置项目，并开启 strict、noUncheckedIndexedAccess 等检查。' },
                hours: 2, difficulty: 'medium', prerequisites: ['modules'],
                keywords: ['tsconfig', 'strict', 'compiler options', 'project references'],
                links: [
                  { title: 'TSConfig Reference', url: 'https://www.typescriptlang.org/tsconfig/', type: 'documentation', why: 'Every compiler option explained with examples.' },
                ],
              },
              {
                id: 'declaration-files', title: 'Declaration files and typing JavaScript libraries',
                description: 'Read .d.ts files, install @types packages and write declarations for untyped modules.',
                zh: { title: '声明文件与 JavaScript 库的类型', description: '读懂 .d.ts 文件，安装 @types 包，并为无类型模块编写声明。' },
                hours: 3, difficulty: 'hard', prerequisites: ['modules', 'generics'],
                keywords: ['.d.ts', '@types', 'declare module', 'DefinitelyTyped'],
                links: [
                  { title: 'Declaration Files: Introduction', url: 'https://www.typescriptlang.org/docs/handbook/declaration-files/introduction.html', type: 'documentation', why: 'How to read and author declaration files.' },
                  { title: 'DefinitelyTyped', url: 'https://github.com/DefinitelyTyped/DefinitelyTyped', type: 'tool', why: 'The community repository behind @types packages.' },
                ],
              },
              {
                id: 'migrating-js', title: 'Migrating a JavaScript project',
                description: 'Adopt TypeScript incrementally with allowJs, checkJs and progressively stricter settings.',
                zh: { title: '迁移 JavaScript 项目', description: '借助 allowJs、checkJs 和逐步收紧的配置，渐进式地引入 TypeScript。' },
                hours: 3, difficulty: 'medium', prerequisites: ['tsconfig-strict'],
                keywords: ['migration', 'allowJs', 'checkJs', 'incremental adoption'],
                links: [
                  { title: 'Migrating from JavaScript', url: 'https://www.typescriptlang.org/docs/handbook/migrating-from-javascript.html', type: 'documentation', why: 'The official step-by-step migration guide.' },
                ],
              },
            ],
          },
          {
            id: 'safety-at-boundaries',
            title: 'Safety at the boundaries',
            description: 'Model states precisely and validate data the compiler cannot see.',
            zh: { title: '边界处的安全', description: '精确建模状态，并校验编译器看不到的外部数据。' },
            concepts: [
              {
                id: 'discriminated-unions', title: 'Modelling state with discriminated unions',
                description: 'Represent each state of a domain object as a tagged union and enforce exhaustive handling with never.',
                zh: { title: '用可辨识联合建模状态', description: '把领域对象的每种状态表示为带标签的联合类型，并借助 never 强制穷尽处理。' },
                hours: 3, difficulty: 'hard', prerequisites: ['narrowing', 'object-types'],
                keywords: ['discriminated unions', 'exhaustiveness', 'never', 'state modelling'],
                links: [
                  { title: 'Handbook: Narrowing (discriminated unions)', url: 'https://www.typescriptlang.org/docs/handbook/2/narrowing.html', type: 'documentation', why: 'Its later sections cover discriminated unions and exhaustiveness checks.' },
                ],
              },
              {
                id: 'runtime-validation', title: 'Validating untrusted data at runtime',
                description: 'Parse JSON, environment variables and API input with a schema library and infer static types from the schema.',
                zh: { title: '运行时校验不可信数据', description: '用模式校验库解析 JSON、环境变量和接口输入，并从模式推导出静态类型。' },
                hours: 3, difficulty: 'hard', prerequisites: ['narrowing', 'generics'],
                keywords: ['zod', 'schema validation', 'unknown', 'type inference'],
                links: [
                  { title: 'Zod documentation', url: 'https://zod.dev/', type: 'documentation', why: 'A widely used TypeScript-first schema validation library.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Java
  {
    key: 'java',
    match: ['java', 'learn java', 'java programming', 'core java', 'java se', 'java 编程', 'java编程', 'java 入门', 'java入门', 'java 基础'],
    title: { en: 'Java Programming', zh: 'Java 编程' },
    summary: {
      en: 'Modern Java (17/21): language basics and object-oriented design, records and sealed types, exceptions and generics, collections, lambdas and streams, build tools and testing, concurrency and a first Spring Boot service.',
      zh: '现代 Java（17/21）：语言基础与面向对象设计、record 与密封类型、异常与泛型、集合、Lambda 与 Stream、构建工具与测试、并发编程，以及第一个 Spring Boot 服务。',
    },
    stages: [
      {
        id: 'java-basics',
        title: 'Java basics',
        description: 'Set up a JDK, learn the syntax and write object-oriented code.',
        zh: { title: 'Java 基础', description: '安装 JDK，学习语法，并编写面向对象的代码。' },
        modules: [
          {
            id: 'getting-started',
            title: 'Getting started',
            description: 'Compile and run programs and learn the core syntax.',
            zh: { title: '快速上手', description: '编译并运行程序，学习核心语法。' },
            concepts: [
              {
                id: 'jdk-setup', title: 'Installing a JDK and running programs',
                description: 'Install a current LTS JDK, compile with javac, run with java and use jshell for experiments.',
                zh: { title: '安装 JDK 并运行程序', description: '安装当前 LTS 版本的 JDK，用 javac 编译、java 运行，并用 jshell 做实验。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['jdk', 'javac', 'jshell', 'jvm'],
                links: [
                  { title: 'dev.java: Getting Started with Java', url: 'https://dev.java/learn/getting-started/', type: 'tutorial', why: 'Oracle’s official guide to installing a JDK and running a first program.' },
                ],
              },
              {
                id: 'language-basics', title: 'Variables, types, operators and control flow',
                description: 'Use primitive types, operators, if/switch, loops and methods in small programs.',
                zh: { title: '变量、类型、运算符与流程控制', description: '在小程序中使用原始类型、运算符、if/switch、循环和方法。' },
                hours: 4, difficulty: 'easy', prerequisites: ['jdk-setup'],
                keywords: ['primitive types', 'operators', 'switch', 'loops'],
                links: [
                  { title: 'dev.java: Language Basics', url: 'https://dev.java/learn/language-basics/', type: 'tutorial', why: 'Variables, operators, expressions and control flow statements.' },
                  { title: 'The Java Tutorials: Language Basics', url: 'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/index.html', type: 'documentation', why: 'The classic Oracle tutorial with exercises.' },
                ],
              },
              {
                id: 'strings-arrays', title: 'Strings and arrays',
                description: 'Work with immutable String, StringBuilder, text blocks and arrays.',
                zh: { title: '字符串与数组', description: '使用不可变的 String、StringBuilder、文本块以及数组。' },
                hours: 2, difficulty: 'easy', prerequisites: ['language-basics'],
                keywords: ['String', 'StringBuilder', 'arrays', 'text blocks'],
                links: [
                  { title: 'The Java Tutorials: Strings', url: 'https://docs.oracle.com/javase/tutorial/java/data/strings.html', type: 'documentation', why: 'Creating, comparing and manipulating strings.' },
                  { title: 'The Java Tutorials: Arrays', url: 'https://docs.oracle.com/javase/tutorial/java/nutsandbolts/arrays.html', type: 'documentation', why: 'Declaring, initialising and copying arrays.' },
                ],
              },
            ],
          },
          {
            id: 'oop',
            title: 'Object-oriented programming',
            description: 'Classes, interfaces, inheritance and modern data types.',
            zh: { title: '面向对象编程', description: '类、接口、继承与现代数据类型。' },
            concepts: [
              {
                id: 'classes-objects', title: 'Classes, objects and encapsulation',
                description: 'Define classes with fields, constructors and methods, control access and understand references.',
                zh: { title: '类、对象与封装', description: '定义包含字段、构造器和方法的类，控制访问权限，并理解引用语义。' },
                hours: 4, difficulty: 'easy', prerequisites: ['language-basics'],
                keywords: ['class', 'constructor', 'encapsulation', 'static'],
                links: [
                  { title: 'dev.java: Classes and Objects', url: 'https://dev.java/learn/classes-objects/', type: 'tutorial', why: 'Declaring classes, creating objects and access control.' },
                ],
              },
              {
                id: 'inheritance-interfaces', title: 'Inheritance, interfaces and polymorphism',
                description: 'Program to interfaces, override methods, use default methods and prefer composition where it fits.',
                zh: { title: '继承、接口与多态', description: '面向接口编程，重写方法，使用默认方法，并在合适时优先采用组合。' },
                hours: 4, difficulty: 'medium', prerequisites: ['classes-objects'],
                keywords: ['interface', 'inheritance', 'polymorphism', 'override'],
                links: [
                  { title: 'dev.java: Inheritance', url: 'https://dev.java/learn/inheritance/', type: 'tutorial', why: 'Subclasses, overriding and polymorphism.' },
                  { title: 'The Java Tutorials: Interfaces and Inheritance', url: 'https://docs.oracle.com/javase/tutorial/java/IandI/index.html', type: 'documentation', why: 'Interfaces, default methods and abstract classes.' },
                ],
              },
              {
                id: 'records-enums-sealed', title: 'Records, enums and sealed types',
                description: 'Model data with records and enums, restrict hierarchies with sealed types and use pattern matching in switch.',
                zh: { title: 'Record、枚举与密封类型', description: '用 record 和枚举建模数据，用密封类型限制继承层次，并在 switch 中使用模式匹配。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['inheritance-interfaces'],
                keywords: ['records', 'enums', 'sealed classes', 'pattern matching'],
                links: [
                  { title: 'JEP 395: Records', url: 'https://openjdk.org/jeps/395', type: 'documentation', why: 'The specification and rationale for records.' },
                  { title: 'JEP 409: Sealed Classes', url: 'https://openjdk.org/jeps/409', type: 'documentation', why: 'How sealed hierarchies work and why they help pattern matching.' },
                  { title: 'dev.java: Enums', url: 'https://dev.java/learn/classes-objects/enums/', type: 'tutorial', why: 'Enums with fields, methods and switch.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'core-apis',
        title: 'Core APIs',
        description: 'Handle errors, write generic code and process data with collections, lambdas and streams.',
        zh: { title: '核心 API', description: '处理异常、编写泛型代码，并用集合、Lambda 和 Stream 处理数据。' },
        modules: [
          {
            id: 'errors-generics',
            title: 'Exceptions and generics',
            description: 'Robust error handling and type-safe reusable code.',
            zh: { title: '异常与泛型', description: '稳健的错误处理与类型安全的可复用代码。' },
            concepts: [
              {
                id: 'exceptions', title: 'Exceptions and try-with-resources',
                description: 'Distinguish checked and unchecked exceptions, close resources with try-with-resources and design error handling.',
                zh: { title: '异常与 try-with-resources', description: '区分受检异常和非受检异常，用 try-with-resources 关闭资源，并设计合理的错误处理。' },
                hours: 3, difficulty: 'medium', prerequisites: ['classes-objects'],
                keywords: ['exceptions', 'checked exceptions', 'try-with-resources', 'throws'],
                links: [
                  { title: 'dev.java: Exceptions', url: 'https://dev.java/learn/exceptions/', type: 'tutorial', why: 'Catching, throwing and creating exceptions.' },
                  { title: 'The Java Tutorials: Exceptions', url: 'https://docs.oracle.com/javase/tutorial/essential/exceptions/index.html', type: 'documentation', why: 'Includes the classic discussion of checked versus unchecked exceptions.' },
                ],
              },
              {
                id: 'generics', title: 'Generics',
                description: 'Use and write generic classes and methods, bounded types and wildcards.',
                zh: { title: '泛型', description: '使用并编写泛型类与泛型方法，掌握有界类型和通配符。' },
                hours: 3, difficulty: 'medium', prerequisites: ['inheritance-interfaces'],
                keywords: ['generics', 'type parameters', 'wildcards', 'type erasure'],
                links: [
                  { title: 'The Java Tutorials: Generics', url: 'https://docs.oracle.com/javase/tutorial/java/generics/index.html', type: 'documentation', why: 'Generic types, bounded parameters, wildcards and erasure.' },
                ],
              },
            ],
          },
          {
            id: 'collections-streams',
            title: 'Collections, lambdas and streams',
            description: 'The everyday toolkit for working with data.',
            zh: { title: '集合、Lambda 与 Stream', description: '日常处理数据的工具箱。' },
            concepts: [
              {
                id: 'collections', title: 'The Collections Framework',
                description: 'Choose between List, Set, Map and Deque implementations and understand equals and hashCode.',
                zh: { title: '集合框架', description: '在 List、Set、Map、Deque 的各种实现之间做出选择，并理解 equals 与 hashCode。' },
                hours: 4, difficulty: 'medium', prerequisites: ['generics'],
                keywords: ['List', 'Map', 'Set', 'hashCode'],
                links: [
                  { title: 'dev.java: The Collections Framework', url: 'https://dev.java/learn/api/collections-framework/', type: 'tutorial', why: 'A modern tour of the collection interfaces and implementations.' },
                  { title: 'The Java Tutorials: Collections', url: 'https://docs.oracle.com/javase/tutorial/collections/index.html', type: 'documentation', why: 'Interfaces, implementations and algorithms in depth.' },
                ],
              },
              {
                id: 'lambdas', title: 'Lambdas and functional interfaces',
                description: 'Write lambdas and method references and use java.util.function interfaces such as Function and Predicate.',
                zh: { title: 'Lambda 与函数式接口', description: '编写 Lambda 表达式和方法引用，使用 Function、Predicate 等 java.util.function 接口。' },
                hours: 3, difficulty: 'medium', prerequisites: ['inheritance-interfaces'],
                keywords: ['lambda', 'method references', 'functional interfaces', 'Comparator'],
                links: [
                  { title: 'dev.java: Lambda Expressions', url: 'https://dev.java/learn/lambdas/', type: 'tutorial', why: 'Writing lambdas, functional interfaces and comparators.' },
                ],
              },
              {
                id: 'streams', title: 'The Stream API',
                description: 'Filter, map, reduce and collect data with streams and know when a loop is clearer.',
                zh: { title: 'Stream API', description: '用 Stream 进行过滤、映射、归约和收集，并判断何时用循环更清晰。' },
                hours: 3, difficulty: 'medium', prerequisites: ['collections', 'lambdas'],
                keywords: ['streams', 'collectors', 'map-filter-reduce', 'Optional'],
                links: [
                  { title: 'dev.java: The Stream API', url: 'https://dev.java/learn/api/streams/', type: 'tutorial', why: 'Map-filter-reduce, collectors and stream pitfalls.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'building-software',
        title: 'Building software',
        description: 'Build with Maven or Gradle, test with JUnit, and work with files and databases.',
        zh: { title: '构建软件', description: '用 Maven 或 Gradle 构建项目，用 JUnit 测试，并读写文件和数据库。' },
        modules: [
          {
            id: 'build-test',
            title: 'Build and test',
            description: 'The practices every Java project relies on.',
            zh: { title: '构建与测试', description: '每个 Java 项目都离不开的工程实践。' },
            concepts: [
              {
                id: 'build-tools', title: 'Maven or Gradle',
                description: 'Structure a project, declare dependencies and run builds with Maven or Gradle.',
                zh: { title: 'Maven 或 Gradle', description: '组织项目结构、声明依赖，并用 Maven 或 Gradle 执行构建。' },
                hours: 3, difficulty: 'medium', prerequisites: ['classes-objects'],
                keywords: ['maven', 'gradle', 'dependencies', 'build lifecycle'],
                links: [
                  { title: 'Maven Getting Started Guide', url: 'https://maven.apache.org/guides/getting-started/index.html', type: 'documentation', why: 'Creates and builds a first Maven project.' },
                  { title: 'Gradle User Manual', url: 'https://docs.gradle.org/current/userguide/userguide.html', type: 'documentation', why: 'The official reference if your project uses Gradle.' },
                ],
              },
              {
                id: 'junit-testing', title: 'Unit testing with JUnit',
                description: 'Write JUnit tests with assertions, parameterised tests and lifecycle hooks, and run them in the build.',
                zh: { title: '用 JUnit 做单元测试', description: '编写带断言、参数化测试和生命周期钩子的 JUnit 测试，并在构建中运行。' },
                hours: 3, difficulty: 'medium', prerequisites: ['build-tools', 'exceptions'],
                keywords: ['junit', 'assertions', 'parameterized tests', 'test lifecycle'],
                links: [
                  { title: 'JUnit User Guide', url: 'https://docs.junit.org/current/user-guide/', type: 'documentation', why: 'The official guide to writing and running JUnit tests.' },
                ],
              },
            ],
          },
          {
            id: 'io-data',
            title: 'Files and databases',
            description: 'Reading and writing data outside the program.',
            zh: { title: '文件与数据库', description: '在程序之外读写数据。' },
            concepts: [
              {
                id: 'files-io', title: 'Files and I/O with java.nio.file',
                description: 'Read and write files with Path and Files, and handle character encodings correctly.',
                zh: { title: '使用 java.nio.file 处理文件与 I/O', description: '用 Path 和 Files 读写文件，并正确处理字符编码。' },
                hours: 2, difficulty: 'medium', prerequisites: ['exceptions', 'strings-arrays'],
                keywords: ['Path', 'Files', 'nio', 'charset'],
                links: [
                  { title: 'The Java Tutorials: File I/O (NIO.2)', url: 'https://docs.oracle.com/javase/tutorial/essential/io/fileio.html', type: 'documentation', why: 'Paths, reading, writing and walking directories.' },
                ],
              },
              {
                id: 'jdbc', title: 'Databases with JDBC',
                description: 'Connect to a relational database, run parameterised queries with PreparedStatement and manage transactions.',
                zh: { title: '用 JDBC 访问数据库', description: '连接关系型数据库，用 PreparedStatement 执行参数化查询，并管理事务。' },
                hours: 3, difficulty: 'medium', prerequisites: ['exceptions', 'collections'],
                keywords: ['jdbc', 'PreparedStatement', 'transactions', 'sql'],
                links: [
                  { title: 'The Java Tutorials: JDBC Basics', url: 'https://docs.oracle.com/javase/tutorial/jdbc/basics/index.html', type: 'documentation', why: 'Connections, statements, result sets and transactions.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'advanced-java',
        title: 'Concurrency, the JVM and services',
        description: 'Write concurrent code safely, understand the JVM and build a REST service.',
        zh: { title: '并发、JVM 与服务开发', description: '安全地编写并发代码，理解 JVM，并构建一个 REST 服务。' },
        modules: [
          {
            id: 'concurrency-jvm',
            title: 'Concurrency and the JVM',
            description: 'Threads, executors, virtual threads and memory management.',
            zh: { title: '并发与 JVM', description: '线程、执行器、虚拟线程与内存管理。' },
            concepts: [
              {
                id: 'concurrency', title: 'Threads, executors and CompletableFuture',
                description: 'Run tasks with ExecutorService, avoid races with synchronisation and concurrent collections, and compose async work.',
                zh: { title: '线程、执行器与 CompletableFuture', description: '用 ExecutorService 执行任务，借助同步和并发集合避免竞态，并组合异步任务。' },
                hours: 5, difficulty: 'hard', prerequisites: ['lambdas', 'exceptions'],
                keywords: ['threads', 'ExecutorService', 'synchronized', 'CompletableFuture'],
                links: [
                  { title: 'The Java Tutorials: Concurrency', url: 'https://docs.oracle.com/javase/tutorial/essential/concurrency/index.html', type: 'documentation', why: 'Threads, synchronisation, liveness and high-level concurrency objects.' },
                ],
              },
              {
                id: 'virtual-threads', title: 'Virtual threads',
                description: 'Use Java 21 virtual threads for high-throughput blocking I/O and know their pitfalls.',
                zh: { title: '虚拟线程', description: '在高吞吐的阻塞 I/O 场景中使用 Java 21 虚拟线程，并了解其局限。' },
                hours: 2, difficulty: 'hard', prerequisites: ['concurrency'],
                keywords: ['virtual threads', 'project loom', 'java 21', 'thread-per-request'],
                links: [
                  { title: 'JEP 444: Virtual Threads', url: 'https://openjdk.org/jeps/444', type: 'documentation', why: 'Explains the design, intended use and pitfalls such as pinning.' },
                ],
              },
              {
                id: 'jvm-gc', title: 'The JVM, memory and garbage collection',
                description: 'Understand heap and stack, how garbage collectors work and how to read basic JVM diagnostics.',
                zh: { title: 'JVM、内存与垃圾回收', description: '理解堆与栈、垃圾回收器的工作原理，并能读懂基本的 JVM 诊断信息。' },
                hours: 3, difficulty: 'hard', prerequisites: ['classes-objects', 'collections'],
                keywords: ['jvm', 'heap', 'garbage collection', 'g1'],
                links: [
                  { title: 'HotSpot Virtual Machine Garbage Collection Tuning Guide', url: 'https://docs.oracle.com/en/java/javase/21/gctuning/', type: 'documentation', why: 'Official explanation of the available collectors and their trade-offs.' },
                ],
              },
            ],
          },
          {
            id: 'spring-boot',
            title: 'A first Spring Boot service',
            description: 'Apply the language to the most common Java job: web services.',
            zh: { title: '第一个 Spring Boot 服务', description: '把语言知识用于最常见的 Java 工作：Web 服务开发。' },
            concepts: [
              {
                id: 'spring-boot-rest', title: 'Building a REST service with Spring Boot',
                description: 'Create a Spring Boot app, expose REST endpoints and understand dependency injection.',
                zh: { title: '用 Spring Boot 构建 REST 服务', description: '创建 Spring Boot 应用，暴露 REST 接口，并理解依赖注入。' },
                hours: 5, difficulty: 'hard', prerequisites: ['build-tools', 'records-enums-sealed', 'collections'],
                keywords: ['spring boot', 'rest', 'dependency injection', 'controllers'],
                links: [
                  { title: 'Spring Guide: Building a RESTful Web Service', url: 'https://spring.io/guides/gs/rest-service/', type: 'tutorial', why: 'The official first REST service in Spring Boot.' },
                  { title: 'Spring Boot Reference Documentation', url: 'https://docs.spring.io/spring-boot/index.html', type: 'documentation', why: 'Auto-configuration, configuration properties and packaging.' },
                ],
              },
              {
                id: 'spring-data', title: 'Persisting data with Spring Data JPA',
                description: 'Map entities with JPA, query them through Spring Data repositories and test the persistence layer.',
                zh: { title: '用 Spring Data JPA 持久化数据', description: '用 JPA 映射实体，通过 Spring Data 仓库查询数据，并测试持久层。' },
                hours: 4, difficulty: 'hard', prerequisites: ['spring-boot-rest', 'jdbc', 'junit-testing'],
                keywords: ['jdbc', 'jpa', 'spring data', 'repositories'],
                links: [
                  { title: 'Spring Guide: Accessing Data with JPA', url: 'https://spring.io/guides/gs/accessing-data-jpa/', type: 'tutorial', why: 'Builds entities and repositories step by step.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
