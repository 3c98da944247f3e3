import FuzzSupport
import PaperGraphIO

/// libFuzzer's entry point for the Table parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzCheck.bytes(data, size)
    FuzzCheck.importing(bytes, as: .csv, path: bytes.first == 0x09 ? "fuzz.tsv" : "fuzz.csv")
    return 0
}
