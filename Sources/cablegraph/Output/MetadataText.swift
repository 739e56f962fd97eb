import CableGraphCore

/// The human-readable form of `cablegraph parse`.
enum MetadataText {
    static func render(_ document: CableDocument) -> String {
        let m = document.metadata
        var lines: [String] = []
        func add(_ name: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(name.padding(toLength: 16, withPad: " ", startingAt: 0) + value)
        }
        add("Cable", m.canonicalID == m.id ? m.id : "\(m.id) (canonical \(m.canonicalID))")
        add("Date", m.date)
        add("Classification", m.classification)
        add("Origin", m.origin)
        add("Subject", m.subject)
        add("Tags", m.tags.joined(separator: " "))
        add("References", m.references.joined(separator: ", "))
        add("From", m.from)
        add("To", m.recipients.map(\.name).joined(separator: "; "))
        add("Classified by", m.classifiedBy.joined(separator: "; "))
        add("Declassify", m.nondisclosureDeadline)
        add("Signers", m.signers.joined(separator: ", "))
        add("Structure", "\(document.sections.count) sections, \(document.paragraphs.count) paragraphs, \(document.sentences.count) sentences")
        if let summary = m.summary, !summary.isEmpty {
            lines.append("Summary")
            lines.append("  " + summary.replacingOccurrences(of: "\n", with: "\n  "))
        }
        return lines.joined(separator: "\n")
    }
}
