import CableGraphCore

/// One cable ready to ingest: its metadata (for filters), where it was read, the hash of its bytes,
/// and its graph contribution (`Pipeline.fragment(for:)`).
public struct CableRecord: Sendable {
    public let metadata: CableMetadata
    public let path: String
    public let contentHash: String
    public let fragment: KnowledgeGraph
    /// The rows the fragment adds to the store, prepared here rather than on the writing thread.
    let rows: ContributionRows

    public init(metadata: CableMetadata, path: String, contentHash: String, fragment: KnowledgeGraph) {
        self.metadata = metadata
        self.path = path
        self.contentHash = contentHash
        self.fragment = fragment
        rows = ContributionRows(fragment, cableID: CableRecord.cableID(of: metadata))
    }

    /// The canonical id: a cable with the same id and other bytes replaces the one stored.
    public var cableID: String { CableRecord.cableID(of: metadata) }

    private static func cableID(of metadata: CableMetadata) -> String {
        metadata.canonicalID.isEmpty ? metadata.id : metadata.canonicalID
    }
}

/// What an ingest did.
public struct IngestSummary: Sendable, Hashable {
    public var added = 0
    /// Cables already stored with other bytes, whose old contribution was taken out.
    public var replaced = 0
    /// Cables already stored with the same bytes: nothing done.
    public var unchanged = 0
    /// Edges left out because an endpoint was not among the cable's own nodes.
    public var danglingEdges = 0

    public init() {}

    public static func + (a: IngestSummary, b: IngestSummary) -> IngestSummary {
        var out = a
        out.added += b.added
        out.replaced += b.replaced
        out.unchanged += b.unchanged
        out.danglingEdges += b.danglingEdges
        return out
    }
}
