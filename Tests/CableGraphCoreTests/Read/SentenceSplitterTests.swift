import Testing
@testable import CableGraphCore

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return SentenceSplitter.split(bytes, range: 0..<bytes.count).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func splitsAtSentenceEnds() {
        #expect(sentences("Rape is illegal in China. Article 236 of China's criminal law states it.")
                == ["Rape is illegal in China.", "Article 236 of China's criminal law states it."])
    }

    @Test(arguments: [
        "There is no extradition treaty between China and the U.S. government on this.",
        "He met Dr. Wang on Monday.",
        "It falls under Art. 66 of the Law on Public Security Administration Punishments.",
        "See Decree No. 5 for details.",
        "Amb. Smith met the minister.",
        "Brooke J. Spelman wrote it.",
        "The P.R.C. Government replied.",
    ])
    func keepsAbbreviationsInside(_ text: String) {
        #expect(sentences(text) == [text])
    }

    @Test func breaksAfterNoWhenNoNumberFollows() {
        #expect(sentences("The answer was no. The ministry declined.").count == 2)
    }

    @Test func keepsClosingQuotesWithTheirSentence() {
        #expect(sentences("He said \"no.\" Then he left.") == ["He said \"no.\"", "Then he left."])
    }
}
