extension StaticString {
    /// The first UTF-8 byte (0 for an empty string).
    var firstByte: UInt8 { utf8CodeUnitCount > 0 ? utf8Start[0] : 0 }
}

/// Small byte-level helpers shared by the header parsers. Everything works on UTF-8 bytes and
/// compares ASCII case-insensitively; needles are written in upper case.
enum ByteText {
    @inline(__always) static func upper(_ b: UInt8) -> UInt8 { isLower(b) ? b &- 32 : b }

    @inline(__always) static func isBlankByte(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0C || b == 0x0D }

    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isAlnum(b) || b >= 0x80 }

    /// True when `needle` (upper case) occurs at `i` in `bytes`, ignoring ASCII case, before `end`.
    static func matches(_ bytes: [UInt8], at i: Int, _ needle: [UInt8], end: Int? = nil) -> Bool {
        let limit = end ?? bytes.count
        guard i >= 0, i + needle.count <= limit else { return false }
        var k = 0
        while k < needle.count {
            if upper(bytes[i + k]) != needle[k] { return false }
            k += 1
        }
        return true
    }

    /// `matches` for a literal needle, without allocating.
    @inline(__always)
    static func matches(_ bytes: [UInt8], at i: Int, _ needle: StaticString, end: Int? = nil) -> Bool {
        let n = needle.utf8CodeUnitCount
        let limit = end ?? bytes.count
        guard i >= 0, i + n <= limit else { return false }
        let p = needle.utf8Start
        var k = 0
        while k < n {
            if upper(bytes[i + k]) != p[k] { return false }
            k += 1
        }
        return true
    }

    /// `find` for a literal needle, without allocating.
    static func find(_ bytes: [UInt8], _ needle: StaticString, from: Int, to: Int) -> Int? {
        let n = needle.utf8CodeUnitCount
        guard n > 0, from >= 0 else { return nil }
        let first = needle.utf8Start[0]
        let lowerFirst = isUpper(first) ? first | 0x20 : first
        let last = min(to, bytes.count) - n
        guard last >= from else { return nil }
        var i = from
        while i <= last {
            let b = bytes[i]
            if b == first || b == lowerFirst, matches(bytes, at: i, needle) { return i }
            i += 1
        }
        return nil
    }

    /// Next offset of the ASCII letter `lower` (given in lower case) in either case, eight bytes at a time.
    static func nextLetter(_ bytes: [UInt8], _ lower: UInt8, from: Int, to: Int) -> Int? {
        let end = min(to, bytes.count)
        guard from < end, from >= 0 else { return nil }
        return bytes.withUnsafeBufferPointer { buf -> Int? in
            guard let base = buf.baseAddress else { return nil }
            let pattern = UInt64(lower) &* 0x0101_0101_0101_0101
            var i = from
            while i + 8 <= end {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
                let x = word ^ pattern
                if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 { break }
                i += 8
            }
            while i < end {
                if buf[i] | 0x20 == lower {
                    return i
                }
                i += 1
                // Back to eight at a time once past this word.
                if i & 7 == 0 {
                    while i + 8 <= end {
                        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) | 0x2020_2020_2020_2020
                        let x = word ^ pattern
                        if (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0 { break }
                        i += 8
                    }
                }
            }
            return nil
        }
    }

    /// First offset of `needle` (upper case) in `bytes[from..<to]`, ignoring ASCII case.
    static func find(_ bytes: [UInt8], _ needle: [UInt8], from: Int, to: Int) -> Int? {
        guard let first = needle.first, from >= 0 else { return nil }
        let last = min(to, bytes.count) - needle.count
        guard last >= from else { return nil }
        let lowerFirst = isUpper(first) ? first | 0x20 : first
        var i = from
        while i <= last {
            let b = bytes[i]
            if b == first || b == lowerFirst, matches(bytes, at: i, needle) { return i }
            i += 1
        }
        return nil
    }

    /// First offset of a whole word `needle` (not inside a longer word).
    static func findWord(_ bytes: [UInt8], _ needle: [UInt8], from: Int, to: Int) -> Int? {
        var start = from
        while let i = find(bytes, needle, from: start, to: to) {
            let beforeOK = i == 0 || !isAlpha(bytes[i - 1])
            let after = i + needle.count
            let afterOK = after >= bytes.count || !isAlpha(bytes[after])
            if beforeOK && afterOK { return i }
            start = i + 1
        }
        return nil
    }

    static func skipSpaces(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, isBlankByte(bytes[j]) { j += 1 }
        return j
    }

    static func skipWhitespace(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int {
        var j = i
        while j < end, isSpace(bytes[j]) { j += 1 }
        return j
    }

    static func trim(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, isSpace(bytes[lo]) { lo += 1 }
        while hi > lo, isSpace(bytes[hi - 1]) { hi -= 1 }
        return lo..<hi
    }

    static func string<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Whitespace runs (including line breaks) become one space; ends are trimmed.
    static func collapse<C: Collection>(_ bytes: C) -> [UInt8] where C.Element == UInt8 {
        if let fast = bytes.withContiguousStorageIfAvailable({ collapse(buffer: $0) }) { return fast }
        return collapse(buffer: UnsafeBufferPointer(start: nil, count: 0), fallback: Array(bytes))
    }

    private static func collapse(buffer: UnsafeBufferPointer<UInt8>, fallback: [UInt8]? = nil) -> [UInt8] {
        if let fallback { return fallback.withUnsafeBufferPointer { collapse(buffer: $0) } }
        return [UInt8](unsafeUninitializedCapacity: buffer.count) { out, count in
            var o = 0
            var pendingSpace = false
            for b in buffer {
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C || b == 0x0B {
                    pendingSpace = o > 0
                } else {
                    if pendingSpace { out[o] = 0x20; o += 1; pendingSpace = false }
                    out[o] = b
                    o += 1
                }
            }
            count = o
        }
    }

    static func upperString<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        String(decoding: bytes.map(upper), as: UTF8.self)
    }

    static func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    /// `&#8217;` and friends become their characters.
    static func decodeNumericEntities(_ text: [UInt8]) -> [UInt8] {
        guard text.contains(0x26) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if text[i] == 0x26, i + 3 < text.count, text[i + 1] == 0x23 {
                var j = i + 2
                var value: UInt32 = 0
                while j < text.count, j - i < 10, isDigit(text[j]) {
                    value = value * 10 + UInt32(text[j] - 0x30)
                    j += 1
                }
                if j > i + 2, j < text.count, text[j] == 0x3B, let scalar = Unicode.Scalar(value) {
                    out.append(contentsOf: Array(String(Character(scalar)).utf8))
                    i = j + 1
                    continue
                }
            }
            out.append(text[i])
            i += 1
        }
        return out
    }

    /// Damerau-free Levenshtein distance of two short upper-case byte strings, capped at `limit + 1`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * width) { rows in
            var previous = 0
            var current = width
            for j in 0..<width { rows[j] = j }
            for i in 1...a.count {
                rows[current] = i
                var rowMin = i
                for j in 1..<width {
                    let cost = a[i - 1] == b[j - 1] ? 0 : 1
                    let value = Swift.min(rows[previous + j] + 1, rows[current + j - 1] + 1, rows[previous + j - 1] + cost)
                    rows[current + j] = value
                    rowMin = Swift.min(rowMin, value)
                }
                if rowMin > limit { return limit + 1 }
                swap(&previous, &current)
            }
            return rows[previous + b.count]
        }
    }
}

extension ByteText {
    /// Splits `bytes[range]` at whitespace.
    static func words(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, isSpace(bytes[i]) { i += 1 }
            let start = i
            while i < range.upperBound, !isSpace(bytes[i]) { i += 1 }
            if i > start { result.append(start..<i) }
        }
        return result
    }
}
