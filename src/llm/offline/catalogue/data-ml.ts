/**
 * Curated curricula for data work: SQL and data analysis, data engineering.
 * Machine learning and deep learning live in `data-ml-models.ts`.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const PG = 'https://www.postgresql.org/docs/current';
const PANDAS = 'https://pandas.pydata.org/docs';

export const dataMl: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── SQL and data analysis
  {
    key: 'sql-data-analysis',
    match: ['sql', 'learn sql', 'sql for data analysis', 'data analysis', 'data analyst', 'data analytics', 'pandas', 'sql 入门', 'sql入门', 'sql 数据分析', '数据分析', '数据分析师'],
    title: { en: 'SQL and Data Analysis', zh: 'SQL 与数据分析' },
    summary: {
      en: 'Answer real questions with data: SQL from SELECT to window functions, schema design and indexes, then pandas for cleaning and reshaping, visualisation, basic statistics and an end-to-end analysis.',
      zh: '用数据回答真实问题：从 SELECT 到窗口函数的 SQL、表结构设计与索引，再到用 pandas 清洗和重塑数据、数据可视化、基础统计，以及一次完整的分析实践。',
    },
    stages: [
      {
        id: 'sql-basics',
        title: 'SQL basics',
        description: 'Query a relational database: filter, sort, aggregate and join tables.',
        zh: { title: 'SQL 基础', description: '查询关系型数据库：过滤、排序、聚合与多表连接。' },
        modules: [
          {
            id: 'querying',
            title: 'Querying a table',
            description: 'The relational model and single-table queries.',
            zh: { title: '单表查询', description: '关系模型与单表查询。' },
            concepts: [
              {
                id: 'relational-model', title: 'Tables, rows, keys and the relational model',
                description: 'Explain tables, columns, data types, primary keys and how a database differs from a spreadsheet.',
                zh: { title: '表、行、键与关系模型', description: '理解表、列、数据类型和主键，以及数据库与电子表格的区别。' },
                hours: 1.5, difficulty: 'easy', prerequisites: [],
                keywords: ['relational model', 'tables', 'primary key', 'data types'],
                links: [
                  { title: 'PostgreSQL Tutorial: Concepts', url: `${PG}/tutorial-concepts.html`, type: 'documentation', why: 'A short, precise introduction to relations, rows and columns.' },
                  { title: 'PostgreSQL Tutorial', url: `${PG}/tutorial.html`, type: 'documentation', why: 'Installing PostgreSQL and creating a first database.' },
                ],
              },
              {
                id: 'select-filter', title: 'SELECT, WHERE, ORDER BY and LIMIT',
                description: 'Select columns, filter rows with conditions, sort results and limit output.',
                zh: { title: 'SELECT、WHERE、ORDER BY 与 LIMIT', description: '选择列、用条件过滤行、对结果排序并限制输出条数。' },
                hours: 3, difficulty: 'easy', prerequisites: ['relational-model'],
                keywords: ['select', 'where', 'order by', 'limit'],
                links: [
                  { title: 'PostgreSQL Tutorial: Querying a Table', url: `${PG}/tutorial-select.html`, type: 'documentation', why: 'SELECT with filters and ordering.' },
                  { title: 'SQLBolt', url: 'https://sqlbolt.com/', type: 'tutorial', why: 'Short interactive exercises that run in the browser.' },
                ],
              },
              {
                id: 'aggregation', title: 'Aggregates, GROUP BY and HAVING',
                description: 'Summarise data with COUNT, SUM, AVG, MIN and MAX, group rows and filter groups.',
                zh: { title: '聚合函数、GROUP BY 与 HAVING', description: '用 COUNT、SUM、AVG、MIN、MAX 汇总数据，对行分组并过滤分组。' },
                hours: 3, difficulty: 'easy', prerequisites: ['select-filter'],
                keywords: ['group by', 'having', 'count', 'aggregate functions'],
                links: [
                  { title: 'PostgreSQL Tutorial: Aggregate Functions', url: `${PG}/tutorial-agg.html`, type: 'documentation', why: 'GROUP BY and the WHERE versus HAVING distinction.' },
                ],
              },
            ],
          },
          {
            id: 'combining',
            title: 'Combining data',
            description: 'Joins and the expressions used in everyday analysis.',
            zh: { title: '组合数据', description: '连接查询以及日常分析中常用的表达式。' },
            concepts: [
              {
                id: 'joins', title: 'Joins',
                description: 'Combine tables with inner, left and full joins and avoid accidental row duplication.',
                zh: { title: '连接查询', description: '用内连接、左连接和全连接组合多张表，并避免意外的行重复。' },
                hours: 4, difficulty: 'medium', prerequisites: ['select-filter'],
                keywords: ['inner join', 'left join', 'join keys', 'fan-out'],
                links: [
                  { title: 'PostgreSQL Tutorial: Joins Between Tables', url: `${PG}/tutorial-join.html`, type: 'documentation', why: 'Inner, outer and self joins with examples.' },
                ],
              },
              {
                id: 'nulls-case-dates', title: 'NULLs, CASE, dates and strings',
                description: 'Handle NULL correctly, bucket values with CASE and work with date and text functions.',
                zh: { title: 'NULL、CASE、日期与字符串', description: '正确处理 NULL，用 CASE 对数据分桶，并使用日期和文本函数。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['aggregation'],
                keywords: ['null', 'case', 'coalesce', 'date functions'],
                links: [
                  { title: 'PostgreSQL: Conditional Expressions', url: `${PG}/functions-conditional.html`, type: 'documentation', why: 'CASE, COALESCE and NULLIF.' },
                  { title: 'PostgreSQL: Date/Time Functions and Operators', url: `${PG}/functions-datetime.html`, type: 'documentation', why: 'date_trunc, extract and interval arithmetic.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'advanced-sql',
        title: 'Analytical SQL and database design',
        description: 'Write multi-step analytical queries and understand how tables and indexes are designed.',
        zh: { title: '分析型 SQL 与数据库设计', description: '编写多步骤的分析查询，并理解表结构与索引的设计。' },
        modules: [
          {
            id: 'analytical-sql',
            title: 'Analytical SQL',
            description: 'CTEs and window functions.',
            zh: { title: '分析型 SQL', description: 'CTE 与窗口函数。' },
            concepts: [
              {
                id: 'subqueries-ctes', title: 'Subqueries and common table expressions',
                description: 'Break complex questions into readable steps with subqueries and WITH clauses.',
                zh: { title: '子查询与公共表表达式', description: '用子查询和 WITH 子句把复杂问题拆成清晰易读的步骤。' },
                hours: 3, difficulty: 'medium', prerequisites: ['joins', 'aggregation'],
                keywords: ['subquery', 'cte', 'with', 'exists'],
                links: [
                  { title: 'PostgreSQL: WITH Queries', url: `${PG}/queries-with.html`, type: 'documentation', why: 'CTEs, including recursive ones.' },
                  { title: 'PostgreSQL: Subquery Expressions', url: `${PG}/functions-subquery.html`, type: 'documentation', why: 'EXISTS, IN and ANY with subqueries.' },
                ],
              },
              {
                id: 'window-functions', title: 'Window functions',
                description: 'Rank rows, compute running totals and compare with previous periods using OVER and PARTITION BY.',
                zh: { title: '窗口函数', description: '用 OVER 和 PARTITION BY 对行排名、计算累计值，并与上一周期对比。' },
                hours: 4, difficulty: 'medium', prerequisites: ['subqueries-ctes'],
                keywords: ['window functions', 'row_number', 'lag', 'running total'],
                links: [
                  { title: 'PostgreSQL Tutorial: Window Functions', url: `${PG}/tutorial-window.html`, type: 'documentation', why: 'A gentle introduction with partitions and frames.' },
                  { title: 'PostgreSQL: Window Functions reference', url: `${PG}/functions-window.html`, type: 'documentation', why: 'rank, lag, lead, ntile and friends.' },
                ],
              },
            ],
          },
          {
            id: 'database-design',
            title: 'Database design',
            description: 'Schemas, constraints and query performance.',
            zh: { title: '数据库设计', description: '表结构、约束与查询性能。' },
            concepts: [
              {
                id: 'schema-design', title: 'Schema design, constraints and normalisation',
                description: 'Design tables with foreign keys and constraints and know when to normalise or denormalise.',
                zh: { title: '表结构设计、约束与范式', description: '设计带外键和约束的表，并判断何时规范化、何时反规范化。' },
                hours: 3, difficulty: 'medium', prerequisites: ['joins'],
                keywords: ['foreign keys', 'constraints', 'normalization', 'ddl'],
                links: [
                  { title: 'PostgreSQL: Constraints', url: `${PG}/ddl-constraints.html`, type: 'documentation', why: 'Primary keys, foreign keys, unique and check constraints.' },
                  { title: 'PostgreSQL Tutorial: Foreign Keys', url: `${PG}/tutorial-fk.html`, type: 'documentation', why: 'Referential integrity in practice.' },
                ],
              },
              {
                id: 'indexes-explain', title: 'Indexes and EXPLAIN',
                description: 'Read query plans with EXPLAIN and add indexes that make slow queries fast.',
                zh: { title: '索引与 EXPLAIN', description: '用 EXPLAIN 阅读查询计划，并添加能让慢查询变快的索引。' },
                hours: 3, difficulty: 'hard', prerequisites: ['schema-design', 'window-functions'],
                keywords: ['indexes', 'explain', 'query plan', 'b-tree'],
                links: [
                  { title: 'PostgreSQL: Indexes', url: `${PG}/indexes.html`, type: 'documentation', why: 'Index types and when they are used.' },
                  { title: 'PostgreSQL: Using EXPLAIN', url: `${PG}/using-explain.html`, type: 'documentation', why: 'How to read a query plan.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'python-analysis',
        title: 'Analysis with Python',
        description: 'Clean and reshape data with pandas, visualise it, reason statistically and communicate results.',
        zh: { title: '用 Python 做数据分析', description: '用 pandas 清洗和重塑数据，进行可视化与统计推断，并清晰地呈现结论。' },
        modules: [
          {
            id: 'pandas',
            title: 'pandas',
            description: 'DataFrames from loading to aggregation.',
            zh: { title: 'pandas', description: '从加载数据到聚合分析的 DataFrame 操作。' },
            concepts: [
              {
                id: 'notebooks', title: 'Python, NumPy and Jupyter for analysis',
                description: 'Work in Jupyter notebooks and understand the NumPy arrays underneath pandas.',
                zh: { title: '用于分析的 Python、NumPy 与 Jupyter', description: '在 Jupyter Notebook 中工作，并理解 pandas 底层的 NumPy 数组。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['jupyter', 'numpy', 'notebooks', 'arrays'],
                links: [
                  { title: 'Project Jupyter Documentation', url: 'https://docs.jupyter.org/en/latest/', type: 'documentation', why: 'Installing and using notebooks.' },
                  { title: 'NumPy: the absolute basics for beginners', url: 'https://numpy.org/doc/stable/user/absolute_beginners.html', type: 'tutorial', why: 'Arrays, shapes and vectorised operations.' },
                ],
              },
              {
                id: 'pandas-basics', title: 'DataFrames: loading, selecting and filtering',
                description: 'Read CSV and SQL data into DataFrames, select columns, filter rows and create new columns.',
                zh: { title: 'DataFrame：加载、选择与过滤', description: '把 CSV 和 SQL 数据读入 DataFrame，选择列、过滤行并创建新列。' },
                hours: 4, difficulty: 'medium', prerequisites: ['notebooks', 'select-filter'],
                keywords: ['pandas', 'dataframe', 'read_csv', 'loc'],
                links: [
                  { title: 'pandas: Getting started tutorials', url: `${PANDAS}/getting_started/intro_tutorials/index.html`, type: 'tutorial', why: 'Short official tutorials on reading, selecting and plotting data.' },
                  { title: '10 minutes to pandas', url: `${PANDAS}/user_guide/10min.html`, type: 'documentation', why: 'A compact tour of the core API.' },
                ],
              },
              {
                id: 'cleaning-reshaping', title: 'Cleaning, merging and reshaping',
                description: 'Handle missing values and types, merge DataFrames and pivot between long and wide formats.',
                zh: { title: '清洗、合并与重塑', description: '处理缺失值和数据类型，合并多个 DataFrame，并在长表与宽表之间转换。' },
                hours: 4, difficulty: 'medium', prerequisites: ['pandas-basics', 'joins'],
                keywords: ['missing data', 'merge', 'pivot', 'melt'],
                links: [
                  { title: 'pandas: Working with missing data', url: `${PANDAS}/user_guide/missing_data.html`, type: 'documentation', why: 'Detecting, filling and dropping missing values.' },
                  { title: 'pandas: Merge, join, concatenate and compare', url: `${PANDAS}/user_guide/merging.html`, type: 'documentation', why: 'SQL-style joins on DataFrames.' },
                  { title: 'pandas: Reshaping and pivot tables', url: `${PANDAS}/user_guide/reshaping.html`, type: 'documentation', why: 'pivot, melt, stack and unstack.' },
                ],
              },
              {
                id: 'groupby', title: 'Group by and aggregation in pandas',
                description: 'Split-apply-combine with groupby, named aggregations and time-based resampling.',
                zh: { title: 'pandas 中的分组与聚合', description: '用 groupby 完成“拆分-应用-合并”，使用命名聚合和按时间重采样。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['cleaning-reshaping', 'aggregation'],
                keywords: ['groupby', 'agg', 'resample', 'split-apply-combine'],
                links: [
                  { title: 'pandas: Group by: split-apply-combine', url: `${PANDAS}/user_guide/groupby.html`, type: 'documentation', why: 'The complete guide to grouping operations.' },
                ],
              },
            ],
          },
          {
            id: 'insight',
            title: 'From data to insight',
            description: 'Charts, statistics and a complete analysis.',
            zh: { title: '从数据到洞察', description: '图表、统计与一次完整的分析。' },
            concepts: [
              {
                id: 'visualization', title: 'Visualisation',
                description: 'Choose the right chart, build it with pandas, matplotlib or seaborn and label it honestly.',
                zh: { title: '数据可视化', description: '选择合适的图表类型，用 pandas、matplotlib 或 seaborn 绘制，并如实标注。' },
                hours: 3, difficulty: 'medium', prerequisites: ['pandas-basics'],
                keywords: ['visualization', 'matplotlib', 'seaborn', 'charts'],
                links: [
                  { title: 'pandas: Chart visualization', url: `${PANDAS}/user_guide/visualization.html`, type: 'documentation', why: 'Plotting directly from DataFrames.' },
                  { title: 'seaborn tutorial', url: 'https://seaborn.pydata.org/tutorial.html', type: 'tutorial', why: 'Statistical graphics with sensible defaults.' },
                ],
              },
              {
                id: 'statistics', title: 'Descriptive statistics and A/B tests',
                description: 'Summarise distributions, estimate uncertainty with confidence intervals and run a simple hypothesis test.',
                zh: { title: '描述统计与 A/B 测试', description: '概括数据分布，用置信区间估计不确定性，并完成简单的假设检验。' },
                hours: 5, difficulty: 'hard', prerequisites: ['groupby'],
                keywords: ['descriptive statistics', 'confidence intervals', 'hypothesis testing', 'a/b testing'],
                links: [
                  { title: 'OpenIntro Statistics', url: 'https://www.openintro.org/book/os/', type: 'book', why: 'A free, rigorous introductory statistics textbook.' },
                  { title: 'SciPy: Statistical functions (scipy.stats)', url: 'https://docs.scipy.org/doc/scipy/reference/stats.html', type: 'documentation', why: 'Tests and distributions you can run in Python.' },
                ],
              },
              {
                id: 'analysis-project', title: 'An end-to-end analysis',
                description: 'Frame a question, query and clean the data, analyse it and present findings with their limitations.',
                zh: { title: '完整的数据分析项目', description: '明确问题，查询并清洗数据，完成分析，并连同局限性一起呈现结论。' },
                hours: 6, difficulty: 'hard', prerequisites: ['window-functions', 'visualization', 'statistics'],
                keywords: ['project', 'storytelling', 'reporting', 'reproducibility'],
                links: [
                  { title: 'Kaggle Learn', url: 'https://www.kaggle.com/learn', type: 'course', why: 'Free short courses and public datasets to practise on.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Data engineering
  {
    key: 'data-engineering',
    match: ['data engineering', 'data engineer', 'data pipelines', 'etl', 'big data', 'data warehouse', 'apache spark', '数据工程', '数据工程师', '大数据', '数据仓库', '数据管道'],
    title: { en: 'Data Engineering', zh: '数据工程' },
    summary: {
      en: 'Build reliable data pipelines: SQL, Python and tooling foundations, analytical storage and dimensional modelling, ELT with dbt, orchestration with Airflow, data quality, Spark, lakehouse table formats and streaming with Kafka.',
      zh: '构建可靠的数据管道：SQL、Python 与工具基础，分析型存储与维度建模，基于 dbt 的 ELT，Airflow 编排，数据质量，Spark，湖仓表格式，以及基于 Kafka 的流处理。',
    },
    stages: [
      {
        id: 'foundations',
        title: 'Foundations',
        description: 'The core skills and the storage concepts every pipeline is built on.',
        zh: { title: '基础', description: '构建任何数据管道都离不开的核心技能与存储概念。' },
        modules: [
          {
            id: 'core-skills',
            title: 'Core skills',
            description: 'SQL, Python and engineering tools.',
            zh: { title: '核心技能', description: 'SQL、Python 与工程工具。' },
            concepts: [
              {
                id: 'sql-for-pipelines', title: 'SQL for pipelines',
                description: 'Write joins, aggregations, CTEs and window functions fluently; they are the bulk of transformation work.',
                zh: { title: '面向数据管道的 SQL', description: '熟练编写连接、聚合、CTE 和窗口函数，它们构成了数据转换工作的主体。' },
                hours: 5, difficulty: 'easy', prerequisites: [],
                keywords: ['sql', 'cte', 'window functions', 'joins'],
                links: [
                  { title: 'PostgreSQL Tutorial', url: `${PG}/tutorial.html`, type: 'documentation', why: 'Covers joins, aggregates, window functions and transactions.' },
                  { title: 'PostgreSQL: WITH Queries', url: `${PG}/queries-with.html`, type: 'documentation', why: 'CTEs for multi-step transformations.' },
                ],
              },
              {
                id: 'python-for-data', title: 'Python for data work',
                description: 'Read files and APIs, handle JSON and CSV, and manipulate data with pandas in scripts.',
                zh: { title: '用于数据处理的 Python', description: '读取文件与 API，处理 JSON 和 CSV，并在脚本中用 pandas 处理数据。' },
                hours: 4, difficulty: 'easy', prerequisites: [],
                keywords: ['python', 'json', 'csv', 'pandas'],
                links: [
                  { title: 'The Python Tutorial', url: 'https://docs.python.org/3/tutorial/', type: 'documentation', why: 'The official tutorial if your Python needs a refresh.' },
                  { title: 'pandas: Getting started tutorials', url: `${PANDAS}/getting_started/intro_tutorials/index.html`, type: 'tutorial', why: 'Reading, selecting and combining tabular data.' },
                ],
              },
              {
                id: 'git-docker', title: 'Git, the command line and Docker',
                description: 'Version pipeline code with Git, work in a shell and run databases and tools in containers.',
                zh: { title: 'Git、命令行与 Docker', description: '用 Git 管理管道代码版本，在命令行中工作，并用容器运行数据库和工具。' },
                hours: 3, difficulty: 'easy', prerequisites: [],
                keywords: ['git', 'shell', 'docker', 'reproducibility'],
                links: [
                  { title: 'Pro Git', url: 'https://git-scm.com/book/en/v2', type: 'book', why: 'The free official Git book.' },
                  { title: 'Docker: Get started', url: 'https://docs.docker.com/get-started/', type: 'tutorial', why: 'Running services such as databases locally in containers.' },
                ],
              },
            ],
          },
          {
            id: 'storage-modelling',
            title: 'Analytical storage and modelling',
            description: 'How analytical data is stored and shaped.',
            zh: { title: '分析型存储与建模', description: '分析型数据如何存储和组织。' },
            concepts: [
              {
                id: 'oltp-olap', title: 'OLTP versus OLAP and columnar storage',
                description: 'Contrast transactional and analytical workloads and explain why columnar formats and engines are fast for analytics.',
                zh: { title: 'OLTP 与 OLAP 以及列式存储', description: '对比事务型与分析型负载，理解列式格式和引擎为何适合分析。' },
                hours: 2, difficulty: 'medium', prerequisites: ['sql-for-pipelines'],
                keywords: ['oltp', 'olap', 'columnar storage', 'duckdb'],
                links: [
                  { title: 'DuckDB Documentation', url: 'https://duckdb.org/docs/', type: 'documentation', why: 'An embeddable analytical database to experiment with columnar SQL.' },
                  { title: 'Apache Parquet Documentation', url: 'https://parquet.apache.org/docs/', type: 'documentation', why: 'How a columnar file format is laid out.' },
                ],
              },
              {
                id: 'dimensional-modelling', title: 'Dimensional modelling',
                description: 'Model facts and dimensions, declare the grain and handle slowly changing dimensions.',
                zh: { title: '维度建模', description: '为事实与维度建模，明确数据粒度，并处理缓慢变化维。' },
                hours: 4, difficulty: 'medium', prerequisites: ['oltp-olap'],
                keywords: ['star schema', 'fact tables', 'dimensions', 'slowly changing dimensions'],
                links: [
                  { title: 'Kimball Group: Dimensional Modeling Techniques', url: 'https://www.kimballgroup.com/data-warehouse-business-intelligence-resources/kimball-techniques/dimensional-modeling-techniques/', type: 'article', why: 'The canonical catalogue of dimensional modelling techniques.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'pipelines',
        title: 'Batch pipelines',
        description: 'Design, transform, orchestrate and test batch pipelines.',
        zh: { title: '批处理管道', description: '设计、转换、编排并测试批处理数据管道。' },
        modules: [
          {
            id: 'transform',
            title: 'Ingestion and transformation',
            description: 'ELT, dbt and file formats.',
            zh: { title: '数据接入与转换', description: 'ELT、dbt 与文件格式。' },
            concepts: [
              {
                id: 'etl-elt', title: 'ETL, ELT and pipeline design',
                description: 'Design idempotent, incremental loads that can be re-run safely and backfilled.',
                zh: { title: 'ETL、ELT 与管道设计', description: '设计可安全重跑、可回填的幂等增量加载流程。' },
                hours: 3, difficulty: 'medium', prerequisites: ['python-for-data', 'oltp-olap'],
                keywords: ['etl', 'elt', 'idempotency', 'incremental loads'],
                links: [
                  { title: 'Airflow: Best Practices', url: 'https://airflow.apache.org/docs/apache-airflow/stable/best-practices.html', type: 'documentation', why: 'Explains idempotent, reproducible tasks, which applies to any pipeline tool.' },
                ],
              },
              {
                id: 'dbt', title: 'Transformations with dbt',
                description: 'Build SQL models, dependencies, documentation and tests in a dbt project.',
                zh: { title: '用 dbt 做数据转换', description: '在 dbt 项目中构建 SQL 模型、依赖关系、文档与测试。' },
                hours: 4, difficulty: 'medium', prerequisites: ['dimensional-modelling', 'etl-elt'],
                keywords: ['dbt', 'sql models', 'ref()', 'lineage'],
                links: [
                  { title: 'dbt: What is dbt?', url: 'https://docs.getdbt.com/docs/introduction', type: 'documentation', why: 'Concepts and the path into the dbt documentation.' },
                ],
              },
              {
                id: 'file-formats', title: 'Parquet, partitioning and data lakes',
                description: 'Store data as partitioned Parquet in object storage and read it efficiently.',
                zh: { title: 'Parquet、分区与数据湖', description: '把数据以分区 Parquet 的形式存入对象存储，并高效读取。' },
                hours: 3, difficulty: 'medium', prerequisites: ['oltp-olap'],
                keywords: ['parquet', 'partitioning', 'object storage', 'arrow'],
                links: [
                  { title: 'Apache Parquet Documentation', url: 'https://parquet.apache.org/docs/', type: 'documentation', why: 'Row groups, column chunks and encodings.' },
                  { title: 'Apache Arrow Documentation', url: 'https://arrow.apache.org/docs/', type: 'documentation', why: 'The in-memory columnar format many tools share.' },
                ],
              },
            ],
          },
          {
            id: 'orchestration',
            title: 'Orchestration and quality',
            description: 'Scheduling, dependencies and trustworthy data.',
            zh: { title: '编排与数据质量', description: '调度、依赖与可信的数据。' },
            concepts: [
              {
                id: 'airflow', title: 'Orchestration with Airflow',
                description: 'Express pipelines as DAGs with retries, schedules and backfills, and monitor runs.',
                zh: { title: '用 Airflow 编排', description: '把管道表达为带重试、调度与回填的 DAG，并监控运行情况。' },
                hours: 4, difficulty: 'medium', prerequisites: ['etl-elt'],
                keywords: ['airflow', 'dag', 'scheduling', 'backfill'],
                links: [
                  { title: 'Apache Airflow Documentation', url: 'https://airflow.apache.org/docs/apache-airflow/stable/index.html', type: 'documentation', why: 'Tutorials and core concepts.' },
                  { title: 'Airflow: DAGs', url: 'https://airflow.apache.org/docs/apache-airflow/stable/core-concepts/dags.html', type: 'documentation', why: 'How DAGs, tasks and dependencies are declared.' },
                ],
              },
              {
                id: 'data-quality', title: 'Data quality tests and observability',
                description: 'Test uniqueness, nullability and relationships, and alert on freshness and volume anomalies.',
                zh: { title: '数据质量测试与可观测性', description: '测试唯一性、非空和关联关系，并对数据新鲜度和数据量异常发出告警。' },
                hours: 3, difficulty: 'hard', prerequisites: ['dbt', 'airflow'],
                keywords: ['data tests', 'freshness', 'data contracts', 'monitoring'],
                links: [
                  { title: 'dbt: Add data tests to your DAG', url: 'https://docs.getdbt.com/docs/build/data-tests', type: 'documentation', why: 'Generic and singular data tests in dbt.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'scale',
        title: 'Scale and streaming',
        description: 'Process large datasets in parallel and handle data in motion.',
        zh: { title: '规模化与流处理', description: '并行处理大规模数据集，并处理实时流动的数据。' },
        modules: [
          {
            id: 'distributed',
            title: 'Distributed processing and lakehouses',
            description: 'Spark and modern table formats.',
            zh: { title: '分布式处理与湖仓', description: 'Spark 与现代表格式。' },
            concepts: [
              {
                id: 'spark', title: 'Distributed processing with Spark',
                description: 'Use Spark DataFrames and SQL, understand partitions, shuffles and lazy evaluation.',
                zh: { title: '用 Spark 做分布式处理', description: '使用 Spark DataFrame 与 SQL，理解分区、shuffle 与惰性求值。' },
                hours: 6, difficulty: 'hard', prerequisites: ['python-for-data', 'file-formats'],
                keywords: ['spark', 'pyspark', 'shuffle', 'partitions'],
                links: [
                  { title: 'Spark Quick Start', url: 'https://spark.apache.org/docs/latest/quick-start.html', type: 'tutorial', why: 'First steps with the Spark shell and applications.' },
                  { title: 'Spark SQL, DataFrames and Datasets Guide', url: 'https://spark.apache.org/docs/latest/sql-programming-guide.html', type: 'documentation', why: 'The DataFrame API most pipelines use.' },
                ],
              },
              {
                id: 'lakehouse', title: 'Warehouses and lakehouse table formats',
                description: 'Compare cloud warehouses with lakehouses and explain what table formats add: ACID, schema evolution, time travel.',
                zh: { title: '数据仓库与湖仓表格式', description: '比较云数据仓库与湖仓架构，理解表格式带来的 ACID、表结构演进和时间旅行能力。' },
                hours: 3, difficulty: 'hard', prerequisites: ['file-formats', 'dimensional-modelling'],
                keywords: ['lakehouse', 'iceberg', 'acid', 'schema evolution'],
                links: [
                  { title: 'Apache Iceberg Documentation', url: 'https://iceberg.apache.org/docs/latest/', type: 'documentation', why: 'An open table format explained from the source.' },
                ],
              },
            ],
          },
          {
            id: 'streaming',
            title: 'Streaming',
            description: 'Event streams and continuous processing.',
            zh: { title: '流处理', description: '事件流与持续处理。' },
            concepts: [
              {
                id: 'kafka', title: 'Event streaming with Kafka',
                description: 'Understand topics, partitions, consumer groups and offsets, and produce and consume events.',
                zh: { title: '用 Kafka 处理事件流', description: '理解主题、分区、消费者组与偏移量，并生产和消费事件。' },
                hours: 5, difficulty: 'hard', prerequisites: ['etl-elt'],
                keywords: ['kafka', 'topics', 'consumer groups', 'offsets'],
                links: [
                  { title: 'Apache Kafka: Introduction', url: 'https://kafka.apache.org/intro', type: 'documentation', why: 'Core concepts explained by the project.' },
                  { title: 'Apache Kafka: Quickstart', url: 'https://kafka.apache.org/quickstart', type: 'tutorial', why: 'Run a broker and produce and consume events locally.' },
                ],
              },
              {
                id: 'stream-processing', title: 'Stream processing concepts',
                description: 'Reason about event time, windows, late data and delivery guarantees in a streaming engine.',
                zh: { title: '流处理核心概念', description: '理解流处理引擎中的事件时间、窗口、迟到数据和投递语义。' },
                hours: 4, difficulty: 'hard', prerequisites: ['kafka', 'spark'],
                keywords: ['event time', 'windowing', 'watermarks', 'exactly-once'],
                links: [
                  { title: 'Spark Structured Streaming Programming Guide', url: 'https://spark.apache.org/docs/latest/structured-streaming-programming-guide.html', type: 'documentation', why: 'Windows, watermarks and output modes.' },
                ],
              },
              {
                id: 'pipeline-project', title: 'An end-to-end pipeline',
                description: 'Ingest a public dataset, model it with dbt, orchestrate it, test its quality and document it.',
                zh: { title: '端到端数据管道项目', description: '接入一份公开数据集，用 dbt 建模，完成编排、质量测试并编写文档。' },
                hours: 8, difficulty: 'hard', prerequisites: ['data-quality', 'git-docker'],
                keywords: ['project', 'portfolio', 'documentation', 'end-to-end'],
                links: [
                  { title: 'dbt: What is dbt?', url: 'https://docs.getdbt.com/docs/introduction', type: 'documentation', why: 'Reference for the modelling layer of your project.' },
                  { title: 'Apache Airflow Documentation', url: 'https://airflow.apache.org/docs/apache-airflow/stable/index.html', type: 'documentation', why: 'Reference for the orchestration layer.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
