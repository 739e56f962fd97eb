import Testing
@testable import CableGraphCore

@Suite struct SubjectTests {
    @Test func joinsWrappedLines() {
        let m = metadata("""
            TAGS: PGOV EINV INRB GM
            SUBJECT: GERMANY/BAVARIA: CSU HOPES FOR FRESH START WITH NEW AND
            YOUNGER FACES IN CABINET AND A DYNAMIC SECRETARY GENERAL


            """)
        #expect(m.subject == "GERMANY/BAVARIA: CSU HOPES FOR FRESH START WITH NEW AND YOUNGER FACES IN CABINET AND A DYNAMIC SECRETARY GENERAL")
    }

    /// 06SANTIAGO-style media reaction subject: `US- ` at a line end joins without a space.
    @Test func joinsAHyphenAtALineEnd() {
        let m = metadata("""
            SUBJECT: MEDIA REACTION RICE AND MORALES MEETING THE US-
            LATIN AMERICAN RELATIONSHIP
            """)
        #expect(m.subject == "MEDIA REACTION RICE AND MORALES MEETING THE US-LATIN AMERICAN RELATIONSHIP")
    }

    @Test(arguments: [
        ("SUBJECT: FBI DIRECTOR MUELLER’S VISIT TO EGYPTREF: CAIRO 493\n\nClassified by DCM", "FBI DIRECTOR MUELLER’S VISIT TO EGYPT"),
        ("SUBJECT: SCENESETTER FOR AMBASSADOR CROCKER’S VISIT TO CAIROClassified By: DEPUTY CHIEF", "SCENESETTER FOR AMBASSADOR CROCKER’S VISIT TO CAIRO"),
        ("SUBJECT: ENERGY INSTALLATIONS REF: BRASILIA 861", "ENERGY INSTALLATIONS"),
        ("SUBJECT: EGYPT'S 55th BIRD FLU VICTIM, ANOTHER CHILD Sensitive but \n", "EGYPT'S 55th BIRD FLU VICTIM, ANOTHER CHILD"),
        ("SUBJECT: PART 3 OF 3:  THE LIFE AND TIMES OF SOUTH AFRICA'S \nNEW PRESIDENT\nPRETORIA 00000954 001.2 OF 004\n", "PART 3 OF 3: THE LIFE AND TIMES OF SOUTH AFRICA'S NEW PRESIDENT"),
        ("SUBJECT: ZIM NOTES 11-09-2009 \n----------- \n1. SUMMARY\n", "ZIM NOTES 11-09-2009"),
        ("SUBJECT: EU JHA INFORMAL MINISTERIAL\n1. Summary. EU Justice and Home...", "EU JHA INFORMAL MINISTERIAL"),
    ])
    func endsAtTheNextHeaderItem(_ text: String, _ expected: String) {
        #expect(metadata(text).subject == expected)
    }

    @Test func acceptsLabelVariants() {
        #expect(metadata("SUBJ: GUINEA - U.S./French Meeting with President Compaore \n\nClassified by").subject == "GUINEA - U.S./French Meeting with President Compaore")
        #expect(metadata("TAGS: PGOV PTER KISL ASEC BA\nUBJECT: BAHRAIN WILL FORMALLY REQUEST QATAR REF: A. A) MANAMA 20").subject == "BAHRAIN WILL FORMALLY REQUEST QATAR")
        #expect(metadata("SUBJECT SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\nREF A. RIYADH 1579").subject == "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES")
        #expect(metadata("SUBJECT:\n\nCooperation and Coordination Busts Fraud Ring\n1.(SBU) Summary: The Cairo").subject == "Cooperation and Coordination Busts Fraud Ring")
    }

    @Test func dropsALeadingMarkingAndDecodesEntities() {
        #expect(metadata("SUBJECT: (C/NF) WHO WOULD REPLACE GORDON BROWN AS UK PRIMEREF: A. LONDON 1939").subject == "WHO WOULD REPLACE GORDON BROWN AS UK PRIME")
        #expect(metadata("SUBJECT: Grants Support for PD Projects (Iceland) \n").subject == "Grants Support for PD Projects (Iceland)")
        #expect(metadata("SUBJECT: Bla &#8217; bla \n").subject == "Bla ’ bla")
    }

    /// 06GENEVA2654: lines ending in a backslash continuation.
    @Test func ignoresBackslashContinuations() {
        let m = metadata(#"""
            TAGS: PHUM UNHRC
            SUBJECT: LITTLE PROGRESS AND MUCH CONFUSION AND FRUSTRATION \
            LEAD TO ADJOURNMENT OF HUMAN RIGHTS COUNCIL'S SECOND SESSION \
             \
            GENEVA 00002654  001.2 OF 004 \
            """#)
        #expect(m.subject == "LITTLE PROGRESS AND MUCH CONFUSION AND FRUSTRATION LEAD TO ADJOURNMENT OF HUMAN RIGHTS COUNCIL'S SECOND SESSION")
    }

    @Test func isNotFooledByACorrectedCopyBanner() {
        let m = metadata("""
            C O R R E C T E D COPY//SUBJECT LINE//////////////////////////////////

            TAGS PREL, PTER, MOPS, IR, PK, AF, CA

            SUBJECT: COUNSELOR, CSIS DIRECTOR DISCUSS CT THREATS,
            PAKISTAN, AFGHANISTAN, IRAN
            REF: A. OTTAWA 360
            """)
        #expect(m.subject == "COUNSELOR, CSIS DIRECTOR DISCUSS CT THREATS, PAKISTAN, AFGHANISTAN, IRAN")
    }

    /// 09TRIPOLI63: the only subject is in the e-mail forward header.
    @Test func fallsBackToTheForwardHeaderSubject() {
        let m = metadata("""
            From: CBPC, EACTAPP
            Sent: Wednesday, January 28, 2009 12:33 PM
            To: EACTTripoli
            Subject: TRIPOLI 00000063 P CO 28-JAN-09 RISKY BUSINESS? AMERICAN
            CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL [8466936]

            CONFIDENTIAL

            E.O. 12958: DECL:  1/25/2019
            TAGS: PREL ECON EFIN ETRD EPET ASEC CVIS LY

            CLASSIFIED BY: Gene Cretz, Ambassador
            """)
        #expect(m.subject == "RISKY BUSINESS? AMERICAN CONSTRUCTION FIRM ENTERS JOINT VENTURE WITH GOL")
    }

    /// 08TRIPOLI126: the forward header is passed over when the cable has its own SUBJECT line.
    @Test func prefersTheCableSubjectToTheForwardHeader() {
        let m = metadata("""
            Sent: Monday, February 18, 2008 9:42 PM
            To: EACTTripoli(Main State Room 2530)
            Subject: TRIPOLI 00000126 R UN 18-FEB-08 WAHDA BANK PRIVATIZATION BID
            WON BY JORDAN-BASED ARAB BANK [7039621]

            TAGS: EFIN ECON LY
            SUBJECT: WAHDA BANK PRIVATIZATION BID WON BY JORDAN-BASED ARAB BANK
            """)
        #expect(m.subject == "WAHDA BANK PRIVATIZATION BID WON BY JORDAN-BASED ARAB BANK")
    }

    @Test func isEmptyWithoutASubjectLine() {
        #expect(metadata("E.O. 12958: N/A \nTAGS: KIPR ECON ETRD KCRM PGOV BR IPR\n\n\n").subject == "")
    }
}
