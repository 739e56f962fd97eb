/// Reads the header facts of a cable: transmission header, TAGS, SUBJECT, REF, Classified By,
/// E.O. deadline, summary, signers.
enum MetadataParser {
    struct Output {
        var metadata: CableMetadata
        /// Byte offset where the body (the first paragraph) begins.
        var bodyStart: Int
    }

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
        metadata.canonicalID = CableID.canonical(metadata.id)
        let firstLine = site?.nextLine ?? 0
        let bodyStart = BodyLocator.bodyStart(utf8, lines: lines, from: firstLine)
        return Output(metadata: metadata, bodyStart: bodyStart)
    }
}
