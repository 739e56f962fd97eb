/// One real entity of a document, with everything its mentions said about it.
public struct ResolvedEntity: Sendable {
    public var id: String
    public var type: NodeType
    /// Label candidates with their votes (one per mention).
    public var labelVotes: [String: Int]
    public var aliases: Set<String>
    public var scope: String?
    public var key: String?
    public var mentionCount: Int
    /// Mention indexes into `Extraction.mentions`.
    public var mentions: [Int]
    public var properties: [String: String]

    public var label: String {
        labelVotes.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key ?? id
    }
}

/// Who an entity is: its id, canonical name, type and country.
public struct EntityIdentity: Sendable, Hashable {
    public var id: String
    public var type: NodeType
    public var label: String
    public var scope: String?
    public var key: String?
}

/// Stage 3 of the pipeline: mentions to canonical entities with stable ids.
///
/// Dictionary entries keep their canonical names and keys (`country:CN`). Names found by rules are
/// cleaned (`the`, possessives), scoped to their country (stated, or the cable's for national bodies)
/// and folded (case, `Interior Ministry` = `Ministry of Interior`), so the same entity gets the same id
/// in every cable. Within a document a name that another extends (`National Plan of Action` ->
/// `National Plan of Action on Combating Trafficking in Women and Children`) is the same entity.
public struct EntityResolver: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    public struct Resolution: Sendable {
        public var entities: [ResolvedEntity]
        /// Entity index of every mention in `Extraction.mentions`.
        public var entityOfMention: [Int]
        /// Identity of any mention, including those not selected (relation endpoints such as implicit laws).
        public let identify: @Sendable (Mention) -> EntityIdentity
    }

    public func resolve(_ extraction: Extraction) -> Resolution {
        (try? resolve(extraction, deadline: TimeLimit.none))!
    }

    /// `resolve` that gives up (throwing `TimeLimit.Exceeded`) once the deadline is past.
    public func resolve(_ extraction: Extraction, deadline: TimeLimit) throws -> Resolution {
        let country = extraction.country
        // Mentions of one entity share a name: compute each identity once.
        let cache = IdentityCache()
        let base = { @Sendable (m: Mention) -> EntityIdentity in
            let key = IdentityCache.Key(type: m.type, name: m.name, key: m.key, scope: m.scope)
            if let known = cache.get(key) { return known }
            let identity = self.identity(of: m, country: country)
            cache.set(key, identity)
            return identity
        }
        let keyless = extraction.mentions.filter { $0.key == nil }.map(base)
        try deadline.check()
        let extensions = try Self.extensions(keyless, deadline: deadline)
        let typos = try Self.typoVariants(keyless, deadline: deadline)
        let acronymed = extraction.mentions.filter { $0.key == nil && $0.type == .agency }.compactMap { m in
            m.attributes["acronym"].map { ($0, base(m)) }
        }
        try deadline.check()
        let sameInitials = Self.acronymVariants(acronymed, keyless)
        let inner = try Self.innerVariants(keyless, deadline: deadline)
        let dated = Self.datedLaws(keyless)
        let identify = { @Sendable (m: Mention) -> EntityIdentity in
            var identity = base(m)
            if let full = dated[identity.id] { identity = full }
            if let written = typos[identity.id] { identity = written }
            if let defined = sameInitials[identity.id] { identity = defined }
            if let fuller = inner[identity.id] { identity = fuller }
            if let longer = extensions[identity.id] { identity = longer }
            return identity
        }
        var entities: [ResolvedEntity] = []
        var index: [String: Int] = [:]
        var entityOfMention: [Int] = []
        for (n, m) in extraction.mentions.enumerated() {
            if n & 255 == 0 { try deadline.check() }
            let identity = articleAware(identify, m)
            let e: Int
            if let known = index[identity.id] {
                e = known
            } else {
                e = entities.count
                index[identity.id] = e
                entities.append(ResolvedEntity(id: identity.id, type: identity.type, labelVotes: [:], aliases: [], scope: identity.scope,
                                               key: identity.key, mentionCount: 0, mentions: [], properties: [:]))
            }
            entityOfMention.append(e)
            guard m.attributes["implicit"] == nil else {
                entities[e].labelVotes[identity.label, default: 0] += 0
                continue
            }
            entities[e].labelVotes[identity.label, default: 0] += 1
            entities[e].mentionCount += 1
            entities[e].mentions.append(n)
            let surface = EntityNames.clean(m.surface)
            // `GOC` names the government, not the country: a mention of Chile, but no name of it.
            if !surface.isEmpty, m.rule != GovernmentAcronymRule.name { entities[e].aliases.insert(surface) }
            if let alias = m.attributes["alias"] { entities[e].aliases.insert(alias) }
            if let acronym = m.attributes["acronym"] { entities[e].aliases.insert(acronym) }
            if m.type == .legalArticle { entities[e].properties["article"] = m.attributes["article"] }
        }
        for e in entities.indices { entities[e].aliases.remove(entities[e].label) }
        return Resolution(entities: entities, entityOfMention: entityOfMention, identify: { articleAware(identify, $0) })
    }

    /// A legal article's id is its number under its law's id.
    private func articleAware(_ identify: @Sendable (Mention) -> EntityIdentity, _ m: Mention) -> EntityIdentity {
        guard m.type == .legalArticle, let number = m.attributes["article"] else { return identify(m) }
        var lawMention = m
        lawMention.type = .law
        lawMention.name = m.attributes["law"] ?? "criminal code"
        lawMention.key = nil
        lawMention.attributes = [:]
        let law = identify(lawMention)
        let lawPart = law.id.hasPrefix("law:") ? String(law.id.dropFirst(4)) : law.id
        return EntityIdentity(id: "article:\(lawPart):\(NodeID.slug(number))", type: .legalArticle, label: "Article \(number)",
                              scope: law.scope, key: nil)
    }

    /// The identity of a mention, before document-level merging.
    public func identity(of m: Mention, country: String?) -> EntityIdentity {
        if let key = m.key, let target = gazetteer.byKey[key] {
            let scope = target.scope == "INT" ? nil : target.scope
            return EntityIdentity(id: Self.id(forKey: key, type: target.type), type: target.type, label: target.name, scope: scope, key: key)
        }
        var name = EntityNames.clean(m.name)
        var label = name
        var scope = m.scope
        if scope == nil, m.type == .agency || m.type == .law || m.type == .program, !EntityNames.isInternational(name) {
            scope = country
        }
        if scope == Mention.noCountry { scope = nil }
        // `UN Protocol to Prevent ...` and `Protocol to Prevent ...` are one treaty.
        if m.type == .law, let head = m.attributes["head"], NameLexicon.treatyHeads.contains(head) {
            name = EntityNames.withoutUNPrefix(name)
        }
        if m.type == .law, EntityNames.isCriminalCode(name) {
            name = "criminal code"
            let countryName = scope.flatMap { gazetteer.byKey["country:" + $0]?.name }
            label = countryName.map { "Criminal Code of \($0)" } ?? "Criminal Code"
        }
        if m.type == .agency {
            name = EntityNames.agencyIDName(name)
            if let known = gazetteer.agency(idName: name, scope: scope) {
                return EntityIdentity(id: Self.id(forKey: known.key, type: .agency), type: .agency, label: known.name,
                                      scope: scope, key: known.key)
            }
            // Only the cable's country was assumed: a long name known for one other country is that body.
            if m.scope == nil, let known = gazetteer.agencyAnywhere(idName: name) {
                let knownScope = known.scope == "INT" ? nil : known.scope
                return EntityIdentity(id: Self.id(forKey: known.key, type: .agency), type: .agency, label: known.name,
                                      scope: knownScope, key: known.key)
            }
            label = EntityNames.agencyLabel(label)
        }
        return EntityIdentity(id: NodeID.make(m.type, scope: scope?.lowercased(), name: name), type: m.type, label: label,
                              scope: scope, key: nil)
    }

    static func id(forKey key: String, type: NodeType) -> String {
        let suffix = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
        return type.idPrefix + ":" + NodeID.slug(suffix)
    }

    /// Agency names of one cable that differ by a typo in one long word (`Central Infomatics Organization`,
    /// `Central Informatics Organization`) map to the more frequent spelling.
    static func typoVariants(_ identities: [EntityIdentity], deadline: TimeLimit = .none) throws -> [String: EntityIdentity] {
        var counts: [String: Int] = [:]
        var byID: [String: EntityIdentity] = [:]
        for identity in identities where identity.type == .agency {
            counts[identity.id, default: 0] += 1
            if byID[identity.id] == nil { byID[identity.id] = identity }
        }
        guard byID.count > 1 else { return [:] }
        func split(_ id: String) -> (String, [Substring]) {
            let cut = id.lastIndex(of: ":") ?? id.startIndex
            return (String(id[..<cut]), id[id.index(after: cut)...].split(separator: "-"))
        }
        var variants: [String: EntityIdentity] = [:]
        // Only names with the same type, country and word count can be variants; groups do not interact.
        var groups: [String: [(id: String, words: [Substring])]] = [:]
        for id in byID.keys.sorted() {
            let (prefix, words) = split(id)
            if words.count >= 2 { groups["\(prefix) \(words.count)", default: []].append((id, words)) }
        }
        for group in groups.values where group.count > 1 {
            for n in group.indices {
                // Pairs within a group: quadratic in names of one length, so run-on input is bounded by the deadline.
                try deadline.check()
                for m in (n + 1)..<group.count {
                    let differing = zip(group[n].words, group[m].words).filter { $0 != $1 }
                    guard differing.count == 1, let (x, y) = differing.first, isTypo(String(x), String(y)) else { continue }
                    let (a, b) = (group[n].id, group[m].id)
                    let (from, to) = (counts[a]!, a) > (counts[b]!, b) ? (b, a) : (a, b)
                    if variants[to] == nil { variants[from] = byID[to] }
                }
            }
        }
        return variants
    }

    /// Within a cable, a body written with one word changed whose initials still spell an acronym the cable
    /// defined is the defined body (`Labor Management Regulatory Authority` for `Labor Market Regulatory
    /// Authority (LMRA)`, `National Committee for Childhood and Motherhood` for `National Council ... (NCCM)`).
    static func acronymVariants(_ defined: [(String, EntityIdentity)], _ identities: [EntityIdentity]) -> [String: EntityIdentity] {
        guard !defined.isEmpty else { return [:] }
        // Defined bodies by the letters of their acronym, each body once.
        var byLetters: [String: [EntityIdentity]] = [:]
        var definedIDs = Set<String>()
        for (acronym, body) in defined where definedIDs.insert(body.id).inserted {
            byLetters[acronym.uppercased().filter(\.isLetter), default: []].append(body)
        }
        var variants: [String: EntityIdentity] = [:]
        var seen = Set<String>()
        for other in identities where other.type == .agency && !definedIDs.contains(other.id) && seen.insert(other.id).inserted {
            guard let initials = NameKey.acronym(of: other.label)?.uppercased(), let bodies = byLetters[initials] else { continue }
            if let body = bodies.first(where: { LongForm.nearlySameName(other.label, $0.label) && other.scope == $0.scope }) {
                variants[other.id] = body
            }
        }
        return variants
    }

    /// Two spellings of one long word: two edits only in long words (`Liberty Party` and `Liberal Party` are two
    /// parties); typos keep the first letters, prefixes change them (`Internal`, `External` Security Organization).
    static func isTypo(_ x: String, _ y: String) -> Bool {
        guard min(x.count, y.count) >= 6, x.prefix(2) == y.prefix(2),
              let d = EditDistance.distance(x, y, limit: 2) else { return false }
        return d <= (min(x.count, y.count) >= 8 ? 2 : 1)
    }

    /// Names that another name of the same type and country extends with a complement
    /// (`X` -> `X on Y`, `X for Y`, `X against Y`) map to the longer name.
    static func extensions(_ identities: [EntityIdentity], deadline: TimeLimit = .none) throws -> [String: EntityIdentity] {
        let connectors = ["-on-", "-for-", "-against-", "-to-", "-in-", "-of-", "-and-"]
        var longest: [String: EntityIdentity] = [:]
        let unique = Dictionary(identities.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        // Sorted ids put every extension of an id right after it.
        let sorted = unique.keys.sorted()
        for (n, id) in sorted.enumerated() {
            if n & 63 == 0 { try deadline.check() }
            guard let identity = unique[id], identity.type == .program || identity.type == .agency || identity.type == .law else { continue }
            var k = n + 1
            while k < sorted.count, sorted[k].hasPrefix(id) {
                let other = sorted[k]
                k += 1
                guard let candidate = unique[other], candidate.type == identity.type else { continue }
                let rest = other.dropFirst(id.count)
                guard connectors.contains(where: { rest.hasPrefix($0) }) else { continue }
                if let current = longest[id], current.id.count >= other.count { continue }
                longest[id] = candidate
            }
            // Two bodies extending one name (`GPC for Justice`, `GPC for Public Security`): the short name is neither.
            let extending = sorted[(n + 1)..<k].filter { other in
                unique[other]?.type == identity.type && connectors.contains { other.dropFirst(id.count).hasPrefix($0) }
            }
            if let chosen = longest[id], extending.contains(where: { !chosen.id.hasPrefix($0) && !$0.hasPrefix(chosen.id) }) {
                longest[id] = nil
            }
        }
        return longest
    }
}

extension EntityResolver {
    /// A numbered law written once with its year and once without (`Law 599 of 2000`, later `Law 599`) is one law: the
    /// number without a year stands for the one dated law with that number in the cable.
    static func datedLaws(_ identities: [EntityIdentity]) -> [String: EntityIdentity] {
        var byShortID: [String: [String: EntityIdentity]] = [:]
        for identity in identities where identity.type == .law && identity.key == nil {
            let parts = identity.id.split(separator: "-")
            guard parts.count >= 3, parts[parts.count - 2] == "of", let year = parts.last, year.count == 4, year.allSatisfy(\.isNumber),
                  parts[parts.count - 3].allSatisfy(\.isNumber) else { continue }
            let short = parts.dropLast(2).joined(separator: "-")
            if byShortID[short]?[identity.id] == nil { byShortID[short, default: [:]][identity.id] = identity }
        }
        return byShortID.compactMapValues { $0.count == 1 ? $0.first?.value : nil }
    }

    /// Within a document, a body's name that a longer name of the same country holds word for word and in order, ending
    /// on the same word (`Ministry of Planning` in `Ministry of National Planning`, `Trafficking Unit` in `OIJ Trafficking
    /// Unit`, `Prosecutor's Office` in `General Prosecutor's Office`): the same body, when no `of`, `for`, ... comes before
    /// it in the longer name, and every longer name that holds it is held by the longest one. Names of two words or
    /// more, found by rules (no dictionary key).
    static func innerVariants(_ identities: [EntityIdentity], deadline: TimeLimit = .none) throws -> [String: EntityIdentity] {
        let unique = Dictionary(identities.filter { $0.type == .agency && $0.key == nil }.map { ($0.id, $0) },
                                uniquingKeysWith: { a, _ in a })
        guard unique.count > 1 else { return [:] }
        struct Name { var identity: EntityIdentity; var owner: Substring; var words: [Substring] }
        let names: [Name] = unique.keys.sorted().map { id in
            let colon = id.lastIndex(of: ":") ?? id.startIndex
            return Name(identity: unique[id]!, owner: id[..<colon], words: id[colon...].dropFirst().split(separator: "-"))
        }
        // Words that open a complement: a name held after one of them is the larger body a unit belongs to
        // (`Organization for Judicial Investigations` in `Cybercrimes Unit of the Organization for Judicial Investigations`).
        let complement: Set<Substring> = ["of", "for", "on", "the", "and", "in", "to", "at", "de", "del", "la"]
        func holds(_ long: [Substring], _ short: [Substring]) -> Bool {
            var i = 0
            for word in long {
                if i < short.count && word == short[i] {
                    i += 1
                } else if i == 0 && complement.contains(word) {
                    return false
                }
            }
            return i == short.count
        }
        // Only names of one owner ending on one word can hold each other.
        let groups = Dictionary(grouping: names.indices) { [names[$0].owner, names[$0].words.last ?? ""] }
        var out: [String: EntityIdentity] = [:]
        for (n, a) in names.enumerated() {
            if n & 31 == 0 { try deadline.check() }
            guard a.words.count >= 2, let group = groups[[a.owner, a.words.last ?? ""]], group.count > 1 else { continue }
            let longer = group.map { names[$0] }.filter { b in b.words.count > a.words.count && holds(b.words, a.words) }
            guard let longest = longer.max(by: { ($0.words.count, $1.identity.id) < ($1.words.count, $0.identity.id) }),
                  longer.allSatisfy({ holds(longest.words, $0.words) }) else { continue }
            out[a.identity.id] = longest.identity
        }
        return out
    }
}

/// Memo of identities within one document's resolution (mutable, used from one thread).
final class IdentityCache: @unchecked Sendable {
    struct Key: Hashable {
        var type: NodeType
        var name: String
        var key: String?
        var scope: String?
    }

    private var store: [Key: EntityIdentity] = [:]

    func get(_ key: Key) -> EntityIdentity? { store[key] }
    func set(_ key: Key, _ identity: EntityIdentity) { store[key] = identity }
}
