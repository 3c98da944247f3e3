import Testing
@testable import PaperGraphModel

@Suite("Paper lookup")
struct PaperLookupTests {
    private let graph: PaperGraph = {
        var records = [
            PaperRecord(key: "vaswani2017", title: "Attention Is All You Need", year: 2017,
                        identifiers: PaperIdentifiers(doi: "10.5555/3295222", arxiv: "1706.03762")),
            PaperRecord(key: "flash", title: "FlashAttention: Fast and Memory-Efficient Exact Attention"),
            PaperRecord(key: "flash2", title: "FlashAttention-2: Faster Attention with Better Parallelism"),
            PaperRecord(key: "bert", title: "BERT: Pre-training of Deep Bidirectional Transformers"),
        ]
        records[0].status = .read
        return makeGraph(records)
    }()

    @Test("finds papers by key, arXiv id, DOI, title, prefix and word prefixes", arguments: [
        ("vaswani2017", "vaswani2017"), ("arXiv:1706.03762v5", "vaswani2017"), ("10.5555/3295222", "vaswani2017"),
        ("attention is all you need", "vaswani2017"), ("Attention is all", "vaswani2017"),
        ("FlashAttention-2", "flash2"), ("flashattention 2", "flash2"), ("bidirectional transformers", "bert"),
    ])
    func finds(name: String, key: String) {
        #expect(graph.lookUpPaper(name) == .found(graph.id(key)))
    }

    @Test("reports ambiguous names with the candidates")
    func ambiguous() {
        #expect(graph.lookUpPaper("FlashAttention") == .ambiguous([graph.id("flash"), graph.id("flash2")]))
    }

    @Test("lists as closest only papers that share something with the name")
    func unknown() {
        guard case .notFound(let closest) = graph.lookUpPaper("Bidirectional chromodynamics") else {
            Issue.record("expected notFound")
            return
        }
        #expect(closest.first == graph.id("bert"))
        #expect(graph.lookUpPaper("zzqx") == .notFound(closest: []))
    }

    /// A hand-made list with the near neighbours that made the old matcher guess wrong: three
    /// FlashAttentions, two Mambas and a title that mentions "Mamba2", Chinchilla known only by
    /// its key, and unrelated short titles (Mistral) that an edit distance over whole titles prefers.
    private let typoGraph = makeGraph([
        PaperRecord(key: "2017-attention", title: "Attention Is All You Need", year: 2017),
        PaperRecord(key: "flash-1", title: "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"),
        PaperRecord(key: "flash-2", title: "FlashAttention-2: Faster Attention with Better Parallelism and Work Partitioning"),
        PaperRecord(key: "flash-3", title: "FlashAttention-3: Fast and Accurate Attention with Asynchrony and Low-precision"),
        PaperRecord(key: "2023-12-mamba-selective", title: "Mamba: Linear-Time Sequence Modeling with Selective State Spaces"),
        PaperRecord(key: "2024-05-mamba-2-duality", title: "Transformers are SSMs: Generalized Models Through Structured State Space Duality"),
        PaperRecord(key: "gated-delta", title: "Gated Delta Networks: Improving Mamba2 with Delta Rule"),
        PaperRecord(key: "2022-03-chinchilla-scaling", title: "Training Compute-Optimal Large Language Models"),
        PaperRecord(key: "mistral", title: "Mistral 7B"),
        PaperRecord(key: "lens", title: "TransformerLens"),
    ])

    @Test("takes a unique close match over titles, short names and keys as a typo", arguments: [
        ("FlashAtention-2", "flash-2"), ("FlashAtention-3", "flash-3"), ("Mambaa", "2023-12-mamba-selective"),
        ("Chinchila", "2022-03-chinchilla-scaling"), ("atention is all you need", "2017-attention"),
        ("Atention Is Al You Need", "2017-attention"), ("Transfomers are SSMs", "2024-05-mamba-2-duality"),
    ])
    func typos(name: String, key: String) {
        #expect(typoGraph.lookUpPaper(name) == .closeMatch(typoGraph.id(key)))
    }

    @Test("a typo equally close to two papers is ambiguous, listing both")
    func equallyClose() {
        // "flashatention 4" is two edits from both "flashattention 2" and "flashattention 3".
        guard case .ambiguous(let candidates) = typoGraph.lookUpPaper("FlashAtention-4") else {
            Issue.record("expected ambiguous")
            return
        }
        #expect(Set(candidates.prefix(2)) == [typoGraph.id("flash-2"), typoGraph.id("flash-3")])
    }

    @Test("exact matching takes no typo or prefix but still lists the closest papers")
    func exactMatching() {
        #expect(typoGraph.lookUpPaper("Mambaa", matching: .exact)
                == .notFound(closest: Array(typoGraph.fuzzyRanking("mambaa", titles: typoGraph.papers.map {
                    TitleNormalization.normalizedTitle($0.title) }).prefix(5).map(\.id))))
        guard case .notFound(let closest) = typoGraph.lookUpPaper("Mambaa", matching: .exact) else { return }
        #expect(closest.first == typoGraph.id("2023-12-mamba-selective"))
        #expect(typoGraph.lookUpPaper("Attention is all", matching: .exact) != .found(typoGraph.id("2017-attention")))
        #expect(typoGraph.lookUpPaper("attention is all you need!", matching: .exact) == .found(typoGraph.id("2017-attention")))
        #expect(typoGraph.lookUpPaper("flash-2", matching: .exact) == .found(typoGraph.id("flash-2")))
    }
}

@Suite("Fuzzy text")
struct FuzzyTextTests {
    private func distance(_ a: String, _ b: String, limit: Int = 100) -> Int {
        FuzzyText.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), limit: limit)
    }

    @Test("edit distance matches hand-counted Levenshtein distances", arguments: [
        ("kitten", "sitting", 3), ("flaw", "lawn", 2), ("", "abc", 3), ("abc", "", 3), ("same", "same", 0),
        ("mambaa", "mamba", 1), ("mambaa", "mamba2", 1), ("chinchila", "chinchilla", 1),
    ])
    func editDistance(a: String, b: String, expected: Int) {
        #expect(distance(a, b) == expected)
        #expect(distance(b, a) == expected)
    }

    @Test("edit distance stops at its limit")
    func limit() {
        #expect(distance("abcdefgh", "zyxwvuts", limit: 3) == 3)
        #expect(distance("a", "abcdefgh", limit: 4) == 4)
    }

    @Test("trigrams are padded, sorted and unique; shared counts by merge")
    func trigrams() {
        // " aa" "aaa" "aa " for "aaaa": "aaa" appears twice but is kept once.
        #expect(FuzzyText.trigrams("aaaa").count == 3)
        #expect(FuzzyText.trigrams("ab").count == 2)   // " ab", "ab "
        #expect(FuzzyText.sharedCount(FuzzyText.trigrams("mamba"), FuzzyText.trigrams("mambaa")) == 4)
        #expect(FuzzyText.trigramSimilarity(query: FuzzyText.trigrams("abc"), field: FuzzyText.trigrams("abc")) == 1)
        #expect(FuzzyText.trigramSimilarity(query: FuzzyText.trigrams("abc"), field: FuzzyText.trigrams("xyz")) == 0)
    }

    @Test("a match on some words of a field counts 0.9 of one on all of it")
    func windows() {
        #expect(FuzzyText.editSimilarity(query: "mamba", field: "mamba") == 1)
        #expect(abs(FuzzyText.editSimilarity(query: "chinchila", field: "chinchilla scaling laws") - 0.9 * 0.9) < 1e-12)
    }
}
