import FuzzSupport

/// libFuzzer's entry point for the NativeJSON parser.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = FuzzCheck.bytes(data, size)
    FuzzCheck.nativeRoundTrip(bytes)
    return 0
}
