/// Stage 4 of the pipeline: one cable's resolved entities and relations as a graph fragment,
/// every edge with the sentences it was read from.
struct FragmentBuilder {
    let document: CableDocument
    let extraction: Extraction
    let resolution: EntityResolver.Resolution
    let gazetteer: Gazetteer
    let options: PipelineOptions
    let evidence: EvidenceLocator
    var graph = KnowledgeGraph()
    let cableID: String
    let date: String?
    /// Gazetteer keys of the places and bodies the cable names.
    let namedKeys: Set<String>

    init(document: CableDocument, extraction: Extraction, resolution: EntityResolver.Resolution, gazetteer: Gazetteer,
         options: PipelineOptions) {
        self.document = document
        self.extraction = extraction
        self.resolution = resolution
        self.gazetteer = gazetteer
        self.options = options
        evidence = EvidenceLocator(document)
        cableID = CableNodes.id(document.id)
        date = document.metadata.date
        namedKeys = Set(resolution.entities.lazy.filter { $0.mentionCount > 0 }.compactMap(\.key))
    }

    static let maxCooccurring = 40

    mutating func build(relations: [RelationMention]) -> KnowledgeGraph {
        addEntities()
        addPlaceHierarchy()
        addLocations()
        addJurisdictions()
        for relation in extraction.relations + relations { add(relation) }
        if options.cooccurrence { addCooccurrence() }
        return graph
    }

    // MARK: - Nodes and MENTIONS

    private mutating func addEntities() {
        for entity in resolution.entities {
            var node = GraphNode(id: entity.id, type: entity.type, label: entity.label, aliases: entity.aliases,
                                 country: countryCode(of: entity), mentionCount: entity.mentionCount,
                                 cables: entity.mentionCount > 0 ? [document.id] : [], firstSeen: date, lastSeen: date,
                                 properties: entity.properties)
            node.labelVotes = entity.labelVotes.isEmpty ? [entity.label: 0] : entity.labelVotes
            if let key = entity.key { node.properties["gazetteer"] = key }
            graph.add(node)
            guard entity.mentionCount > 0, let first = entity.mentions.first else { continue }
            var paragraphs: [String] = []
            for m in entity.mentions {
                if let label = evidence.paragraphLabel(ofSentence: extraction.mentions[m].sentence), !paragraphs.contains(label) {
                    paragraphs.append(label)
                }
            }
            var properties: [String: String] = [:]
            if !paragraphs.isEmpty { properties["paragraphs"] = paragraphs.joined(separator: ";") }
            graph.add(GraphEdge(key: EdgeKey(source: cableID, type: .mentions, target: entity.id), weight: entity.mentionCount,
                                confidence: 1, evidence: [evidence.evidence(sentence: extraction.mentions[first].sentence)],
                                properties: properties))
        }
    }

    private func countryCode(of entity: ResolvedEntity) -> String? {
        if entity.type == .country, let key = entity.key { return String(key.dropFirst("country:".count)) }
        return entity.scope
    }

    /// A node for an entity no mention named (a province's country, an implicit law).
    private mutating func ensureNode(_ identity: EntityIdentity) {
        guard graph.node(identity.id) == nil else { return }
        // Not seen in this cable: no cables, no dates.
        var node = GraphNode(id: identity.id, type: identity.type, label: identity.label, country: identity.scope)
        node.labelVotes = [identity.label: 0]
        if let key = identity.key { node.properties["gazetteer"] = key }
        if identity.type == .country, let key = identity.key { node.country = String(key.dropFirst("country:".count)) }
        graph.add(node)
    }

    private func identity(ofKey key: String) -> EntityIdentity? {
        guard let target = gazetteer.byKey[key] else { return nil }
        return EntityIdentity(id: EntityResolver.id(forKey: key, type: target.type), type: target.type, label: target.name,
                              scope: target.scope == "INT" ? nil : target.scope, key: key)
    }

    // MARK: - Structural edges

    /// Divisions are PART_OF their country, cities PART_OF their division: facts the gazetteer knows.
    private mutating func addPlaceHierarchy() {
        if options.placeAncestors { addAllPlaceAncestors() } else { addNamedPlaceAncestors() }
        // Places the text itself puts in a division: `from Liangshan, Sichuan Province`.
        for (n, m) in extraction.mentions.enumerated() {
            guard let parentKey = m.attributes["parent"], let parent = identity(ofKey: parentKey) else { continue }
            let child = resolution.entities[resolution.entityOfMention[n]]
            ensureNode(parent)
            graph.add(GraphEdge(key: EdgeKey(source: child.id, type: .partOf, target: parent.id), confidence: 0.8,
                                evidence: [evidence.evidence(sentence: m.sentence)], properties: ["rule": m.rule]))
        }
    }

    /// Each place the cable names is PART_OF the nearest place above it that the cable also names
    /// (`Dongguan` in `Guangdong`; `Doha` in `Qatar` only when Qatar is named): no node without a mention.
    private mutating func addNamedPlaceAncestors() {
        for key in namedKeys.sorted() {
            var parentKey = gazetteer.byKey[key]?.parent
            while let p = parentKey, !namedKeys.contains(p) { parentKey = gazetteer.byKey[p]?.parent }
            guard let p = parentKey, let child = identity(ofKey: key), let parent = identity(ofKey: p) else { continue }
            graph.add(GraphEdge(key: EdgeKey(source: child.id, type: .partOf, target: parent.id), confidence: 1,
                                properties: ["rule": "gazetteer"]))
        }
    }

    /// Every place's chain of divisions up to its country, named or not (`PipelineOptions.placeAncestors`).
    private mutating func addAllPlaceAncestors() {
        var pending = resolution.entities.compactMap { $0.key }
        var done = Set<String>()
        while let key = pending.popLast() {
            guard done.insert(key).inserted, let target = gazetteer.byKey[key], let parentKey = target.parent,
                  let child = identity(ofKey: key), let parent = identity(ofKey: parentKey) else { continue }
            ensureNode(child)
            ensureNode(parent)
            graph.add(GraphEdge(key: EdgeKey(source: child.id, type: .partOf, target: parent.id), confidence: 1,
                                properties: ["rule": "gazetteer"]))
            pending.append(parentKey)
        }
    }

    /// An agency or program whose name holds a place is located there (`Kunming Public Security Bureau`
    /// in Kunming, and so in Yunnan).
    private mutating func addLocations() {
        let mentions = extraction.mentions
        var embedded: [Int: [Int]] = [:]   // sentence -> embedded place mentions
        // Regions in names say what a body deals with (`Asia Division`, `Bureau of African Affairs`), not where it is.
        for (k, m) in mentions.enumerated() where m.attributes["embedded"] != nil && m.type != .agency && m.type != .country
            && m.type != .region {
            embedded[m.sentence, default: []].append(k)
        }
        for (n, m) in mentions.enumerated() where (m.type == .agency || m.type == .program) && m.attributes["embedded"] == nil {
            guard let candidates = embedded[m.sentence] else { continue }
            let owner = resolution.entities[resolution.entityOfMention[n]]
            for k in candidates where m.tokens.contains(mentions[k].tokens.lowerBound) {
                let place = resolution.entities[resolution.entityOfMention[k]]
                addLocated(owner.id, in: place, sentence: m.sentence)
                if let key = place.key, let parentKey = gazetteer.byKey[key]?.parent, parentKey.hasPrefix("subdivision:"),
                   options.placeAncestors || namedKeys.contains(parentKey),
                   let parent = identity(ofKey: parentKey) {
                    ensureNode(parent)
                    graph.add(GraphEdge(key: EdgeKey(source: owner.id, type: .locatedIn, target: parent.id), confidence: 0.85,
                                        evidence: [evidence.evidence(sentence: m.sentence)], properties: ["rule": "name-place"]))
                }
            }
        }
    }

    private mutating func addLocated(_ owner: String, in place: ResolvedEntity, sentence: Int) {
        guard owner != place.id else { return }
        graph.add(GraphEdge(key: EdgeKey(source: owner, type: .locatedIn, target: place.id), confidence: 0.9,
                            evidence: [evidence.evidence(sentence: sentence)], properties: ["rule": "name-place"]))
    }

    /// Agencies and laws belong to the country they are scoped to.
    private mutating func addJurisdictions() {
        for entity in resolution.entities where (entity.type == .agency || entity.type == .law) && entity.mentionCount > 0 {
            guard let scope = entity.scope, options.placeAncestors || namedKeys.contains("country:" + scope),
                  let country = identity(ofKey: "country:" + scope) else { continue }
            ensureNode(country)
            let first = entity.mentions.first.map { extraction.mentions[$0].sentence }
            graph.add(GraphEdge(key: EdgeKey(source: entity.id, type: .jurisdiction, target: country.id), confidence: 0.8,
                                evidence: first.map { [evidence.evidence(sentence: $0)] } ?? [],
                                properties: ["rule": entity.key == nil ? "scope" : "gazetteer"]))
        }
    }

    // MARK: - Relations from sentences

    private mutating func add(_ relation: RelationMention) {
        let source = resolution.identify(relation.source)
        let target = resolution.identify(relation.target)
        guard source.id != target.id else { return }
        ensureNode(source)
        ensureNode(target)
        var properties = relation.attributes
        properties["rule"] = relation.rule
        graph.add(GraphEdge(key: EdgeKey(source: source.id, type: relation.type, target: target.id), weight: 1,
                            confidence: relation.confidence, evidence: [evidence.evidence(sentence: relation.sentence)],
                            properties: properties))
    }

    /// Entities named in the same sentence; weight counts the sentences. Parts of names and legal
    /// articles (which sit in long lists) are left out, and so are sentences naming more than
    /// `maxCooccurring` entities (lists, not statements: they would add a clique of every pair).
    private mutating func addCooccurrence() {
        var bySentence: [Int: Set<String>] = [:]
        for (n, m) in extraction.mentions.enumerated() where m.attributes["embedded"] == nil && m.type != .legalArticle {
            bySentence[m.sentence, default: []].insert(resolution.entities[resolution.entityOfMention[n]].id)
        }
        for sentence in bySentence.keys.sorted() {
            let ids = bySentence[sentence]!.sorted()
            guard ids.count >= 2, ids.count <= FragmentBuilder.maxCooccurring else { continue }
            graph.addPairs(ids, type: .coOccursWith, confidence: 0.5, evidence: [evidence.evidence(sentence: sentence)])
        }
    }
}
