import FuzzSupport
import PaperGraphIO

/// libFuzzer's entry point for the OpenAlex parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzCheck.bytes(data, size)
    FuzzCheck.importing(bytes, as: .openalex, path: "fuzz.json")
    return 0
}
