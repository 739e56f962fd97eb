import Testing
@testable import CableGraphCore

@Suite struct TagsTests {
    @Test func readsAPlainTagLine() {
        #expect(metadata("TAGS: PGOV PHUM SMIG KTIP KCRM KWMN CH\nSUBJECT: CHINA").tags
                == ["PGOV", "PHUM", "SMIG", "KTIP", "KCRM", "KWMN", "CH"])
    }

    /// 02BOGOTA and others: commas, a wrapped line ending in a comma, lower case.
    @Test func followsCommasOntoTheNextLine() {
        let m = metadata("""
            E.o. 12958: decl: after korean unification
            Tags: ovip (steinberg, james b.), prel, parm, pgov, econ,
            etra, mnuc, marr, ch, jp, kn, ks, ir
            Subject: deputy secretary steinberg's meeting
            """)
        #expect(m.tags == ["OVIP", "STEINBERG, JAMES B.", "PREL", "PARM", "PGOV", "ECON", "ETRA", "MNUC", "MARR", "CH", "JP", "KN", "KS", "IR"])
    }

    /// 06MADRID4020-style: a wrapped tag line with no comma, right before SUBJECT.
    @Test func takesACodeLineBeforeSubjectAsContinuation() {
        let m = metadata("""
            TAGS: ECON EFIN ELAB ETRD KIPR PTER SOCI TBIO SP
            EINV
            SUBJECT: MADRID WEEKLY ECON/AG/COMMERCIAL UPDATE
            """)
        #expect(m.tags.last == "EINV")
        #expect(m.tags.count == 10)
    }

    @Test func stopsAtABlankLine() {
        #expect(metadata("TAGS: PREL VT\n\n(SBU) Charge d'affaires spoke to Monsignor Marcel Smejkal").tags == ["PREL", "VT"])
    }

    /// 08ECTION01OF02MANAMA492, 09CAIRO2205, 09BRASILIA542: codes glued together.
    @Test(arguments: [
        ("TAGS: KCRM KWMN ASEC PHUMBA", ["KCRM", "KWMN", "ASEC", "PHUM", "BA"]),
        ("TAGS: KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG", ["KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG"]),
        ("TAGS: KFLU AEMR ASEC AMEDCASCKFLO TBIO", ["KFLU", "AEMR", "ASEC", "AMED", "CASC", "KFLO", "TBIO"]),
        ("TAGS: MARR PREL PINS EWWT MOPS PM LABOR HUMAN RIGHTSPOLMIL", ["MARR", "PREL", "PINS", "EWWT", "MOPS", "PM", "LABOR", "HUMAN RIGHTS", "POL", "MIL"]),
    ])
    func splitsGluedCodes(_ line: String, _ expected: [String]) {
        #expect(metadata(line).tags == expected)
    }

    @Test func leavesKnownLongTagsWhole() {
        #expect(Tags.splitGlued("UNESCO") == nil)
        #expect(Tags.splitGlued("LABOR") == nil)
        #expect(metadata("TAGS: PREL, UNGA/C-6, NATO").tags == ["PREL", "UNGA/C-6", "NATO"])
    }

    /// 03VATICAN / 02ROME releases: page continuations glued into the TAGS line.
    @Test func dropsPageContinuationJunk() {
        #expect(metadata("TAGS PREL, PHUM, IS, EG, CH, ID, PHUM, IS, VT, VTPREL, VTPREL").tags == ["PREL", "PHUM", "IS", "EG", "CH", "ID", "VT"])
        let rome = metadata("""
            TAGS: ECON, EFIN, EFIN, IT                       UNCLASSIFIED    PAGE 02        ROME  01059  01 OF 04  281501Z ECON, IT
            SUBJECT:  THE EURO CHANGEOVER IN ITALY
            """)
        #expect(rome.tags == ["ECON", "EFIN", "IT"])
    }

    @Test func fixesTyposAndKeepsMultiWordTags() {
        #expect(metadata("TAGS PTER MARR, MOPPS").tags == ["PTER", "MARR", "MOPS"])
        #expect(metadata("TAGS: MASS MOPS YM COUNTER TERRORISM").tags == ["MASS", "MOPS", "YM", "COUNTERTERRORISM"])
        #expect(metadata("TAGS: IS ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL").tags == ["IS", "ISRAELI PALESTINIAN AFFAIRS", "GOI EXTERNAL"])
    }

    @Test func writesPersonTagsSurnameFirst() {
        #expect(metadata("TAGS: OVIP CLINTON HILLARY PREL KPAL FR").tags == ["OVIP", "CLINTON, HILLARY", "PREL", "KPAL", "FR"])
        #expect(metadata("TAGS: OVIP STEINBERG JAMES PREL").tags == ["OVIP", "STEINBERG, JAMES B.", "PREL"])
    }

    @Test(arguments: ["TAS: ECON, ETRD, IS, JO", "TABS: ECON, ETRD, IS, JO", "TAGS, ECON, ETRD, IS, JO", "TAGS;  ECON, ETRD, IS, JO"])
    func acceptsLabelTypos(_ line: String) {
        #expect(metadata(line).tags == ["ECON", "ETRD", "IS", "JO"])
    }

    /// 08BEIJING3662: the TAGS label is missing; the codes follow the E.O. line.
    @Test func findsAnUnlabelledTagLineAfterTheExecutiveOrder() {
        let m = metadata("""
            E.O. 12958: N/A
            EFIN, ECON, EINV, PGOV, CH
            SUBJECT: Beijing Welcomes Coordination in Financial
            """)
        #expect(m.tags == ["EFIN", "ECON", "EINV", "PGOV", "CH"])
    }

    /// 09NAIROBI1938: a cut-off header preview is followed by the full header; the longer list wins.
    @Test func prefersTheCompleteCopyOfARepeatedHeader() {
        let m = metadata("""
            TAGS: CVIS ECON
            SUBJECT: VISAS DONKEY...

            E.o. 12958: decl: 09/09/2019
            Tags: cvis, econ, kcrm, ke, pgov, prel, kcor
            Subject: visas donkey: corruption 212(f) visa denial
            """)
        #expect(m.tags == ["CVIS", "ECON", "KCRM", "KE", "PGOV", "PREL", "KCOR"])
    }
}
