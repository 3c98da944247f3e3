import Foundation
import LoopbackServer

// papergraph-testserver FIXTURE_DIR [--latency SECONDS]: serves OpenAlex-, Semantic Scholar- and
// Crossref-shaped answers from a fixture folder on 127.0.0.1, prints "port N" on the first line of
// standard output, then serves until terminated. `--latency` delays every answer (to measure
// concurrent requests as a distant service would see them). For the end-to-end step of .ci/run and
// the enrich benchmark; never a network service.
var arguments = Array(CommandLine.arguments.dropFirst())
var latency = 0.0
if let flag = arguments.firstIndex(of: "--latency") {
    guard flag + 1 < arguments.count, let seconds = Double(arguments[flag + 1]), (0...60).contains(seconds) else {
        FileHandle.standardError.write(Data("papergraph-testserver: --latency expects seconds between 0 and 60\n".utf8))
        exit(64)
    }
    latency = seconds
    arguments.removeSubrange(flag...(flag + 1))
}
guard let folder = arguments.first, !folder.hasPrefix("-") else {
    FileHandle.standardError.write(Data("usage: papergraph-testserver FIXTURE_DIR [--latency SECONDS]\n".utf8))
    exit(64)
}
do {
    let services = try FixtureServices(folder: folder)
    let delay = latency
    let server = try LoopbackServer { request in
        var response = services.respond(request)
        if delay > 0, case .normal = response.delivery { response.delivery = .delayed(delay) }
        return response
    }
    FileHandle.standardOutput.write(Data("port \(server.port)\n".utf8))
    signal(SIGTERM) { _ in exit(0) }
    while true { sleep(3600) }
} catch {
    FileHandle.standardError.write(Data("papergraph-testserver: \(error)\n".utf8))
    exit(1)
}
