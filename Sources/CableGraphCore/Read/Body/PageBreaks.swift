/// Finds the page-break markers that telegram formatting left in the text, on their own line or
/// inline inside a reflowed paragraph:
/// `BEIJING 00000509  002 OF 006`, `NEW DELHI 00009527  005 OF 005`, `TRIPOLI 00000402 001.2 OF 003`,
/// `PAGE 02 ROME 01196 01 OF 02 271458Z`, `PAGE 02`; also after a line break escaped as the two
/// characters `\n`, as some copies of cables carry them.
enum PageBreaks {
    /// Byte ranges of page-break markers within `bytes[range]`.
    static func find(in bytes: [UInt8], range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b == 0x50, i + 4 < end, bytes[i + 1] == 0x41, bytes[i + 2] == 0x47, bytes[i + 3] == 0x45, bytes[i + 4] == 0x20,
               i == range.lowerBound || bytes[i - 1] == 0x20 || bytes[i - 1] == 0x09 || (i >= 2 && bytes[i - 2] == 0x5C && bytes[i - 1] == 0x6E),
               let stop = matchPageHeader(bytes, at: i, end: end) {
                found.append(i..<stop)
                i = stop
                continue
            }
            if isDigit(b), i == range.lowerBound || !isDigit(bytes[i - 1]) {
                var j = i
                while j < end, isDigit(bytes[j]) { j += 1 }
                if j - i == 8, let span = matchSectionMarker(bytes, digits: i..<j, lineStart: range.lowerBound, end: end) {
                    found.append(span)
                    i = span.upperBound
                    continue
                }
                i = j
                continue
            }
            i += 1
        }
        return found
    }

    /// `STATION 00000509  002 OF 006` around an 8-digit serial.
    private static func matchSectionMarker(_ bytes: [UInt8], digits: Range<Int>, lineStart: Int, end: Int) -> Range<Int>? {
        // Forward: spaces, 3 digits, optional ".d", spaces, "OF", spaces, 3 digits.
        var j = digits.upperBound
        guard let a = skipSpaces(bytes, j, end, atLeast: 1) else { return nil }
        j = a
        guard let b = digitRun(bytes, j, end), b - j == 3 else { return nil }
        j = b
        if j + 1 < end, bytes[j] == 0x2E, isDigit(bytes[j + 1]) { j += 2 }
        guard let c = skipSpaces(bytes, j, end, atLeast: 1), c + 1 < end, bytes[c] == 0x4F, bytes[c + 1] == 0x46 else { return nil }
        j = c + 2
        guard let d = skipSpaces(bytes, j, end, atLeast: 1), let e = digitRun(bytes, d, end), e - d == 3 else { return nil }
        j = e
        // Backward: one space, then a station name of upper-case words.
        var s = digits.lowerBound
        guard s > lineStart, bytes[s - 1] == 0x20 else { return nil }
        s -= 1
        var nameStart = s
        var k = s - 1
        var words = 0
        while k >= lineStart {
            var w = k
            while w >= lineStart, isUpper(bytes[w]) || bytes[w] == 0x27 || bytes[w] == 0x2E || bytes[w] == 0x2D { w -= 1 }
            if w == k { break }
            guard isUpper(bytes[w + 1]) else { break }
            nameStart = w + 1
            words += 1
            if words == 3 || w < lineStart || bytes[w] != 0x20 { break }
            k = w - 1
        }
        guard nameStart < s else { return nil }
        return nameStart..<j
    }

    /// `PAGE 02`, optionally followed by `STATION 01196 01 OF 02 271458Z`.
    private static func matchPageHeader(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var j = start + 5
        guard let a = skipSpaces(bytes, j, end, atLeast: 0), let b = digitRun(bytes, a, end), (1...3).contains(b - a) else { return nil }
        j = b
        guard j == end || bytes[j] == 0x20 || bytes[j] == 0x09 else { return nil }
        // Optional station, serial, "NN OF NN" and DTG: take them when they are there.
        var k = j
        var sawSerial = false
        for _ in 0..<8 {
            guard let w = skipSpaces(bytes, k, end, atLeast: 1), w < end else { break }
            var t = w
            while t < end, bytes[t] != 0x20 && bytes[t] != 0x09 { t += 1 }
            let token = bytes[w..<t]
            if token.allSatisfy(isDigit) || token.elementsEqual([0x4F, 0x46]) {
                if token.count >= 4 { sawSerial = true }
                k = t
            } else if token.allSatisfy({ isUpper($0) || $0 == 0x2E || $0 == 0x27 || $0 == 0x2D }) && !sawSerial {
                k = t
            } else if token.count == 7, token.last == 0x5A, token.dropLast().allSatisfy(isDigit) {
                k = t
                break
            } else {
                break
            }
        }
        if sawSerial { return k }
        // A bare `PAGE 02` only counts when nothing else is on the line.
        var rest = j
        while rest < end, bytes[rest] == 0x20 || bytes[rest] == 0x09 { rest += 1 }
        return rest == end ? j : nil
    }

    private static func skipSpaces(_ bytes: [UInt8], _ i: Int, _ end: Int, atLeast: Int) -> Int? {
        var j = i
        while j < end, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        return j - i >= atLeast ? j : nil
    }

    private static func digitRun(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        var j = i
        while j < end, isDigit(bytes[j]) { j += 1 }
        return j > i ? j : nil
    }
}

@inline(__always) func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
@inline(__always) func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
@inline(__always) func isLower(_ b: UInt8) -> Bool { b &- 0x61 < 26 }
@inline(__always) func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
@inline(__always) func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) }
@inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B }
