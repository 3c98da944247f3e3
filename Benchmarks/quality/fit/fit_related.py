"""Fits the weights of `related` (RelatedPaperOptions) on cit-HepTh's held-out citations alone.

    papergraph-quality heldout cit-HepTh ../shared/data/snap-cit-hepth/cit-HepTh.txt.gz OUT.tsv --dump DIR
    python3 Benchmarks/quality/fit/fit_related.py DIR [cit-HepTh] --features [--floor=0.01] [--year]

With --features (how the shipped weights were fitted) it reads DIR/NAME.features.tsv, the candidates
the harness dumped with the signals exactly as `related` computes them (personalized PageRank by the
local push at 1e-5, resource allocation over each kind of two-step path and over x -> z <- w -> y
through the 200 strongest coupled papers, the candidate's citers), each divided by the query's best;
the candidates are those any signal puts in its top 200, neighbours of the query removed as the
evaluation does. Without it, it computes the signals itself from DIR/NAME.remaining.tsv (exact
personalized PageRank by power iteration, every coupled paper followed), as the first fit did.
Either way it fits a logistic regression of "the query cites it" on log(signal + floor) and
log(1 + citers) by Newton's method (L2 1e-3), prints the weights and the recall@20 they reach on
these candidates (the truth's size from DIR/NAME.truth.tsv). numpy and scipy only.

Run 2026-12-04 (session 10) with --features: floor 0.001 gives walk 0.24 and recall 0.690 on the
candidates; floor 0.01 gives the shipped weights (walk 0.40, shared references 0.34, shared citers
0.29, references of references 0.43, citers of citers -0.43, references of coupled papers 0.83,
citers -0.01) and 0.699.

With --year (features only; session 11) it holds those weights fixed and fits the year term's two
weights on the same candidates, the years read from cit-HepTh's arXiv ids by the harness: the
candidate's ln(1 + |year gap|) and whether it is newer than the query. Run 2026-12-04: yearGap -0.06,
newer -0.32, recall@20 on the candidates 0.6989 -> 0.7025 (the shipped year weights).
"""
import sys

import numpy as np
import scipy.sparse as sp

# The weights RelatedPaperOptions ships (the six signals, then citedBy), held fixed by --year.
SHIPPED = [0.40, 0.34, 0.29, 0.43, -0.43, 0.83, -0.01]
SIGNALS = ["walk", "sharedReferences", "sharedCiters", "referencesOfReferences", "citersOfCiters", "referencesOfCoupled"]
FLOOR = 0.001


def load_features(directory, name):
    """The candidates papergraph-quality --dump wrote (DIR/NAME.features.tsv: query, label, the six
    signals each divided by the query's best, citers), computed as `related` computes them (the
    local push, the three-step paths of the 200 strongest coupled papers); per query the truth's size
    from DIR/NAME.truth.tsv."""
    sizes = {}
    for line in open(f"{directory}/{name}.truth.tsv"):
        f = line.rstrip("\n").split("\t")
        sizes[f[0]] = len([k for k in f[1:] if k])
    order = {k: i for i, k in enumerate(sizes)}
    query_of, labels, values = [], [], []
    for line in open(f"{directory}/{name}.features.tsv"):
        f = line.rstrip("\n").split("\t")
        query_of.append(order[f[0]]); labels.append(float(f[1])); values.append([float(v) for v in f[2:]])
    v = np.array(values)
    years = v[:, 7:9] if v.shape[1] >= 9 else np.zeros((len(v), 2))
    return v[:, :6], v[:, 6], np.array(labels), np.array(query_of), [[0] * n for n in sizes.values()], years


def year_columns(years):
    """The year term's two columns (0 where a year is missing): ln(1 + |gap|), and 1 when the
    candidate is newer than the query (gap = year(query) - year(candidate) < 0)."""
    known, gap = years[:, 0], years[:, 1]
    return np.stack([known * np.log1p(np.abs(gap)), known * (gap < 0)], 1)


def logistic_offset(offset, x, y, l2=1e-3, rounds=30):
    """The logistic regression of y on x with a fixed offset (the shipped score): the weights of x."""
    x1 = np.hstack([x, np.ones((len(x), 1))]); w = np.zeros(x1.shape[1])
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-(offset + x1 @ w)))
        g = x1.T @ (p - y) / len(y) + l2 * w
        h = (x1 * (p * (1 - p))[:, None]).T @ x1 / len(y) + l2 * np.eye(len(w))
        w -= np.linalg.solve(h, g)
    return w[:-1]


def design(signal_values, citers, floor):
    return np.hstack([np.log(signal_values + floor), np.log1p(citers)[:, None]])


def load(directory, name):
    keys, src, dst = {}, [], []
    def index(k):
        return keys.setdefault(k, len(keys))
    for line in open(f"{directory}/{name}.remaining.tsv"):
        a, b = line.rstrip("\n").split("\t")
        src.append(index(a)); dst.append(index(b))
    queries, truth = [], []
    for line in open(f"{directory}/{name}.truth.tsv"):
        f = line.rstrip("\n").split("\t")
        queries.append(index(f[0])); truth.append([index(k) for k in f[1:] if k])
    n = len(keys)
    a = sp.csr_matrix((np.ones(len(src)), (src, dst)), shape=(n, n))
    a.data[:] = 1
    a.setdiag(0); a.eliminate_zeros()
    return a, np.array(queries), truth


def signals(a, u, inverse_degree, queries):
    n = a.shape[0]
    at = a.T.tocsr()
    d = sp.diags(inverse_degree)
    e = sp.csr_matrix((np.ones(len(queries)), (np.arange(len(queries)), queries)), shape=(len(queries), n))
    refs, citers = e @ a, e @ at
    coupled = refs @ d @ at
    walk_matrix = (d @ u).T.tocsr()
    r = e.toarray().T; start = r.copy()
    for _ in range(40):
        r = 0.15 * start + 0.85 * (walk_matrix @ r)
    return [r.T, (refs @ d @ at).toarray(), (citers @ d @ a).toarray(), (refs @ d @ a).toarray(),
            (citers @ d @ at).toarray(), (coupled @ d @ a).toarray()]


def candidates(a, queries, truth, top=200, batch=250):
    u = ((a + a.T) > 0).astype(np.float64).tocsr()
    degree = np.asarray(u.sum(1)).ravel()
    inverse_degree = np.where(degree > 0, 1 / np.maximum(degree, 1), 0)
    cited = np.asarray(a.sum(0)).ravel()
    rows, labels, query_of = [], [], []
    for b in range(0, len(queries), batch):
        q = queries[b:b + batch]
        s = signals(a, u, inverse_degree, q)
        keep = np.ones((len(q), a.shape[0]), bool)
        i, j = u[q].nonzero(); keep[i, j] = False; keep[np.arange(len(q)), q] = False
        for k in range(len(q)):
            chosen = set()
            for f in s:
                v = np.where(keep[k], f[k], 0)
                m = min(top, np.count_nonzero(v))
                if m:
                    best = np.argpartition(-v, m - 1)[:m]
                    chosen.update(best[v[best] > 0].tolist())
            c = np.array(sorted(chosen), dtype=np.int64)
            others = np.arange(a.shape[0]) != q[k]
            rows.append(np.stack([f[k][c] / max(f[k][others].max(), 1e-300) for f in s] + [cited[c]], 1))
            hidden = set(truth[b + k]); labels.append(np.array([y in hidden for y in c])); query_of.append(np.full(len(c), b + k))
    v = np.concatenate(rows)
    return v[:, :6], v[:, 6], np.concatenate(labels).astype(float), np.concatenate(query_of)


def logistic(x, y, l2=1e-3, rounds=30):
    x1 = np.hstack([x, np.ones((len(x), 1))]); w = np.zeros(x1.shape[1])
    for _ in range(rounds):
        p = 1 / (1 + np.exp(-(x1 @ w)))
        g = x1.T @ (p - y) / len(y) + l2 * w
        h = (x1 * (p * (1 - p))[:, None]).T @ x1 / len(y) + l2 * np.eye(len(w))
        w -= np.linalg.solve(h, g)
    return w[:-1]


def recall20(score, labels, query_of, truth):
    order = np.lexsort((-score, query_of))
    q = query_of[order]; first = np.searchsorted(q, np.arange(len(truth)))
    rank = np.arange(len(q)) - first[q]
    hits = np.bincount(q[(rank < 20) & (labels[order] > 0)], minlength=len(truth))
    sizes = np.array([len(t) for t in truth])
    return np.where(sizes > 0, hits / np.maximum(sizes, 1), 0).mean()


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    directory = arguments[0]
    name = arguments[1] if len(arguments) > 1 else "cit-HepTh"
    floor = next((float(a.split("=")[1]) for a in sys.argv if a.startswith("--floor=")), FLOOR)
    years = None
    if "--features" in sys.argv:
        signal_values, citers, y, query_of, truth, years = load_features(directory, name)
    else:
        a, queries, truth = load(directory, name)
        signal_values, citers, y, query_of = candidates(a, queries, truth)
    x = design(signal_values, citers, floor)
    if "--year" in sys.argv:
        shipped = x @ np.array(SHIPPED)
        z = year_columns(years)
        w = logistic_offset(shipped, z, y)
        print(f"yearGap = {w[0]:.2f}\nnewer = {w[1]:.2f}")
        print(f"recall@20 on the candidates: without the year term {recall20(shipped, y, query_of, truth):.4f}, "
              f"with it {recall20(shipped + z @ np.round(w, 2), y, query_of, truth):.4f}")
        sys.exit(0)
    w = logistic(x, y)
    for n, v in zip(SIGNALS + ["citedBy"], w):
        print(f"{n} = {v:.2f}")
    print(f"floor {floor}: recall@20 on the candidates: {recall20(x @ w, y, query_of, truth):.3f} (rounded weights: {recall20(x @ np.round(w, 2), y, query_of, truth):.3f})")
