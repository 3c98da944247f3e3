import Testing

@Suite("Skipped records and warnings")
struct SkippedRecordsTests {
    /// The broken file: the title's inner brace is never closed, so the value runs on to
    /// the entry's closing brace and the next entry.
    private let brokenBib = """
        @article{devlin2019bert, title = {BERT}, year = 2019}

        @article{vaswani2017attention,
          title = {Attention Is {All You Need},
          year = 2017
        }

        @article{he2016resnet, title = {Deep Residual Learning}, year = 2016}

        """

    @Test("validate: a skipped entry is an error at the line where it starts, naming it; exit 1")
    func validateFails() throws {
        let path = try temporaryFile("broken.bib", brokenBib)
        let run = runCLI(["validate", path])
        #expect(run.status == 1)
        #expect(run.out == "\(path):3:1: error: entry 'vaswani2017attention' skipped: unclosed brace in field 'title' (opened at 4:11)\n")
        #expect(run.err.contains("2 papers checked: 1 errors, 0 warnings"))
    }

    @Test("other commands keep going and print the skip as a warning")
    func othersContinue() throws {
        let path = try temporaryFile("broken.bib", brokenBib)
        let run = runCLI(["stats", path, "--format", "json"])
        #expect(run.status == 0)
        #expect(try jsonOutput(run)["papers"]?.intValue == 2)
        #expect(run.err.contains("\(path):3:1: warning: entry 'vaswani2017attention' skipped: unclosed brace"))
        let quiet = runCLI(["stats", path, "--format", "json", "--quiet"])
        #expect(quiet.status == 0 && quiet.err.isEmpty)
        let quietValidate = runCLI(["validate", path, "-q"])
        #expect(quietValidate.status == 1)
        #expect(quietValidate.out.contains("error: entry 'vaswani2017attention' skipped"))
    }

    @Test("warnings come in input order (file as given, then line), each once, with a count past 20")
    func orderAndCount() throws {
        // BibTeX reports the missing title (line 1) after parsing, the duplicate key (line 3) while
        // parsing; the file read twice gives each warning twice.
        let first = try temporaryFile("z.bib", "@article{a, year = 2001}\n@article{b, title = {B}}\n@article{b, title = {B2}}\n")
        let second = try temporaryFile("a.md", "## Papers\n- ✅ (2017)\n")
        let run = runCLI(["stats", first, second, first, "--format", "json"])
        #expect(run.status == 0)
        let lines = run.err.split(separator: "\n").map(String.init).filter { $0.contains(" skipped: ") }
        #expect(lines == [
            "\(first):1:1: warning: entry 'a' skipped: expected a 'title' field, found none",
            "\(first):3:1: warning: entry 'b' skipped: the key is already used by an earlier entry",
            "\(second):2:1: warning: item skipped: expected a title (link text, bold or quoted text), found none",
        ])
        let many = try temporaryFile("many.bib", (1...25).map { "@article{k\($0), year = 2001}\n" }.joined())
        let flood = runCLI(["stats", many, "--format", "json"])
        let shown = flood.err.split(separator: "\n").filter { $0.contains(": warning: entry") }
        #expect(shown.count == 20)
        #expect(shown.first?.contains("many.bib:1:1:") == true && shown.last?.contains("many.bib:20:1:") == true)
        #expect(flood.err.contains("warning: 5 more warnings not shown; run 'papergraph validate' to see all"))
        let all = runCLI(["validate", many])
        #expect(all.out.split(separator: "\n").count == 25)
        #expect(all.status == 1)
    }
}
