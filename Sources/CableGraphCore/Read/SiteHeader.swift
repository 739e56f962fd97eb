/// The five lines the Cablegate site put before every cable: id, title, creation date,
/// classification and origin.
struct SiteHeader: Sendable {
    var id: String
    var title: String
    /// ISO 8601 date (`2009-02-27`).
    var date: String?
    var classification: String
    var origin: String
    /// Index of the first line after the site header.
    var nextLine: Int

    /// Reads the site header, or returns nil when line 1 is not a cable id or line 3 not a date.
    static func parse(_ utf8: [UInt8], lines: TextLines) -> SiteHeader? {
        guard lines.count >= 5 else { return nil }
        func line(_ i: Int) -> String {
            String(decoding: utf8[lines[i]], as: UTF8.self).trimmingSpaces()
        }
        let id = line(0)
        guard CableID.looksLikeCableID(id), let date = parseSiteDate(line(2)) else { return nil }
        return SiteHeader(id: id, title: line(1), date: date, classification: line(3), origin: line(4), nextLine: 5)
    }

    /// `Fri Feb 27 00:00:00 +0100 2009` -> `2009-02-27`.
    static func parseSiteDate(_ text: String) -> String? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, let month = CableDate.monthNumber(parts[1]), let day = Int(parts[2]),
              let year = Int(parts[5]), (1900...2100).contains(year), (1...31).contains(day) else { return nil }
        return CableDate.iso(year: year, month: month, day: day)
    }
}

/// Small date helpers shared by the header parsers.
enum CableDate {
    static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    static func monthNumber<S: StringProtocol>(_ name: S) -> Int? {
        let key = name.prefix(3).uppercased()
        return months.firstIndex(of: key).map { $0 + 1 }
    }

    static func iso(year: Int, month: Int, day: Int) -> String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension String {
    /// Trims spaces, tabs and line breaks at both ends.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
