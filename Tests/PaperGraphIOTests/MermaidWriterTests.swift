import Testing
@testable import PaperGraphIO
import PaperGraphModel

@Suite("Mermaid writer")
struct MermaidWriterTests {
    @Test("writes the small graph exactly as the golden file")
    func golden() throws {
        let graph = ExportTestSupport.smallGraph()
        let view = try ExportView(graph: graph, selection: ExportSelection(includeTopics: true),
                                  decorations: ExportTestSupport.smallDecorations(graph))
        let text = try MermaidWriter.write(view, options: .init(direction: .LR))
        ExportTestSupport.expectGolden(text, "small.mmd")
        ExportTestSupport.writeSample(text, "small.mmd", view: view)
    }

    @Test("refuses views over the size limit with advice to narrow them")
    func refusesLargeViews() throws {
        let view = try ExportView(graph: ExportTestSupport.hostileGraph())
        #expect(throws: Diagnostic.error("a Mermaid diagram of 10 nodes would be unreadable (the limit is 9); narrow the selection with --top N, --around PAPER --depth D or --topic TOPIC, or export DOT instead")) {
            try MermaidWriter.write(view, options: .init(maxNodes: 9))
        }
        #expect(try MermaidWriter.write(view, options: .init(maxNodes: 10)).hasPrefix("flowchart TB\n"))
    }

    @Test("writes syntax characters in labels as entity codes")
    func escaping() throws {
        #expect(MermaidWriter.escaped("say \"hi\" #1 <b> & `x`\nnext\u{01}") == "say #quot;hi#quot; #35;1 #lt;b#gt; #amp; #96;x#96;<br/>next")
        // `\nabla` and `\n` are written as an entity, never read as a line break.
        #expect(MermaidWriter.escaped("Gradient \\nabla f and C:\\new") == "Gradient #92;nabla f and C:#92;new")
        let view = try ExportView(graph: ExportTestSupport.hostileGraph())
        let text = try MermaidWriter.write(view)
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix("  n") && $0.contains("\\") })
        let labels = text.split(separator: "\n").filter { $0.hasPrefix("  n") && $0.contains("[\"") }
        #expect(labels.count == 10)
        // Inside a label's quotes there is no raw quote, so no label can end early.
        for line in labels {
            let inner = line.drop { $0 != "\"" }.dropFirst().dropLast(2)
            #expect(!inner.contains("\""), "\(line)")
        }
    }
}
