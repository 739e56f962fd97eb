import Foundation
import Testing
@testable import CableGraphCore

/// General facts the bundled gazetteers must get right (world knowledge, not one cable's contents).
@Suite struct GazetteerDataTests {
    let gaz = GazetteerData.shared

    // MARK: Loading

    @Test func bundledFilesLoadWithoutProblems() {
        #expect(gaz.problems == [])
        #expect(!gaz.countries.isEmpty && !gaz.subdivisions.isEmpty && !gaz.regions.isEmpty
                && !gaz.organizations.isEmpty && !gaz.cities.isEmpty)
    }

    @Test func noEmptyNamesAndNoAliasRepeatsItsName() {
        func check<E: GazetteerEntry>(_ entries: [E], _ aliases: (E) -> [String]) {
            for e in entries {
                #expect(!e.name.isEmpty, "\(e.id) has an empty name")
                #expect(!e.id.isEmpty)
                #expect(!aliases(e).contains(e.name), "\(e.id): an alias repeats the name \(e.name)")
                #expect(!aliases(e).contains(""), "\(e.id) has an empty alias")
                for form in e.forms {
                    #expect(form == form.trimmingCharacters(in: .whitespaces), "\(e.id): form '\(form)' has outer spaces")
                }
            }
        }
        check(gaz.countries) { $0.aliases + $0.demonyms }
        check(gaz.subdivisions) { $0.aliases }
        check(gaz.regions) { $0.aliases }
        check(gaz.organizations) { $0.aliases }  // an acronym may be the name itself (UNHCR)
        for o in gaz.organizations {
            #expect(Set(o.acronyms).isDisjoint(with: o.aliases), "\(o.key): an acronym is repeated as an alias")
        }
        check(gaz.cities) { $0.aliases }
    }

    // MARK: Countries

    @Test func allISOCountriesAndTheCableEraOnes() {
        #expect(gaz.countries.count >= 249)
        let codes = gaz.countries.map(\.code)
        #expect(Set(codes).count == codes.count, "country codes are not unique")
        for code in codes {
            #expect(code.count == 2 && code.allSatisfy { $0.isASCII && $0.isUppercase }, "bad code \(code)")
        }
        for historical in ["SU", "YU", "CS", "DD"] {
            #expect(gaz.country(code: historical)?.isHistorical == true, "\(historical) missing or not historical")
        }
        #expect(gaz.country(code: "SU")?.name == "Soviet Union")
        #expect(gaz.countries(named: "USSR").map(\.code) == ["SU"])
    }

    @Test(arguments: [
        ("Burma", "MM"), ("Myanmar", "MM"), ("DPRK", "KP"), ("North Korea", "KP"),
        ("Democratic People's Republic of Korea", "KP"), ("Korea, Democratic People's Republic of", "KP"),
        ("ROK", "KR"), ("South Korea", "KR"), ("PRC", "CN"), ("People's Republic of China", "CN"),
        ("Vietnamese", "VN"), ("Viet Nam", "VN"), ("Filipino", "PH"), ("Philippine", "PH"), ("Thai", "TH"),
        ("Emirati", "AE"), ("UAE", "AE"), ("Saudi", "SA"), ("KSA", "SA"), ("British", "GB"), ("UK", "GB"),
        ("Great Britain", "GB"), ("American", "US"), ("U.S.", "US"), ("United States of America", "US"),
        ("Dutch", "NL"), ("Bahraini", "BH"), ("Chinese", "CN"), ("Burmese", "MM"), ("Holy See", "VA"),
        ("Vatican", "VA"), ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"), ("East Timor", "TL"),
        ("Timor-Leste", "TL"), ("Swaziland", "SZ"), ("Eswatini", "SZ"), ("Macedonia", "MK"), ("FYROM", "MK"),
        ("Zaire", "CD"), ("Kampuchea", "KH"), ("Ceylon", "LK"), ("Siam", "TH"), ("Persia", "IR"),
        ("Russian Federation", "RU"), ("Laos", "LA"), ("Syria", "SY"), ("Iran", "IR"), ("Taiwan", "TW"),
    ])
    func countryForms(_ form: String, _ code: String) {
        #expect(gaz.countries(named: form).map(\.code) == [code], "\(form) should name \(code) only")
    }

    @Test func cableNamesAreTheCanonicalOnes() {
        #expect(gaz.country(code: "MM")?.name == "Burma")
        #expect(gaz.country(code: "KP")?.name == "North Korea")
        #expect(gaz.country(code: "KR")?.name == "South Korea")
        #expect(gaz.country(code: "RU")?.name == "Russia")
        #expect(gaz.country(code: "VN")?.name == "Vietnam")
        #expect(gaz.country(code: "US")?.name == "United States")
        #expect(gaz.country(code: "CN")?.demonyms.contains("Chinese") == true)
    }

    @Test func ambiguousCountryNamesAreFlagged() {
        for code in ["TD", "JO", "GE", "TR", "GN", "CN"] {
            #expect(gaz.country(code: code)?.isAmbiguous == true, "\(code) should be flagged ambiguous")
        }
        #expect(gaz.country(code: "KR")?.ambiguousForms.contains("Korea") == true)
        #expect(gaz.country(code: "FR")?.isAmbiguous == false)
        #expect(gaz.country(code: "GE")?.collisions.contains("subdivision:US-GA") == true)
    }

    // MARK: Subdivisions

    @Test func subdivisionCodesAreUniqueAndBelongToKnownCountries() {
        let codes = gaz.subdivisions.map(\.code)
        #expect(Set(codes).count == codes.count)
        for s in gaz.subdivisions {
            #expect(s.code.hasPrefix(s.country + "-"), "\(s.code) is not under \(s.country)")
            #expect(gaz.country(code: s.country) != nil, "\(s.code): unknown country \(s.country)")
            #expect(!s.kind.isEmpty)
        }
    }

    @Test func everyCountryWithISO3166_2DataHasSubdivisions() {
        for c in gaz.countries where !c.flags.contains("no-subdivisions") && !c.isHistorical
            && !c.flags.contains("non-iso") {
            #expect(!gaz.subdivisions(ofCountry: c.code).isEmpty, "\(c.code) \(c.name) has no subdivisions")
        }
        #expect(gaz.subdivisions(ofCountry: "CN").count == 31)  // 22 provinces, 5 ARs, 4 municipalities
        #expect(gaz.subdivisions(ofCountry: "US").count >= 51)
    }

    @Test func hongKongMacauTaiwanStayCountries() {
        for code in ["CN-HK", "CN-MO", "CN-TW"] { #expect(gaz.subdivision(code: code) == nil) }
        #expect(gaz.country(code: "HK") != nil && gaz.country(code: "MO") != nil)
    }

    @Test(arguments: [
        ("Sichuan Province", "CN-SC"), ("Sichuan", "CN-SC"), ("Guangxi Zhuang Autonomous Region", "CN-GX"),
        ("Guangxi Zhuang", "CN-GX"), ("Guangxi", "CN-GX"), ("Inner Mongolia", "CN-NM"), ("Tibet", "CN-XZ"),
        ("Xizang", "CN-XZ"), ("Xinjiang Uyghur Autonomous Region", "CN-XJ"), ("Ningxia Hui", "CN-NX"),
        ("Fujian Province", "CN-FJ"), ("Yunnan", "CN-YN"), ("Texas", "US-TX"), ("Sao Paulo", "BR-SP"),
        ("Bavaria", "DE-BY"), ("Catalonia", "ES-CT"), ("Moscow Oblast", "RU-MOS"), ("West Java", "ID-JB"),
        ("Anbar", "IQ-AN"), ("Chechnya", "RU-CE"), ("Khyber Pakhtunkhwa", "PK-KP"),
        // cable-era divisions ISO has since deleted, and English names of Gulf divisions
        ("Rift Valley", "KE-700"), ("Coast Province", "KE-300"), ("North-Eastern Province", "KE-500"),
        ("Katanga", "CD-KA"), ("Orientale Province", "CD-OR"), ("Bas-Congo", "CD-BC"), ("Brong-Ahafo", "GH-BA"),
        ("Hordaland", "NO-12"), ("Capital Governorate", "BH-13"), ("Dhofar", "OM-ZU"), ("Sharjah", "AE-SH"),
    ])
    func subdivisionForms(_ form: String, _ code: String) {
        let found = gaz.subdivisions(named: form)
        #expect(found.map(\.code).contains(code), "\(form) should name \(code); got \(found.map(\.code))")
        #expect(gaz.subdivision(code: code)?.country == String(code.prefix(2)))
    }

    @Test func formerDivisionsAreFlaggedAndNoCodeISOUsesToday() {
        let kenya = gaz.subdivisions.filter { $0.country == "KE" && $0.flags.contains("former") }
        #expect(kenya.count == 8)
        #expect(gaz.subdivisions.filter { $0.country == "KE" && !$0.flags.contains("former") }.count == 47)
        // A bare compass word names no division: `Western Province`, never `Western`.
        #expect(!gaz.subdivisions(named: "Western").contains { $0.code == "KE-800" })
        #expect(gaz.subdivisions(named: "Western Province").contains { $0.code == "KE-800" })
    }

    @Test func punjabIsInIndiaAndPakistanAndFlagged() {
        let punjabs = gaz.subdivisions(named: "Punjab")
        #expect(Set(punjabs.map(\.country)) == ["IN", "PK"])
        #expect(punjabs.allSatisfy { $0.isAmbiguous })
    }

    @Test func generatedFormsAreASCIIWhereTheNameIsNot() {
        // Cables are ASCII: every subdivision and city with a non-ASCII form has an ASCII one too.
        for s in gaz.subdivisions where s.forms.contains(where: { !$0.allSatisfy(\.isASCII) }) {
            #expect(s.forms.contains(where: { $0.allSatisfy(\.isASCII) }), "\(s.code) has no ASCII form")
        }
        #expect(gaz.subdivision(code: "BR-SP")?.name == "Sao Paulo")
    }

    // MARK: Regions

    @Test func worldRegions() {
        for name in ["Southeast Asia", "Middle East", "Africa", "Sub-Saharan Africa", "Latin America", "Balkans",
                     "Caucasus", "Horn of Africa", "Greater Mekong Subregion", "Sahel", "Central Asia"] {
            #expect(gaz.regions(named: name).count == 1, "region \(name) missing")
        }
        #expect(gaz.regions(named: "South-East Asia").first?.key == "southeast-asia")
        #expect(gaz.regions(named: "Northeast China").isEmpty)
    }

    // MARK: Organizations

    @Test(arguments: [
        ("IOM", "iom"), ("ILO", "ilo"), ("UNHCR", "unhcr"), ("UNICEF", "unicef"), ("UNODC", "unodc"),
        ("International Labour Organization", "ilo"), ("International Labor Organization", "ilo"),
        ("International Organization for Migration", "iom"), ("United Nations Children's Fund", "unicef"),
        ("Office of the United Nations High Commissioner for Refugees", "unhcr"),
        ("Coordinated Mekong Ministerial Initiative against Trafficking", "commit"), ("COMMIT", "commit"),
        ("USAID", "usaid"), ("FBI", "fbi"), ("Doctors Without Borders", "msf"), ("Mercosul", "mercosur"),
    ])
    func organizationForms(_ form: String, _ key: String) {
        #expect(gaz.organizations(named: form).map(\.key) == [key], "\(form) should name \(key)")
    }

    @Test func organizationScopesAndKinds() {
        #expect(gaz.organization(key: "ilo")?.acronyms == ["ILO"])
        #expect(gaz.organization(key: "ilo")?.aliases.contains("International Labour Organization") == true)
        #expect(gaz.organization(key: "iom")?.isInternational == true)
        #expect(gaz.organization(key: "fbi")?.scope == "US")
        #expect(gaz.organization(key: "fbi")?.kind == .government)
        #expect(gaz.organization(key: "hrw")?.kind == .ngo)
        for o in gaz.organizations {
            #expect(o.isInternational || gaz.country(code: o.scope) != nil, "\(o.key): unknown scope \(o.scope)")
        }
        #expect(gaz.organization(key: "who")?.ambiguousForms.contains("WHO") == true)
        #expect(gaz.organization(key: "ice")?.ambiguousForms.contains("ICE") == true)
    }

    // MARK: Cities

    @Test func citiesPointAtKnownCountriesAndSubdivisions() {
        let keys = gaz.cities.map(\.key)
        #expect(Set(keys).count == keys.count)
        for c in gaz.cities {
            #expect(gaz.country(code: c.country) != nil, "\(c.key): unknown country \(c.country)")
            if let sub = c.subdivision {
                #expect(gaz.subdivision(code: sub)?.country == c.country, "\(c.key): bad subdivision \(sub)")
            }
        }
        #expect(gaz.cities.filter(\.isCapital).count >= 190)
    }

    @Test func wellKnownCities() {
        let beijing = gaz.city(key: "cn-beijing")
        #expect(beijing?.isCapital == true)
        #expect(beijing?.subdivision == "CN-BJ")
        // The municipality of the same name is the same place, one level up: no ambiguity.
        #expect(beijing?.isAmbiguous == false)
        // A division of another country with the same name is one (Cordoba, Argentina and Cordoba, Colombia).
        #expect(gaz.city(key: "ar-cordoba")?.isAmbiguous == true)
        #expect(gaz.cities(named: "Rangoon").map(\.country) == ["MM"])
        #expect(gaz.cities(named: "Bombay").first?.name == "Mumbai")
        #expect(gaz.city(key: "kw-kuwait-city")?.ambiguousForms.contains("Kuwait") == true)
        #expect((gaz.city(key: "cn-shanghai")?.population ?? 0) > 10_000_000)
    }
}
