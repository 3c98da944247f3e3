import Foundation
import PaperGraphModel
import PaperGraphIO

/// What the cache knows about one entity.
public enum CachedAnswer: Sendable, Hashable {
    /// The service's record (the JSON as it came, one entity).
    case found(Data)
    /// The service answered that it does not know the entity (404, `null` in a batch, absent
    /// from a filter's results).
    case missing
}

/// The name of one cached entity: a DOI, an OpenAlex W-id, a Semantic Scholar id, a search.
///
/// Answers are kept per entity, not per request URL, so a batch that gains one paper reuses every
/// other answer, and nothing secret (an API key in a URL) can reach the cache.
public struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    public var source: EnrichSource
    /// `doi`, `work`, `paper`, `search`, `citing`, ...
    public var kind: String
    public var id: String

    public init(_ source: EnrichSource, _ kind: String, _ id: String) {
        self.source = source
        self.kind = kind
        self.id = id
    }

    public var description: String { "\(source.rawValue)/\(kind)/\(id)" }

    /// The relative path: `SOURCE/KIND/ESCAPED.json`, bytes outside `[A-Za-z0-9._-]` written as
    /// `%XX` (so DOIs with `/` or `<` stay one file name, and distinct ids stay distinct).
    var relativePath: String {
        var escaped = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                escaped.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "."):
                escaped += escaped.isEmpty ? "%2E" : "."
            default:
                escaped += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        // File names are limited to 255 bytes; long ids (searches) keep a prefix and a hash.
        if escaped.utf8.count > 200 {
            escaped = String(escaped.prefix(150)) + "~" + String(XXHash64.hash(of: Array(id.utf8)), radix: 16)
        }
        return "\(source.rawValue)/\(kind)/\(escaped).json"
    }
}

/// Answers of the services on disk, one small file per entity, each written atomically.
///
/// Location: `--cache DIR`, else `$XDG_CACHE_HOME/papergraph`, else `~/.cache/papergraph`. Only
/// answers (200 and 404) are kept, never errors, so a failed run is simply resumed: what was
/// fetched before an interruption is on disk, and the next run asks only for the rest.
public struct EnrichCache: Sendable {
    public let directory: String
    /// Whether reads are skipped (`--refresh`): every entity is fetched again and overwritten.
    public var ignoresExistingAnswers: Bool

    public init(directory: String, ignoresExistingAnswers: Bool = false) {
        self.directory = directory
        self.ignoresExistingAnswers = ignoresExistingAnswers
    }

    /// The default folder for an environment (`XDG_CACHE_HOME`, `HOME`).
    public static func defaultDirectory(environment: [String: String]) -> String {
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/papergraph" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.cache/papergraph"
    }

    /// The cached answer for `key`, if any.
    public func answer(for key: CacheKey) -> CachedAnswer? {
        guard !ignoresExistingAnswers else { return nil }
        guard let data = FileManager.default.contents(atPath: path(of: key)) else { return nil }
        if data.count == Self.missingMarker.count, data == Self.missingMarker { return .missing }
        // A file that does not parse (written by hand, or by another tool) counts as absent.
        guard (try? JSONParser.parse(Array(data), path: key.description)) != nil else { return nil }
        return .found(data)
    }

    /// Stores an answer atomically (a temporary file renamed into place).
    ///
    /// - Throws: ``Diagnostic`` when the folder cannot be created or written.
    public func store(_ answer: CachedAnswer, for key: CacheKey) throws(Diagnostic) {
        let target = path(of: key)
        let folder = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .error("\(folder): cannot create the cache folder: \(error.localizedDescription)")
        }
        switch answer {
        case .found(let data): try AtomicFile.write(data, toPath: target)
        case .missing: try AtomicFile.write(Self.missingMarker, toPath: target)
        }
    }

    /// The file holding `key`.
    public func path(of key: CacheKey) -> String { directory + "/" + key.relativePath }

    /// What a 404 is stored as.
    static let missingMarker = Data("{\"papergraph_cache\":\"missing\"}".utf8)
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
