import Testing
@testable import CableGraphCore

/// The loader on hand-made bytes: malformed input is skipped and reported, never trapped on.
@Suite struct GazetteerParsingTests {
    static let header = "code\tname\taliases\tdemonyms\tflags\n"

    func load(countries: String) -> GazetteerData {
        var tables: [String: [UInt8]] = [
            "subdivisions.tsv": Array("code\tcountry\tname\tkind\taliases\tflags\n".utf8),
            "regions.tsv": Array("key\tname\taliases\tflags\n".utf8),
            "organizations.tsv": Array("key\tname\tacronyms\taliases\tscope\tkind\tflags\n".utf8),
            "cities.tsv": Array("key\tname\tcountry\tsubdivision\taliases\tpopulation\tflags\n".utf8),
        ]
        tables["countries.tsv"] = Array(countries.utf8)
        return GazetteerData(tables: tables)
    }

    @Test func readsRowsListsAndCRLF() {
        let g = load(countries: Self.header + "MM\tBurma\tMyanmar|Union of Burma\tBurmese\tambiguous-alias:Myanmar\r\n"
                     + "\n" + "FR\tFrance\t\tFrench\t\n")
        #expect(g.problems == [])
        #expect(g.countries.count == 2)
        #expect(g.country(code: "MM")?.aliases == ["Myanmar", "Union of Burma"])
        #expect(g.country(code: "MM")?.ambiguousForms == ["Myanmar"])
        #expect(g.country(code: "FR")?.aliases == [])
        #expect(g.countries(named: "Burmese").map(\.code) == ["MM"])
    }

    @Test func skipsMalformedRowsWithProblems() {
        let g = load(countries: Self.header
                     + "MM\tBurma\tMyanmar\n"                 // too few cells
                     + "\tNowhere\t\t\t\n"                     // empty code
                     + "FR\tFrance\t\tFrench\t\n"
                     + "FR\tFrance again\t\t\t\n"              // duplicate code
                     + "DE\tGermany\t\tGerman\t\textra\n")     // too many cells
        #expect(g.countries.map(\.code) == ["FR"])
        #expect(g.countries.first?.name == "France")
        #expect(g.problems.count == 4)
        #expect(g.problems.contains { $0.hasPrefix("countries.tsv:2:") })
    }

    @Test func invalidUTF8IsSkipped() {
        var bytes = Array((Self.header + "XX\tBad").utf8)
        bytes += [0xFF, 0xFE]
        bytes += Array("\t\t\t\nFR\tFrance\t\t\t\n".utf8)
        var tables: [String: [UInt8]] = [:]
        tables["countries.tsv"] = bytes
        let g = GazetteerData(tables: tables)
        #expect(g.countries.map(\.code) == ["FR"])
        #expect(g.problems.contains { $0.contains("not valid UTF-8") })
    }

    @Test func wrongHeaderSkipsTheFile() {
        let g = load(countries: "code\tname\n" + "FR\tFrance\n")
        #expect(g.countries.isEmpty)
        #expect(g.problems.contains { $0.contains("header") })
    }

    @Test func missingFilesAndBadNumbersAreProblems() {
        let g = GazetteerData(tables: ["cities.tsv": Array(
            ("key\tname\tcountry\tsubdivision\taliases\tpopulation\tflags\n"
             + "fr-paris\tParis\tFR\tFR-IDF\t\tmany\t\n"
             + "fr-lyon\tLyon\tFR\t\t\t\t\n").utf8)])
        #expect(g.cities.map(\.key) == ["fr-lyon"])
        #expect(g.city(key: "fr-lyon")?.population == nil)
        #expect(g.city(key: "fr-lyon")?.subdivision == nil)
        #expect(g.problems.contains { $0.contains("population") })
        #expect(g.problems.filter { $0.hasSuffix(": missing") }.count == 4)
    }
}
