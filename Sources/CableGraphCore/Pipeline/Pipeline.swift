/// Options that change what the pipeline produces.
public struct PipelineOptions: Sendable, Hashable {
    /// Add CO_OCCURS_WITH edges between entities named in the same sentence.
    public var cooccurrence: Bool
    /// Add the divisions and countries above every named place even when the cable does not name them
    /// (nodes without a mention). Off: a place is PART_OF the nearest place above it that the cable names.
    public var placeAncestors: Bool

    public init(cooccurrence: Bool = true, placeAncestors: Bool = false) {
        self.cooccurrence = cooccurrence
        self.placeAncestors = placeAncestors
    }
}

/// The whole pipeline for documents already read: extract -> resolve -> graph.
///
/// `fragment(for:)` is a pure function of one document, so cables can be processed in parallel
/// and the fragments merged in any order (`KnowledgeGraph.merge` is commutative).
public struct Pipeline: Sendable {
    public let options: PipelineOptions
    public let extractor: EntityExtractor
    public let resolver: EntityResolver

    public init(options: PipelineOptions = PipelineOptions(), gazetteer: Gazetteer = .standard) {
        self.options = options
        extractor = EntityExtractor(gazetteer: gazetteer)
        resolver = EntityResolver(gazetteer: gazetteer)
    }

    /// Everything the pipeline learns from one cable, stage by stage.
    public struct Analysis: Sendable {
        public let extraction: Extraction
        public let resolution: EntityResolver.Resolution
        public let relations: [RelationMention]
        public let graph: KnowledgeGraph
    }

    public func analyze(_ document: CableDocument) -> Analysis {
        (try? analyze(document, deadline: TimeLimit.none))!
    }

    /// `analyze` that gives up (throwing `TimeLimit.Exceeded`) once the deadline is past.
    public func analyze(_ document: CableDocument, deadline: TimeLimit) throws -> Analysis {
        let extraction = try extractor.extract(document, deadline: deadline)
        let resolution = try resolver.resolve(extraction, deadline: deadline)
        let relations = try RelationExtractor().relations(in: extraction, deadline: deadline)
        try deadline.check()
        let graph = fragmentGraph(document, extraction, resolution, relations)
        return Analysis(extraction: extraction, resolution: resolution, relations: relations, graph: graph)
    }

    /// The last stage: the fragment graph of what the earlier stages found.
    public func fragmentGraph(_ document: CableDocument, _ extraction: Extraction, _ resolution: EntityResolver.Resolution,
                              _ relations: [RelationMention]) -> KnowledgeGraph {
        var builder = FragmentBuilder(document: document, extraction: extraction, resolution: resolution,
                                      gazetteer: extractor.gazetteer, options: options)
        var graph = builder.build(relations: relations)
        graph.merge(documentFragment(for: document))
        return graph
    }

    /// The graph contribution of one cable.
    public func fragment(for document: CableDocument) -> KnowledgeGraph {
        analyze(document).graph
    }

    /// The graph contribution of one cable, or nil when it takes longer than `seconds`.
    public func fragment(for document: CableDocument, timeLimit seconds: Double?) -> KnowledgeGraph? {
        guard let seconds else { return fragment(for: document) }
        return try? analyze(document, deadline: TimeLimit(seconds: seconds)).graph
    }

    /// The cable itself and the cables it cites.
    func documentFragment(for document: CableDocument) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let cable = CableNodes.node(for: document.metadata)
        graph.add(cable)
        for reference in document.metadata.references where reference != document.id {
            let target = CableNodes.referencedNode(reference)
            graph.add(target)
            graph.add(GraphEdge(key: EdgeKey(source: cable.id, type: .references, target: target.id)))
        }
        return graph
    }

    /// The merged graph of several cables.
    public func graph(for documents: [CableDocument]) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for document in documents { graph.merge(fragment(for: document)) }
        return graph
    }
}

/// Cable nodes: one per cable read, and a thinner one per cable cited but not read.
public enum CableNodes {
    public static func id(_ canonicalID: String) -> String {
        NodeID.make(.cable, scope: nil, name: canonicalID)
    }

    public static func node(for metadata: CableMetadata) -> GraphNode {
        let canonical = metadata.canonicalID.isEmpty ? metadata.id : metadata.canonicalID
        var properties: [String: String] = ["read": "true"]
        if let date = metadata.date { properties["date"] = date }
        if let classification = metadata.classification { properties["classification"] = classification }
        if let origin = metadata.origin { properties["origin"] = origin }
        if !metadata.subject.isEmpty { properties["subject"] = metadata.subject }
        if !metadata.tags.isEmpty { properties["tags"] = metadata.tags.joined(separator: " ") }
        var node = GraphNode(id: id(canonical), type: .cable, label: canonical, cables: [canonical],
                             firstSeen: metadata.date, lastSeen: metadata.date, properties: properties)
        if metadata.id != canonical { node.aliases.insert(metadata.id) }
        return node
    }

    public static func referencedNode(_ canonicalID: String) -> GraphNode {
        GraphNode(id: id(canonicalID), type: .cable, label: canonicalID)
    }
}
