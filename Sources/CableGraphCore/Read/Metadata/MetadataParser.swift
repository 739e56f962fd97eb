/// Reads the header facts of a cable: transmission header, TAGS, SUBJECT, REF, Classified By,
/// E.O. deadline, summary, signers.
///
/// Works on a cleaned copy of the cable's head (`HeadText`): pilcrows and `\` continuations removed.
/// Raw record blocks (`id:` ... `----- header ends -----`) start the message fields after the block,
/// because the text before it is a cut-off preview. E-mail forward headers (`From:` / `Sent:` /
/// `To:` / `Subject:`) are passed over, their subject used only when the cable has no other.
enum MetadataParser {
    struct Output {
        var metadata: CableMetadata
        /// Byte offset where the body (the first paragraph) begins.
        var bodyStart: Int
    }

    /// Bytes of the head copied for the header parsers.
    static let headBytes = 8 * 1024

    static func parse(_ utf8: [UInt8], lines: TextLines, site: SiteHeader?, options: ReadOptions) -> Output {
        var metadata = CableMetadata()
        if let site {
            metadata.id = site.id
            metadata.title = site.title
            metadata.date = site.date
            metadata.classification = site.classification
            metadata.origin = site.origin
        }
        if let id = options.id { metadata.id = id }
        let firstLine = site?.nextLine ?? 0
        let head = HeadText(utf8, lines: lines, from: firstLine, maxBytes: headBytes)
        readFields(head, utf8, into: &metadata, options: options)
        if metadata.from == nil, let late = lateTransmissionHeader(utf8, lines: lines, after: head.firstSourceLine + head.lineCount) {
            // Partial extracts of several pages carry the transmission header further down.
            metadata.from = late.from
            if metadata.dtg == nil { metadata.dtg = late.dtg }
            if metadata.recipients.isEmpty { metadata.recipients = late.recipients }
            if metadata.info.isEmpty { metadata.info = late.info }
        }
        metadata.signers = Signers.find(utf8)
        let bodyStart = BodyLocator.bodyStart(utf8, lines: lines, from: firstLine)
        return Output(metadata: metadata, bodyStart: bodyStart)
    }

    /// Fills every header field that `head` holds.
    static func readFields(_ head: HeadText, _ utf8: [UInt8], into metadata: inout CableMetadata, options: ReadOptions) {
        var summaryFrom = 0
        var summaryText = 0
        defer { metadata.summary = Summary.find(utf8, from: summaryFrom, textFrom: summaryText) }
        let layout = Layout(head)
        let tx = TransmissionHeader.parse(head)
        metadata.transmissionID = tx.transmissionID
        metadata.dtg = tx.dtg
        metadata.from = tx.from
        metadata.recipients = tx.recipients
        metadata.info = tx.info
        metadata.partial = layout.partial
        metadata.canonicalID = CableID.canonical(metadata.id, serialHint: tx.serial, stationHint: stationOf(tx.from))

        let from = layout.fieldsStart
        let limit = layout.firstParagraph
        var headerEnd = from
        // The message fields follow the address block; search there first, then before it
        // (a telegram form may put TAGS or SUBJECT ahead of the transmission header).
        let content = max(from, min(limit, tx.endLine.map { $0 < head.lineCount ? head.starts[$0] : head.count } ?? from))
        let copies = layout.repeatedHeader ? 3 : 1
        let tags = Tags.find(head, from: content, to: limit, copies: copies) ?? (content > from ? Tags.find(head, from: from, to: content, copies: copies) : nil)
        if let tags {
            metadata.tags = tags.tags
            headerEnd = max(headerEnd, tags.end)
        }
        let anchor = max(from, min(limit, tags?.start ?? content))
        let subject = Subject.find(head, from: anchor, to: limit, skipping: layout.emailBlocks)
            ?? (anchor > from ? Subject.find(head, from: from, to: anchor, skipping: layout.emailBlocks) : nil)
        if let subject {
            metadata.subject = subject.text
            headerEnd = max(headerEnd, subject.end)
        } else if let line = layout.emailSubjectLine, let text = Subject.fromEmailHeader(head, line: line) {
            metadata.subject = text
        }
        let year = options.year ?? metadata.date.flatMap { Int($0.prefix(4)) } ?? yearOf(metadata.id)
        let ownID = CableID.looksLikeCableID(metadata.id) ? metadata.canonicalID : nil
        if let refs = References.parse(head, from: subject?.labelStart ?? anchor, to: limit, year: year, ownID: ownID, copies: copies) {
            metadata.references = refs.ids
            metadata.referencesTyped = refs.typed
            headerEnd = max(headerEnd, refs.end)
        }
        let classified = ClassifiedBy.find(head, from: anchor, to: layout.thirdParagraph)
            ?? (anchor > from ? ClassifiedBy.find(head, from: from, to: anchor) : nil)
        if let classified {
            metadata.classifiedBy = classified.names
            if classified.start < limit { headerEnd = max(headerEnd, classified.end) }
        }
        let declFrom = max(from, anchor - 600)
        let deadline = Deadline.find(head, from: declFrom, to: min(head.count, limit + 200))
            ?? (declFrom > from ? Deadline.find(head, from: from, to: declFrom) : nil)
        if let deadline {
            metadata.nondisclosureDeadline = deadline.date
            headerEnd = max(headerEnd, deadline.end)
        }
        // From the start of the line where the header ends: a summary may follow on that line.
        let endLine = head.lineIndex(containing: min(headerEnd, max(0, head.count - 1)))
        summaryFrom = head.sourceOffset(of: head.starts.isEmpty ? headerEnd : head.starts[endLine], in: utf8)
        summaryText = head.sourceOffset(of: headerEnd, in: utf8)
    }

    /// A transmission header after the head: an `FM` line followed by `TO` or `INFO`, found by
    /// looking at line starts only.
    static func lateTransmissionHeader(_ utf8: [UInt8], lines: TextLines, after first: Int) -> TransmissionHeader? {
        var l = first
        let last = min(lines.count - 1, first + 1500)
        while l < last {
            let s = lines.starts[l]
            if lines.ends[l] - s > 3, utf8[s] == 0x46, utf8[s + 1] == 0x4D, utf8[s + 2] == 0x20 {
                let n = lines.starts[l + 1]
                if lines.ends[l + 1] - n >= 3, utf8[n] == 0x54 && utf8[n + 1] == 0x4F || ByteText.matches(utf8, at: n, "INFO", end: lines.ends[l + 1]) {
                    let head = HeadText(utf8, lines: lines, from: max(first, l - 1), maxBytes: 4096)
                    let tx = TransmissionHeader.parse(head)
                    return tx.from == nil ? nil : tx
                }
            }
            l += 1
        }
        return nil
    }

    /// `AMEMBASSY BISHKEK` -> `BISHKEK`.
    static func stationOf(_ from: String?) -> String? {
        guard let from else { return nil }
        return Stations.canonical(Stations.compact(Array(from.utf8)))
    }

    /// `09BEIJING509` -> 2009, `75TEHRAN2069` -> 1975.
    static func yearOf(_ id: String) -> Int? {
        let digits = id.prefix(2)
        guard digits.count == 2, let yy = Int(digits) else { return nil }
        return yy < 50 ? 2000 + yy : 1900 + yy
    }

    /// Landmarks of the head.
    struct Layout {
        /// Where the message fields start: after a raw record block, else at the head's start.
        var fieldsStart = 0
        /// Start of the first numbered paragraph after `fieldsStart` (TAGS and SUBJECT come before it).
        var firstParagraph: Int
        /// Start of the second numbered paragraph.
        var secondParagraph: Int
        /// Start of the third numbered paragraph ("Classified By" may sit in the first or second).
        var thirdParagraph: Int
        /// E-mail forward headers.
        var emailBlocks: [Range<Int>] = []
        var emailSubjectLine: Int?
        var partial = false
        /// The head holds a header twice (a cut-off preview and the full copy): field parsers
        /// compare the copies instead of taking the first.
        var repeatedHeader = false

        init(_ head: HeadText) {
            var tagLines = 0, subjectLines = 0, cutLines = 0
            let bytes = head.bytes
            var firstLineOfFields = 0
            let scan = min(head.lineCount, 400)
            var l = 0
            while l < scan {
                let s = head.firstNonSpace(l)
                let e = head.ends[l]
                if e - s >= 11, bytes[s] == 0x2D || bytes[s] == 0x3D, ByteText.find(bytes, "HEADER ENDS", from: s, to: e) != nil {
                    firstLineOfFields = l + 1
                } else if ByteText.matches(bytes, at: s, "TAGS", end: e) {
                    tagLines += 1
                } else if ByteText.matches(bytes, at: s, "SUBJECT", end: e) {
                    subjectLines += 1
                } else if !partial, ByteText.matches(bytes, at: s, "THIS RECORD IS A PARTIAL EXTRACT", end: e) {
                    partial = true
                } else if ByteText.matches(bytes, at: s, "FROM:", end: e) || ByteText.matches(bytes, at: s, "SENT:", end: e) {
                    // A forward header: `From:` then `Sent:` within a few lines, ending with `Subject:`
                    // (sometimes the `From:` line is lost).
                    var k = l + 1
                    var sawSent = ByteText.matches(bytes, at: s, "SENT:", end: e)
                    while k < min(scan, l + 8) {
                        if head.lineStarts(k, with: "SENT:") { sawSent = true }
                        if sawSent, head.lineStarts(k, with: "SUBJECT:") {
                            var end = k + 1
                            while end < head.lineCount, !head.isBlank(end), end - k < 4 { end += 1 }
                            emailBlocks.append(head.starts[l]..<head.ends[end - 1])
                            if emailSubjectLine == nil { emailSubjectLine = k }
                            break
                        }
                        k += 1
                    }
                }
                // A line cut off with `...`: a preview of the header, repeated in full further on.
                if e - s >= 3, bytes[e - 1] == 0x2E || bytes[e - 1] == 0x20, ByteText.find(bytes, "...", from: max(s, e - 5), to: e) != nil {
                    cutLines += 1
                }
                l += 1
            }
            repeatedHeader = tagLines > 1 || subjectLines > 1 || cutLines > 0
            fieldsStart = firstLineOfFields < head.lineCount ? head.starts[firstLineOfFields] : head.count
            // Paragraph starts: `1.`, `1.(C)`, `¶1.` (the pilcrow is gone from the head).
            var paragraphs: [Int] = []
            l = firstLineOfFields
            while l < head.lineCount, paragraphs.count < 3 {
                let s = head.firstNonSpace(l)
                let e = head.ends[l]
                if s < e, isDigit(bytes[s]) {
                    var j = s
                    while j < e, isDigit(bytes[j]) { j += 1 }
                    if j - s <= 2, j < e, bytes[j] == 0x2E || bytes[j] == 0x29, j + 1 == e || bytes[j + 1] == 0x20 || bytes[j + 1] == 0x28,
                       !Self.isDateLine(bytes, s, e) {
                        paragraphs.append(s)
                    }
                }
                l += 1
            }
            let cap = min(head.count, fieldsStart + 12000)
            firstParagraph = min(paragraphs.first ?? cap, cap)
            secondParagraph = min(paragraphs.count > 1 ? paragraphs[1] : cap, cap)
            if secondParagraph < firstParagraph { secondParagraph = firstParagraph }
            thirdParagraph = max(secondParagraph, min(paragraphs.count > 2 ? paragraphs[2] : cap, cap))
        }

        /// `6. 2005` and similar are not paragraphs.
        static func isDateLine(_ bytes: [UInt8], _ s: Int, _ e: Int) -> Bool {
            var j = s
            while j < e, isDigit(bytes[j]) { j += 1 }
            j += 1
            j = ByteText.skipSpaces(bytes, j, e)
            var d = j
            while d < e, isDigit(bytes[d]) { d += 1 }
            return d - j >= 4
        }
    }
}
