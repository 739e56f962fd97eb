import Foundation
import Testing
@testable import CableGraphExport

@Suite struct XMLWriterTests {
    final class FailingSink: OutputSink {
        struct Full: Error {}
        var accepted = 0
        func write(_ bytes: UnsafeRawBufferPointer) throws {
            if accepted > 10 { throw Full() }
            accepted += bytes.count
        }
        func flush() throws {}
    }

    @Test func escapesMarkupAndKeepsLineBreaksInAttributes() throws {
        let sink = MemorySink()
        let xml = try XMLWriter(sink: sink, indent: false)
        try xml.startDocument()
        try xml.element("a", ["v": "x\"y<z>&\n\tq"], text: "1 < 2 & 3 > \"2\"\r")
        try xml.endDocument()
        let root = try #require(XMLTree.parse(sink.bytes))
        #expect(root.attributes["v"] == "x\"y<z>&\n\tq")
        #expect(root.text == "1 < 2 & 3 > \"2\"\r")
        #expect(sink.text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    }

    @Test func dropsCharactersXMLCannotCarry() throws {
        #expect(XMLText.clean("a\u{0}b\u{7}c\u{1B}d\u{7F}e\u{85}f\u{FFFE}g\u{FFFF}h") == "abcdefgh")
        #expect(XMLText.clean("tab\tline\ncr\r中文 عربي \u{1F600}") == "tab\tline\ncr\r中文 عربي \u{1F600}")
        let sink = MemorySink()
        let xml = try XMLWriter(sink: sink, indent: true)
        try xml.startDocument()
        try xml.element("a", ["v": "\u{1}x"], text: "\u{2}y")
        try xml.endDocument()
        #expect(XMLTree.parse(sink.bytes)?.text == "y")
        #expect(XMLTree.parse(sink.bytes)?.attributes["v"] == "x")
    }

    @Test func quickScanFlagsExactlyWhatCleanRemoves() {
        // Kept characters after other text; removed ones inside text and alone.
        for kept in ["¶ 1.", "\u{A0}", "\u{BF}", "\u{FFFD}", "\u{F000}", "é", "\t\n\r", "\u{1F600}"] {
            #expect(!XMLText.mayNeedCleaning("x" + kept), "\(kept.unicodeScalars.map { $0.value })")
            #expect(XMLText.clean("x" + kept) == "x" + kept)
        }
        for removed in ["\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{FFFE}", "\u{FFFF}"] {
            #expect(XMLText.mayNeedCleaning("x" + removed + "y"), "\(removed.unicodeScalars.map { $0.value })")
            #expect(XMLText.mayNeedCleaning(removed))
            #expect(XMLText.clean("x" + removed + "y") == "xy")
        }
    }

    @Test func passesOnTheSinksError() throws {
        let xml = try XMLWriter(sink: FailingSink(), indent: false)
        #expect(throws: (any Error).self) {
            try xml.startDocument()
            for _ in 0..<10_000 { try xml.element("item", text: String(repeating: "x", count: 100)) }
            try xml.endDocument()
        }
    }

    @Test func checksNCNames() {
        #expect(XMLText.isNCName("cooperatesWith"))
        #expect(XMLText.isNCName("_a.b-c1"))
        #expect(!XMLText.isNCName("123"))
        #expect(!XMLText.isNCName(""))
        #expect(!XMLText.isNCName("a:b"))
        #expect(!XMLText.isNCName("a b"))
    }

    @Test func commentsCannotBeClosedEarly() throws {
        let sink = MemorySink()
        let xml = try XMLWriter(sink: sink, indent: false)
        try xml.startDocument()
        try xml.startElement("a")
        try xml.comment("x -- y -->")
        try xml.endElement()
        try xml.endDocument()
        #expect(XMLTree.parse(sink.bytes) != nil)
    }
}

@Suite struct TextEscapingTests {
    @Test func jsonStringsEscapeEverythingJSONAndJavaScriptNeed() throws {
        let text = "q\"b\\n\nt\tc\u{1}ls\u{2028}中"
        let literal = JSONText.string(text)
        #expect(literal == "\"q\\\"b\\\\n\\nt\\tc\\u0001ls\\u2028中\"")
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(literal)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test func dotStringsCannotEndEarly() {
        #expect(DOTText.id("a\"b") == "\"a\\\"b\"")
        #expect(DOTText.id("end\\") == "\"end\\\\\"")
        #expect(DOTText.id("node") == "\"node\"")
        #expect(DOTText.label("x & y\nz\r") == "\"x &amp; y\\nz\"")
        #expect(DOTText.label("\\N") == "\"\\\\N\"")
    }

    @Test func numbersUseEachFormatsSpelling() {
        #expect(NumberText.xmlDouble(.nan) == "NaN")
        #expect(NumberText.xmlDouble(-.infinity) == "-INF")
        #expect(NumberText.xmlDouble(0.85) == "0.85")
        #expect(NumberText.jsonDouble(.infinity) == "null")
        #expect(NumberText.javaDouble(.infinity) == "Infinity")
    }

    @Test func datesAreCheckedForReal() {
        #expect(ISODate.dayNumber("1970-01-01") == 0)
        #expect(ISODate.dayNumber("2009-02-27") == 14302)
        #expect(ISODate.dayNumber("2008-02-29") != nil)
        #expect(ISODate.dayNumber("2009-02-29") == nil)
        #expect(ISODate.dayNumber("2009-2-27") == nil)
        #expect(ISODate.dayNumber("abcd-ef-gh") == nil)
    }

    @Test func nmtokensAreInjective() {
        #expect(XMLIdentifier.nmtoken("agency:cn:ministry-of-public-security") == "agency:cn:ministry-of-public-security")
        #expect(XMLIdentifier.nmtoken("a b") == "a_20_b")
        #expect(XMLIdentifier.nmtoken("a_20_b") == "a_5f_20_5f_b")
        #expect(XMLIdentifier.nmtoken("") == "_empty_")
        let ids = ["a b", "a_b", "a-b", "a:b", "a.b", "ab", "a\u{0}b", "中", "_"]
        #expect(Set(ids.map(XMLIdentifier.nmtoken)).count == ids.count)
    }
}
