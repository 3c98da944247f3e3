import Testing
import PaperGraphModel

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

    @Test("finds papers by key, arXiv id, DOI, title, prefix and close match", arguments: [
        ("vaswani2017", "vaswani2017"), ("arXiv:1706.03762v5", "vaswani2017"), ("10.5555/3295222", "vaswani2017"),
        ("attention is all you need", "vaswani2017"), ("Attention is all", "vaswani2017"),
        ("FlashAttention-2", "flash2"), ("flashattention 2", "flash2"), ("Atention Is Al You Need", "vaswani2017"),
        ("bidirectional transformers", "bert"),
    ])
    func finds(name: String, key: String) {
        #expect(graph.lookUpPaper(name) == .found(graph.id(key)))
    }

    @Test("reports ambiguous names with the candidates")
    func ambiguous() {
        #expect(graph.lookUpPaper("FlashAttention") == .ambiguous([graph.id("flash2"), graph.id("flash")])
                || graph.lookUpPaper("FlashAttention") == .ambiguous([graph.id("flash"), graph.id("flash2")]))
    }

    @Test("reports unknown names with the closest candidates")
    func unknown() {
        guard case .notFound(let closest) = graph.lookUpPaper("Quantum chromodynamics on the lattice") else {
            Issue.record("expected notFound")
            return
        }
        #expect(closest.count == 4)
    }
}
