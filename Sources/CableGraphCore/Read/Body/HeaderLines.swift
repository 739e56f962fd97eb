/// Recognizes the header lines that come before a cable's body: routing, TAGS, SUBJECT, REF,
/// Classified By, E.O. 12958, e-mail forward headers and raw record fields.
enum HeaderLines {
    enum Kind: Equatable {
        case routing, tags, subject, reference, classifiedBy, executiveOrder, marking, emailHeader, recordField
    }

    /// Prefixes (upper-cased comparison) and what they mean. Order matters: longer first.
    private static let prefixes: [(String, Kind)] = [
        ("TAGS", .tags), ("TAG:", .tags), ("SUBJECT", .subject), ("SUBJ:", .subject), ("SUBJ ", .subject),
        ("REFTEL", .reference), ("REFS", .reference), ("REF:", .reference), ("REF ", .reference), ("REF(S)", .reference),
        ("REF.", .reference), ("REFERENCE:", .reference), ("REFERENCES:", .reference),
        ("CLASSIFIED BY", .classifiedBy), ("CLASSIFIED  BY", .classifiedBy), ("REASON", .classifiedBy), ("DERIVED FROM", .classifiedBy),
        ("E.O.", .executiveOrder), ("EO 12958", .executiveOrder), ("E. O.", .executiveOrder), ("DECL:", .executiveOrder),
        ("VZCZC", .routing), ("ZNR ", .routing), ("ZNY ", .routing), ("ZZH", .routing), ("FM ", .routing), ("TO ", .routing),
        ("INFO ", .routing), ("DE RUE", .routing), ("BT", .routing), ("RUEH", .routing), ("RHMF", .routing), ("RHEH", .routing),
        ("PASS TO", .routing), ("DEPT FOR", .routing), ("DEPARTMENT FOR", .routing), ("STATE FOR", .routing),
        ("SIPDIS", .marking), ("SENSITIVE", .marking), ("NOFORN", .marking), ("EXDIS", .marking), ("LIMDIS", .marking), ("NODIS", .marking),
        ("C O N F I D E N T I A L", .marking), ("S E C R E T", .marking), ("UNCLAS ", .marking), ("UNCLASSIFIED", .marking),
        ("CONFIDENTIAL", .marking), ("SECRET", .marking), ("FOR OFFICIAL USE ONLY", .marking), ("LIMITED OFFICIAL USE", .marking),
        ("FROM:", .emailHeader), ("SENT:", .emailHeader), ("TO:", .emailHeader), ("CC:", .emailHeader),
        ("ID:", .recordField), ("DATE:", .recordField), ("REFID:", .recordField), ("ORIGIN:", .recordField),
        ("CLASSIFICATION:", .recordField), ("DESTINATION:", .recordField), ("HEADER:", .recordField),
    ]

    private static let table: [(bytes: [UInt8], kind: Kind)] = prefixes.map { (Array($0.0.utf8), $0.1) }

    static func kind(_ bytes: [UInt8], line: Range<Int>) -> Kind? {
        var i = line.lowerBound
        while i < line.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        if i + 1 < line.upperBound, bytes[i] == 0xC2, bytes[i + 1] == 0xB6 { return nil }
        let n = line.upperBound - i
        for (prefix, kind) in table where prefix.count <= n {
            var k = 0
            while k < prefix.count {
                var b = bytes[i + k]
                if isLower(b) { b -= 32 }
                if b != prefix[k] { break }
                k += 1
            }
            if k == prefix.count {
                // A bare word (`BT`, `SECRET`) must be the whole token, not the start of a longer one.
                let after = i + k
                if isAlpha(prefix[prefix.count - 1]), after < line.upperBound, isAlpha(bytes[after]) { continue }
                return kind
            }
        }
        return nil
    }

    static func isBlank(_ bytes: [UInt8], line: Range<Int>) -> Bool {
        bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
    }
}

/// Finds where the body of a cable begins: after the header block, at the first paragraph.
enum BodyLocator {
    static func bodyStart(_ bytes: [UInt8], lines: TextLines, from: Int) -> Int {
        guard from < lines.count else { return bytes.count }
        var first = from
        if let end = lastOccurrence(of: headerEnds, in: bytes) { first = max(from, lines.line(containing: end) + 1) }
        guard first < lines.count else { return bytes.count }
        var subjectLine: Int?
        for l in first..<min(lines.count, first + 200) where HeaderLines.kind(bytes, line: lines[l]) == .subject {
            subjectLine = l
            break
        }
        var firstLabel: Int?
        for l in (subjectLine ?? first)..<lines.count {
            if let label = ParagraphLabel.parse(bytes, line: lines[l]), label.isStrong, label.label != nil || label.marking != nil
                || bytes[lines[l]].containsSubsequence(ParagraphLabel.pilcrow) {
                if HeaderLines.kind(bytes, line: lines[l]) == nil { firstLabel = l; break }
            }
        }
        let limit = firstLabel ?? min(lines.count, first + 120)
        var lastHeader: Int?
        var lastKind: HeaderLines.Kind?
        var l = first
        while l < limit {
            if let kind = HeaderLines.kind(bytes, line: lines[l]) {
                lastHeader = l
                lastKind = kind
            }
            l += 1
        }
        guard var end = lastHeader else { return lines.starts[firstLabel ?? first] }
        // The header item runs on until a blank line (wrapped SUBJECT, REF lists, "(b) and (d)").
        while end + 1 < limit, !HeaderLines.isBlank(bytes, line: lines[end + 1]) { end += 1 }
        if lastKind == .reference {
            // REF lists can hold blank lines between lettered items: `B. STATE 1234`.
            var next = end + 1
            while next < limit {
                if HeaderLines.isBlank(bytes, line: lines[next]) { next += 1; continue }
                guard isReferenceItem(bytes, line: lines[next]) else { break }
                end = next
                while end + 1 < limit, !HeaderLines.isBlank(bytes, line: lines[end + 1]) { end += 1 }
                next = end + 1
            }
        }
        var start = end + 1
        while start < limit, HeaderLines.isBlank(bytes, line: lines[start]) { start += 1 }
        return start < lines.count ? lines.starts[start] : bytes.count
    }

    static let headerEnds = Array("header ends".utf8)

    /// Offset of the last occurrence of `needle` in the first 64 KiB (where header blocks are).
    static func lastOccurrence(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count, let first = needle.first else { return nil }
        var i = min(bytes.count, 65_536) - needle.count
        while i >= 0 {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// `B. STATE 1234`, `(C) 08 BEIJING 456`: a lettered item that cites something with a number.
    private static func isReferenceItem(_ bytes: [UInt8], line: Range<Int>) -> Bool {
        var i = line.lowerBound
        while i < line.upperBound, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
        guard i + 2 < line.upperBound else { return false }
        let lettered = (isUpper(bytes[i]) && (bytes[i + 1] == 0x2E || bytes[i + 1] == 0x29))
            || (bytes[i] == 0x28 && isUpper(bytes[i + 1]) && bytes[i + 2] == 0x29)
        return lettered && bytes[line].contains(where: isDigit) && bytes[line].prefix(60).filter(isLower).count < 12
    }
}
