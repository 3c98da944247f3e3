import FuzzSupport
import PaperGraphIO

/// libFuzzer's entry point for the S2 parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzCheck.bytes(data, size)
    FuzzCheck.importing(bytes, as: .s2, path: "fuzz.json")
    return 0
}
