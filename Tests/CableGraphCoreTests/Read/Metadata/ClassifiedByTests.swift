import Testing
@testable import CableGraphCore

@Suite struct ClassifiedByTests {
    @Test(arguments: [
        ("Classified By: Acting Deputy Chief of Mission Marc Wall for Reasons 1.4\n (b) and (d)\n", "Marc Wall"),
        ("CLASSIFIED BY: Rose E. Gottemoeller, Assistant Secretary, Department of State, VCI; REASON: 1.4(B), (D)", "Rose E. Gottemoeller"),
        ("1.  (U)  CLASSIFIED BY ROBERT P. FINN, DEPUTY CHIEF OF\nMISSION.  REASON: 1.5 (D)\n", "ROBERT P. FINN"),
        ("Classified By: Charge d'Affaires, a.i., Arnold A. Chacon \n1.(C) Summary:  In his meetings", "Arnold A. Chacon"),
        ("Classified By: AMB:RCROCKER, Reasons 1.4 (b) and (c) ", "RCROCKER"),
        ("Classified By: PRM/AFR Dir. Margaret McKelvey-reasons 1.4(b/d) ", "Margaret McKelvey"),
        ("Classified By: Acting DCM/Ted Osius for reasons 1.4 (b and d) ", "Ted Osius"),
        ("Classified By: DCM;DOUG SILLIMAN FOR REASONS 1.4(B,D)", "DOUG SILLIMAN"),
        ("1.(U)  CLASSIFIED BY AMBASSAD0R B0HLEN.  REAS0N: \n1.5(B,D). ", "B0HLEN"),
    ])
    func removesRankAndOffice(_ text: String, _ expected: String) {
        #expect(metadata(text).classifiedBy == [expected])
    }

    @Test func keepsSuffixes() {
        #expect(metadata("1.  (U) CLASSIFIED BY THOMAS W. SIMONS, JR., AMBASSADOR.\nREASON:  1.5 (B), (C) AND (D).\n").classifiedBy == ["THOMAS W. SIMONS, JR."])
        #expect(metadata("Classified By: Ambassador Richard L. Baltimore, III. \nReasons: 1.4 (b) and (d). \n").classifiedBy == ["Richard L. Baltimore, III"])
        #expect(metadata("Classified By: Conoff Walter Parrs III for Reasons 1.4 (b) and (d) ").classifiedBy == ["Walter Parrs III"])
    }

    /// The 71-column wrap of 2005+ telegrams cuts words; shorter lines break between words.
    @Test func joinsWordsCutAtTheWrapColumn() {
        let cut = metadata("""
            Classified By: Interagency Provincial Affairs Deputy Coordinator Hoyt Y 
            ee for reasons 1.4 (b) and (d)
            """)
        #expect(cut.classifiedBy == ["Hoyt Yee"])
        let whole = metadata("""
            Classified By: ISN Acting Assistant Secretary 
            Patricia A. McNerney, Reasons 1.4 b, c, and d 
            """)
        #expect(whole.classifiedBy == ["Patricia A. McNerney"])
    }

    @Test func toleratesMisspelledTitlesAndRepeatedLabels() {
        #expect(metadata("Classified By: Classified By: Ambbassador Donald E. Booth for \nReasons 1.4 (b) and (d)").classifiedBy == ["Donald E. Booth"])
        #expect(metadata("Classified By: Acting P/E Counsleor Jon Martinson, reasons 1.4 (b,d) ").classifiedBy == ["Jon Martinson"])
        #expect(metadata("Classified By: This message classified by Econ Minister Counselor \nWilliam Weinstein for reasons 1.4 (b), (d) and (e). ").classifiedBy == ["William Weinstein"])
    }

    @Test func readsTwoNamesJoinedByAnd() {
        let m = metadata("CLASSIFIED BY AF KARL WYCOFF, ACTING AND S/CT DAS SHARI \nVILLAROSA ; E.O. 12958 REASON: 1.4 (B) AND (D) ")
        #expect(m.classifiedBy == ["KARL WYCOFF", "SHARI VILLAROSA"])
    }

    @Test func givesNoNameWhenTheLineNamesNobody() {
        #expect(metadata("1.  CONFIDENTIAL - ENTIRE TEXT.  CLASSIFIED BY SECTION 1.5 (B)\nAND (D).  NIACT PRECEDENCE BECAUSE OF GOVERNMENT CRISIS IN\nISRAEL.\n").classifiedBy == [])
        #expect(metadata("CLASSIFIED BY: XXXXXXXXXXXX, Ambassador, U.S. Embassy Tripoli, Department of State. \nREASON: 1.4 (b), (d)").classifiedBy == [])
        #expect(metadata("Classified By: Derived from Multiple Sources\n").classifiedBy == [])
    }

    /// 08ASTANA760, 09LONDON2347: a correction notice mentions the line; the real one follows.
    @Test func skipsCorrectionNotices() {
        let m = metadata("""
            C O R R E C T E D C O P Y (ADD "CLASSIFIED BY" LINE

            TAGS: PGOV KZ
            SUBJECT: KAZAKHSTAN
            CLASSIFIED BY POL/ECON CHIEF STEVEN FAGIN, REASONS 1.4 (B) AND (D)
            """)
        #expect(m.classifiedBy == ["STEVEN FAGIN"])
    }

    /// A cut-off preview (`Ambass...`) is passed over for the complete statement that follows.
    @Test func prefersTheCompleteStatementToAPreview() {
        let m = metadata("""
            Classified by Senior Watch Officer Debor...

            S E C R E T SECTION 01 OF 03 STATE 086156
            TAGS: AEMR ASEC
            SUBJECT: STATUS
            Classified By: Senior Watch Officer Deborah Schneider, reasons 1.4 (b) and (d)
            """)
        #expect(m.classifiedBy == ["Deborah Schneider"])
    }

    @Test func keepsNameParticlesAndApostrophes() {
        #expect(metadata("Classified by: Amb. Carol van Voorst for reasons 1.4 (b) and (d).").classifiedBy == ["Carol van Voorst"])
        #expect(metadata("Classified By: DCM Daniel O,Grady, reasons 1.4 (b) and (d)").classifiedBy == ["Daniel O'Grady"])
    }
}
