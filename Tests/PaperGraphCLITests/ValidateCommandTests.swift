import Testing
import PaperGraphCLI

@Suite("papergraph validate")
struct ValidateCommandTests {
    @Test("prints warnings with locations and exits 0 when there is no error")
    func warningsOnly() throws {
        let path = try temporaryFile("g.json", smallGraphJSON)
        let run = runCLI(["validate", path])
        #expect(run.status == 0)
        #expect(run.out == "\(path):8:29: warning: 'bert' cites unknown paper 'ghost'; citation dropped\n")
        #expect(run.err == "4 papers checked: 0 errors, 1 warnings\n")
    }

    @Test("lists every error and exits 1")
    func everyError() throws {
        let path = try temporaryFile("bad.json", """
        {"papers": [
          {"id": "a", "title": "A", "year": "1999"},
          {"id": "b"},
          {"id": "c", "title": "C", "status": "finished"}
        ]}
        """)
        let run = runCLI(["validate", path])
        #expect(run.status == 1)
        #expect(run.out.split(separator: "\n").map(String.init) == [
            "\(path):2:37: error: papers[0] (\"a\").year: expected an integer, found a string",
            "\(path):3:3: error: papers[1] (\"b\"): missing required member \"title\"",
            "\(path):4:39: error: papers[2] (\"c\").status: expected \"read\", \"reading\" or \"unread\", found \"finished\"",
        ])
    }

    @Test("the sample graphs validate without errors")
    func sampleGraphs() {
        for name in ["ml-foundations.json", "ml-landmarks.json"] {
            let run = runCLI(["validate", sampleGraph(name)])
            #expect(run.status == 0, "\(name): \(run.out)")
            #expect(!run.out.contains("error:"))
        }
    }
}
