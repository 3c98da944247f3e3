import Foundation
import PaperGraphModel

/// Size of the cache and its cleaning (`papergraph cache size`, `papergraph cache clean`).
public enum CacheMaintenance {
    /// Files and bytes the cache holds for one source.
    public struct Usage: Sendable, Hashable {
        public var source: EnrichSource
        public var files: Int
        public var bytes: Int
    }

    /// Files and bytes per source, in source order (sources with nothing cached included).
    ///
    /// - Complexity: O(f) in the number of cached files.
    public static func usage(of cache: EnrichCache) -> [Usage] {
        EnrichSource.allCases.map { source in
            var usage = Usage(source: source, files: 0, bytes: 0)
            let folder = cache.directory + "/" + source.rawValue
            guard let walker = FileManager.default.enumerator(atPath: folder) else { return usage }
            while let name = walker.nextObject() as? String {
                let path = folder + "/" + name
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType == .typeRegular else { continue }
                usage.files += 1
                usage.bytes += (attributes[.size] as? NSNumber)?.intValue ?? 0
            }
            return usage
        }
    }

    /// Removes every cached answer: the per-source folders `openalex/`, `s2/`, `crossref/` and
    /// nothing else, so a `--cache` pointing at a folder holding other files leaves them alone.
    ///
    /// - Returns: The usage that was removed.
    /// - Throws: ``Diagnostic`` naming the folder that could not be removed.
    public static func clean(_ cache: EnrichCache) throws(Diagnostic) -> [Usage] {
        let removed = usage(of: cache)
        for source in EnrichSource.allCases {
            let folder = cache.directory + "/" + source.rawValue
            guard FileManager.default.fileExists(atPath: folder) else { continue }
            do {
                try FileManager.default.removeItem(atPath: folder)
            } catch {
                throw .error("\(folder): cannot remove: \(error.localizedDescription)")
            }
        }
        return removed
    }
}
