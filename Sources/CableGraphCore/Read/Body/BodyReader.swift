/// Reads the body of a cable into clean text, sections, paragraphs and sentences.
///
/// Works line by line on UTF-8 bytes: page-break markers, `SIPDIS` and classification banners are
/// removed (also inline), lines are folded into paragraphs (joining words hyphenated across a line
/// break), headings underlined with dashes become sections, and the closing signature is left out.
enum BodyReader {
    struct Output {
        var clean: CleanText
        var sections: [Section]
        var paragraphs: [Paragraph]
        var sentences: [Sentence]
        var diagnostics: [Diagnostic]
    }

    /// A line of the body after boilerplate is cut out of it.
    struct Line {
        enum Kind { case content, blank, soft, rule }
        var kind: Kind
        var number: Int
        /// Offset of the line's first non-space byte (its label included).
        var start: Int = 0
        /// Byte ranges of the line's text that remain after markers are cut out.
        var pieces: [Range<Int>]
        var label: ParagraphLabel?
    }

    static func read(_ bytes: [UInt8], lines: TextLines, from start: Int) -> Output {
        guard start < bytes.count, lines.count > 0 else {
            return Output(clean: .empty, sections: [], paragraphs: [], sentences: [], diagnostics: [])
        }
        let body = classify(bytes, lines: lines, from: lines.line(containing: start), startByte: start)
        var builder = Assembler(bytes: bytes)
        builder.assemble(body)
        return Output(clean: builder.clean, sections: builder.sections,
                      paragraphs: builder.paragraphs, sentences: builder.sentences, diagnostics: [])
    }

    // MARK: - Line classification

    static func classify(_ bytes: [UInt8], lines: TextLines, from first: Int, startByte: Int) -> [Line] {
        var result: [Line] = []
        result.reserveCapacity(lines.count - first)
        for n in first..<lines.count {
            var range = lines[n]
            if n == first { range = max(range.lowerBound, startByte)..<range.upperBound }
            let line = classifyLine(bytes, range: range, number: n)
            guard line.kind == .content, line.pieces.count == 1 else {
                result.append(line)
                continue
            }
            for part in splitInlineHeadings(bytes, line) ?? [line] {
                if part.kind == .content, part.pieces.count == 1, let split = splitInlineLabels(bytes, part) {
                    result += split
                } else {
                    result.append(part)
                }
            }
        }
        dropSignature(bytes, &result)
        return result
    }

    static func classifyLine(_ bytes: [UInt8], range: Range<Int>, number: Int) -> Line {
        let trimmed = trim(bytes, range)
        if trimmed.isEmpty { return Line(kind: .blank, number: number, pieces: []) }
        if isRule(bytes, trimmed) { return Line(kind: .rule, number: number, start: trimmed.lowerBound, pieces: []) }
        var pieces: [Range<Int>] = []
        var cursor = trimmed.lowerBound
        var cuts = PageBreaks.find(in: bytes, range: trimmed) + Boilerplate.inlineMarkers(in: bytes, range: trimmed)
        if let banner = Boilerplate.trailingBanner(in: bytes, range: trimmed) { cuts.append(banner) }
        cuts.sort { $0.lowerBound < $1.lowerBound }
        for cut in cuts {
            if cut.lowerBound > cursor { pieces.append(cursor..<cut.lowerBound) }
            cursor = max(cursor, cut.upperBound)
        }
        if cursor < trimmed.upperBound { pieces.append(cursor..<trimmed.upperBound) }
        if !cuts.isEmpty { pieces = pieces.map { trim(bytes, $0) }.filter { !$0.isEmpty } }
        if pieces.isEmpty { return Line(kind: .soft, number: number, pieces: []) }
        if pieces.count == 1, Boilerplate.isBannerLine(bytes, pieces[0]) { return Line(kind: .soft, number: number, pieces: []) }
        var line = Line(kind: .content, number: number, start: trimmed.lowerBound, pieces: pieces)
        if let label = ParagraphLabel.parse(bytes, line: pieces[0]) {
            line.label = label
            let rest = label.contentStart..<pieces[0].upperBound
            if rest.isEmpty { line.pieces.removeFirst() } else { line.pieces[0] = rest }
        }
        return line
    }

    /// Reflowed cables keep sub-paragraph labels inside a long line (`... persons. --A. (SBU) Bahrain is ...`):
    /// each `--X.` after a sentence end starts a labeled line of its own.
    static func splitInlineLabels(_ bytes: [UInt8], _ line: Line) -> [Line]? {
        let piece = line.pieces[0]
        guard piece.count > 40 else { return nil }
        var starts: [Int] = []
        var i = piece.lowerBound + 2
        while i + 4 < piece.upperBound {
            // ` --A. ` preceded by a sentence end (`.`, `:`, `)` or `"` then space).
            if bytes[i] == 0x2D, bytes[i + 1] == 0x2D, bytes[i - 1] == 0x20,
               [0x2E, 0x3A, 0x29, 0x22].contains(bytes[i - 2]),
               let label = ParagraphLabel.parse(bytes, line: i..<piece.upperBound), label.label != nil {
                starts.append(i)
                i = label.contentStart
                continue
            }
            i += 1
        }
        guard !starts.isEmpty else { return nil }
        var lines: [Line] = []
        var head = line
        head.pieces = [piece.lowerBound..<starts[0]].map { trim(bytes, $0) }.filter { !$0.isEmpty }
        if !head.pieces.isEmpty { lines.append(head) }
        for (n, start) in starts.enumerated() {
            let end = n + 1 < starts.count ? starts[n + 1] : piece.upperBound
            guard let label = ParagraphLabel.parse(bytes, line: start..<end) else { continue }
            let rest = trim(bytes, label.contentStart..<end)
            lines.append(Line(kind: .content, number: line.number, start: start, pieces: rest.isEmpty ? [] : [rest], label: label))
        }
        return lines
    }

    /// Reflowed cables keep headings underlined with dashes inside a paragraph's line
    /// (`... Peace Movement. -------- Public Prosecutor on Pursuing Traffickers --------`): the heading
    /// between two dash runs becomes a line of its own between rules, so it starts a section and is
    /// not read as part of the paragraph's last sentence.
    static func splitInlineHeadings(_ bytes: [UInt8], _ line: Line) -> [Line]? {
        let piece = line.pieces[0]
        let runs = dashRuns(bytes, piece)
        guard runs.count >= 2 else { return nil }
        var lines: [Line] = []
        var cursor = piece.lowerBound
        var label = line.label
        var r = 0
        while r + 1 < runs.count {
            let heading = trim(bytes, runs[r].upperBound..<runs[r + 1].lowerBound)
            guard isInlineHeading(bytes, heading) else { r += 1; continue }
            let before = trim(bytes, cursor..<runs[r].lowerBound)
            if !before.isEmpty || label != nil {
                lines.append(Line(kind: .content, number: line.number, start: line.start, pieces: before.isEmpty ? [] : [before], label: label))
                label = nil
            }
            lines.append(Line(kind: .rule, number: line.number, start: runs[r].lowerBound, pieces: []))
            lines.append(Line(kind: .content, number: line.number, start: heading.lowerBound, pieces: [heading]))
            lines.append(Line(kind: .rule, number: line.number, start: runs[r + 1].lowerBound, pieces: []))
            cursor = runs[r + 1].upperBound
            r += 2
        }
        guard !lines.isEmpty else { return nil }
        let after = trim(bytes, cursor..<piece.upperBound)
        if !after.isEmpty { lines.append(Line(kind: .content, number: line.number, start: after.lowerBound, pieces: [after])) }
        return lines
    }

    /// Runs of eight or more dashes, with the stray ` -` and ` -----` that wrapped rules leave after them.
    static func dashRuns(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard bytes[i] == 0x2D else { i += 1; continue }
            let start = i
            while i < range.upperBound, bytes[i] == 0x2D { i += 1 }
            guard i - start >= 8 else { continue }
            while i + 1 < range.upperBound, bytes[i] == 0x20, bytes[i + 1] == 0x2D {
                var j = i + 1
                while j < range.upperBound, bytes[j] == 0x2D { j += 1 }
                guard j == range.upperBound || bytes[j] == 0x20 else { break }
                i = j
            }
            runs.append(start..<i)
        }
        return runs
    }

    /// A heading: short, starts with a letter, and does not end a sentence.
    static func isInlineHeading(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 3, range.count <= 120, isAlpha(bytes[range.lowerBound]) else { return false }
        return bytes[range.upperBound - 1] != 0x2E
    }

    /// The closing signature (`PICCUTA`, `TIMKEN JR`) and trailing banners are not content.
    static func dropSignature(_ bytes: [UInt8], _ lines: inout [Line]) {
        var dropped = 0
        var i = lines.count - 1
        while i >= 0, dropped < 3 {
            if lines[i].kind != .content { i -= 1; continue }
            guard lines[i].label == nil, lines[i].pieces.count == 1, Boilerplate.isSignature(bytes, lines[i].pieces[0]),
                  endsBlock(bytes, lines, before: i) else { break }
            lines[i].kind = .soft
            lines[i].pieces = []
            dropped += 1
            i -= 1
        }
    }

    /// Whether the line before `i` ends a sentence or a block, so that line `i` stands alone.
    static func endsBlock(_ bytes: [UInt8], _ lines: [Line], before i: Int) -> Bool {
        var k = i - 1
        while k >= 0, lines[k].kind == .soft { k -= 1 }
        guard k >= 0, lines[k].kind == .content, let last = lines[k].pieces.last else { return true }
        let b = bytes[last.upperBound - 1]
        return b == 0x2E || b == 0x21 || b == 0x3F || b == 0x29 || b == 0x22 || b == 0x3A || Boilerplate.isSignature(bytes, last)
    }

    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    /// A line of dashes (or `=`/`_`) that underlines a heading.
    static func isRule(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard range.count >= 3 else { return false }
        let first = bytes[range.lowerBound]
        guard first == 0x2D || first == 0x3D || first == 0x5F else { return false }
        return bytes[range].allSatisfy { $0 == first || $0 == 0x20 }
    }
}
