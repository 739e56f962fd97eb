import Testing
@testable import CableGraphCore

/// Every stage gives up on a past deadline, so one run-on cable is reported and skipped, never a hang.
@Suite struct TimeLimitTests {
    /// Many bodies with names of one length: the resolver's typo pairs are quadratic in them.
    static let document: CableDocument = {
        let names = (0..<400).map { "the Office of Northern Waterway Number\(String(repeating: "x", count: $0 % 7)) Inspectorate\($0)" }
        return TestCables.document("¶1. (SBU) " + names.map { "Officials of \($0) met." }.joined(separator: " "))
    }()

    @Test func resolutionStopsAtAPastDeadline() throws {
        let pipeline = TestGazetteer.pipeline()
        let extraction = pipeline.extractor.extract(Self.document)
        #expect(extraction.mentions.count > 100)
        #expect(throws: TimeLimit.Exceeded.self) { try pipeline.resolver.resolve(extraction, deadline: TimeLimit(seconds: 0)) }
        // Without a limit the same extraction resolves, and both entry points agree.
        let resolved = try pipeline.resolver.resolve(extraction, deadline: .none)
        #expect(resolved.entities.map(\.id) == pipeline.resolver.resolve(extraction).entities.map(\.id))
    }

    @Test func analysisStopsAtAPastDeadline() {
        let pipeline = TestGazetteer.pipeline()
        #expect(throws: TimeLimit.Exceeded.self) { try pipeline.analyze(Self.document, deadline: TimeLimit(seconds: 0)) }
        #expect(pipeline.fragment(for: Self.document, timeLimit: 0) == nil)
        #expect(pipeline.fragment(for: Self.document, timeLimit: 60) != nil)
    }
}
