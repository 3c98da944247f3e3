#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables that move PaperGraph's input limits (`Docs/limits.md`), checked once
/// before a command runs so that a mistyped value is an error rather than a silent default.
public enum InputLimitSettings {
    /// Why a limit variable that is set cannot be read, in one line; `nil` when every one that is set
    /// is valid. `PAPERGRAPH_MAX_DOCUMENT_SIZE` takes bytes with an optional `K`/`M`/`G`/`T`
    /// (`0` lifts the limit); `PAPERGRAPH_GZIP_MAX_RATIO` a whole number (`0` lifts the guard).
    ///
    /// - Complexity: O(1).
    public static func problem() -> String? {
        if let size = value(TextInput.maximumSizeVariable), TextInput.parsedSize(size) == nil {
            return "\(TextInput.maximumSizeVariable)='\(size)' is not a size: give bytes, or a number with K, M, G or T "
                + "(such as 8G); 0 lifts the limit"
        }
        if let ratio = value(Gzip.ratioVariable), Gzip.parsedRatio(ratio) == nil {
            return "\(Gzip.ratioVariable)='\(ratio)' is not a whole number: give the largest decompressed-to-compressed "
                + "ratio accepted (default \(Gzip.defaultRatio)); 0 lifts the guard"
        }
        return nil
    }

    private static func value(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }
}
