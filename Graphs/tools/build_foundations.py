#!/usr/bin/env python3
"""Build Graphs/ml-foundations.json from the curated item table below and the shared data sets.

Usage (from the repository root):
    python3 Graphs/tools/build_foundations.py [--data DIR] [--check]

--data defaults to ../shared/data (relative to the repository root). --check rebuilds everything in memory
and fails unless Graphs/ml-foundations.json and Graphs/tools/foundations_citations.csv are identical to it.

Items: one entry per item named in the five seed documents (/work/shared/seeds/000..004), duplicates merged.
Only facts are recorded here (titles, years, venues, ids/URLs, kinds, the seeds' section names as topics,
the ✔️ / *TO READ* marks of seed 004 as status). No seed prose is copied.

Authors, in order of preference (the source used is written to foundations_provenance.csv):
  1. "landmarks": the paper is in ml-landmark-papers-citations (matched by arXiv id or normalized title);
     authors as converted by convert_landmarks.py (papers.csv, completed from bibtex-ml for classic-* rows);
  2. "bibtex-ml": a complete author list in ../bibtex-ml/*.bib for the same normalized title;
  3. "seed": the full author list printed in a seed (seed 002, seed 003);
  4. "published": the well-known published author list, only where certain;
  otherwise no authors.

Citations (foundations_citations.csv records the method of each edge):
  A. "citations.csv": every pair of citations.csv whose two ends are both seed items;
  B. "reference_sections": for the other ordered pairs of seed items whose citing paper has
     reference_sections/<landmark id>.txt, the cited title (normalized: case, punctuation, hyphenation) is
     searched in that text. Every hit was read by hand; REVIEWED_GREP_HITS lists the verdicts, and the
     build fails if the hits found differ from the reviewed ones.
"""
import argparse
import csv
import io
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert_landmarks import convert as convert_landmarks  # noqa: E402
from papergraph_facts import norm_title, parse_bib, split_authors  # noqa: E402
from convert_landmarks import with_initial_periods  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data"
OUT_JSON = REPO_ROOT / "Graphs" / "ml-foundations.json"
OUT_EDGES = REPO_ROOT / "Graphs" / "tools" / "foundations_citations.csv"
OUT_PROVENANCE = REPO_ROOT / "Graphs" / "tools" / "foundations_provenance.csv"

# (id, name, parent). Section names of the seeds; seed 004's "##" sections nest under the list itself.
TOPICS = [
    ("ml-fundamentals", "Machine Learning Fundamentals", None),           # seed 000 (category label)
    ("architectures-inductive-biases", "Architectures and Inductive Biases", None),  # seed 001
    ("paper-breakdowns", "Paper Breakdowns", None),                      # seed 002 (page title)
    ("ml-foundations-new", "Machine Learning Foundations: New Papers", None),  # seed 003
    ("reading-list", "ML Research Reading List", None),                  # seed 004 (the list)
    ("fundamentals", "Fundamentals", "reading-list"),
    ("seminal-architectures", "Seminal Architectures", "reading-list"),
    ("language-modeling", "Language Modeling", "reading-list"),
    ("image-generation", "Image Generation", "reading-list"),
    ("training-theory", "Training Theory and Improvements", "reading-list"),
    ("how-to-train", "How Do I Train My Model?", "reading-list"),
    ("improvements-to-classics", "Improvements to the Classics", "reading-list"),
    ("specific-models", "Specific Models", "reading-list"),
    ("alternative-architectures", "Alternative Architectures", "reading-list"),
    ("safety-and-future", "Safety and the Future", "reading-list"),
    ("biology-and-evolution", "Biology and Evolution", "reading-list"),
    ("interpretability", "Interpretability", "reading-list"),
    ("other-resources", "Other Resources", "reading-list"),
]

READ, UNREAD = "read", "unread"


def item(id, title, year=None, *, topics, seeds, kind="paper", venue=None, status=UNREAD,
         arxiv=None, doi=None, url=None, authors=None, authors_source=None):
    return dict(id=id, title=title, year=year, topics=topics, seeds=seeds, kind=kind, venue=venue,
                status=status, arxiv=arxiv, doi=doi, url=url, authors=authors, authors_source=authors_source)


F0, A1, PB, NEW = "ml-fundamentals", "architectures-inductive-biases", "paper-breakdowns", "ml-foundations-new"

# year: first public version (the arXiv id's year when there is one), else the seed's / publication year.
ITEMS = [
    # --- seed 000 (and 001) ---------------------------------------------------------------------------
    item("frey2023-neural-scaling-chemical", "Neural Scaling of Deep Chemical Models", 2023,
         venue="Nature Machine Intelligence", topics=[F0], seeds="000"),
    item("tallec2018-rnn-warp-time", "Can Recurrent Neural Networks Warp Time?", 2018, venue="ICLR 2018",
         topics=[F0, A1], seeds="000 001",
         authors=["Corentin Tallec", "Yann Ollivier"], authors_source="published"),
    item("battaglia2018-relational-inductive-biases",
         "Relational inductive biases, deep learning, and graph networks", 2018, topics=[F0, A1], seeds="000 001"),
    item("tay2022-scaling-laws-vs-architectures",
         "Scaling Laws vs Model Architectures: How does Inductive Bias Influence Scaling?", 2022,
         topics=[F0, A1], seeds="000 001"),
    item("fuchs2020-se3-transformers",
         "SE(3)-Transformers: 3D Roto-Translation Equivariant Attention Networks", 2020, venue="NeurIPS 2020",
         topics=[F0], seeds="000",
         authors=["Fabian B. Fuchs", "Daniel E. Worrall", "Volker Fischer", "Max Welling"], authors_source="published"),
    item("cohen2018-spherical-cnns", "Spherical CNNs", 2018, venue="ICLR 2018", topics=[F0], seeds="000",
         authors=["Taco S. Cohen", "Mario Geiger", "Jonas Köhler", "Max Welling"], authors_source="published"),
    item("baldi2022-quarks-of-attention", "The Quarks of Attention", 2022, topics=[F0, A1], seeds="000 001",
         authors=["Pierre Baldi", "Roman Vershynin"], authors_source="published"),
    item("mccann1997-convexity-principle", "A Convexity Principle for Interacting Gases", 1997,
         venue="Advances in Mathematics", topics=[F0], seeds="000",
         authors=["Robert J. McCann"], authors_source="published"),
    item("chen2018-neural-odes", "Neural Ordinary Differential Equations", 2018, venue="NeurIPS 2018",
         topics=[F0], seeds="000",
         authors=["Ricky T. Q. Chen", "Yulia Rubanova", "Jesse Bettencourt", "David Duvenaud"],
         authors_source="published"),
    item("hinton1984-distributed-representations", "Distributed Representations", 1984, kind="report",
         venue="Carnegie Mellon University technical report", topics=[F0], seeds="000",
         authors=["Geoffrey E. Hinton"], authors_source="published"),
    item("bishop1994-mixture-density-networks", "Mixture Density Networks", 1994, kind="report",
         venue="Aston University technical report", topics=[F0], seeds="000",
         authors=["Christopher M. Bishop"], authors_source="published"),
    item("shannon1949-communication-noise", "Communication in the Presence of Noise", 1949,
         venue="Proceedings of the IRE", topics=[F0], seeds="000",
         authors=["Claude E. Shannon"], authors_source="published"),
    # --- seed 002 (and 004) ---------------------------------------------------------------------------
    item("boser1992-optimal-margin-classifiers", "A Training Algorithm for Optimal Margin Classifiers", 1992,
         venue="COLT 1992", topics=[PB], seeds="002",
         authors=["Bernhard E. Boser", "Isabelle M. Guyon", "Vladimir N. Vapnik"], authors_source="seed"),
    item("kingma2013-vae", "Auto-Encoding Variational Bayes", 2013, venue="ICLR 2014", arxiv="1312.6114",
         topics=[PB, "seminal-architectures"], seeds="002 004", status=READ),
    item("kingma2014-adam", "Adam: A Method for Stochastic Optimization", 2014, venue="ICLR 2015",
         arxiv="1412.6980", topics=[PB, "how-to-train"], seeds="002 004", status=READ),
    item("goodfellow2014-gan", "Generative Adversarial Nets", 2014, venue="NeurIPS 2014", topics=[PB], seeds="002"),
    item("ioffe2015-batchnorm",
         "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift", 2015,
         venue="ICML 2015", arxiv="1502.03167", topics=[PB, "how-to-train"], seeds="002 004", status=READ),
    item("he2015-resnet", "Deep Residual Learning for Image Recognition", 2015, venue="CVPR 2016",
         arxiv="1512.03385", topics=[PB, "specific-models"], seeds="002 004"),
    item("vaswani2017-attention", "Attention Is All You Need", 2017, venue="NeurIPS 2017", arxiv="1706.03762",
         topics=[PB, "seminal-architectures"], seeds="002 004", status=READ),
    item("devlin2018-bert", "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding",
         2018, venue="NAACL 2019", topics=[PB], seeds="002"),
    item("belkin2018-reconciling-bias-variance",
         "Reconciling modern machine learning practice and the bias-variance trade-off", 2018, venue="PNAS 2019",
         topics=[PB], seeds="002",
         authors=["Mikhail Belkin", "Daniel Hsu", "Siyuan Ma", "Soumik Mandal"], authors_source="seed"),
    item("jacot2018-ntk", "Neural Tangent Kernel: Convergence and Generalization in Neural Networks", 2018,
         venue="NeurIPS 2018", topics=[PB], seeds="002"),
    item("nagarajan2019-uniform-convergence",
         "Uniform Convergence May Be Unable to Explain Generalization in Deep Learning", 2019,
         venue="NeurIPS 2019", topics=[PB], seeds="002",
         authors=["Vaishnavh Nagarajan", "J. Zico Kolter"], authors_source="seed"),
    item("ho2020-ddpm", "Denoising Diffusion Probabilistic Models", 2020, venue="NeurIPS 2020", arxiv="2006.11239",
         topics=[PB, "seminal-architectures"], seeds="002 004", status=READ),
    item("kaplan2020-scaling-laws", "Scaling Laws for Neural Language Models", 2020, venue="arXiv preprint",
         arxiv="2001.08361", topics=[PB, "training-theory"], seeds="002 004", status=READ),
    item("dosovitskiy2020-vit", "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale", 2020,
         venue="ICLR 2021", topics=[PB], seeds="002"),
    item("hu2021-lora", "LoRA: Low-Rank Adaptation of Large Language Models", 2021, venue="ICLR 2022",
         arxiv="2106.09685", topics=[PB, "how-to-train"], seeds="002 004"),
    item("hoffmann2022-chinchilla", "Training Compute-Optimal Large Language Models", 2022, venue="NeurIPS 2022",
         topics=[PB], seeds="002"),
    item("dao2022-flashattention", "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness",
         2022, venue="NeurIPS 2022", arxiv="2205.14135", topics=[PB, "language-modeling"], seeds="002 004"),
    item("ouyang2022-instructgpt", "Training language models to follow instructions with human feedback", 2022,
         venue="NeurIPS 2022", topics=[PB], seeds="002"),
    item("rafailov2023-dpo", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model", 2023,
         venue="NeurIPS 2023", topics=[PB], seeds="002"),
    item("gu2023-mamba", "Mamba: Linear-Time Sequence Modeling with Selective State Spaces", 2023,
         venue="COLM 2024", arxiv="2312.00752", topics=[PB, "seminal-architectures"], seeds="002 004"),
    item("tseng2024-qtip", "QTIP: Quantization with Trellises and Incoherence Processing", 2024,
         venue="NeurIPS 2024", topics=[PB], seeds="002",
         authors=["Albert Tseng", "Qingyao Sun", "David Hou", "Christopher De Sa"], authors_source="seed"),
    item("kimi2025-k2", "Kimi K2: Open Agentic Intelligence", 2025, kind="report", venue="arXiv preprint",
         topics=[PB], seeds="002"),
    item("carion2026-sam3", "SAM 3: Segment Anything with Concepts", 2026, venue="arXiv preprint",
         topics=[PB], seeds="002"),
    # --- seed 003 -------------------------------------------------------------------------------------
    item("thermodynamic-natural-gradient-descent-2026", "Thermodynamic natural gradient descent", 2026,
         topics=[NEW], seeds="003"),
    item("neural-operator-free-boundary-2026", "Deep neural operator for free boundary problems", 2026,
         topics=[NEW], seeds="003"),
    item("exact-sequence-interpolation-2026", "Exact sequence interpolation with transformers", 2026,
         topics=[NEW], seeds="003"),
    item("mostafa2026-sheaf-diffusion",
         "Sheaf Diffusion with Adaptive Local Structure for Spatio-Temporal Forecasting", 2026, topics=[NEW],
         seeds="003", authors=["Abeer Mostafa", "Raneen Younis", "Zahra Ahmadi"], authors_source="seed"),
    item("zhou2026-hypergraph-neural-diffusion",
         "Hypergraph Neural Diffusion: A PDE-Inspired Framework for Hypergraph Message Passing", 2026,
         topics=[NEW], seeds="003"),
    item("simon2026-scientific-theory-deep-learning", "There Will Be a Scientific Theory of Deep Learning", 2026,
         topics=[NEW], seeds="003"),
    item("wu2026-prism", "Prism: Symbolic Superoptimization of Tensor Programs", 2026, topics=[NEW], seeds="003"),
    item("continuous-time-sgd-generalization-gap-2026",
         "Empirical Gradient-Driven Continuous-Time SGD: Generalization Gap Dynamics and Practical Adaptive Training",
         2026, topics=[NEW], seeds="003"),
    # --- seed 004 only --------------------------------------------------------------------------------
    item("nielsen2015-neural-networks-deep-learning", "Neural Networks and Deep Learning", 2015, kind="book",
         url="http://neuralnetworksanddeeplearning.com/", topics=["fundamentals"], seeds="004", status=READ,
         authors=["Michael Nielsen"], authors_source="published"),
    item("sutton2018-reinforcement-learning", "Reinforcement Learning: An Introduction", 2018, kind="book",
         venue="MIT Press (2nd edition)", url="http://incompleteideas.net/book/the-book-2nd.html",
         topics=["fundamentals"], seeds="004", status=READ,
         authors=["Richard S. Sutton", "Andrew G. Barto"], authors_source="published"),
    item("zhao2023-llm-survey", "A Survey of Large Language Models", 2023, arxiv="2303.18223",
         topics=["language-modeling"], seeds="004", status=READ),
    item("wei2022-chain-of-thought", "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models", 2022,
         venue="NeurIPS 2022", arxiv="2201.11903", topics=["language-modeling"], seeds="004", status=READ),
    item("barbero2025-attend-first-token", "Why do LLMs attend to the first token?", 2025, arxiv="2504.02732",
         topics=["language-modeling"], seeds="004", status=READ),
    item("press2021-alibi",
         "Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation", 2021,
         venue="ICLR 2022", arxiv="2108.12409", topics=["language-modeling"], seeds="004", status=READ),
    item("gong2022-diffuseq", "DiffuSeq: Sequence to Sequence Text Generation with Diffusion Models", 2022,
         venue="ICLR 2023", arxiv="2210.08933", topics=["language-modeling"], seeds="004"),
    item("radford2021-clip", "Learning Transferable Visual Models From Natural Language Supervision", 2021,
         venue="ICML 2021", arxiv="2103.00020", topics=["image-generation"], seeds="004"),
    item("song2020-ddim", "Denoising Diffusion Implicit Models", 2020, venue="ICLR 2021", arxiv="2010.02502",
         topics=["image-generation"], seeds="004",
         authors=["Jiaming Song", "Chenlin Meng", "Stefano Ermon"], authors_source="published"),
    item("ho2022-classifier-free-guidance", "Classifier-Free Diffusion Guidance", 2022, arxiv="2207.12598",
         topics=["image-generation"], seeds="004", authors=["Jonathan Ho", "Tim Salimans"], authors_source="published"),
    item("song2020-score-sde", "Score-Based Generative Modeling through Stochastic Differential Equations", 2020,
         venue="ICLR 2021", arxiv="2011.13456", topics=["image-generation"], seeds="004"),
    item("ramesh2022-dalle2", "Hierarchical Text-Conditional Image Generation with CLIP Latents", 2022,
         url="https://cdn.openai.com/papers/dall-e-2.pdf", topics=["image-generation"], seeds="004"),
    item("lipman2022-flow-matching", "Flow Matching for Generative Modeling", 2022, venue="ICLR 2023",
         arxiv="2210.02747", topics=["image-generation"], seeds="004",
         authors=["Yaron Lipman", "Ricky T. Q. Chen", "Heli Ben-Hamu", "Maximilian Nickel", "Matt Le"],
         authors_source="published"),
    item("sutton2019-bitter-lesson", "The Bitter Lesson", 2019, kind="essay",
         url="http://www.incompleteideas.net/IncIdeas/BitterLesson.html", topics=["training-theory"], seeds="004",
         status=READ, authors=["Rich Sutton"], authors_source="published"),
    item("schaeffer2023-double-descent-demystified",
         "Double Descent Demystified: Identifying, Interpreting & Ablating the Sources of a Deep Learning Puzzle",
         2023, arxiv="2303.14151", topics=["training-theory"], seeds="004", status=READ),
    item("frankle2018-lottery-ticket", "The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks",
         2018, venue="ICLR 2019", arxiv="1803.03635", topics=["training-theory"], seeds="004", status=READ),
    item("morris2025-how-much-memorize", "How much do language models memorize?", 2025, arxiv="2505.24832",
         topics=["training-theory"], seeds="004", status=READ),
    item("power2022-grokking", "Grokking: Generalization Beyond Overfitting on Small Algorithmic Datasets", 2022,
         arxiv="2201.02177", topics=["training-theory"], seeds="004", status=READ,
         authors=["Alethea Power", "Yuri Burda", "Harri Edwards", "Igor Babuschkin", "Vedant Misra"],
         authors_source="published"),
    item("nanda2022-grokking-mechanistic-analysis", "A Mechanistic Interpretability Analysis of Grokking", 2022,
         kind="blog-post",
         url="https://www.alignmentforum.org/posts/N6WM6hs7RQMKDhYjB/a-mechanistic-interpretability-analysis-of-grokking",
         topics=["training-theory"], seeds="004"),
    item("ma2024-1bit-llms", "The Era of 1-bit LLMs: All Large Language Models are in 1.58 Bits", 2024,
         arxiv="2402.17764", topics=["training-theory"], seeds="004"),
    item("vanhasselt2015-double-q-learning", "Deep Reinforcement Learning with Double Q-learning", 2015,
         venue="AAAI 2016", arxiv="1509.06461", topics=["training-theory"], seeds="004", status=READ),
    item("ostrovski2021-passive-learning", "The Difficulty of Passive Learning in Deep Reinforcement Learning", 2021,
         venue="NeurIPS 2021", arxiv="2110.14020", topics=["training-theory"], seeds="004", status=READ,
         authors=["Georg Ostrovski", "Pablo Samuel Castro", "Will Dabney"], authors_source="published"),
    item("huh2024-platonic-representation", "The Platonic Representation Hypothesis", 2024, venue="ICML 2024",
         arxiv="2405.07987", topics=["training-theory"], seeds="004", status=READ,
         authors=["Minyoung Huh", "Brian Cheung", "Tongzhou Wang", "Phillip Isola"], authors_source="published"),
    item("glorot2010-difficulty-training", "Understanding the difficulty of training deep feedforward neural networks",
         2010, venue="AISTATS 2010", url="https://proceedings.mlr.press/v9/glorot10a/glorot10a.pdf",
         topics=["how-to-train"], seeds="004", status=READ),
    item("loshchilov2017-adamw", "Decoupled Weight Decay Regularization", 2017, venue="ICLR 2019", arxiv="1711.05101",
         topics=["how-to-train"], seeds="004", authors=["Ilya Loshchilov", "Frank Hutter"], authors_source="published"),
    item("hinton2012-co-adaptation", "Improving neural networks by preventing co-adaptation of feature detectors",
         2012, arxiv="1207.0580", topics=["how-to-train"], seeds="004"),
    item("srivastava2014-dropout", "Dropout: A Simple Way to Prevent Neural Networks from Overfitting", 2014,
         venue="JMLR", url="https://www.cs.toronto.edu/~rsalakhu/papers/srivastava14a.pdf",
         topics=["how-to-train"], seeds="004"),
    item("ba2016-layernorm", "Layer Normalization", 2016, arxiv="1607.06450", topics=["how-to-train"], seeds="004",
         status=READ),
    item("kirkpatrick2016-ewc", "Overcoming catastrophic forgetting in neural networks", 2016, venue="PNAS 2017",
         arxiv="1612.00796", topics=["how-to-train"], seeds="004"),
    item("li2021-prefix-tuning", "Prefix-Tuning: Optimizing Continuous Prompts for Generation", 2021,
         venue="ACL 2021", arxiv="2101.00190", topics=["how-to-train"], seeds="004",
         authors=["Xiang Lisa Li", "Percy Liang"], authors_source="published"),
    item("shinn2023-reflexion", "Reflexion: Language Agents with Verbal Reinforcement Learning", 2023,
         venue="NeurIPS 2023", arxiv="2303.11366", topics=["improvements-to-classics"], seeds="004"),
    item("chen2021-decision-transformer", "Decision Transformer: Reinforcement Learning via Sequence Modeling", 2021,
         venue="NeurIPS 2021", arxiv="2106.01345", topics=["improvements-to-classics"], seeds="004"),
    item("lee2022-multi-game-decision-transformers", "Multi-Game Decision Transformers", 2022, venue="NeurIPS 2022",
         arxiv="2205.15241", topics=["improvements-to-classics"], seeds="004"),
    item("scaling-laws-diffusion-transformers-2024", "Scaling Laws For Diffusion Transformers", 2024,
         arxiv="2410.08184", topics=["improvements-to-classics"], seeds="004"),
    item("hierarchical-reasoning-model-2025", "Hierarchical Reasoning Model", 2025, arxiv="2506.21734",
         topics=["improvements-to-classics"], seeds="004"),
    item("ronneberger2015-unet", "U-Net: Convolutional Networks for Biomedical Image Segmentation", 2015,
         venue="MICCAI 2015", arxiv="1505.04597", topics=["specific-models"], seeds="004",
         authors=["Olaf Ronneberger", "Philipp Fischer", "Thomas Brox"], authors_source="published"),
    item("silver2017-alphago-zero", "Mastering the game of Go without human knowledge", 2017, venue="Nature",
         url="https://www.nature.com/articles/nature24270", topics=["specific-models"], seeds="004", status=READ),
    item("petersen2022-difflogic", "Deep Differentiable Logic Gate Networks", 2022, venue="NeurIPS 2022",
         arxiv="2210.08277", topics=["alternative-architectures"], seeds="004", status=READ,
         authors=["Felix Petersen", "Christian Borgelt", "Hilde Kuehne", "Oliver Deussen"],
         authors_source="published"),
    item("petersen2024-convolutional-difflogic", "Convolutional Differentiable Logic Gate Networks", 2024,
         venue="NeurIPS 2024", arxiv="2411.04732", topics=["alternative-architectures"], seeds="004", status=READ),
    item("deep-stochastic-logic-gate-networks-2024", "Deep Stochastic Logic Gate Networks", 2024,
         url="https://ieeexplore.ieee.org/abstract/document/10301592", topics=["alternative-architectures"],
         seeds="004"),
    item("hinton2022-forward-forward", "The Forward-Forward Algorithm: Some Preliminary Investigations", 2022,
         arxiv="2212.13345", topics=["alternative-architectures"], seeds="004",
         authors=["Geoffrey Hinton"], authors_source="published"),
    item("hasani2020-liquid-time-constant", "Liquid Time-constant Networks", 2020, venue="AAAI 2021",
         arxiv="2006.04439", topics=["alternative-architectures"], seeds="004",
         authors=["Ramin Hasani", "Mathias Lechner", "Alexander Amini", "Daniela Rus", "Radu Grosu"],
         authors_source="published"),
    item("bostrom2012-superintelligent-will",
         "The Superintelligent Will: Motivation and Instrumental Rationality in Advanced Artificial Agents", 2012,
         venue="Minds and Machines", doi="10.1007/s11023-012-9281-3",
         url="https://link.springer.com/article/10.1007/s11023-012-9281-3", topics=["safety-and-future"],
         seeds="004", status=READ, authors=["Nick Bostrom"], authors_source="published"),
    item("ai-2027", "AI 2027", 2025, kind="report", url="https://ai-2027.com/", topics=["safety-and-future"],
         seeds="004"),
    item("aschenbrenner2024-situational-awareness", "SITUATIONAL AWARENESS: The Decade Ahead", 2024, kind="essay",
         url="https://situational-awareness.ai/", topics=["safety-and-future"], seeds="004",
         authors=["Leopold Aschenbrenner"], authors_source="published"),
    item("predictive-coding-survey-2023", "A Survey on Brain-Inspired Deep Learning via Predictive Coding", 2023,
         arxiv="2308.07870", topics=["biology-and-evolution"], seeds="004"),
    item("maass1997-spiking-neurons", "Networks of Spiking Neurons: The Third Generation of Neural Network Models",
         1997, venue="Neural Networks", url="https://www.sciencedirect.com/science/article/pii/S0893608097000117",
         topics=["biology-and-evolution"], seeds="004", authors=["Wolfgang Maass"], authors_source="published"),
    item("continuous-thought-machines-2025", "Continuous Thought Machines", 2025, arxiv="2505.05522",
         topics=["biology-and-evolution"], seeds="004"),
    item("hinton2002-sne", "Stochastic Neighbor Embedding", 2002, venue="NeurIPS 2002",
         url="https://proceedings.neurips.cc/paper_files/paper/2002/file/6150ccc6069bea6b5716254057a194ef-Paper.pdf",
         topics=["interpretability"], seeds="004",
         authors=["Geoffrey E. Hinton", "Sam T. Roweis"], authors_source="published"),
    item("sae-survey-2025",
         "A Survey on Sparse Autoencoders: Interpreting the Internal Mechanisms of Large Language Models", 2025,
         arxiv="2503.05613", topics=["interpretability"], seeds="004"),
    item("epoch-ai-supercomputer-trends", "Epoch AI", kind="blog-post",
         url="https://epoch.ai/blog/trends-in-ai-supercomputers", topics=["other-resources"], seeds="004"),
    item("eleutherai-transformer-math-101", "Transformer Math 101", kind="blog-post",
         url="https://blog.eleuther.ai/transformer-math/", topics=["other-resources"], seeds="004", status=READ),
    item("openai-spinning-up", "Spinning Up in Deep RL", kind="course",
         url="https://spinningup.openai.com/en/latest/", topics=["other-resources"], seeds="004", status=READ),
    item("anthropic2025-biology-llm", "On the Biology of a Large Language Model", 2025,
         venue="Transformer Circuits Thread",
         url="https://transformer-circuits.pub/2025/attribution-graphs/biology.html", topics=["other-resources"],
         seeds="004"),
]

# Prerequisites a seed states (reason in our own words).
PREREQUISITES = [
    ("ba2016-layernorm", "ioffe2015-batchnorm", "follow-up to batch normalization", "004"),
    ("hoffmann2022-chinchilla", "kaplan2020-scaling-laws", "re-fits these scaling laws and revises their ratio", "002"),
    ("nanda2022-grokking-mechanistic-analysis", "power2022-grokking", "explains the effect this paper reported", "004"),
]

# Hits of the reference-section search (method B), each read by hand in the reference text.
# (citing, cited) -> True (a real reference to that work) / False (false match, not added).
REVIEWED_GREP_HITS = {
    ("dao2022-flashattention", "frankle2018-lottery-ticket"): True,
    # "Learning distributed representations of sentences ..." / "Distributed representations of sentences and
    # documents" (other works), not Hinton's 1984 report.
    ("devlin2018-bert", "hinton1984-distributed-representations"): False,
    ("gu2023-mamba", "tallec2018-rnn-warp-time"): True,
    ("he2015-resnet", "glorot2010-difficulty-training"): True,
    ("he2015-resnet", "hinton2012-co-adaptation"): True,
    ("hu2021-lora", "li2021-prefix-tuning"): True,
    ("kingma2014-adam", "hinton2012-co-adaptation"): True,
    ("wei2022-chain-of-thought", "li2021-prefix-tuning"): True,
}


def norm_reference_text(text):
    """Normalize raw pdftotext reference text like titles; undo hyphenated line breaks both ways."""
    joined = re.sub(r"-\s*\n\s*", "", text)  # "bi-\ndirectional" -> "bidirectional"
    return norm_title(joined.replace("\n", " ")), norm_title(text.replace("\n", " "))


def build(data_dir):
    data_dir = Path(data_dir)
    lm_dir = data_dir / "ml-landmark-papers-citations"
    landmarks = convert_landmarks(lm_dir, data_dir / "bibtex-ml")["papers"]
    with open(lm_dir / "papers.csv", newline="", encoding="utf-8") as f:
        has_refs = {r["id"] for r in csv.DictReader(f) if r["has_reference_section"] == "yes"}
    with open(lm_dir / "citations.csv", newline="", encoding="utf-8") as f:
        lm_pairs = {(r["citing_id"], r["cited_id"]) for r in csv.DictReader(f)}

    by_arxiv = {p["ids"]["arxiv"]: p for p in landmarks if "arxiv" in p.get("ids", {})}
    by_title = {}
    for p in landmarks:
        by_title.setdefault(norm_title(p["title"]), []).append(p)

    bib = {}
    for path in sorted((data_dir / "bibtex-ml").glob("*.bib")):
        for _t, _k, fields in parse_bib(path.read_text(encoding="utf-8")):
            if "title" in fields and "author" in fields:
                names, complete = split_authors(fields["author"])
                if complete:
                    bib.setdefault(norm_title(fields["title"]), []).append(names)

    ids = [it["id"] for it in ITEMS]
    assert len(ids) == len(set(ids)), "duplicate item id"
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i) for i in ids), "bad item id"
    titles = [norm_title(it["title"]) for it in ITEMS]
    assert len(titles) == len(set(titles)), "duplicate item title"

    to_lm, provenance = {}, []
    for it in ITEMS:
        match = by_arxiv.get(it["arxiv"]) if it["arxiv"] else None
        hits = by_title.get(norm_title(it["title"]), [])
        if match is None and len(hits) == 1:
            match = hits[0]
        if match is not None and hits and match not in hits:
            raise SystemExit(f"{it['id']}: arXiv and title match different landmark papers")
        if match is not None:
            to_lm[it["id"]] = match["id"]
            if not it["arxiv"] and match.get("ids", {}).get("arxiv"):
                it["arxiv"] = match["ids"]["arxiv"]  # arXiv id from papers.csv
        authors, source = None, ""
        if match is not None and match.get("authors"):
            authors, source = match["authors"], "landmarks"
        else:
            cands = bib.get(norm_title(it["title"]), [])
            if cands and len({len(c) for c in cands}) == 1:
                authors = max(cands, key=lambda names: sum(len(n) for n in names))
                authors, source = [with_initial_periods(a) for a in authors], "bibtex-ml"
            elif it["authors"]:
                authors, source = it["authors"], it["authors_source"]
        if source != "landmarks" and source != it["authors_source"] and it["authors"]:
            if authors != it["authors"]:
                print(f"note: {it['id']}: {source} authors {authors} differ from {it['authors']}", file=sys.stderr)
        it["_authors"], it["_authors_source"] = authors, source
        provenance.append((it["id"], it["seeds"], to_lm.get(it["id"], ""), source or "none"))

    lm_to_item = {v: k for k, v in to_lm.items()}
    edges = {}
    for citing, cited in sorted(lm_pairs):
        if citing in lm_to_item and cited in lm_to_item:
            edges[(lm_to_item[citing], lm_to_item[cited])] = ("citations.csv", f"{citing} -> {cited}")

    found_hits = {}
    for it in ITEMS:
        lm = to_lm.get(it["id"])
        if lm is None or lm not in has_refs:
            continue
        ref_file = lm_dir / "reference_sections" / f"{lm}.txt"
        texts = norm_reference_text(ref_file.read_text(encoding="utf-8"))
        for other in ITEMS:
            if other is it or (it["id"], other["id"]) in edges:
                continue
            needle = norm_title(other["title"])
            if len(needle.split()) < 2:
                continue
            if any(re.search(r"(?:^| )" + re.escape(needle) + r"(?: |$)", t) for t in texts):
                found_hits[(it["id"], other["id"])] = f"reference_sections/{lm}.txt"
    unreviewed = sorted(set(found_hits) - set(REVIEWED_GREP_HITS))
    stale = sorted(set(REVIEWED_GREP_HITS) - set(found_hits))
    if unreviewed or stale:
        for pair in unreviewed:
            print(f"UNREVIEWED hit {pair[0]} -> {pair[1]} in {found_hits[pair]}", file=sys.stderr)
        for pair in stale:
            print(f"STALE reviewed hit {pair[0]} -> {pair[1]}", file=sys.stderr)
        raise SystemExit("reference-section hits differ from REVIEWED_GREP_HITS")
    for pair, ok in sorted(REVIEWED_GREP_HITS.items()):
        if ok:
            edges[pair] = ("reference_sections", found_hits[pair])

    prereq = {}
    for a, b, reason, _seed in PREREQUISITES:
        assert a in ids and b in ids and a != b
        prereq.setdefault(a, []).append({"id": b, "reason": reason})

    papers = []
    for it in sorted(ITEMS, key=lambda x: x["id"]):
        p = {"id": it["id"], "title": it["title"]}
        if it["year"] is not None:
            p["year"] = it["year"]
        if it["_authors"]:
            p["authors"] = list(it["_authors"])
        p["topics"] = list(it["topics"])
        p["status"] = it["status"]
        p["kind"] = it["kind"]
        if it["venue"]:
            p["venue"] = it["venue"]
        pid = {}
        for key in ("arxiv", "doi", "url"):
            if it[key]:
                pid[key] = it[key]
        if pid:
            p["ids"] = pid
        cites = sorted(b for (a, b) in edges if a == it["id"])
        if cites:
            p["cites"] = cites
        if it["id"] in prereq:
            p["prerequisites"] = sorted(prereq[it["id"]], key=lambda x: x["id"])
        papers.append(p)
    topics = []
    for tid, name, parent in TOPICS:
        t = {"id": tid, "name": name}
        if parent:
            t["parent"] = parent
        topics.append(t)
    graph = {"format": "papergraph", "version": 1, "topics": topics, "papers": papers}

    edge_csv = io.StringIO()
    w = csv.writer(edge_csv, lineterminator="\n")
    w.writerow(["citing", "cited", "method", "source"])
    for (a, b), (method, source) in sorted(edges.items()):
        w.writerow([a, b, method, source])
    prov_csv = io.StringIO()
    w = csv.writer(prov_csv, lineterminator="\n")
    w.writerow(["id", "seeds", "landmark_id", "authors_source"])
    for row in sorted(provenance):
        w.writerow(row)
    return graph, edge_csv.getvalue(), prov_csv.getvalue(), edges, to_lm


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--check", action="store_true", help="verify the committed files instead of writing them")
    args = ap.parse_args()
    graph, edge_csv, prov_csv, edges, to_lm = build(args.data)
    text = json.dumps(graph, ensure_ascii=False, indent=2) + "\n"
    outputs = [(OUT_JSON, text), (OUT_EDGES, edge_csv), (OUT_PROVENANCE, prov_csv)]
    if args.check:
        bad = [str(p) for p, t in outputs if not p.exists() or p.read_text(encoding="utf-8") != t]
        if bad:
            raise SystemExit("out of date: " + ", ".join(bad))
    else:
        for path, content in outputs:
            path.write_text(content, encoding="utf-8")
    methods = {}
    for method, _src in edges.values():
        methods[method] = methods.get(method, 0) + 1
    print(f"{len(graph['papers'])} items, {len(to_lm)} mapped to ml-landmarks, {len(edges)} citation edges "
          + ", ".join(f"{m}: {n}" for m, n in sorted(methods.items()))
          + f", {len(PREREQUISITES)} prerequisites" + (" (check passed)" if args.check else ""))


if __name__ == "__main__":
    main()
