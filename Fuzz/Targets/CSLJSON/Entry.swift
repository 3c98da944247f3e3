import FuzzSupport
import PaperGraphIO

/// libFuzzer's entry point for the CSLJSON parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzCheck.bytes(data, size)
    FuzzCheck.importing(bytes, as: .cslJSON, path: "fuzz.json")
    return 0
}
