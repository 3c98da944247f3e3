import Testing
import PaperGraphModel

/// Two sources: a keyed citation network with two distinct "Introduction" papers of 1999, and a
/// hand-kept list naming one "Introduction" (1999) and a paper by DOI.
private func sources() -> (network: ImportedLibrary, list: ImportedLibrary) {
    let at = { (file: String, line: Int) in SourceLocation(file: file, line: line, column: 1) }
    let network = ImportedLibrary(papers: [
        PaperRecord(key: "101", title: "Introduction", year: 1999, location: at("net.json", 3)),
        PaperRecord(key: "102", title: "Introduction", year: 1999, location: at("net.json", 4)),
        PaperRecord(key: "103", title: "Preface", year: 2001, identifiers: PaperIdentifiers(doi: "10.1000/p"), location: at("net.json", 5)),
    ], source: RecordSource(isKeyed: true, isEditedByUser: false))
    let list = ImportedLibrary(papers: [
        PaperRecord(key: "introduction", title: "Introduction.", year: 1999, location: at("list.md", 2)),
        PaperRecord(key: "preface", title: "A preface", identifiers: PaperIdentifiers(doi: "10.1000/P"), location: at("list.md", 3)),
    ], source: .unkeyedList)
    return (network, list)
}

private func build(_ policy: MergePolicy, _ libraries: [ImportedLibrary]) -> (PaperGraph, [String]) {
    var builder = PaperGraphBuilder(mergePolicy: policy)
    for library in libraries { builder.add(library) }
    let (graph, diagnostics) = builder.build()
    return (graph, diagnostics.map(\.message))
}

@Suite("Merge rules: no paper merged without a word")
struct MergePolicyTests {
    @Test("auto: records of one keyed source never merge by title; across sources they do, and the merge is reported")
    func auto() throws {
        let (network, list) = sources()
        let (alone, quiet) = build(.auto, [network])
        #expect(alone.papers.count == 3)
        #expect(alone.mergeGroups.isEmpty)
        #expect(!quiet.contains { $0.contains("merged into") })

        let (graph, messages) = build(.auto, [network, list])
        // The list's "Introduction" joins the first network paper of that title; the DOI joins the preface.
        #expect(graph.papers.map(\.key) == ["101", "102", "103"])
        #expect(graph.mergeGroups.map { graph[$0.paper].key } == ["101", "103"])
        #expect(graph.mergeGroups[0].members.map(\.reason) == [nil, .title])
        #expect(graph.mergeGroups[1].members.map(\.reason) == [nil, .doi])
        #expect(graph.mergeGroups[0].members[1].location?.description == "list.md:2:1")
        #expect(messages.contains("4 records merged into 2 papers: 1 by DOI, 1 by title and year; `papergraph validate --merges` lists them"))
    }

    @Test("titles merges inside keyed sources too; ids never by title; none only by key")
    func otherPolicies() {
        let (network, list) = sources()
        #expect(build(.titles, [network]).0.papers.count == 2)
        #expect(build(.ids, [network, list]).0.papers.map(\.key) == ["101", "102", "103", "introduction"])
        #expect(build(.none, [network, list]).0.papers.count == 5)
    }

    @Test("a read mark from the list you edit overrides an older graph papergraph wrote")
    func statusPrecedence() {
        let derived = ImportedLibrary(papers: [PaperRecord(key: "a", title: "Attention Is All You Need", status: .read),
                                               PaperRecord(key: "b", title: "BERT", status: .read)],
                                      source: RecordSource(isKeyed: true, isEditedByUser: false))
        // The list still marks something read, so its unmarked "BERT" is unread: un-checked since.
        let list = ImportedLibrary(papers: [PaperRecord(key: "attention", title: "Attention is all you need", status: .read),
                                            PaperRecord(key: "bert", title: "BERT")],
                                   source: RecordSource(isKeyed: false, isEditedByUser: true, marksReadStatus: true))
        let (graph, _) = build(.auto, [derived, list])
        #expect(graph.papers.map(\.status) == [.read, .unread])
        // A list that marks nothing says nothing about status: the graph's read marks stay.
        let silent = ImportedLibrary(papers: [PaperRecord(key: "bert", title: "BERT")], source: .unkeyedList)
        #expect(build(.auto, [derived, silent]).0.papers.map(\.status) == [.read, .read])
    }
}
