import Testing
@testable import CableGraphCore

@Suite struct SummaryTests {
    @Test func readsFromTheOpeningToEndSummary() {
        let m = metadata("""
            Classified By: AMBASSADOR PHILIP D. MURPHY FOR REASONS 1.4 (B) and (D)

            SUMMARY
            -------

            1. (C) Chancellor Merkel and her CDU/CSU bloc won.
            End Summary.

            OVERALL TREND: MAJOR PARTIES IN DECLINE
            """)
        #expect(m.summary == "Chancellor Merkel and her CDU/CSU bloc won.")
    }

    @Test(arguments: [
        ("¶1. (C) Summary and Comment: Continuing violent unrest in Tibet. End Summary and Comment. ", "Continuing violent unrest in Tibet."),
        ("2. (C) Summary and Action Request. With Iranian President Ahmadinejad visiting. End Summary and Action Request.", "With Iranian President Ahmadinejad visiting."),
        ("Summary/Comment: bla bla\nbla bla bla.  End Summary/Comment.\n", "bla bla\nbla bla bla."),
        ("------- SUMMARY -------\n\n1. Summary: On March 21, Pope Benedict XVI spoke. End Summary. ", "On March 21, Pope Benedict XVI spoke."),
        ("1.  Summary: (SBU) Japanese officials agreed. End Summary \n\n2. ", "Japanese officials agreed."),
        ("¶1. (SBU) Introduction and Summary. Brazil has marked the anniversary. End Summary.", "Brazil has marked the anniversary."),
    ])
    func acceptsOpeningVariants(_ text: String, _ expected: String) {
        #expect(metadata(text).summary.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
                == expected.split(whereSeparator: \.isWhitespace).joined(separator: " "))
    }

    @Test func removesParagraphNumbersAndMarkingsBetweenParagraphs() {
        let m = metadata("""
            1. (S//NF) SUMMARY AND COMMENT: During a March 2-3 visit to

            2. (C) EU Member States and officials uniformly praised the

            3. (C) The content was clear. END SUMMARY AND COMMENT.
            """)
        #expect(m.summary == "During a March 2-3 visit to\nEU Member States and officials uniformly praised the\nThe content was clear.")
    }

    /// 09SANJOSE969: `End Introduction and Summary` closes `INTRODUCTION AND SUMMARY`.
    @Test func readsAnEndWithWordsBetween() {
        let m = metadata("""
            ¶1.  (C) INTRODUCTION AND SUMMARY.  Costa Rica's Foreign Trade
            Ministry (COMEX) has informed Embassy. End Introduction and
            Summary.

            ¶2. (C) More text.
            """)
        #expect(m.summary == "Costa Rica's Foreign Trade\nMinistry (COMEX) has informed Embassy.")
    }

    @Test func takesTheOpeningParagraphWithoutEndSummary() {
        let m = metadata("""
            Classified By: COM Jonathan Farrar for reasons 1.4 (b) and (d)

            1. (C) SUMMARY: Fidel Castro's reflections continue.

            WHAT WE KNOW
            """)
        #expect(m.summary == "Fidel Castro's reflections continue.")
    }

    @Test func takesTheFirstParagraphWhenEndSummaryClosesItWithoutAnOpening() {
        let m = metadata("""
            Classified By: Classified by Political M-C George Glass for reasons 1.4
            (b,d).

            1. (C) German FM Westerwelle told the Ambassador. END SUMMARY.
            """)
        #expect(m.summary == "German FM Westerwelle told the Ambassador.")
    }

    @Test func isNilWithoutASummary() {
        #expect(metadata("SUBJECT: WEEKLY SUMMARY OF EVENTS\n\n1. (U) The week was quiet.\n").summary == nil)
    }
}
