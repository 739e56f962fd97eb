import Testing
import CableGraphCore

@Suite struct CableCriteriaTests {
    @Test func classificationOrder() {
        let markings = ["UNCLASSIFIED", "UNCLASSIFIED//FOR OFFICIAL USE ONLY", "CONFIDENTIAL", "CONFIDENTIAL//NOFORN", "SECRET", "SECRET//NOFORN"]
        let levels = markings.compactMap(ClassificationLevel.init)
        #expect(levels == ClassificationLevel.allCases)
        #expect(levels == levels.sorted())
        #expect(levels.map(\.marking) == markings)
        #expect(ClassificationLevel("secret // noforn") == .secretNoforn)
        #expect(ClassificationLevel("SBU") == .unclassifiedFOUO)
        #expect(ClassificationLevel("TOP SECRET") == nil)
    }

    @Test func criteriaMatchDatesTagsOriginsAndCeiling() {
        let c = CableCriteria(since: "2008", until: "2009-02", tags: ["ktip"], origins: ["beijing"], maxClassification: .confidential)
        #expect(c.matches(date: "2009-02-27", classification: "CONFIDENTIAL", origin: "Embassy Beijing", tags: ["PGOV", "KTIP"]))
        #expect(!c.matches(date: "2009-03-01", classification: "CONFIDENTIAL", origin: "Embassy Beijing", tags: ["KTIP"]))
        #expect(!c.matches(date: "2007-12-31", classification: "CONFIDENTIAL", origin: "Embassy Beijing", tags: ["KTIP"]))
        #expect(!c.matches(date: "2008-06-01", classification: "CONFIDENTIAL//NOFORN", origin: "Embassy Beijing", tags: ["KTIP"]))
        #expect(!c.matches(date: "2008-06-01", classification: "UNCLASSIFIED", origin: "Embassy Hanoi", tags: ["KTIP"]))
        #expect(!c.matches(date: "2008-06-01", classification: "UNCLASSIFIED", origin: "Embassy Beijing", tags: ["PHUM"]))
        #expect(!c.matches(date: nil, classification: "UNCLASSIFIED", origin: "Embassy Beijing", tags: ["KTIP"]))
        #expect(!c.matches(date: "2008-06-01", classification: "BANANA", origin: "Embassy Beijing", tags: ["KTIP"]))
        #expect(CableCriteria().isEmpty)
        #expect(CableCriteria().matches(date: nil, classification: nil, origin: nil, tags: []))
    }
}
