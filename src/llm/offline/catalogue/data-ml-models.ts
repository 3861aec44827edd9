/**
 * Curated curricula for learning from data: machine learning and deep learning.
 */
import type { CatalogueEntry } from '../catalogue-types.js';

const SKL = 'https://scikit-learn.org/stable';
const PT_BASICS = 'https://pytorch.org/tutorials/beginner/basics';
const D2L = 'https://d2l.ai';

export const dataMlModels: CatalogueEntry[] = [
  // ───────────────────────────────────────────────────────────── Machine learning
  {
    key: 'machine-learning',
    match: ['machine learning', 'learn machine learning', 'machine learning basics', 'scikit-learn', 'sklearn', 'ml engineer', '机器学习', '机器学习入门', '学习机器学习'],
    title: { en: 'Machine Learning', zh: '机器学习' },
    summary: {
      en: 'Classical machine learning with scikit-learn: the math you actually need, the ML workflow, linear models, trees and ensembles, honest evaluation and tuning, feature pipelines without leakage, unsupervised learning and shipping a model.',
      zh: '基于 scikit-learn 的经典机器学习：真正需要的数学基础、机器学习工作流、线性模型、决策树与集成方法、可靠的评估与调参、避免数据泄漏的特征流水线、无监督学习，以及模型上线。',
    },
    stages: [
      {
        id: 'foundations',
        title: 'Foundations',
        description: 'The mathematics and tools machine learning is built on.',
        zh: { title: '基础', description: '机器学习所依赖的数学与工具。' },
        modules: [
          {
            id: 'math',
            title: 'Mathematics for ML',
            description: 'Linear algebra, probability and gradients, at the depth practitioners need.',
            zh: { title: '机器学习数学基础', description: '以实践所需的深度学习线性代数、概率与梯度。' },
            concepts: [
              {
                id: 'linear-algebra', title: 'Vectors, matrices and linear algebra essentials',
                description: 'Work with vectors, dot products, matrix multiplication and understand them geometrically.',
                zh: { title: '向量、矩阵与线性代数要点', description: '掌握向量、点积和矩阵乘法，并从几何角度理解它们。' },
                hours: 5, difficulty: 'easy', prerequisites: [],
                keywords: ['vectors', 'matrices', 'dot product', 'linear transformations'],
                links: [
                  { title: '3Blue1Brown: Essence of Linear Algebra', url: 'https://www.3blue1brown.com/topics/linear-algebra', type: 'video', why: 'Builds geometric intuition for every operation ML uses.' },
                  { title: 'Mathematics for Machine Learning (book)', url: 'https://mml-book.github.io/', type: 'book', why: 'A free textbook covering the linear algebra behind ML.' },
                ],
              },
              {
                id: 'probability-stats', title: 'Probability and statistics essentials',
                description: 'Use distributions, expectation, variance, conditional probability and sampling to reason about data.',
                zh: { title: '概率与统计要点', description: '运用分布、期望、方差、条件概率和抽样来分析数据。' },
                hours: 5, difficulty: 'easy', prerequisites: [],
                keywords: ['probability', 'distributions', 'bayes rule', 'variance'],
                links: [
                  { title: 'OpenIntro Statistics', url: 'https://www.openintro.org/book/os/', type: 'book', why: 'A free, approachable statistics textbook.' },
                ],
              },
              {
                id: 'gradients', title: 'Derivatives, gradients and gradient descent',
                description: 'Compute derivatives and gradients and explain how gradient descent minimises a loss.',
                zh: { title: '导数、梯度与梯度下降', description: '计算导数与梯度，并理解梯度下降如何最小化损失函数。' },
                hours: 3, difficulty: 'medium', prerequisites: ['linear-algebra'],
                keywords: ['derivatives', 'gradient', 'gradient descent', 'loss function'],
                links: [
                  { title: '3Blue1Brown: Essence of Calculus', url: 'https://www.3blue1brown.com/topics/calculus', type: 'video', why: 'Visual intuition for derivatives and the chain rule.' },
                  { title: 'Google Machine Learning Crash Course', url: 'https://developers.google.com/machine-learning/crash-course', type: 'course', why: 'Its linear regression module shows gradient descent in action.' },
                ],
              },
            ],
          },
          {
            id: 'tools-workflow',
            title: 'Tools and workflow',
            description: 'The Python stack and the shape of an ML project.',
            zh: { title: '工具与工作流', description: 'Python 技术栈与机器学习项目的基本流程。' },
            concepts: [
              {
                id: 'numpy-pandas', title: 'NumPy, pandas and Jupyter',
                description: 'Load and explore tabular data with pandas and compute with NumPy arrays in notebooks.',
                zh: { title: 'NumPy、pandas 与 Jupyter', description: '在 Notebook 中用 pandas 加载和探索表格数据，用 NumPy 数组进行计算。' },
                hours: 4, difficulty: 'easy', prerequisites: [],
                keywords: ['numpy', 'pandas', 'jupyter', 'exploratory data analysis'],
                links: [
                  { title: 'NumPy: the absolute basics for beginners', url: 'https://numpy.org/doc/stable/user/absolute_beginners.html', type: 'tutorial', why: 'Arrays, shapes and broadcasting.' },
                  { title: '10 minutes to pandas', url: 'https://pandas.pydata.org/docs/user_guide/10min.html', type: 'documentation', why: 'The core pandas API in one page.' },
                ],
              },
              {
                id: 'ml-workflow', title: 'The ML workflow and baselines',
                description: 'Frame a problem as supervised or unsupervised, split train and test data and beat a simple baseline.',
                zh: { title: '机器学习工作流与基线', description: '把问题界定为监督或无监督学习，划分训练集与测试集，并超越一个简单基线。' },
                hours: 2, difficulty: 'easy', prerequisites: ['numpy-pandas'],
                keywords: ['train/test split', 'baseline', 'supervised learning', 'problem framing'],
                links: [
                  { title: 'scikit-learn: Getting Started', url: `${SKL}/getting_started.html`, type: 'documentation', why: 'Fitting, predicting, pipelines and evaluation in a few lines.' },
                  { title: 'Google Machine Learning Crash Course', url: 'https://developers.google.com/machine-learning/crash-course', type: 'course', why: 'Framing, data splits and generalisation explained clearly.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'supervised',
        title: 'Supervised learning',
        description: 'Train the core model families and evaluate them honestly.',
        zh: { title: '监督学习', description: '训练核心模型族，并对其进行可靠评估。' },
        modules: [
          {
            id: 'core-models',
            title: 'Core models',
            description: 'Linear models, trees, ensembles and neighbours.',
            zh: { title: '核心模型', description: '线性模型、决策树、集成方法与近邻算法。' },
            concepts: [
              {
                id: 'linear-models', title: 'Linear and logistic regression',
                description: 'Fit linear and logistic regression, interpret coefficients and apply L1/L2 regularisation.',
                zh: { title: '线性回归与逻辑回归', description: '拟合线性回归和逻辑回归，解释模型系数，并应用 L1/L2 正则化。' },
                hours: 4, difficulty: 'medium', prerequisites: ['gradients', 'ml-workflow'],
                keywords: ['linear regression', 'logistic regression', 'regularization', 'coefficients'],
                links: [
                  { title: 'scikit-learn: Linear Models', url: `${SKL}/modules/linear_model.html`, type: 'documentation', why: 'Ordinary least squares, ridge, lasso and logistic regression.' },
                  { title: 'An Introduction to Statistical Learning', url: 'https://www.statlearning.com/', type: 'book', why: 'A free textbook with excellent chapters on linear models.' },
                ],
              },
              {
                id: 'trees-ensembles', title: 'Decision trees, random forests and gradient boosting',
                description: 'Train trees and tree ensembles, the strongest default for tabular data, and read feature importances critically.',
                zh: { title: '决策树、随机森林与梯度提升', description: '训练决策树及其集成模型（表格数据的首选默认方案），并审慎解读特征重要性。' },
                hours: 4, difficulty: 'medium', prerequisites: ['ml-workflow'],
                keywords: ['decision trees', 'random forest', 'gradient boosting', 'feature importance'],
                links: [
                  { title: 'scikit-learn: Decision Trees', url: `${SKL}/modules/tree.html`, type: 'documentation', why: 'How trees split and how to control overfitting.' },
                  { title: 'scikit-learn: Ensembles', url: `${SKL}/modules/ensemble.html`, type: 'documentation', why: 'Random forests, gradient boosting and histogram boosting.' },
                ],
              },
              {
                id: 'knn-svm', title: 'k-nearest neighbours and support vector machines',
                description: 'Use distance-based and margin-based classifiers and see why feature scaling matters for them.',
                zh: { title: 'k 近邻与支持向量机', description: '使用基于距离和基于间隔的分类器，并理解特征缩放为何对它们至关重要。' },
                hours: 2.5, difficulty: 'medium', prerequisites: ['linear-models'],
                keywords: ['knn', 'svm', 'kernels', 'feature scaling'],
                links: [
                  { title: 'scikit-learn: Nearest Neighbors', url: `${SKL}/modules/neighbors.html`, type: 'documentation', why: 'k-NN classification and regression.' },
                  { title: 'scikit-learn: Support Vector Machines', url: `${SKL}/modules/svm.html`, type: 'documentation', why: 'Kernels, regularisation and practical tips.' },
                ],
              },
            ],
          },
          {
            id: 'evaluation',
            title: 'Evaluation and tuning',
            description: 'Measure generalisation and choose models without fooling yourself.',
            zh: { title: '评估与调参', description: '衡量泛化能力，在不自欺欺人的前提下选择模型。' },
            concepts: [
              {
                id: 'metrics', title: 'Evaluation metrics',
                description: 'Choose metrics that match the goal: accuracy, precision, recall, F1, ROC AUC, MAE and RMSE.',
                zh: { title: '评估指标', description: '选择与目标相匹配的指标：准确率、精确率、召回率、F1、ROC AUC、MAE 和 RMSE。' },
                hours: 3, difficulty: 'medium', prerequisites: ['linear-models'],
                keywords: ['precision', 'recall', 'roc auc', 'rmse'],
                links: [
                  { title: 'scikit-learn: Metrics and scoring', url: `${SKL}/modules/model_evaluation.html`, type: 'documentation', why: 'Every metric with guidance on when to use it.' },
                ],
              },
              {
                id: 'overfitting', title: 'Overfitting and the bias–variance trade-off',
                description: 'Diagnose under- and overfitting with learning curves and fix them with data, regularisation or model choice.',
                zh: { title: '过拟合与偏差-方差权衡', description: '用学习曲线诊断欠拟合与过拟合，并通过数据、正则化或模型选择加以改善。' },
                hours: 2, difficulty: 'medium', prerequisites: ['metrics', 'trees-ensembles'],
                keywords: ['overfitting', 'bias-variance', 'learning curves', 'regularization'],
                links: [
                  { title: 'An Introduction to Statistical Learning', url: 'https://www.statlearning.com/', type: 'book', why: 'Chapter 2 explains the bias–variance trade-off carefully.' },
                ],
              },
              {
                id: 'cross-validation-tuning', title: 'Cross-validation and hyperparameter tuning',
                description: 'Estimate performance with cross-validation and tune hyperparameters with grid and random search.',
                zh: { title: '交叉验证与超参数调优', description: '用交叉验证估计模型性能，并用网格搜索和随机搜索调优超参数。' },
                hours: 3, difficulty: 'medium', prerequisites: ['overfitting'],
                keywords: ['cross-validation', 'grid search', 'hyperparameters', 'validation set'],
                links: [
                  { title: 'scikit-learn: Cross-validation', url: `${SKL}/modules/cross_validation.html`, type: 'documentation', why: 'K-fold, stratified and group-aware splitting.' },
                  { title: 'scikit-learn: Tuning hyper-parameters', url: `${SKL}/modules/grid_search.html`, type: 'documentation', why: 'GridSearchCV, RandomizedSearchCV and successive halving.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'practice',
        title: 'ML in practice',
        description: 'Engineer features safely, explore unlabelled data and take a model to production.',
        zh: { title: '机器学习实践', description: '安全地构建特征，探索无标签数据，并把模型推向生产。' },
        modules: [
          {
            id: 'features-pipelines',
            title: 'Features and pipelines',
            description: 'Preprocessing that generalises.',
            zh: { title: '特征与流水线', description: '具备泛化能力的预处理。' },
            concepts: [
              {
                id: 'preprocessing', title: 'Feature engineering and preprocessing',
                description: 'Scale numbers, encode categories, impute missing values and create informative features.',
                zh: { title: '特征工程与预处理', description: '缩放数值特征、编码类别特征、填补缺失值，并构造有信息量的特征。' },
                hours: 4, difficulty: 'hard', prerequisites: ['numpy-pandas', 'linear-models'],
                keywords: ['feature engineering', 'one-hot encoding', 'scaling', 'imputation'],
                links: [
                  { title: 'scikit-learn: Preprocessing data', url: `${SKL}/modules/preprocessing.html`, type: 'documentation', why: 'Scalers, encoders and transformers.' },
                  { title: 'scikit-learn: Imputation of missing values', url: `${SKL}/modules/impute.html`, type: 'documentation', why: 'Simple, iterative and KNN imputation.' },
                ],
              },
              {
                id: 'pipelines-leakage', title: 'Pipelines and data leakage',
                description: 'Chain preprocessing and models in a Pipeline and ColumnTransformer so cross-validation stays honest.',
                zh: { title: '流水线与数据泄漏', description: '用 Pipeline 和 ColumnTransformer 串联预处理与模型，确保交叉验证结果可信。' },
                hours: 3, difficulty: 'hard', prerequisites: ['preprocessing', 'cross-validation-tuning'],
                keywords: ['pipeline', 'ColumnTransformer', 'data leakage', 'reproducibility'],
                links: [
                  { title: 'scikit-learn: Pipelines and composite estimators', url: `${SKL}/modules/compose.html`, type: 'documentation', why: 'Pipeline, ColumnTransformer and caching.' },
                  { title: 'scikit-learn: Common pitfalls', url: `${SKL}/common_pitfalls.html`, type: 'documentation', why: 'Concrete examples of leakage and inconsistent preprocessing.' },
                ],
              },
            ],
          },
          {
            id: 'unsupervised',
            title: 'Unsupervised learning',
            description: 'Structure in data without labels.',
            zh: { title: '无监督学习', description: '在没有标签的数据中发现结构。' },
            concepts: [
              {
                id: 'clustering', title: 'Clustering',
                description: 'Group data with k-means, hierarchical clustering and DBSCAN and judge clusters critically.',
                zh: { title: '聚类', description: '用 k-means、层次聚类和 DBSCAN 对数据分组，并审慎评估聚类结果。' },
                hours: 3, difficulty: 'medium', prerequisites: ['numpy-pandas', 'metrics'],
                keywords: ['k-means', 'dbscan', 'hierarchical clustering', 'silhouette'],
                links: [
                  { title: 'scikit-learn: Clustering', url: `${SKL}/modules/clustering.html`, type: 'documentation', why: 'A comparison of clustering algorithms and their assumptions.' },
                ],
              },
              {
                id: 'dimensionality-reduction', title: 'Dimensionality reduction with PCA',
                description: 'Reduce dimensions with PCA for visualisation and compression, and interpret explained variance.',
                zh: { title: '用 PCA 降维', description: '用主成分分析降维以便可视化和压缩，并解读解释方差。' },
                hours: 3, difficulty: 'hard', prerequisites: ['linear-algebra', 'clustering'],
                keywords: ['pca', 'dimensionality reduction', 'explained variance', 'visualization'],
                links: [
                  { title: 'scikit-learn: Decomposing signals in components', url: `${SKL}/modules/decomposition.html`, type: 'documentation', why: 'PCA and related decompositions.' },
                ],
              },
            ],
          },
          {
            id: 'shipping-models',
            title: 'Shipping models',
            description: 'From notebook to a model others rely on.',
            zh: { title: '模型上线', description: '从 Notebook 到他人可依赖的模型。' },
            concepts: [
              {
                id: 'model-serving', title: 'Saving and serving models',
                description: 'Persist trained pipelines safely, version them and serve predictions behind a small API.',
                zh: { title: '模型保存与服务化', description: '安全地持久化训练好的流水线，做好版本管理，并通过小型 API 提供预测服务。' },
                hours: 3, difficulty: 'hard', prerequisites: ['pipelines-leakage'],
                keywords: ['model persistence', 'versioning', 'inference api', 'mlops'],
                links: [
                  { title: 'scikit-learn: Model persistence', url: `${SKL}/model_persistence.html`, type: 'documentation', why: 'Formats, security caveats and version compatibility.' },
                  { title: 'FastAPI', url: 'https://fastapi.tiangolo.com/', type: 'documentation', why: 'A simple way to expose a model as an HTTP API.' },
                ],
              },
              {
                id: 'ml-project', title: 'An end-to-end ML project',
                description: 'Take a problem from framing to a validated, documented model, checking for bias and monitoring needs.',
                zh: { title: '端到端机器学习项目', description: '把一个问题从界定推进到经过验证、有文档的模型，并检查偏差与监控需求。' },
                hours: 8, difficulty: 'hard', prerequisites: ['pipelines-leakage', 'model-serving'],
                keywords: ['project', 'rules of ml', 'fairness', 'monitoring'],
                links: [
                  { title: 'Rules of Machine Learning', url: 'https://developers.google.com/machine-learning/guides/rules-of-ml', type: 'article', why: 'Hard-won practical advice for real ML systems.' },
                  { title: 'Kaggle Learn', url: 'https://www.kaggle.com/learn', type: 'course', why: 'Datasets and short courses for practice projects.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },

  // ───────────────────────────────────────────────────────────── Deep learning
  {
    key: 'deep-learning',
    match: ['deep learning', 'neural networks', 'pytorch', 'learn pytorch', 'deep learning with pytorch', '深度学习', '神经网络', 'pytorch 入门', 'pytorch入门'],
    title: { en: 'Deep Learning with PyTorch', zh: '基于 PyTorch 的深度学习' },
    summary: {
      en: 'Understand and train neural networks: neurons and backpropagation, PyTorch tensors and autograd, the training loop, optimisation and regularisation, CNNs and transfer learning, sequence models, attention and Transformers, and pretrained models.',
      zh: '理解并训练神经网络：神经元与反向传播、PyTorch 张量与自动求导、训练循环、优化与正则化、卷积网络与迁移学习、序列模型、注意力机制与 Transformer，以及预训练模型的使用。',
    },
    stages: [
      {
        id: 'dl-foundations',
        title: 'Foundations',
        description: 'How neural networks compute and learn, and the PyTorch primitives that implement it.',
        zh: { title: '基础', description: '神经网络如何计算与学习，以及实现这些的 PyTorch 基本组件。' },
        modules: [
          {
            id: 'neural-net-basics',
            title: 'Neural network basics',
            description: 'From a single neuron to backpropagation.',
            zh: { title: '神经网络基础', description: '从单个神经元到反向传播。' },
            concepts: [
              {
                id: 'ml-refresher', title: 'Machine learning refresher',
                description: 'Recall losses, gradient descent, train/validation/test splits and overfitting before going deep.',
                zh: { title: '机器学习知识回顾', description: '在深入之前回顾损失函数、梯度下降、训练/验证/测试集划分和过拟合。' },
                hours: 3, difficulty: 'easy', prerequisites: [],
                keywords: ['loss', 'gradient descent', 'generalization', 'validation'],
                links: [
                  { title: 'Google Machine Learning Crash Course', url: 'https://developers.google.com/machine-learning/crash-course', type: 'course', why: 'A quick, well-structured review of ML fundamentals.' },
                ],
              },
              {
                id: 'neurons-mlp', title: 'Neurons, layers and activation functions',
                description: 'Explain how layers of weighted sums and nonlinearities form a multilayer perceptron.',
                zh: { title: '神经元、层与激活函数', description: '理解由加权求和与非线性激活叠加而成的多层感知机。' },
                hours: 3, difficulty: 'easy', prerequisites: ['ml-refresher'],
                keywords: ['perceptron', 'mlp', 'activation functions', 'relu'],
                links: [
                  { title: '3Blue1Brown: Neural Networks', url: 'https://www.3blue1brown.com/topics/neural-networks', type: 'video', why: 'The clearest visual introduction to what a network computes.' },
                  { title: 'Dive into Deep Learning: Multilayer Perceptrons', url: `${D2L}/chapter_multilayer-perceptrons/index.html`, type: 'book', why: 'Math and code for MLPs side by side.' },
                ],
              },
              {
                id: 'backprop', title: 'Backpropagation and computational graphs',
                description: 'Compute gradients through a computational graph with the chain rule, by hand for a small network.',
                zh: { title: '反向传播与计算图', description: '借助链式法则在计算图上求梯度，并为小网络手工推导一遍。' },
                hours: 4, difficulty: 'medium', prerequisites: ['neurons-mlp'],
                keywords: ['backpropagation', 'chain rule', 'computational graph', 'gradients'],
                links: [
                  { title: 'CS231n: Backpropagation, Intuitions', url: 'https://cs231n.github.io/optimization-2/', type: 'article', why: 'Gradient flow through simple circuits, step by step.' },
                ],
              },
            ],
          },
          {
            id: 'pytorch-basics',
            title: 'PyTorch basics',
            description: 'Tensors, automatic differentiation and data loading.',
            zh: { title: 'PyTorch 基础', description: '张量、自动求导与数据加载。' },
            concepts: [
              {
                id: 'tensors', title: 'Tensors and devices',
                description: 'Create and manipulate tensors, understand shapes and broadcasting and move work to a GPU.',
                zh: { title: '张量与计算设备', description: '创建和操作张量，理解形状与广播机制，并把计算迁移到 GPU。' },
                hours: 2, difficulty: 'easy', prerequisites: [],
                keywords: ['tensors', 'shapes', 'broadcasting', 'gpu'],
                links: [
                  { title: 'PyTorch: Tensors', url: `${PT_BASICS}/tensorqs_tutorial.html`, type: 'tutorial', why: 'Official introduction to tensor operations.' },
                  { title: 'PyTorch: Learn the Basics', url: `${PT_BASICS}/intro.html`, type: 'tutorial', why: 'The full official beginner series this module follows.' },
                ],
              },
              {
                id: 'autograd', title: 'Automatic differentiation with autograd',
                description: 'Let autograd compute gradients, and understand requires_grad, backward() and no_grad.',
                zh: { title: '用 autograd 自动求导', description: '让 autograd 自动计算梯度，并理解 requires_grad、backward() 和 no_grad。' },
                hours: 2, difficulty: 'medium', prerequisites: ['tensors', 'backprop'],
                keywords: ['autograd', 'backward', 'requires_grad', 'no_grad'],
                links: [
                  { title: 'PyTorch: Automatic Differentiation', url: `${PT_BASICS}/autogradqs_tutorial.html`, type: 'tutorial', why: 'How autograd builds and uses the computational graph.' },
                ],
              },
              {
                id: 'datasets-dataloaders', title: 'Datasets and DataLoaders',
                description: 'Wrap data in a Dataset, batch and shuffle it with a DataLoader and apply transforms.',
                zh: { title: 'Dataset 与 DataLoader', description: '用 Dataset 封装数据，用 DataLoader 进行批处理和打乱，并应用数据变换。' },
                hours: 2, difficulty: 'medium', prerequisites: ['tensors'],
                keywords: ['Dataset', 'DataLoader', 'batching', 'transforms'],
                links: [
                  { title: 'PyTorch: Datasets & DataLoaders', url: `${PT_BASICS}/data_tutorial.html`, type: 'tutorial', why: 'Built-in and custom datasets and loading them in batches.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'training',
        title: 'Training networks well',
        description: 'Write the training loop and make training converge and generalise.',
        zh: { title: '训练好神经网络', description: '编写训练循环，并让训练收敛且具备泛化能力。' },
        modules: [
          {
            id: 'training-loop',
            title: 'The training loop',
            description: 'Models, losses, optimisers and checkpoints.',
            zh: { title: '训练循环', description: '模型、损失函数、优化器与检查点。' },
            concepts: [
              {
                id: 'build-model', title: 'Building models with nn.Module',
                description: 'Define networks as nn.Module subclasses and compose layers.',
                zh: { title: '用 nn.Module 构建模型', description: '以 nn.Module 子类的形式定义网络，并组合各种层。' },
                hours: 2, difficulty: 'medium', prerequisites: ['autograd'],
                keywords: ['nn.Module', 'layers', 'forward', 'parameters'],
                links: [
                  { title: 'PyTorch: Build the Neural Network', url: `${PT_BASICS}/buildmodel_tutorial.html`, type: 'tutorial', why: 'Defining a model class and inspecting its parameters.' },
                ],
              },
              {
                id: 'train-loop', title: 'Losses, optimisers and the training loop',
                description: 'Write a train/validation loop with a loss function, an optimiser and metrics per epoch.',
                zh: { title: '损失函数、优化器与训练循环', description: '结合损失函数、优化器和每轮指标，编写训练/验证循环。' },
                hours: 3, difficulty: 'medium', prerequisites: ['build-model', 'datasets-dataloaders'],
                keywords: ['training loop', 'optimizer', 'loss function', 'epochs'],
                links: [
                  { title: 'PyTorch: Optimizing Model Parameters', url: `${PT_BASICS}/optimization_tutorial.html`, type: 'tutorial', why: 'The canonical train and test loop.' },
                ],
              },
              {
                id: 'save-load', title: 'Saving, loading and checkpoints',
                description: 'Save state dicts, resume training from checkpoints and load models for inference.',
                zh: { title: '保存、加载与检查点', description: '保存 state dict，从检查点恢复训练，并加载模型用于推理。' },
                hours: 1, difficulty: 'medium', prerequisites: ['train-loop'],
                keywords: ['state_dict', 'checkpoints', 'inference', 'torch.save'],
                links: [
                  { title: 'PyTorch: Save and Load the Model', url: `${PT_BASICS}/saveloadrun_tutorial.html`, type: 'tutorial', why: 'Saving weights versus whole models.' },
                ],
              },
            ],
          },
          {
            id: 'training-well',
            title: 'Optimisation and regularisation',
            description: 'Make training stable, fast and well-generalising.',
            zh: { title: '优化与正则化', description: '让训练稳定、快速并具备良好的泛化能力。' },
            concepts: [
              {
                id: 'optimization', title: 'Optimisers, initialisation and normalisation',
                description: 'Use SGD with momentum and Adam, learning-rate schedules, sensible initialisation and batch/layer normalisation.',
                zh: { title: '优化器、初始化与归一化', description: '使用带动量的 SGD 和 Adam、学习率调度、合理的参数初始化以及批归一化/层归一化。' },
                hours: 3, difficulty: 'hard', prerequisites: ['train-loop'],
                keywords: ['adam', 'learning rate schedule', 'batch normalization', 'initialization'],
                links: [
                  { title: 'Dive into Deep Learning: Optimization Algorithms', url: `${D2L}/chapter_optimization/index.html`, type: 'book', why: 'SGD, momentum, Adam and schedules explained with code.' },
                  { title: 'CS231n: Setting up the data and the model', url: 'https://cs231n.github.io/neural-networks-2/', type: 'article', why: 'Initialisation, normalisation and regularisation in practice.' },
                ],
              },
              {
                id: 'regularization', title: 'Fighting overfitting',
                description: 'Apply dropout, weight decay, data augmentation and early stopping, and monitor validation curves.',
                zh: { title: '应对过拟合', description: '运用 dropout、权重衰减、数据增强和早停，并监控验证集曲线。' },
                hours: 3, difficulty: 'hard', prerequisites: ['train-loop'],
                keywords: ['dropout', 'weight decay', 'data augmentation', 'early stopping'],
                links: [
                  { title: 'CS231n: Learning and evaluation', url: 'https://cs231n.github.io/neural-networks-3/', type: 'article', why: 'Monitoring loss curves and tuning hyperparameters.' },
                ],
              },
              {
                id: 'debugging-training', title: 'Debugging neural network training',
                description: 'Follow a systematic recipe: overfit a small batch first, check data and visualise before scaling up.',
                zh: { title: '调试神经网络训练', description: '按系统化流程排查：先在小批量上过拟合，检查数据并可视化，然后再扩大规模。' },
                hours: 2, difficulty: 'hard', prerequisites: ['regularization', 'optimization'],
                keywords: ['debugging', 'sanity checks', 'overfit a batch', 'visualization'],
                links: [
                  { title: 'A Recipe for Training Neural Networks', url: 'https://karpathy.github.io/2019/04/25/recipe/', type: 'article', why: 'Widely cited practical advice on training networks that work.' },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'architectures',
        title: 'Architectures',
        description: 'Convolutional networks for images and attention-based models for sequences.',
        zh: { title: '网络架构', description: '用于图像的卷积网络与用于序列的注意力模型。' },
        modules: [
          {
            id: 'vision',
            title: 'Computer vision',
            description: 'Convolutions and reusing pretrained networks.',
            zh: { title: '计算机视觉', description: '卷积运算与复用预训练网络。' },
            concepts: [
              {
                id: 'cnns', title: 'Convolutional neural networks',
                description: 'Explain convolution, pooling and receptive fields and train a CNN image classifier.',
                zh: { title: '卷积神经网络', description: '理解卷积、池化和感受野，并训练一个 CNN 图像分类器。' },
                hours: 5, difficulty: 'hard', prerequisites: ['train-loop'],
                keywords: ['convolution', 'pooling', 'cnn', 'image classification'],
                links: [
                  { title: 'CS231n: Convolutional Neural Networks', url: 'https://cs231n.github.io/convolutional-networks/', type: 'article', why: 'The classic explanation of conv layers and architectures.' },
                  { title: 'Dive into Deep Learning: CNNs', url: `${D2L}/chapter_convolutional-neural-networks/index.html`, type: 'book', why: 'Convolutions implemented from scratch and with PyTorch.' },
                ],
              },
              {
                id: 'transfer-learning', title: 'Transfer learning and fine-tuning',
                description: 'Adapt a pretrained network to a new dataset by feature extraction or fine-tuning.',
                zh: { title: '迁移学习与微调', description: '通过特征提取或微调，把预训练网络迁移到新的数据集上。' },
                hours: 3, difficulty: 'hard', prerequisites: ['cnns', 'save-load'],
                keywords: ['transfer learning', 'fine-tuning', 'pretrained models', 'feature extraction'],
                links: [
                  { title: 'PyTorch: Transfer Learning for Computer Vision', url: 'https://pytorch.org/tutorials/beginner/transfer_learning_tutorial.html', type: 'tutorial', why: 'Fine-tuning and feature extraction on a real dataset.' },
                ],
              },
            ],
          },
          {
            id: 'sequences',
            title: 'Sequences, attention and Transformers',
            description: 'Models for text and other sequences.',
            zh: { title: '序列、注意力与 Transformer', description: '面向文本及其他序列数据的模型。' },
            concepts: [
              {
                id: 'embeddings-rnns', title: 'Embeddings and recurrent networks',
                description: 'Represent tokens as embeddings and model sequences with RNNs, and see their limits on long contexts.',
                zh: { title: '词嵌入与循环神经网络', description: '用嵌入向量表示词元，用 RNN 建模序列，并认识其在长上下文上的局限。' },
                hours: 4, difficulty: 'hard', prerequisites: ['train-loop'],
                keywords: ['embeddings', 'rnn', 'lstm', 'sequence modeling'],
                links: [
                  { title: 'Dive into Deep Learning: Recurrent Neural Networks', url: `${D2L}/chapter_recurrent-neural-networks/index.html`, type: 'book', why: 'Sequence models and RNNs with runnable code.' },
                ],
              },
              {
                id: 'attention-transformers', title: 'Attention and Transformers',
                description: 'Explain self-attention, multi-head attention and positional encoding and build a small Transformer.',
                zh: { title: '注意力机制与 Transformer', description: '理解自注意力、多头注意力和位置编码，并动手实现一个小型 Transformer。' },
                hours: 6, difficulty: 'hard', prerequisites: ['embeddings-rnns'],
                keywords: ['self-attention', 'transformer', 'multi-head attention', 'positional encoding'],
                links: [
                  { title: 'Dive into Deep Learning: Attention Mechanisms and Transformers', url: `${D2L}/chapter_attention-mechanisms-and-transformers/index.html`, type: 'book', why: 'Derives attention and builds a Transformer step by step.' },
                  { title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762', type: 'article', why: 'The original Transformer paper.' },
                  { title: 'The Illustrated Transformer', url: 'https://jalammar.github.io/illustrated-transformer/', type: 'article', why: 'A widely used visual walkthrough of the architecture.' },
                ],
              },
              {
                id: 'pretrained-models', title: 'Using pretrained models',
                description: 'Load, run and fine-tune pretrained Transformer models with the Hugging Face Transformers library.',
                zh: { title: '使用预训练模型', description: '用 Hugging Face Transformers 库加载、运行并微调预训练的 Transformer 模型。' },
                hours: 3, difficulty: 'hard', prerequisites: ['attention-transformers', 'transfer-learning'],
                keywords: ['hugging face', 'pretrained models', 'fine-tuning', 'tokenizers'],
                links: [
                  { title: 'Hugging Face Transformers documentation', url: 'https://huggingface.co/docs/transformers/index', type: 'documentation', why: 'Pipelines, tokenizers and fine-tuning APIs.' },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
