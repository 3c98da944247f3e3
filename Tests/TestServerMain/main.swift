import Foundation
import LoopbackServer

// papergraph-testserver FIXTURE_DIR: serves OpenAlex-, Semantic Scholar- and Crossref-shaped
// answers from a fixture folder on 127.0.0.1, prints "port N" on the first line of standard output,
// then serves until terminated. For the end-to-end step of .ci/run; never a network service.
let arguments = CommandLine.arguments.dropFirst()
guard let folder = arguments.first, !folder.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: papergraph-testserver FIXTURE_DIR\n".utf8))
    exit(64)
}
do {
    let services = try FixtureServices(folder: folder)
    let server = try LoopbackServer { services.respond($0) }
    FileHandle.standardOutput.write(Data("port \(server.port)\n".utf8))
    signal(SIGTERM) { _ in exit(0) }
    while true { sleep(3600) }
} catch {
    FileHandle.standardError.write(Data("papergraph-testserver: \(error)\n".utf8))
    exit(1)
}
