import Testing
@testable import CableGraphCore

@Suite struct JurisdictionTests {
    @Test func aBodysCountryIsLinkedOnlyWhenTheCableNamesIt() {
        // The bureau is China's, but the sentence never names China: no country node without a mention.
        let unnamed = Analyzed("The Kunming Public Security Bureau arrested ten suspects.", world: true)
        #expect(unnamed.labels(.agency) == ["Kunming Public Security Bureau"])
        #expect(unnamed.labels(.country).isEmpty)
        #expect(unnamed.edges(.jurisdiction).isEmpty)
        let named = Analyzed("The Kunming Public Security Bureau arrested ten suspects in China.", world: true)
        #expect(named.edge(.jurisdiction, "Kunming Public Security Bureau", "China") != nil)
    }
}
