import Foundation
import Synchronization
import PaperGraphCLI

/// The outcome of running `papergraph` in-process.
struct CLIRun {
    var status: Int32
    var out: String
    var err: String
}

/// Runs `papergraph` with `arguments`, capturing standard output and error.
func runCLI(_ arguments: [String]) -> CLIRun {
    let out = Mutex(""), err = Mutex("")
    let console = Console(out: { text in out.withLock { $0 += text } }, err: { text in err.withLock { $0 += text } })
    let status = PaperGraphCLI.run(arguments, console: console)
    return CLIRun(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
}

/// A fresh temporary folder for one test.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("papergraph-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `contents` to a new file in a temporary folder and returns its path.
func temporaryFile(_ name: String, _ contents: String) throws -> String {
    try temporaryFile(name, Data(contents.utf8))
}

func temporaryFile(_ name: String, _ data: Data) throws -> String {
    let url = try temporaryFolder().appendingPathComponent(name)
    try data.write(to: url)
    return url.path
}

/// `papergraph generate --shuffle` of `papers` papers with `refs` references each, written once as
/// JSON and once as `.pgraph` in a fresh temporary folder: the same graph in both formats.
func generatedGraphFiles(papers: Int, refs: Int, seed: Int) throws -> (json: String, pgraph: String) {
    let folder = try temporaryFolder()
    let json = folder.appendingPathComponent("gen.json").path, pgraph = folder.appendingPathComponent("gen.pgraph").path
    for path in [json, pgraph] {
        let run = runCLI(["generate", "--papers", "\(papers)", "--refs", "\(refs)", "--seed", "\(seed)", "--shuffle", "-o", path])
        guard run.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: run.err]) }
    }
    return (json, pgraph)
}

/// The repository root, found from this source file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The path of a sample graph in `Graphs/`.
func sampleGraph(_ name: String) -> String { repositoryRoot.appendingPathComponent("Graphs/\(name)").path }

/// A small graph used by many CLI tests: a chain with a prerequisite and one read paper.
let smallGraphJSON = """
{"papers": [
  {"id": "transformer", "title": "Attention Is All You Need", "year": 2017, "authors": ["Ashish Vaswani"],
   "topics": ["Architectures"], "cites": ["bahdanau", "seq2seq"], "status": "read"},
  {"id": "bahdanau", "title": "Neural Machine Translation by Jointly Learning to Align and Translate", "year": 2014,
   "cites": ["seq2seq"], "topics": ["Architectures"]},
  {"id": "seq2seq", "title": "Sequence to Sequence Learning with Neural Networks", "year": 2014},
  {"id": "bert", "title": "BERT: Pre-training of Deep Bidirectional Transformers", "year": 2018,
   "cites": ["transformer", "ghost"], "prerequisites": [{"id": "transformer", "reason": "builds on it"}]}
]}
"""
