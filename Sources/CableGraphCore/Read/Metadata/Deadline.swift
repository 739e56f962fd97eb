/// The declassification date of the `E.O. 12958: DECL: 11/22/2012` line, as `YYYY-MM-DD`.
/// Dates may be written m/d/yy, m/d/yyyy or yyyy/mm/dd; two-digit years are 20yy. `N/A`, `OADR`
/// and `X1` give no date.
enum Deadline {
    struct Found {
        var date: String?
        var start: Int
        var end: Int
    }

    private static let decl: StaticString = "DECL"

    static func find(_ head: HeadText, from: Int, to: Int) -> Found? {
        let bytes = head.bytes
        let end = min(to, bytes.count)
        var i = from
        var undated: Found?
        while let at = ByteText.find(bytes, decl, from: i, to: end) {
            i = at + 1
            let after = at + 4
            guard after < bytes.count, bytes[after] == 0x3A || bytes[after] == 0x20 || bytes[after] == 0x2E else { continue }
            guard at == 0 || !isAlpha(bytes[at - 1]) else { continue }
            guard introducedByOrder(head, at) else { continue }
            var k = after
            while k < bytes.count, bytes[k] == 0x3A || bytes[k] == 0x20 || bytes[k] == 0x2E { k += 1 }
            // `DECL: DECL: 06/09/2016`
            if ByteText.matches(bytes, at: k, "DECL", end: bytes.count) {
                k += 4
                while k < bytes.count, bytes[k] == 0x3A || bytes[k] == 0x20 { k += 1 }
            }
            let (date, stop) = parseDate(bytes, k)
            let found = Found(date: date, start: at, end: stop)
            if date != nil { return found }
            // `DECL: OADR`, `DECL...` in a cut-off preview: a later E.O. line may carry the date.
            if undated == nil { undated = found }
        }
        return undated
    }

    /// `DECL` follows `E.O. 12958` (or `EO 12356`, `E.0. 12958`) on its line, or opens the line.
    private static func introducedByOrder(_ head: HeadText, _ at: Int) -> Bool {
        let l = head.lineIndex(containing: at)
        let s = head.firstNonSpace(l)
        if s == at { return true }
        let bytes = head.bytes
        let windowStart = max(head.starts[l], at - 30)
        return ByteText.find(bytes, "1295", from: windowStart, to: at) != nil
            || ByteText.find(bytes, "12356", from: windowStart, to: at) != nil
            || ByteText.find(bytes, "13526", from: windowStart, to: at) != nil
            || ByteText.find(bytes, "E.O", from: windowStart, to: at) != nil
    }

    /// Parses `11/22/2012`, `6/3/08`, `2020/02/23` at `i`.
    static func parseDate(_ bytes: [UInt8], _ i: Int) -> (String?, Int) {
        var groups: [Int] = []
        var widths: [Int] = []
        var k = i
        while groups.count < 3 {
            let start = k
            var value = 0
            while k < bytes.count, isDigit(bytes[k]), k - start < 4 {
                value = value * 10 + Int(bytes[k] - 0x30)
                k += 1
            }
            guard k > start else { return (nil, k) }
            groups.append(value)
            widths.append(k - start)
            if groups.count < 3 {
                guard k < bytes.count, bytes[k] == 0x2F || bytes[k] == 0x2D else { return (nil, k) }
                k += 1
            }
        }
        var year: Int, month: Int, day: Int
        if widths[0] == 4 {
            (year, month, day) = (groups[0], groups[1], groups[2])
        } else {
            (month, day, year) = (groups[0], groups[1], groups[2])
            if widths[2] <= 2 { year += 2000 }
        }
        guard (1...12).contains(month), (1...31).contains(day), (1900...3999).contains(year) else { return (nil, k) }
        return (CableDate.iso(year: year, month: month, day: day), k)
    }
}
