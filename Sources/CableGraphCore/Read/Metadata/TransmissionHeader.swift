/// The telegram's transmission header: `VZCZC` id, `DE` line, precedence and date-time group,
/// `FM` sender and the `TO` / `INFO` address blocks.
///
///     VZCZCXRO4290
///     OO RUEHCN RUEHGH RUEHVC
///     DE RUEHBJ #0509/01 0580738
///     ZNR UUUUU ZZH
///     O 270738Z FEB 09
///     FM AMEMBASSY BEIJING
///     TO RUEHC/SECSTATE WASHDC IMMEDIATE 2546
///     INFO RUEHOO/CHINA POSTS COLLECTIVEUNCLAS SECTION 01 OF 06 BEIJING 000509
struct TransmissionHeader {
    var transmissionID: String?
    var dtg: String?
    var from: String?
    var recipients: [Recipient] = []
    var info: [Recipient] = []
    /// Serial of the `DE RUEHBJ #0509/01` line (`0509`).
    var serial: String?
    /// Head line after the address block.
    var endLine: Int?

    static let maxLines = 700

    static func parse(_ head: HeadText) -> TransmissionHeader {
        var t = TransmissionHeader()
        let bytes = head.bytes
        t.transmissionID = transmissionID(bytes, limit: min(bytes.count, 24 * 1024))
        let scan = min(head.lineCount, maxLines)
        var firstLabel = scan
        var fmLine: Int?
        var emailFrom: String?
        var l = 0
        while l < scan {
            if firstLabel == scan, isContentLabel(head, l) { firstLabel = l }
            if t.dtg == nil, let d = dtg(head, l) { t.dtg = d }
            if t.serial == nil, head.lineStarts(l, with: deWord) { t.serial = deSerial(head, l) }
            if fmLine == nil, head.lineStarts(l, with: fmWord), isSenderLine(head, l) {
                let rest = ByteText.trim(bytes, (head.firstNonSpace(l) + 3)..<head.ends[l])
                if !rest.isEmpty {
                    t.from = ByteText.string(ByteText.collapse(bytes[rest]))
                    fmLine = l
                    break
                }
            }
            if emailFrom == nil, head.lineStarts(l, with: emailFromWord) {
                emailFrom = postFromEmail(head, l)
            }
            l += 1
        }
        if t.from == nil { t.from = emailFrom }
        // The address block starts with TO right after FM (or, in a fragment, before any content label).
        var toLine: Int?
        if let fm = fmLine {
            var k = fm + 1
            while k < min(scan, fm + 4) {
                if isToLine(head, k) { toLine = k; break }
                if head.lineStarts(k, with: infoWord) {
                    // No TO line: the INFO block follows FM directly.
                    if let parsed = addressBlock(head, from: k, startsWithInfo: true) {
                        t.info = parsed.info
                        t.endLine = parsed.end
                    }
                    break
                }
                if !head.isBlank(k), !isPageHeader(head, head.trimmed(k)) { break }
                k += 1
            }
        } else {
            var k = 0
            while k < min(scan, firstLabel) {
                if isToLine(head, k) { toLine = k; break }
                k += 1
            }
            if toLine == nil {
                // A fragment that starts with the INFO block.
                k = 0
                while k < min(scan, firstLabel, 12) {
                    if head.lineStarts(k, with: infoWord) || head.lineStarts(k, with: infoRouteStart) {
                        if let parsed = addressBlock(head, from: k, startsWithInfo: true) {
                            t.info = parsed.info
                            t.endLine = parsed.end
                        }
                        break
                    }
                    if !head.isBlank(k) && dtg(head, k) == nil && !head.lineStarts(k, with: fmWord) { break }
                    k += 1
                }
            }
        }
        if let start = toLine, let parsed = addressBlock(head, from: start, startsWithInfo: false) {
            t.recipients = parsed.to
            t.info = parsed.info
            t.endLine = parsed.end
        }
        return t
    }

    // MARK: - Pieces

    private static let deWord: StaticString = "DE R"
    private static let fmWord: StaticString = "FM "
    private static let emailFromWord: StaticString = "FROM:"
    private static let infoWord: StaticString = "INFO "
    private static let infoRouteStart: StaticString = "INFOR"
    private static let toWord: StaticString = "TO "
    private static let xmtWord: StaticString = "XMT"

    /// `VZCZCXRO4290`: `VZCZ`, letters, digits.
    static func transmissionID(_ bytes: [UInt8], limit: Int) -> String? {
        guard let start = ByteText.find(bytes, "VZCZ", from: 0, to: limit) else { return nil }
        var i = start + 4
        while i < bytes.count, isUpper(bytes[i]) { i += 1 }
        let digitsStart = i
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        guard i > digitsStart else { return nil }
        return ByteText.string(bytes[start..<i])
    }

    /// `O 270738Z FEB 09`, `O P 190243Z DEC 89`, `301931Z OCT 09`: returns `270738Z FEB 09`.
    static func dtg(_ head: HeadText, _ l: Int) -> String? {
        let bytes = head.bytes
        let end = head.ends[l]
        var i = head.firstNonSpace(l)
        var letters = 0
        while letters < 3, i + 1 < end, isUpper(bytes[i]), bytes[i + 1] == 0x20 {
            i = ByteText.skipSpaces(bytes, i + 1, end)
            letters += 1
        }
        let start = i
        guard i + 7 <= end else { return nil }
        for k in 0..<6 where !isDigit(bytes[i + k]) { return nil }
        guard bytes[i + 6] == 0x5A else { return nil }
        i += 7
        guard i < end, bytes[i] == 0x20 else { return nil }
        i = ByteText.skipSpaces(bytes, i, end)
        guard i + 3 <= end, isAlpha(bytes[i]), isAlpha(bytes[i + 1]), isAlpha(bytes[i + 2]),
              CableDate.monthNumber(ByteText.string(bytes[i..<(i + 3)])) != nil else { return nil }
        let month = i
        i += 3
        guard i < end, bytes[i] == 0x20 else { return nil }
        i = ByteText.skipSpaces(bytes, i, end)
        let yearStart = i
        while i < end, isDigit(bytes[i]) { i += 1 }
        guard i - yearStart == 2 || i - yearStart == 4 else { return nil }
        guard i == end || !isAlnum(bytes[i]) else { return nil }
        let day = ByteText.string(bytes[start..<(start + 7)])
        return "\(day) \(ByteText.upperString(bytes[month..<(month + 3)])) \(ByteText.string(bytes[yearStart..<i]))"
    }

    /// `DE RUEHBJ #0509/01 0580738` -> `0509`.
    static func deSerial(_ head: HeadText, _ l: Int) -> String? {
        let bytes = head.bytes
        guard let hash = ByteText.find(bytes, [0x23], from: head.starts[l], to: head.ends[l]) else { return nil }
        var i = hash + 1
        while i < head.ends[l], isDigit(bytes[i]) { i += 1 }
        return i > hash + 1 ? ByteText.string(bytes[(hash + 1)..<i]) : nil
    }

    /// An `FM` line of a transmission header (not `FM de Hoop Scheffer ...` in the text): a
    /// date-time group before it, or a TO / INFO line right after it.
    private static func isSenderLine(_ head: HeadText, _ l: Int) -> Bool {
        if l > 0, dtg(head, l - 1) != nil { return true }
        var k = l + 1
        while k < min(head.lineCount, l + 3) {
            if isToLine(head, k) || head.lineStarts(k, with: infoWord) { return true }
            if !head.isBlank(k) { return false }
            k += 1
        }
        return false
    }

    /// `From: AMCONSUL TIJUANA` (a forward header naming the post), or nil.
    private static func postFromEmail(_ head: HeadText, _ l: Int) -> String? {
        let bytes = head.bytes
        var range = ByteText.trim(bytes, (head.firstNonSpace(l) + 5)..<head.ends[l])
        if let paren = ByteText.find(bytes, [0x28], from: range.lowerBound, to: range.upperBound) {
            range = ByteText.trim(bytes, range.lowerBound..<paren)
        }
        let value = bytes[range]
        guard !value.isEmpty, !value.contains(where: isLower) else { return nil }
        let posts = ["AMEMBASSY", "AMCONSUL", "SECSTATE", "USMISSION", "USUN", "USEU", "AIT", "USINT", "USNATO", "USOSCE"]
        guard posts.contains(where: { ByteText.matches(bytes, at: range.lowerBound, Array($0.utf8), end: range.upperBound) }) else { return nil }
        return ByteText.string(ByteText.collapse(value))
    }

    private static func isToLine(_ head: HeadText, _ l: Int) -> Bool {
        let bytes = head.bytes
        let s = head.firstNonSpace(l)
        let end = head.ends[l]
        guard s + 2 < end, bytes[s] == 0x54, bytes[s + 1] == 0x4F else { return false }
        if bytes[s + 2] == 0x20 { return ByteText.skipSpaces(bytes, s + 2, end) < end }
        // `TORUEHC/SECSTATE WASHDC` (the space lost).
        return routeLength(bytes, s + 2, end) != nil
    }

    /// Length of a routing indicator `RUEHC/` at `i` (without the slash), or nil.
    static func routeLength(_ bytes: [UInt8], _ i: Int, _ end: Int) -> Int? {
        var j = i
        while j < end, isUpper(bytes[j]) { j += 1 }
        guard j - i >= 4, j - i <= 8, j < end, bytes[j] == 0x2F, bytes[i] == 0x52 else { return nil }
        return j - i
    }

    /// A TAGS / SUBJECT / E.O. line: the message text has begun.
    static func isContentLabel(_ head: HeadText, _ l: Int) -> Bool {
        for label in contentLabels where head.lineStarts(l, with: label) { return true }
        return false
    }

    private static let contentLabels: [StaticString] = ["TAGS", "SUBJECT:", "SUBJ:", "E.O. 1", "E.O.1", "EO 1", "E.O 1"]

    static func isPageHeader(_ head: HeadText, _ range: Range<Int>) -> Bool {
        let bytes = head.bytes
        guard ByteText.matches(bytes, at: range.lowerBound, "PAGE ", end: range.upperBound) else { return false }
        let i = ByteText.skipSpaces(bytes, range.lowerBound + 5, range.upperBound)
        return i < range.upperBound && isDigit(bytes[i])
    }

    // MARK: - Address block

    private struct Block {
        var to: [Recipient] = []
        var info: [Recipient] = []
        var end: Int
    }

    private static func addressBlock(_ head: HeadText, from start: Int, startsWithInfo: Bool) -> Block? {
        let bytes = head.bytes
        var block = Block(end: start)
        var inInfo = startsWithInfo
        var inExclusion = false
        var l = start
        let last = min(head.lineCount, start + 600)
        while l < last {
            var range = head.trimmed(l)
            if l == start {
                range = (range.lowerBound + (startsWithInfo ? 4 : 2))..<range.upperBound
            } else {
                if range.isEmpty { break }
                if ByteText.matches(bytes, at: range.lowerBound, infoWord, end: range.upperBound)
                    || ByteText.matches(bytes, at: range.lowerBound, infoRouteStart, end: range.upperBound) && routeLength(bytes, range.lowerBound + 4, range.upperBound) != nil {
                    if inInfo && !block.info.isEmpty { break }
                    inInfo = true
                    inExclusion = false
                    range = (range.lowerBound + 4)..<range.upperBound
                } else if routeLength(bytes, range.lowerBound, range.upperBound) == nil, endsAddressBlock(head, l, range) {
                    break
                }
            }
            range = ByteText.trim(bytes, range)
            var finished = false
            if let cut = classificationMarker(bytes, range) {
                range = ByteText.trim(bytes, range.lowerBound..<cut)
                finished = true
            }
            if !range.isEmpty, !isPageHeader(head, range) {
                if inInfo {
                    addAddress(bytes, range, into: &block.info, inExclusion: &inExclusion)
                } else {
                    addAddress(bytes, range, into: &block.to, inExclusion: &inExclusion)
                }
            }
            l += 1
            if finished { break }
        }
        block.end = l
        return block
    }

    private static func endsAddressBlock(_ head: HeadText, _ l: Int, _ range: Range<Int>) -> Bool {
        let bytes = head.bytes
        // Addresses are upper-case names (`AMEMBASSY LONDON`, `XMT ...`); a record block, a date or
        // a sentence is not one (`>`, `9/16/2009 9:24`, `Embassy Nairobi`).
        if bytes[range].contains(where: isLower) { return true }
        if !isUpper(bytes[range.lowerBound]) {
            // Unit designators start with digits (`39ABG INCIRLIK AB TU`); serials, dates and id lists do not qualify.
            var k = range.lowerBound
            while k < range.upperBound, isDigit(bytes[k]) { k += 1 }
            guard k > range.lowerBound, k < range.upperBound, isUpper(bytes[k]) else { return true }
            while k < range.upperBound, isUpper(bytes[k]) { k += 1 }
            if k < range.upperBound, isDigit(bytes[k]) { return true }
        }
        if classificationMarker(bytes, range) == range.lowerBound { return true }
        for stop in blockStops where ByteText.matches(bytes, at: range.lowerBound, stop, end: range.upperBound) { return true }
        if isContentLabel(head, l) || dtg(head, l) != nil { return true }
        if bytes[range].count == 2, ByteText.matches(bytes, at: range.lowerBound, "BT", end: range.upperBound) { return true }
        return false
    }

    private static let blockStops: [StaticString] = ["FM ", "SIPDIS", "CABLE DATED", "NNNN", "CLASSIFIED BY", "FROM:", "SENSITIVE",
                                                "REF:", "DE RUE", "ZNR ", "ZNY ", "VZCZC", "E F T O", "FOR OFFICIAL USE",
                                                "LIMITED OFFICIAL", "NOFORN", "EXDIS", "NODIS", "THIS RECORD"]

    /// Offset of a classification line that the release glued onto an address line
    /// (`CHINA POSTS COLLECTIVEUNCLAS SECTION 01 OF 06`), or nil.
    static func classificationMarker(_ bytes: [UInt8], _ range: Range<Int>) -> Int? {
        let end = range.upperBound
        var i = range.lowerBound
        while i < end {
            let b = bytes[i]
            switch b {
            case 0x55: // U
                if ByteText.matches(bytes, at: i, "U N C L A S", end: end) { return i }
                if ByteText.matches(bytes, at: i, "UNCLAS", end: end) {
                    let after = i + 6
                    if after >= end || !isAlpha(bytes[after]) || ByteText.matches(bytes, at: after, "SIFIED", end: end) { return i }
                }
            case 0x43: // C
                if ByteText.matches(bytes, at: i, "C O N F I D", end: end) { return i }
                if ByteText.matches(bytes, at: i, "CONFIDENTIAL", end: end), i + 12 >= end || !isAlpha(bytes[i + 12]) { return i }
            case 0x53: // S (not `SECRETARY`)
                if ByteText.matches(bytes, at: i, "S E C R E T", end: end) { return i }
                if ByteText.matches(bytes, at: i, "SECRET", end: end), i + 6 >= end || !isAlpha(bytes[i + 6]) { return i }
            case 0x4C: // L
                if ByteText.matches(bytes, at: i, "LIMITED OFFICIAL USE", end: end) { return i }
            case 0x45: // E
                if ByteText.matches(bytes, at: i, "E F T O", end: end) { return i }
            default:
                break
            }
            i += 1
        }
        return nil
    }

    /// The last word of `bytes[range]` (range already trimmed).
    private static func lastWord(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var k = range.upperBound
        while k > range.lowerBound, bytes[k - 1] != 0x20 { k -= 1 }
        return k..<range.upperBound
    }

    /// One address line: `[XMT] [ROUTE/]NAME [PRECEDENCE] [MCN]`.
    private static func addAddress(_ bytes: [UInt8], _ range: Range<Int>, into list: inout [Recipient], inExclusion: inout Bool) {
        var i = range.lowerBound
        let end = range.upperBound
        var excluded = false
        if ByteText.matches(bytes, at: i, xmtWord, end: end), i + 3 == end || bytes[i + 3] == 0x20 || bytes[i + 3] == 0x2F {
            excluded = true
            i += 3
            while i < end, bytes[i] == 0x20 || bytes[i] == 0x2F { i += 1 }
        }
        var route: String?
        if let n = routeLength(bytes, i, end) {
            route = ByteText.string(bytes[i..<(i + n)])
            i += n + 1
        }
        var rest = ByteText.trim(bytes, i..<end)
        var mcn: String?
        let last = lastWord(bytes, rest)
        if last.lowerBound > rest.lowerBound, (3...6).contains(last.count), bytes[last].allSatisfy(isDigit) {
            mcn = ByteText.string(bytes[last])
            rest = ByteText.trim(bytes, rest.lowerBound..<last.lowerBound)
        }
        var precedence: String?
        let p = lastWord(bytes, rest)
        if p.lowerBound > rest.lowerBound {
            let s = p.lowerBound, e = p.upperBound
            if ByteText.matches(bytes, at: s, "IMMEDIATE", end: e), e - s == 9 {
                precedence = "IMMEDIATE"
                rest = ByteText.trim(bytes, rest.lowerBound..<s)
                let niact = lastWord(bytes, rest)
                if niact.lowerBound > rest.lowerBound, niact.count == 5, ByteText.matches(bytes, at: niact.lowerBound, "NIACT", end: niact.upperBound) {
                    precedence = "NIACT IMMEDIATE"
                    rest = ByteText.trim(bytes, rest.lowerBound..<niact.lowerBound)
                }
            } else if e - s == 8, ByteText.matches(bytes, at: s, "PRIORITY", end: e) {
                precedence = "PRIORITY"
            } else if e - s == 7, ByteText.matches(bytes, at: s, "ROUTINE", end: e) {
                precedence = "ROUTINE"
            } else if e - s == 5, ByteText.matches(bytes, at: s, "FLASH", end: e) {
                precedence = "FLASH"
            }
            if precedence != nil, precedence != "IMMEDIATE" && precedence != "NIACT IMMEDIATE" { rest = ByteText.trim(bytes, rest.lowerBound..<s) }
        }
        guard !rest.isEmpty else { return }
        let name = ByteText.string(ByteText.collapse(bytes[rest]))
        if excluded || (inExclusion && route == nil) {
            inExclusion = true
            guard !list.isEmpty else { return }
            if !list[list.count - 1].excluded.contains(name) { list[list.count - 1].excluded.append(name) }
            return
        }
        inExclusion = false
        list.append(Recipient(route: route, name: name, precedence: precedence, mcn: mcn))
    }
}
