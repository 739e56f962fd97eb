import Testing
@testable import CableGraphCore

@Suite struct EvidenceTextTests {
    @Test func aRunOnSentenceIsQuotedCutButLocatedWhole() throws {
        // A table or a mutated cable can put thousands of words between two full stops.
        let filler = String(repeating: " and other partners in the region", count: 400)
        let a = Analyzed("The Ministry of Public Security is working with UNICEF\(filler).")
        let edge = a.edge(.cooperatesWith, "Ministry of Public Security", "UNICEF") ?? a.edge(.cooperatesWith, "UNICEF", "Ministry of Public Security")
        let evidence = try #require(edge?.evidence.first)
        #expect(evidence.text.count == Evidence.maxTextLength + 4)
        #expect(evidence.text.hasSuffix(" […]"))
        #expect(evidence.end - evidence.start > Evidence.maxTextLength)
    }

    @Test func anOrdinarySentenceIsQuotedWhole() {
        #expect(Evidence.quotable("The MPS met monthly with the IOM.") == "The MPS met monthly with the IOM.")
    }
}
