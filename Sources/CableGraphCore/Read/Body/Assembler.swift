/// Folds classified body lines into clean text, sections, paragraphs and sentences.
struct Assembler {
    let bytes: [UInt8]
    let out: CleanBuffer
    var sections: [Section] = []
    var paragraphs: [Paragraph] = []
    var sentences: [Sentence] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
        out = CleanBuffer(sourceCount: bytes.count)
    }

    var clean: CleanText { CleanText(bytes: out.bytes, origins: out.origins) }

    mutating func assemble(_ input: [BodyReader.Line]) {
        let lines = Assembler.softenBlanksAroundBreaks(singleSpaced(input))
        var block: [BodyReader.Line] = []
        var sawBlank = false
        var crossedBreak = false
        for line in lines {
            switch line.kind {
            case .soft:
                crossedBreak = true
            case .blank:
                sawBlank = true
            case .rule:
                if isHeading(block) {
                    startSection(block)
                } else {
                    emit(block)
                }
                block = []
                sawBlank = false
            case .content:
                let startsParagraph = line.label.map { $0.isStrong || sawBlank || block.isEmpty } ?? false
                let endsAtBreak = crossedBreak && endsSentence(block) && startsSentence(line)
                // A blank line inside a sentence (`trafficked to Japan, Singapore,` / blank / `Malaysia, ...`) is a
                // lost page break, not a new paragraph.
                let blankInSentence = sawBlank && line.label == nil && brokenMidSentence(block)
                if startsParagraph || (sawBlank && !blankInSentence) || endsAtBreak {
                    emit(block)
                    block = []
                }
                block.append(line)
                sawBlank = false
            }
            if line.kind != .soft { crossedBreak = false }
        }
        emit(block)
        if let last = sections.indices.last { sections[last].paragraphs = sections[last].paragraphs.lowerBound..<paragraphs.count }
    }

    /// A double-spaced body (a blank line after every line, paragraphs apart by two or more: some Buenos Aires
    /// cables) read as single-spaced: one blank line fewer in every run, so that `President Evo` / blank / `Morales`
    /// is one sentence. Double-spaced when over ten runs of blank lines between text lines are single, more than
    /// three times the longer runs, and a quarter of the single ones go on in lower case (a sentence broken by
    /// the spacing; paragraphs apart by one blank line start in capitals or with their number).
    func singleSpaced(_ lines: [BodyReader.Line]) -> [BodyReader.Line] {
        var single = 0, longer = 0, lowerAfterSingle = 0
        var run = 0
        var seenContent = false
        for line in lines {
            switch line.kind {
            case .blank: run += 1
            case .content:
                if seenContent && run == 1 {
                    single += 1
                    if let first = line.pieces.first, !first.isEmpty, isLower(bytes[first.lowerBound]) { lowerAfterSingle += 1 }
                } else if seenContent && run > 1 {
                    longer += 1
                }
                run = 0
                seenContent = true
            case .soft, .rule: run = 0
            }
        }
        guard single > 10, single > 3 * longer, 4 * lowerAfterSingle >= single else { return lines }
        var out: [BodyReader.Line] = []
        out.reserveCapacity(lines.count)
        for (i, line) in lines.enumerated() {
            // The first blank line of each run goes.
            if line.kind == .blank, i > 0, lines[i - 1].kind != .blank { continue }
            out.append(line)
        }
        return out
    }

    /// Blank lines next to a page break belong to the break: the paragraph runs on across it.
    static func softenBlanksAroundBreaks(_ lines: [BodyReader.Line]) -> [BodyReader.Line] {
        var lines = lines
        for i in lines.indices where lines[i].kind == .soft && lines[i].number >= 0 {
            var j = i - 1
            while j >= 0, lines[j].kind == .blank { lines[j].kind = .soft; j -= 1 }
            j = i + 1
            while j < lines.count, lines[j].kind == .blank { lines[j].kind = .soft; j += 1 }
        }
        return lines
    }

    // MARK: - Sections

    private func isHeading(_ block: [BodyReader.Line]) -> Bool {
        guard !block.isEmpty, block.count <= 2, block[0].label == nil else { return false }
        let length = block.reduce(0) { $0 + $1.pieces.reduce(0) { $0 + $1.count } }
        guard length <= 100, let last = block.last?.pieces.last, let first = block[0].pieces.first else { return false }
        return bytes[last.upperBound - 1] != 0x2E && isAlpha(bytes[first.lowerBound])
    }

    private mutating func startSection(_ block: [BodyReader.Line]) {
        let title = block.flatMap(\.pieces).map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ")
        if let last = sections.indices.last { sections[last].paragraphs = sections[last].paragraphs.lowerBound..<paragraphs.count }
        let source = SourceRange(start: block[0].start, end: block.last!.pieces.last!.upperBound)
        sections.append(Section(index: sections.count, title: title, source: source, paragraphs: paragraphs.count..<paragraphs.count))
    }

    // MARK: - Paragraphs

    private func endsSentence(_ block: [BodyReader.Line]) -> Bool {
        guard let piece = block.last?.pieces.last else { return true }
        let b = bytes[piece.upperBound - 1]
        return b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3A || b == 0x22
    }

    /// A wrapped paragraph whose last line stops after a comma, or any block that stops on a word that cannot end
    /// a sentence (`-- The Optional Protocol to the Convention on the Rights of`).
    private func brokenMidSentence(_ block: [BodyReader.Line]) -> Bool {
        guard let piece = block.last?.pieces.last, !piece.isEmpty else { return false }
        let last = bytes[piece.upperBound - 1]
        if last == 0x2C || last == 0x3B { return block.count >= 2 }
        var start = piece.upperBound
        while start > piece.lowerBound, isAlpha(bytes[start - 1]) { start -= 1 }
        let word = bytes[start..<piece.upperBound]
        return start > piece.lowerBound && bytes[start - 1] == 0x20
            && Assembler.connectives.contains { $0.elementsEqual(word) }
    }

    static let connectives: [[UInt8]] = ["the", "of", "and", "to", "in", "for", "or", "with", "by", "a", "an", "from"].map { Array($0.utf8) }

    private func startsSentence(_ line: BodyReader.Line) -> Bool {
        line.label != nil || line.pieces.first.map { isUpper(bytes[$0.lowerBound]) } ?? false
    }

    private mutating func emit(_ block: [BodyReader.Line]) {
        guard !block.isEmpty, block.contains(where: { !$0.pieces.isEmpty }) else { return }
        let paragraphStart = out.count
        var hardBreaks: [Int] = []
        for (n, line) in block.enumerated() {
            for (k, piece) in line.pieces.enumerated() {
                if n > 0 && k == 0 && (Assembler.startsListItem(bytes, piece) || Assembler.startsFormField(bytes, piece)) {
                    hardBreaks.append(out.count + (out.count > paragraphStart ? 1 : 0))
                }
                append(piece, paragraphStart: paragraphStart)
            }
        }
        let clean = paragraphStart..<out.count
        let label = block[0].label
        let sourceEnd = block.last(where: { !$0.pieces.isEmpty })!.pieces.last!.upperBound
        let source = SourceRange(start: block[0].start, end: sourceEnd)
        let firstSentence = sentences.count
        for range in out.withBytes({ SentenceSplitter.split($0, range: clean, hardBreaks: hardBreaks) }) {
            sentences.append(Sentence(index: sentences.count, paragraph: paragraphs.count, clean: range,
                                      source: out.sourceRange(range)))
        }
        paragraphs.append(Paragraph(index: paragraphs.count, label: label?.label, marking: label?.marking,
                                    section: sections.indices.last, clean: clean, source: source,
                                    sentences: firstSentence..<sentences.count))
        out.append(0x0A, origin: sourceEnd)
    }

    /// `Unit/Institution: ...`, `Place of Birth: ...`: a form field on its own line starts a new sentence.
    static func startsFormField(_ bytes: [UInt8], _ piece: Range<Int>) -> Bool {
        guard isUpper(bytes[piece.lowerBound]) else { return false }
        var i = piece.lowerBound + 1
        while i < min(piece.upperBound, piece.lowerBound + 32) {
            let b = bytes[i]
            if b == 0x3A { return i + 1 == piece.upperBound || bytes[i + 1] == 0x20 }
            guard isAlnum(b) || b == 0x20 || b == 0x2F || b == 0x23 || b == 0x2D || b == 0x28 || b == 0x29 else { return false }
            i += 1
        }
        return false
    }

    /// Whether a piece holds tabs, double spaces, non-breaking spaces or curly quotes.
    static func needsFolding(_ bytes: [UInt8], _ piece: Range<Int>) -> Bool {
        var previousSpace = false
        for i in piece {
            let b = bytes[i]
            if b == 0x20 {
                if previousSpace { return true }
                previousSpace = true
                continue
            }
            previousSpace = false
            if b < 0x20 || b == 0xE2 || b == 0xC2 || b == 0xE3 { return true }
        }
        return false
    }

    /// `-- item`, `- item`, `o item`, `* item`, `(a) item`, `a) item`: a list item starts a new sentence.
    static func startsListItem(_ bytes: [UInt8], _ piece: Range<Int>) -> Bool {
        let b = bytes[piece.lowerBound]
        let next = piece.count > 1 ? bytes[piece.lowerBound + 1] : 0
        if b == 0x2D || b == 0x2A || b == 0x95 { return true }
        if b == 0x6F && next == 0x20 { return true }
        if b == 0x28, piece.count > 2, isAlnum(next), bytes[piece.lowerBound + 2] == 0x29 { return true }
        if isAlnum(b), next == 0x29 { return true }
        return false
    }

    /// Appends a piece of source text: whitespace runs fold to one space, curly quotes become straight,
    /// and a word hyphenated at the end of the previous line is joined (`anti-` + `trafficking`).
    private mutating func append(_ piece: Range<Int>, paragraphStart: Int) {
        if out.count > paragraphStart {
            let last = out[out.count - 1]
            let beforeLast = out.count - 2 >= paragraphStart ? out[out.count - 2] : 0
            let joinHyphen = last == 0x2D && isAlnum(beforeLast) && isAlnum(bytes[piece.lowerBound])
            if !joinHyphen && last != 0x20 { out.append(0x20, origin: Int(out.lastOrigin) + 1) }
        }
        var i = piece.lowerBound
        let end = piece.upperBound
        // Most pieces need no folding: copy them whole.
        if !Assembler.needsFolding(bytes, piece) {
            bytes.withUnsafeBufferPointer { out.appendRun($0, piece) }
            return
        }
        while i < end {
            // Plain text (no spaces, no multi-byte quotes) is copied in one run.
            var run = i
            while run < end, bytes[run] > 0x20, bytes[run] < 0xC2 { run += 1 }
            if run > i {
                bytes.withUnsafeBufferPointer { out.appendRun($0, i..<run) }
                i = run
                continue
            }
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0C {
                if out.last != 0x20 { out.append(0x20, origin: i) }
                i += 1
                continue
            }
            if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                if c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D {
                    out.append(c >= 0x9C ? 0x22 : 0x27, origin: i)
                    i += 3
                    continue
                }
            }
            // Unicode spaces and line separators (U+2000-U+200B, U+2028, U+2029, U+202F, U+3000) are spaces.
            if (b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x80 && (bytes[i + 2] <= 0x8B || bytes[i + 2] == 0xA8
                    || bytes[i + 2] == 0xA9 || bytes[i + 2] == 0xAF))
                || (b == 0xE3 && i + 2 < end && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x80) {
                if out.last != 0x20 { out.append(0x20, origin: i) }
                i += 3
                continue
            }
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xA0 {
                if out.last != 0x20 { out.append(0x20, origin: i) }
                i += 2
                continue
            }
            // An acute accent after a letter is an apostrophe typed on a Spanish keyboard: `China´s`.
            if b == 0xC2, i + 1 < end, bytes[i + 1] == 0xB4, let last = out.last, (last | 0x20) >= 0x61, (last | 0x20) <= 0x7A {
                out.append(0x27, origin: i)
                i += 2
                continue
            }
            out.append(b, origin: i)
            i += 1
        }
    }
}

