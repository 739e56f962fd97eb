import Testing
@testable import CableGraphCore

/// Header variants: partial extracts, raw record blocks with a cut-off preview, site headers.
@Suite struct HeaderLayoutTests {
    @Test func marksPartialExtracts() {
        let text = """
            00HARARE5461
            ZANU-PF REPORTEDLY INTERESTED IN DEAL WITH MDC
            Wed Sep 27 00:00:00 +0200 2000
            CONFIDENTIAL
            Embassy Harare
            This record is a partial extract of the original cable. The full text of the original cable is not available.

                                       CONFIDENTIAL     PTQ2529

            PAGE 01        HARARE  05461  01 OF 02  271458Z
            ACTION AF-00

            INFO  LOG-00   NP-00    ACQ-00   CIAE-00  DINT-00  DODE-00  SRPP-00
                  NFAT-00  SAS-00     /006W
                              ------------------8A8E0D  271459Z /38
            FM AMEMBASSY HARARE
            TO SECSTATE WASHDC IMMEDIATE 7212
            INFO NSC WASHDC IMMEDIATE
            SOUTHERN AFRICAN DEVELOPMENT COMMUNITY
            C O N F I D E N T I A L SECTION 01 OF 02 HARARE 005461

            EO 12958 DECL: 09/21/10
            TAGS PGOV, PINS, ZI, MDC, ZANU-PF

            SUBJECT:  ZANU-PF REPORTEDLY INTERESTED IN DEAL WITH MDC
            THAT INVOLVES MUGABE’S DEPARTURE

            REF: HARARE 5346  CONFIDENTIAL
            PAGE 02 HARARE 05461 01 OF 02 271458Z

            CLASSIFIED BY DCM EARL IRVING. REASONS: 1.5 (B) AND (D).
            """
        guard case .success(let doc) = CableReader.read(Array(text.utf8), path: "00HARARE5461.txt") else {
            Issue.record("not read")
            return
        }
        let m = doc.metadata
        #expect(m.partial)
        #expect(m.id == "00HARARE5461")
        #expect(m.date == "2000-09-27")
        #expect(m.origin == "Embassy Harare")
        #expect(m.recipients.map(\.name) == ["SECSTATE WASHDC"])
        #expect(m.info.map(\.name) == ["NSC WASHDC", "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY"])
        #expect(m.tags == ["PGOV", "PINS", "ZI", "MDC", "ZANU-PF"])
        #expect(m.subject == "ZANU-PF REPORTEDLY INTERESTED IN DEAL WITH MDC THAT INVOLVES MUGABE’S DEPARTURE")
        #expect(m.references == ["00HARARE5346"])
        #expect(m.classifiedBy == ["EARL IRVING"])
        #expect(m.nondisclosureDeadline == "2010-09-21")
    }

    /// 07LIMA2129: a cut-off preview, the raw record block, then the full header.
    @Test func readsTheFieldsAfterARawRecordBlock() {
        let m = metadata("""
            TAGS: CU PE PGOV PINR PTER SNAR VE
            SUBJECT: REFORM WITHOUT REVOLUTION: THE VIEW FROM PUNO

            REF: A. LIMA 1841

                 ¶B. LIMA 2000
                 ¶C. LIMA 2...
            id: 112682
            date: 6/19/2007 17:12
            refid: 07LIMA2129
            origin: Embassy Lima
            classification: UNCLASSIFIED//FOR OFFICIAL USE ONLY
            destination: 07LIMA1841
            header:
            VZCZCXYZ0000
            P 191712Z JUN 07
            FM AMEMBASSY LIMA
            TO RUEHC/SECSTATE WASHDC PRIORITY 5894


            ----------------- header ends ----------------

            UNCLAS LIMA 002129

            E.O. 12958: N/A
            TAGS: CU PE PGOV PINR PTER SNAR VE
            SUBJECT: REFORM WITHOUT REVOLUTION: THE VIEW FROM PUNO

            REF: A. LIMA 1841

                 ¶B. LIMA 2000
                 ¶C. LIMA 2009
                 ¶D. LIMA 2026

            ¶1. (SBU) Summary: Puno is quiet. End Summary.
            """, year: 2007)
        #expect(m.references == ["07LIMA1841", "07LIMA2000", "07LIMA2009", "07LIMA2026"])
        #expect(m.transmissionID == "VZCZCXYZ0000")
        #expect(m.from == "AMEMBASSY LIMA")
        #expect(m.summary == "Puno is quiet.")
    }

    @Test func neverTrapsOnOddInput() {
        for text in ["", "\n\n\n", "TAGS:", "SUBJECT:", "REF:", "Classified By:", "E.O. 12958: DECL:", "FM ", "TO RUEHC/",
                     "VZCZC", "SUMMARY", "END SUMMARY", "¶", "¶1. (C", "REF: A. (", "REF: 09", "TAGS: (STEINBERG", "INFO XMT FOOBAR"] {
            _ = metadata(text)
            _ = Signers.find(Array(text.utf8))
            _ = CableID.canonical(text)
        }
        #expect(metadata("INFO XMT FOOBAR").info.isEmpty)
    }
}
