import Testing
@testable import CableGraphCore

@Suite struct BodyReaderTests {
    func read(_ body: String) -> CableDocument { TestCables.document(body) }

    func sentences(_ d: CableDocument) -> [String] { d.sentences.map { d.text(of: $0) } }

    @Test func pageBreakLinesJoinTheParagraphAcrossThem() {
        // 09BEIJING509, page 2.
        let d = read("""
        ¶C. Funding limits the government's ability to address trafficking. The NPA calls for
        cooperation among government agencies fighting TIP
         \n BEIJING 00000509  002 OF 006 \n \n \nbut does not plan for the allocation of resources.
        """)
        #expect(d.paragraphs.count == 1)
        #expect(sentences(d).last == "The NPA calls for cooperation among government agencies fighting TIP but does not plan for the allocation of resources.")
    }

    @Test func aBlankLineInsideASentenceIsALostPageBreak() {
        // 07BOGOTA1457: a list of destinations broken by a blank line after a comma.
        let d = read("""
        ¶3. (SBU) Colombian victims are trafficked to
        Japan, Spain, Ecuador, Panama, Hong Kong, Singapore,

        Malaysia, Germany and Peru.

        Sex Crimes Unit

        The unit works in Bogota.
        """)
        #expect(sentences(d) == ["Colombian victims are trafficked to Japan, Spain, Ecuador, Panama, Hong Kong, Singapore, Malaysia, Germany and Peru.",
                                 "Sex Crimes Unit", "The unit works in Bogota."])
        #expect(d.paragraphs.count == 3)
        // 07BOGOTA1457: one line that stops on `of`.
        let one = read("""
        ¶29. (SBU) Colombia has ratified the following instruments:

        -- The Optional Protocol to the Convention on the Rights of

        the Child on the Sale of Children, in November 2003.
        """)
        #expect(sentences(one).last == "-- The Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, in November 2003.")
    }

    @Test func aDoubleSpacedBodyIsReadAsSingleSpaced() {
        // 09BUENOSAIRES602: a blank line after every line, paragraphs apart by a line holding one space.
        let lines = ["¶1. (C) The Minister thanked the Ambassador for the", "cooperation of the US and noted the progress the",
                     "Government of Argentina is making. He claimed that President Evo", "Morales was receptive to working",
                     "together to fight drug trafficking, and that the", "ministry would extend the offer to other", "agencies."]
        let second = ["¶2. (C) After the meeting, the Minister and Ambassador", "jointly addressed the press in the",
                      "capital, where both spoke.  The Minister also used the", "opportunity to defend a verdict",
                      "of the court of appeals on the candidates", "of the ruling party in the midterm", "elections."]
        let d = read(lines.joined(separator: "\n\n") + "\n\n \n\n" + second.joined(separator: "\n\n"))
        #expect(d.paragraphs.count == 2)
        #expect(sentences(d).contains("He claimed that President Evo Morales was receptive to working together to fight drug trafficking, and that the ministry would extend the offer to other agencies."))
        // Paragraphs apart by one blank line each, every one a single line, stay apart.
        let plain = read((1...12).map { "¶\($0). (U) Paragraph \($0) is one line." }.joined(separator: "\n\n"))
        #expect(plain.paragraphs.count == 12)
    }

    @Test func inlinePageBreaksAndBannersAreCut() {
        // 00HARARE5461: a reflowed paragraph with the banner and the page header inline.
        let d = read("""
        ¶2. (C) AT THE SAME TIME, THEY REALIZE  CONFIDENTIAL
        PAGE 03 HARARE 05461 01 OF 02 271458Z THAT THE MDC IS GAINING STRENGTH. IT IS IN ZIMBABWE'S BEST
        SIPDIS INTERESTS TO GO.
        """)
        #expect(d.paragraphs.count == 1)
        #expect(d.paragraphs[0].label == "2")
        #expect(d.paragraphs[0].marking == "C")
        #expect(sentences(d) == ["AT THE SAME TIME, THEY REALIZE THAT THE MDC IS GAINING STRENGTH.", "IT IS IN ZIMBABWE'S BEST INTERESTS TO GO."])
    }

    @Test func pageMarkersInsideLongLines() {
        // 06NEWDELHI9527: a 200+ character line with the section marker in the middle.
        let d = read("¶3.  (U) The Bill specifies that the land cannot be sold, and no one can evict STs NEW DELHI 00009527  002 OF 005  without a proper procedure.")
        #expect(sentences(d) == ["The Bill specifies that the land cannot be sold, and no one can evict STs without a proper procedure."])
    }

    @Test(arguments: [
        ("¶1. (SBU) Please find post's contribution.", "1", "SBU"),
        ("¶A.  The Ministry of Public Security serves as our main source.", "A", nil),
        ("1.(C) SUMMARY. Assistant Secretary Reich had warm meetings.", "1", "C"),
        ("--23A.  International Organizations are reliable sources.", "23A", nil),
        ("7. (S/NF) McFadden noted the records.", "7", "S/NF"),
    ] as [(String, String, String?)])
    func paragraphLabelStyles(_ line: String, _ label: String, _ marking: String?) {
        let d = read(line)
        #expect(d.paragraphs.first?.label == label)
        #expect(d.paragraphs.first?.marking == marking)
        #expect(d.body.string(d.paragraphs[0].clean).hasPrefix("(") == false)
    }

    @Test func cablesWithoutPilcrowsSplitOnBlankLines() {
        let d = read("""
        SUMMARY: THE MINISTER MET THE AMBASSADOR.

        THE MEETING WENT WELL. THEY AGREED ON NEXT STEPS.

        2. THE AMBASSADOR RAISED TRAFFICKING.
        """)
        #expect(d.paragraphs.count == 3)
        #expect(d.paragraphs.map(\.label) == [nil, nil, "2"])
    }

    @Test func dashedHeadingsBecomeSections() {
        let d = read("""
        China's TIP Situation
        ---------------------

        ¶A.  The Ministry of Public Security serves as our main source.

        ----------------
        POINT OF CONTACT
        ----------------

        ¶3. (SBU) The point of contact is Political Officer Brooke Spelman.
        PICCUTA
        """)
        #expect(d.sections.map(\.title) == ["China's TIP Situation", "POINT OF CONTACT"])
        #expect(d.paragraphs.map(\.section) == [0, 1])
        // The closing signature is not content.
        #expect(sentences(d).last == "The point of contact is Political Officer Brooke Spelman.")
    }

    @Test func wrappedLinesKeepHyphenatedCompounds() {
        let d = read("¶B. At least 28 agencies are involved in anti- \ntrafficking efforts and trafficking- \nrelated crimes -- \nand more.")
        #expect(sentences(d) == ["At least 28 agencies are involved in anti-trafficking efforts and trafficking-related crimes -- and more."])
    }

    @Test func curlyQuotesTabsAndRedactionsAreNormalized() {
        let d = read("¶1. (C) MUGABE’S\tDEPARTURE WAS DISCUSSED WITH XXXXXXXXXXXX IN “PRIVATE”.")
        #expect(sentences(d) == ["MUGABE'S DEPARTURE WAS DISCUSSED WITH XXXXXXXXXXXX IN \"PRIVATE\"."])
    }

    @Test func anAcuteAccentAfterALetterIsAnApostrophe() {
        // Spanish keyboards: `China´s Ministry of Foreign Affairs`; a lone accent stays.
        let d = read("¶2. (U) China´s Ministry of Foreign Affairs replied ´ briefly.")
        #expect(sentences(d) == ["China's Ministry of Foreign Affairs replied ´ briefly."])
    }

    @Test func sourceRangesPointBackIntoTheOriginalText() {
        let d = read("¶A.  The Ministry of Public Security (MPS) serves as\nour main source.")
        let sentence = d.sentences[0]
        let original = d.text(of: sentence.source)
        #expect(original == "The Ministry of Public Security (MPS) serves as\nour main source.")
    }

    @Test func inlineSubParagraphLabelsInReflowedCables() {
        // 08MANAMA144: one 4,000-character line holds the lettered answers.
        let d = read("¶3. (SBU) REFTEL Question 27 - Overview of host country's efforts. --A. (SBU) Bahrain is a destination country. Most male victims are trafficked to Bahrain. --B. (SBU) The GOB has taken several steps.")
        #expect(d.paragraphs.map(\.label) == ["3", "A", "B"])
        #expect(d.paragraphs.map(\.marking) == ["SBU", "SBU", "SBU"])
        #expect(sentences(d) == ["REFTEL Question 27 - Overview of host country's efforts.", "Bahrain is a destination country.",
                                 "Most male victims are trafficked to Bahrain.", "The GOB has taken several steps."])
    }

    @Test func inlineDashedHeadingsInReflowedCables() {
        // 09CAIRO2236: the heading sits between dash runs at the end of a paragraph's one line; wrapped
        // rules leave ` -` and ` -----` behind.
        let d = read("""
        ¶1. (SBU) Ambassador CDeBaca visited Egypt. ---------------- Public Prosecutor on Pursuing Traffickers ----------------
        ¶2. (C) The prosecutor stressed his willingness. ------------------ - IOM Sees Evolution of GOE Views ------------------ -
        ¶3. (C) Haq said so. -------------- ------ MFA on National Efforts -------------- ------
        ¶4. (C) Prices rose -- sharply -- in May.
        """)
        #expect(d.sections.map(\.title) == ["Public Prosecutor on Pursuing Traffickers", "IOM Sees Evolution of GOE Views", "MFA on National Efforts"])
        #expect(d.paragraphs.map(\.label) == ["1", "2", "3", "4"])
        #expect(d.paragraphs.map(\.section) == [nil, 0, 1, 2])
        #expect(sentences(d) == ["Ambassador CDeBaca visited Egypt.", "The prosecutor stressed his willingness.", "Haq said so.",
                                 "Prices rose -- sharply -- in May."])
    }

    @Test func aSentenceBetweenDashRunsStaysText() {
        let d = read("¶1. (C) The list follows. ---------- The minister resigned on Friday. ----------")
        #expect(d.sections.isEmpty)
        #expect(sentences(d).contains { $0.contains("The minister resigned on Friday.") })
    }

    @Test func listItemsStartSentences() {
        let d = read("¶4. (C) The minister listed priorities:\n-- prosecution of traffickers\n-- protection of victims")
        #expect(sentences(d) == ["The minister listed priorities:", "-- prosecution of traffickers", "-- protection of victims"])
    }
}

@Suite struct CableReaderInputTests {
    func read(_ bytes: [UInt8], allowFragments: Bool = false) -> Result<CableDocument, ReadFailure> {
        CableReader.read(bytes, path: "input.txt", options: ReadOptions(allowFragments: allowFragments))
    }

    @Test func emptyInputIsRefusedWithTheFileName() {
        guard case .failure(let f) = read(Array(" \n\n".utf8)) else { Issue.record("accepted empty input"); return }
        #expect(f.diagnostic.file == "input.txt")
        #expect(f.description.contains("empty"))
    }

    @Test func binaryInputIsRefused() {
        guard case .failure(let f) = read([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]) else { Issue.record("accepted binary"); return }
        #expect(f.description.contains("binary"))
    }

    @Test func textThatIsNotACableIsRefused() {
        guard case .failure(let f) = read(Array("Dear diary,\nToday I went to the market.\n".utf8)) else {
            Issue.record("accepted a diary"); return
        }
        #expect(f.diagnostic.line == 1)
        #expect(f.description.contains("not a cable"))
    }

    @Test func fragmentsAreAcceptedWhenAllowed() {
        guard case .success(let d) = read(Array("Dear diary,\nToday.\n".utf8), allowFragments: true) else { Issue.record("refused"); return }
        #expect(d.diagnostics.contains { $0.message.contains("fragment") })
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsOffset() {
        var bytes = Array("09BEIJING1\nT\nFri Feb 27 00:00:00 +0100 2009\nUNCLASSIFIED\nEmbassy Beijing\n¶1. Caf".utf8)
        let offset = bytes.count
        bytes += [0xE9, 0x20] + Array("ok.\n".utf8)
        guard case .success(let d) = read(bytes) else { Issue.record("refused"); return }
        #expect(d.diagnostics.contains { $0.byteOffset == offset })
        #expect(d.text.contains("\u{FFFD}"))
    }

    @Test func crlfLineEndsRead() {
        let text = "09BEIJING1\r\nT\r\nFri Feb 27 00:00:00 +0100 2009\r\nUNCLASSIFIED\r\nEmbassy Beijing\r\n¶1. One.\r\n"
        guard case .success(let d) = read(Array(text.utf8)) else { Issue.record("refused"); return }
        #expect(d.metadata.origin == "Embassy Beijing")
        #expect(d.sentences.count == 1)
    }
}
