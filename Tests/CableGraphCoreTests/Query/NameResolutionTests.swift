import Testing
@testable import CableGraphCore

@Suite struct NameResolutionTests {
    let index = GraphIndex(QueryFixture.graph)

    func found(_ name: String, types: Set<NodeType>? = nil) throws -> String? {
        if case .found(let node) = try NameResolver.resolve(name, in: index, types: types) { return node.id }
        return nil
    }

    @Test func normalizationIgnoresCasePunctuationAndLeadingThe() {
        #expect(NameKey.normalize("The All-China Women’s Federation") == "all china womens federation")
        #expect(NameKey.normalize("U.S. Embassy") == "us embassy")
        #expect(NameKey.normalize("Ministério  da Justiça") == "ministerio da justica")
        #expect(NameKey.normalize("Trafficking & Smuggling") == "trafficking and smuggling")
    }

    @Test func acronymsSkipFunctionWords() {
        #expect(NameKey.acronym(of: "International Organization for Migration") == "iom")
        #expect(NameKey.acronym(of: "Ministry of Public Security") == "mps")
        #expect(NameKey.acronym(of: "Interpol") == nil)
    }

    @Test func resolvesByLabelAliasAcronymAndID() throws {
        #expect(try found("all china womens federation") == "agency:acwf")
        #expect(try found("acwf") == "agency:acwf")
        #expect(try found("I.O.M.") == "agency:iom")
        #expect(try found("agency:vn:mps") == "agency:vn:mps")
    }

    @Test func ambiguousNameListsCandidatesWithCountries() throws {
        guard case .ambiguous(let candidates) = try NameResolver.resolve("MPS", in: index) else {
            Issue.record("MPS should be ambiguous")
            return
        }
        #expect(candidates.map(\.id) == ["agency:cn:mps", "agency:vn:mps"])   // more mentioned first
        #expect(candidates.map(\.country) == ["cn", "vn"])
        #expect(candidates.allSatisfy { $0.type == .agency })
    }

    @Test func typeFilterNarrowsCandidates() throws {
        #expect(try found("China", types: [.country]) == "country:cn")
        if case .found = try NameResolver.resolve("China", in: index, types: [.program]) { Issue.record("no program is called China") }
    }

    @Test func unknownNameSuggestsCloseNames() throws {
        guard case .unknown(let suggestions) = try NameResolver.resolve("Internatonal Organisation for Migraton", in: index) else {
            Issue.record("should be unknown")
            return
        }
        #expect(suggestions.first?.id == "agency:iom")
        guard case .unknown(let slips) = try NameResolver.resolve("All Chnia Womens Federaton", in: index) else { Issue.record("unknown"); return }
        #expect(slips.first?.id == "agency:acwf")
        guard case .unknown(let none) = try NameResolver.resolve("zzzz qqqq", in: index) else { Issue.record("unknown"); return }
        #expect(none.isEmpty)
    }

    @Test func searchFindsPrefixesWordPrefixesAndMisspellings() throws {
        #expect(try NameSearch.search("nation", in: index).first?.node.id == "program:npa")
        #expect(try NameSearch.search("women fed", in: index).first?.node.id == "agency:acwf")
        #expect(try NameSearch.search("Vietnan", in: index).first?.node.id == "country:vn")
        let ministries = try NameSearch.search("ministry of public", in: index).map(\.node.id)
        #expect(Set(ministries.prefix(2)) == ["agency:cn:mps", "agency:vn:mps"])
        #expect(try NameSearch.search("ministry", in: index, types: [.country]).isEmpty)
    }

    @Test func editDistanceStopsAtTheLimit() {
        #expect(EditDistance.distance("kitten", "sitting", limit: 3) == 3)
        #expect(EditDistance.distance("kitten", "sitting", limit: 2) == nil)
        #expect(EditDistance.distance("", "abc", limit: 3) == 3)
        #expect(EditDistance.distance("foriegn", "foreign", limit: 3) == 1)   // a swap is one slip
        #expect(EditDistance.distance("abcd", "badc", limit: 3) == 2)
    }
}
