import Testing
import PaperGraphEnrich
@testable import PaperGraphCLI

@Suite("enrich progress line")
struct EnrichProgressLineTests {
    @Test("no estimate before two requests of the batch finish; then the batch's pace times what is left")
    func estimate() {
        let early = RequestProgress(finished: 4, planned: 10, batchFinished: 1, batchSize: 6)
        #expect(EnrichProgressLine.text(matched: 3, total: 20, requests: early, batchElapsed: 0)
                == "enrich: 3/20 papers matched, 4/10 requests…")
        // 3 finished 4 s after the first: 2 s per request, 3 left → 6 s.
        let later = RequestProgress(finished: 6, planned: 10, batchFinished: 3, batchSize: 6)
        #expect(EnrichProgressLine.text(matched: 3, total: 20, requests: later, batchElapsed: 4)
                == "enrich: 3/20 papers matched, 6/10 requests, about 6 s left in this batch…")
        let done = RequestProgress(finished: 9, planned: 10, batchFinished: 6, batchSize: 6)
        #expect(!EnrichProgressLine.text(matched: 3, total: 20, requests: done, batchElapsed: 9).contains("left"))
    }

    @Test("durations in seconds, minutes and hours")
    func durations() {
        #expect(EnrichProgressLine.duration(0.2) == "1 s")
        #expect(EnrichProgressLine.duration(59) == "59 s")
        #expect(EnrichProgressLine.duration(200) == "3 min 20 s")
        #expect(EnrichProgressLine.duration(3900) == "1 h 05 min")
    }
}
