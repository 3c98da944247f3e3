import PaperGraphModel

/// The ``Diagnostic`` that `body` throws, or `nil` if it returns normally.
func thrownDiagnostic(_ body: () throws -> Void) -> Diagnostic? {
    do {
        try body()
        return nil
    } catch let diagnostic as Diagnostic {
        return diagnostic
    } catch {
        return .error("unexpected error type: \(error)")
    }
}
