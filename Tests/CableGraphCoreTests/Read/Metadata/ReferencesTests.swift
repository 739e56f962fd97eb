import Testing
@testable import CableGraphCore

@Suite struct ReferencesTests {
    @Test func completesMissingYearsFromTheCitingCable() {
        let m = metadata("REF: A. TBILISI 1605  B. 06 TBILISI 0619  C. 06 STATE 80908  D. 05 TBILISI 3171", year: 2007)
        #expect(m.references == ["07TBILISI1605", "06TBILISI619", "06STATE80908", "05TBILISI3171"])
    }

    @Test(arguments: [
        ("REF: A. '08 BUENOS AIRES 1491", "08BUENOSAIRES1491"),
        ("REFS: (1) 2005 RIO DE JANEIRO 1143", "05RIODEJANEIRO1143"),
        ("REF: A. ASUNCION 701 (08)", "08ASUNCION701"),
        ("REF: (99) ROME 2196", "99ROME2196"),
        ("REF: 09CAIRO0561", "09CAIRO561"),
        ("REF: 10-OTTAWA-57", "10OTTAWA57"),
        ("REF: QUITO 5; 094 QUITO 841", "94QUITO841"),
        ("REF: PANAMA 00930/08", "08PANAMA930"),
        ("REF: STATE (01) 201265", "01STATE201265"),
        ("REF: (A)05 CHENNAI 0121, (B)O4 CHENNAI 0944", "04CHENNAI944"),
    ])
    func readsTheManyWaysOfWritingAYear(_ line: String, _ expected: String) {
        #expect(metadata(line, year: 2010).references.contains(expected))
    }

    @Test func foldsStationAliasesAndTypos() {
        #expect(metadata("REF: A. SECSTATE 74879 \n     B. RIYADH 43", year: 2008).references == ["08STATE74879", "08RIYADH43"])
        #expect(metadata("REF: A. 08 HAGUE 468 ¶B. HCMC 196 ¶C. BA 1485", year: 2009).references == ["08THEHAGUE468", "09HOCHIMINHCITY196", "09BUENOSAIRES1485"])
        #expect(metadata("REF: A. STATE 1531333 ¶B. BISHTEK 1194 ¶C. 05 0TTAWA 3518", year: 2005).references == ["05STATE1531333", "05BISHKEK1194", "05OTTAWA3518"])
        #expect(metadata("REF: (A) USUNESCO PARIS FR 000087, (B) UNVIE 148", year: 2010).references == ["10UNESCOPARISFR87", "10UNVIEVIENNA148"])
        #expect(metadata("REF: EMBASSY VIENNA 1450", year: 2009).references == ["09VIENNA1450"])
    }

    @Test func expandsListsOfSerials() {
        #expect(metadata("REF: A. BRASILIA 2799 AND 2764 ¶B. PORT AU PRINCE 2325", year: 2004).references
                == ["04BRASILIA2799", "04BRASILIA2764", "04PORTAUPRINCE2325"])
        #expect(metadata("REF: MALABO 19, 21, 26", year: 2009).references == ["09MALABO19", "09MALABO21", "09MALABO26"])
        #expect(metadata("REF: Kabul 692/317/274", year: 2009).references == ["09KABUL692", "09KABUL317", "09KABUL274"])
    }

    /// Only telegrams are references; e-mails, telcons, IIRs, DTG messages and OSC reports are not.
    @Test func leavesOutNonCableSources() {
        let m = metadata("""
            REF: A. BERLIN 1045
            B. SECDEF MSG DTG 301601z SEP 08
            C. HOTR WASHINGTON DC//USDAO PARIS (SUBJ: IIR 6 832
            0617 08)
            D. PARIS POINTS JULY 15
            """, year: 2008)
        #expect(m.references == ["08BERLIN1045"])
    }

    @Test func typesEveryItem() {
        let m = metadata("""
            REF: A. SANAA 71
            ¶B. MITCHELL/SIMS TELCON 02/16/2010
            ¶C. MITCHELL/SIMS EMAIL 02/16/2010
            ¶D. 9 FAM 41.81
            """, year: 2010)
        #expect(m.referencesTyped == [
            TypedReference(kind: .cable, value: "10SANAA71", bullet: "A"),
            TypedReference(kind: .tel, value: "MITCHELL/SIMS TELCON 02/16/2010", bullet: "B"),
            TypedReference(kind: .email, value: "MITCHELL/SIMS EMAIL 02/16/2010", bullet: "C"),
            TypedReference(kind: .book, value: "9 FAM 41.81", bullet: "D"),
        ])
    }

    /// Page-break markers inside the REF block are skipped, and the cable does not cite itself.
    @Test func skipsPageBreaksAndItsOwnId() {
        let m = metadata("REF: A) TRIPOLI 199, B) TRIPOLI 227 TRIPOLI 00000402 \n\n001.2 OF 003 \n", year: 2008, id: "08TRIPOLI402")
        #expect(m.references == ["08TRIPOLI199", "08TRIPOLI227"])
    }

    @Test func skipsAPageHeaderAfterAnEscapedLineBreak() {
        // cablemap's test data keeps a line break as the two characters `\n`.
        let m = metadata("REF: A. STATE 40721\n CONFIDENTIAL\\nPAGE 02 ROME 01196 01 OF 02 082030Z  B. ROME 1098\n", year: 2002)
        #expect(m.references == ["02STATE40721", "02ROME1098"])
    }

    @Test func continuesAcrossBlankLinesOnlyForFurtherItems() {
        let m = metadata("""
            REF: A. PANAMA 651

                 ¶B. PANAMA 1213
                 ¶C. 2005PANAMA2342

            ¶1. (C) Summary: the 2009 PANAMA 1234 election
            """, year: 2006)
        #expect(m.references == ["06PANAMA651", "06PANAMA1213", "05PANAMA2342"])
    }

    @Test func acceptsLabelVariantsAndGluedLabels() {
        #expect(metadata("SUBJECT: (C/NF) WHO WOULD REPLACE GORDON BROWN AS UK PRIMEREF: A. LONDON 1939  B. LONDON 1704", year: 2008).references
                == ["08LONDON1939", "08LONDON1704"])
        #expect(metadata("Reftel:  Rio de Janeiro 1118 \n", year: 2005).references == ["05RIODEJANEIRO1118"])
        #expect(metadata("PROGRAM REF: A. A) SECSTATE 54183 B. B) 07 BRASILIA 1868 Classified By: DCM", year: 2008).references
                == ["08STATE54183", "07BRASILIA1868"])
    }

    @Test func findsNoReferenceInASubjectWord() {
        #expect(metadata("SUBJECT: REFORM OF THE JUDICIARY 2009\nREFUGEES 1234", year: 2009).references.isEmpty)
    }
}
