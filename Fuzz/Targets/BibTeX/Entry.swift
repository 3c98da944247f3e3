import FuzzSupport
import PaperGraphIO

/// libFuzzer's entry point for the BibTeX parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzCheck.bytes(data, size)
    FuzzCheck.importing(bytes, as: .bibtex, path: "fuzz.bib")
    return 0
}
