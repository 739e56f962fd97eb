/// A cable read into metadata and structure. Immutable; every part keeps its range in the original text.
public struct CableDocument: Sendable {
    /// The path as the user named it (`-` for standard input); for messages only.
    public let path: String
    /// The original text as UTF-8 (invalid bytes replaced, line ends `\n`); every `SourceRange` indexes into this.
    public let utf8: [UInt8]
    public let metadata: CableMetadata
    /// The body as extraction sees it; `Paragraph.clean` and `Sentence.clean` index into this.
    public let body: CleanText
    public let sections: [Section]
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let diagnostics: [Diagnostic]

    public init(path: String, utf8: [UInt8], metadata: CableMetadata, body: CleanText,
                sections: [Section], paragraphs: [Paragraph], sentences: [Sentence], diagnostics: [Diagnostic]) {
        self.path = path
        self.utf8 = utf8
        self.metadata = metadata
        self.body = body
        self.sections = sections
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.diagnostics = diagnostics
    }

    /// The original text.
    public var text: String { String(decoding: utf8, as: UTF8.self) }

    public var id: String { metadata.canonicalID.isEmpty ? metadata.id : metadata.canonicalID }

    /// The cleaned text of a sentence (line breaks folded, page breaks removed).
    public func text(of sentence: Sentence) -> String { body.string(sentence.clean) }

    /// The original text of a source range.
    public func text(of range: SourceRange) -> String {
        let lower = max(0, min(range.start, utf8.count))
        let upper = max(lower, min(range.end, utf8.count))
        return String(decoding: utf8[lower..<upper], as: UTF8.self)
    }

    /// Unicode code-point offset of a byte offset (what Python's `str` indexing uses).
    public func characterOffset(ofByte byte: Int) -> Int {
        let upper = max(0, min(byte, utf8.count))
        var count = 0
        for i in 0..<upper where utf8[i] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// The paragraph a sentence belongs to.
    public func paragraph(of sentence: Sentence) -> Paragraph? {
        paragraphs.indices.contains(sentence.paragraph) ? paragraphs[sentence.paragraph] : nil
    }
}

/// A heading underlined with dashes, and the paragraphs under it.
public struct Section: Sendable, Hashable {
    public var index: Int
    public var title: String
    public var source: SourceRange
    public var paragraphs: Range<Int>

    public init(index: Int, title: String, source: SourceRange, paragraphs: Range<Int>) {
        self.index = index
        self.title = title
        self.source = source
        self.paragraphs = paragraphs
    }
}

/// A paragraph of the body, with its label as the cable writes it (`1`, `A`, `23A`), if any.
public struct Paragraph: Sendable, Hashable {
    public var index: Int
    /// `1` for `¶1.`, `A` for `¶A.`, `23A` for `--23A.`; nil for unnumbered paragraphs.
    public var label: String?
    /// The classification marking in parentheses after the label (`SBU`, `C`), if any.
    public var marking: String?
    /// Index into `CableDocument.sections`, if the paragraph sits under a heading.
    public var section: Int?
    /// Range in `CableDocument.body`, label and marking excluded.
    public var clean: Range<Int>
    public var source: SourceRange
    /// Indexes into `CableDocument.sentences`.
    public var sentences: Range<Int>

    public init(index: Int, label: String?, marking: String?, section: Int?, clean: Range<Int>,
                source: SourceRange, sentences: Range<Int>) {
        self.index = index
        self.label = label
        self.marking = marking
        self.section = section
        self.clean = clean
        self.source = source
        self.sentences = sentences
    }
}

/// A sentence of the body.
public struct Sentence: Sendable, Hashable {
    /// 0-based index within the cable.
    public var index: Int
    /// Index into `CableDocument.paragraphs`.
    public var paragraph: Int
    /// Range in `CableDocument.body`.
    public var clean: Range<Int>
    public var source: SourceRange

    public init(index: Int, paragraph: Int, clean: Range<Int>, source: SourceRange) {
        self.index = index
        self.paragraph = paragraph
        self.clean = clean
        self.source = source
    }
}
