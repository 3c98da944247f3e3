import PaperGraphEnrich
import PaperGraphIO
import Foundation

/// `papergraph cache size|clean`: what `enrich` keeps on disk, and removing it.
struct CacheCommand: Command {
    static let spec = CommandSpec(
        name: "cache",
        abstract: "Show the size of enrich's cache, or clean it.",
        discussion: """
        The cache holds the services' answers, one small JSON file per work (a DOI, an OpenAlex or
        Semantic Scholar id, a title search), in --cache DIR, else $XDG_CACHE_HOME/papergraph, else
        ~/.cache/papergraph. 'size' prints files and bytes per source; 'clean' removes the openalex/,
        s2/ and crossref/ folders in it (nothing else).
        """,
        arguments: [ArgumentSpec("ACTION", help: "size or clean.")],
        options: [EnrichSettings.cacheOption])

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> Int32 {
        let cache = EnrichCache(directory: arguments[EnrichSettings.cacheOption]
                                ?? EnrichCache.defaultDirectory(environment: ProcessInfo.processInfo.environment))
        let usage: [CacheMaintenance.Usage]
        switch arguments.positional.first {
        case "size": usage = CacheMaintenance.usage(of: cache)
        case "clean":
            do { usage = try CacheMaintenance.clean(cache) } catch { throw .diagnostics([error]) }
        default:
            throw .usage("expected 'size' or 'clean', found '\(arguments.positional.first ?? "")'", command: spec)
        }
        let verb = arguments.positional.first == "clean" ? "removed" : "holds"
        let files = usage.reduce(0) { $0 + $1.files }, bytes = usage.reduce(0) { $0 + $1.bytes }
        var out = "\(cache.directory) \(verb) \(files) files, \(Self.size(bytes))\n"
        for entry in usage where entry.files > 0 {
            out += "  \(entry.source.rawValue): \(entry.files) files, \(Self.size(entry.bytes))\n"
        }
        console.out(out)
        return ExitCode.success
    }

    static func size(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) bytes" }
        if bytes < 1 << 20 { return String(format: "%.1f KiB", Double(bytes) / 1024) }
        return String(format: "%.1f MiB", Double(bytes) / Double(1 << 20))
    }
}
