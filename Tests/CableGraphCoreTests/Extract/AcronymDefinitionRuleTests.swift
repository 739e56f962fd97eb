import Testing
@testable import CableGraphCore

@Suite struct AcronymDefinitionRuleTests {
    func definitions(_ sentence: String) -> [(String, String)] {
        let doc = DocumentTokens(TestCables.document(sentence))
        return (0..<doc.sentences.count).flatMap { AcronymDefinitionRule.definitions(in: doc, sentence: $0) }
            .map { ($0.short, $0.lettersMatch ? doc.text($0.long) : "") }
    }

    @Test(arguments: [
        ("The Ministry of Public Security (MPS) serves as our main source.", "MPS", "Ministry of Public Security"),
        ("In November, MPS held the first Inter-Ministerial Joint Conference System (IMCS) meeting.", "IMCS",
         "Inter-Ministerial Joint Conference System"),
        ("In February 2008, the Central Committee on the Comprehensive Management of Public Security (CCCMPS) added measures.",
         "CCCMPS", "Central Committee on the Comprehensive Management of Public Security"),
        ("It uses its Border Liaison Offices (BLOs) in Yunnan.", "BLOs", "Border Liaison Offices"),
        ("Save the Children UK (SCUK) has implemented programs in Yunnan province.", "SCUK", "Save the Children UK"),
        ("China works with its partners in the Coordinated Mekong Ministerial Initiative against Trafficking (COMMIT) to counter trafficking.",
         "COMMIT", "Coordinated Mekong Ministerial Initiative against Trafficking"),
        ("The People's Republic of China (PRC) is a source, transit and destination country.", "PRC", "People's Republic of China"),
    ])
    func findsLongFormBeforeTheParenthesis(_ sentence: String, _ short: String, _ long: String) {
        #expect(definitions(sentence).contains { $0 == (short, long) })
    }

    @Test func findsLongFormInsideTheParenthesis() {
        #expect(definitions("Officials from MPS (Ministry of Public Security) attended.").contains { $0 == ("MPS", "Ministry of Public Security") })
    }

    @Test func classificationMarkingsAreNotAcronyms() {
        #expect(definitions("Post met Sergeant Bell (SBU) yesterday about the case.").isEmpty)
    }

    @Test func foreignAcronymIsKeptWithoutALetterMatch() {
        // 06SANJOSE481: the Spanish acronym of an English name.
        let found = definitions("The National Coalition against Migrant Smuggling and Trafficking (CONATT) met in March.")
        #expect(found.contains { $0.0 == "CONATT" })
    }

    @Test func acronymAndFullNameAreOneNode() {
        let a = Analyzed("The Ministry of Public Security (MPS) serves as our main source. MPS statistics downplay the problem.")
        let mps = a.node(.agency, "Ministry of Public Security")
        #expect(mps?.aliases.contains("MPS") == true)
        #expect(a.labels(.agency) == ["Ministry of Public Security"])
        #expect(mps?.mentionCount == 3)
    }

    @Test func foreignAcronymResolvesToTheNamedInstitution() {
        let a = Analyzed("The National Coalition against Migrant Smuggling and Trafficking (CONATT) met in March. CONATT approved a plan.",
                         origin: "Embassy San Jose")
        #expect(a.node(.agency, "National Coalition against Migrant Smuggling and Trafficking")?.aliases.contains("CONATT") == true)
    }

    @Test func anAcronymWithoutANamedEntityMakesNoNode() {
        let a = Analyzed("Please find post's contribution on Trafficking in Persons (TIP). TIP remains a concern.")
        #expect(a.id("TIP") == nil)
        #expect(a.labels(.agency).isEmpty)
    }
}

@Suite struct AcronymLongFormTests {
    @Test func aKnownBodyAtTheEndOfAnotherNameIsNotThatBody() {
        // 08ADDISABABA (African Union PSC)
        let a = Analyzed("""
        The Peace and Security Council (PSC) met in Addis Ababa. The PSC issued a statement. The UN Security Council (UNSC) met later.
        """, world: true)
        let unsc = a.node(.agency, "UN Security Council")
        #expect(unsc?.aliases.contains("UNSC") == true)
        #expect(unsc?.aliases.contains("PSC") == false)
        #expect(a.node(.agency, "PSC")?.label == "Peace and Security Council")
    }

    @Test func aKnownAcronymNamesItsBodyWhenTheLongFormIsNearlyItsName() {
        // 09TRIPOLI154, 06HANOI (avian influenza)
        let a = Analyzed("""
        The IOM and the UN High Commission for Refugees (UNHCR) are the most reliable sources. UNHCR agreed.         Avian Influenza (AI) spread. Amnesty International (AI) reported it.
        """, origin: "Embassy Tripoli", world: true)
        #expect(a.node(.agency, "UNHCR")?.aliases.contains("UN High Commission for Refugees") == true)
        #expect(!a.labels(.agency).contains("UN High Commission for Refugees"))
        #expect(a.node(.agency, "Amnesty International")?.aliases.contains("Avian Influenza") != true)
    }

    @Test(arguments: [
        ("UN High Commission for Refugees", "UN High Commissioner for Refugees", true),
        ("Drug Enforcement Agency", "Drug Enforcement Administration", true),
        ("International Organization of Migration", "International Organization for Migration", true),
        ("Avian Influenza", "Amnesty International", false),
        ("International Oil Companies", "International Olympic Committee", false),
        ("National Security Adviser", "National Security Agency", false),
        ("Bank for International Settlements", "Bureau of Industry and Security", false),
    ])
    func nearlySameNames(_ a: String, _ b: String, _ same: Bool) {
        #expect(LongForm.nearlySameName(a, b) == same)
    }

    @Test func aKnownBodyWrittenWithoutTheIsThatBody() {
        // 09MAPUTO713
        let a = Analyzed("Via the Department of Treasury's Office of Technical Assistance, the Treasury Department sent an advisor.",
                         origin: "Embassy Maputo", world: true)
        #expect(a.labels(.agency).contains("Department of the Treasury"))
        #expect(!a.labels(.agency).contains("Department of Treasury"))
    }

    @Test func aBodyWrittenWithOneWordChangedIsTheBodyItsAcronymNames() {
        // 08MANAMA144: the same authority written three ways; only the one with another head stays apart.
        let a = Analyzed("The Labor Market Regulatory Authority (LMRA) and the General Directorate for Nationality, Passports, and Residence (GDNPR) participate. The Labor Management Regulatory Authority and the General Directorate of Nationality, Passports, and Residence publish figures. The Labor Management Regulatory Agency helps.",
                         origin: "Embassy Manama", world: true)
        #expect(a.node(.agency, "Labor Market Regulatory Authority")?.aliases.contains("Labor Management Regulatory Authority") == true)
        #expect(a.node(.agency, "General Directorate for Nationality, Passports, and Residence")?.aliases
            .contains("General Directorate of Nationality, Passports, and Residence") == true)
        #expect(a.labels(.agency).count == 3)
    }

    @Test func anAcronymWithPortfoliosNamesAFamilyOfBodies() {
        // 09TRIPOLI154: four committees, the first defined through a parenthesis; the bare acronym is none of them.
        let a = Analyzed("The authorities include the General People's Committee (GPC; Ministry-equivalent) for Foreign Liaison and International Cooperation, the GPC for Justice, the GPC for Public Security and the GPC for Manpower and Labor. The GPC system is slow.",
                         origin: "Embassy Tripoli", world: true)
        #expect(a.labels(.agency) == ["General People's Committee for Foreign Liaison and International Cooperation",
                                      "General People's Committee for Justice", "General People's Committee for Public Security",
                                      "General People's Committee for Manpower and Labor", "General People's Committee"])
        #expect(a.node(.agency, "General People's Committee for Justice")?.aliases.contains("GPC for Justice") == true)
        // One `for` after an acronym is a purpose, not a body: `the PA for Gaza`.
        let b = Analyzed("The Palestinian Authority (PA) asked for funds. Brazil gave money to the PA for Gaza.", origin: "Embassy Brasilia", world: true)
        #expect(!b.labels(.agency).contains { $0.hasSuffix("for Gaza") })
    }
}
