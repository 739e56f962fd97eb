/// The head of a cable as the header parsers see it: the lines after the site header, up to a
/// byte budget, with pilcrows and the `\` line continuations of some releases removed, and tabs
/// turned into spaces. Line `i` of the head is line `firstSourceLine + i` of the file.
struct HeadText {
    let bytes: [UInt8]
    let starts: [Int]
    let ends: [Int]
    let firstSourceLine: Int
    /// Source offset where each head line starts.
    let sourceStarts: [Int]

    init(_ utf8: [UInt8], lines: TextLines, from firstLine: Int, maxBytes: Int) {
        // The lines that fit the budget (the last one may run past it). The header parsers need no
        // more than the second paragraph after the SUBJECT line, so the head stops there.
        var lastLine = firstLine
        var total = 0
        var sawSubject = false
        while lastLine < lines.count, total < maxBytes {
            let s = lines.starts[lastLine], e = lines.ends[lastLine]
            total += e - s + 1
            lastLine += 1
            var k = s
            while k < e, utf8[k] == 0x20 { k += 1 }
            if !sawSubject {
                sawSubject = ByteText.matches(utf8, at: k, "SUBJ", end: e)
            } else if Self.isLaterParagraph(utf8, k, e) {
                break
            }
        }
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(lastLine - firstLine)
        ends.reserveCapacity(lastLine - firstLine)
        let copied = [UInt8](unsafeUninitializedCapacity: total + 1) { out, count in
            var o = 0
            utf8.withUnsafeBufferPointer { src in
                var l = firstLine
                while l < lastLine {
                    let lineStart = o
                    starts.append(o)
                    var i = lines.starts[l]
                    let end = lines.ends[l]
                    while i < end {
                        // Eight bytes at a time while none is a control byte or 0xC2 (pilcrow, no-break space).
                        if let srcBase = src.baseAddress, let outBase = out.baseAddress {
                            while i + 8 <= end {
                                let word = UnsafeRawPointer(srcBase + i).loadUnaligned(as: UInt64.self)
                                let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                                let c2 = word ^ 0xC2C2_C2C2_C2C2_C2C2
                                let hasC2 = (c2 &- 0x0101_0101_0101_0101) & ~c2 & 0x8080_8080_8080_8080
                                if low != 0 || hasC2 != 0 { break }
                                UnsafeMutableRawPointer(outBase + o).storeBytes(of: word, as: UInt64.self)
                                o += 8
                                i += 8
                            }
                        }
                        guard i < end else { break }
                        let b = src[i]
                        if b >= 0x20 && b != 0xC2 {
                            out[o] = b
                            o += 1
                            i += 1
                            continue
                        }
                        if b == 0xC2, i + 1 < end {
                            let next = src[i + 1]
                            if next == 0xB6 { i += 2; continue }                              // pilcrow
                            if next == 0xA0 { out[o] = 0x20; o += 1; i += 2; continue }      // no-break space
                        }
                        out[o] = (b == 0x09 || b == 0x0C || b == 0x0D || b == 0x0B) ? 0x20 : b
                        o += 1
                        i += 1
                    }
                    // `text \` line continuations (06GENEVA and others): drop the backslash.
                    var e = o
                    while e > lineStart, out[e - 1] == 0x20 { e -= 1 }
                    if e > lineStart, out[e - 1] == 0x5C {
                        o = e - 1
                        out[o] = 0x20
                        o += 1
                    }
                    ends.append(o)
                    out[o] = 0x0A
                    o += 1
                    l += 1
                }
            }
            count = o
        }
        self.bytes = copied
        self.starts = starts
        self.ends = ends
        self.firstSourceLine = firstLine
        self.sourceStarts = Array(lines.starts[firstLine..<lastLine])
    }

    /// The offset in the source text of head offset `offset` (pilcrows and no-break spaces counted back in).
    func sourceOffset(of offset: Int, in utf8: [UInt8]) -> Int {
        guard !starts.isEmpty else { return min(offset, utf8.count) }
        guard offset < bytes.count else { return utf8.count }
        let l = lineIndex(containing: offset)
        var column = offset - starts[l]
        var s = sourceStarts[l]
        while column > 0, s < utf8.count, utf8[s] != 0x0A {
            if utf8[s] == 0xC2, s + 1 < utf8.count, utf8[s + 1] == 0xB6 { s += 2; continue }
            if utf8[s] == 0xC2, s + 1 < utf8.count, utf8[s + 1] == 0xA0 { s += 2; column -= 1; continue }
            s += 1
            column -= 1
        }
        return s
    }

    /// `¶3.`, `4.`, `¶12.`: a paragraph after the second (the header parsers read up to paragraph 2).
    static func isLaterParagraph(_ utf8: [UInt8], _ i: Int, _ e: Int) -> Bool {
        var k = i
        if k + 1 < e, utf8[k] == 0xC2, utf8[k + 1] == 0xB6 { k += 2 }
        let d = k
        var value = 0
        while k < e, isDigit(utf8[k]) { value = value * 10 + Int(utf8[k] - 0x30); k += 1 }
        guard k > d, k - d <= 2, k < e, utf8[k] == 0x2E, value >= 3 else { return false }
        return k + 1 == e || utf8[k + 1] == 0x20 || utf8[k + 1] == 0x28
    }

    var lineCount: Int { starts.count }
    var count: Int { bytes.count }

    func line(_ i: Int) -> Range<Int> { starts[i]..<ends[i] }

    /// Index of the line holding byte `offset`.
    func lineIndex(containing offset: Int) -> Int {
        guard !starts.isEmpty else { return 0 }
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    func isBlank(_ i: Int) -> Bool {
        var k = starts[i]
        while k < ends[i] {
            if bytes[k] != 0x20 { return false }
            k += 1
        }
        return true
    }

    /// Offset of the first non-space byte of line `i` (its end when blank).
    func firstNonSpace(_ i: Int) -> Int {
        var k = starts[i]
        while k < ends[i], bytes[k] == 0x20 { k += 1 }
        return k
    }

    /// The line's bytes without surrounding spaces.
    func trimmed(_ i: Int) -> Range<Int> { ByteText.trim(bytes, line(i)) }

    /// True when the (trimmed) line starts with the literal upper-case `prefix`, ignoring case.
    func lineStarts(_ i: Int, with prefix: StaticString) -> Bool {
        ByteText.matches(bytes, at: firstNonSpace(i), prefix, end: ends[i])
    }

    /// True when the (trimmed) line starts with the upper-case `prefix`, ignoring case.
    func lineStarts(_ i: Int, with prefix: [UInt8]) -> Bool {
        ByteText.matches(bytes, at: firstNonSpace(i), prefix, end: ends[i])
    }
}
