/// The entity mentions of one sentence, with the token-level helpers relation rules share:
/// lists of entities (`Mongolia, Burma, North Korea, Russia, and Vietnam`), clause bounds,
/// subjects and negation or modality between two points.
struct SentenceFacts {
    let doc: DocumentTokens
    let sentence: Int
    let range: Range<Int>
    /// Top-level mentions (not parts of names), in text order.
    let mentions: [Mention]
    /// Index into `mentions` of the mention covering a token.
    private let covering: [Int: Int]

    init(doc: DocumentTokens, sentence: Int, mentions: [Mention]) {
        self.doc = doc
        self.sentence = sentence
        range = doc.sentences[sentence]
        self.mentions = mentions.filter { $0.attributes["embedded"] == nil && $0.type != .legalArticle }
            .sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
        var covering: [Int: Int] = [:]
        for (i, m) in self.mentions.enumerated() { for t in m.tokens { covering[t] = i } }
        self.covering = covering
    }

    func mention(at token: Int) -> Mention? { covering[token].map { mentions[$0] } }

    /// A participle joined by a hyphen to the word before it (`-led` in `the FBI-led Anti-gang Unit`,
    /// `-funded` in `a USAID-funded project`): the tokenizer splits such words.
    func isCompoundParticiple(_ t: Int) -> Bool {
        t >= range.lowerBound + 2 && doc.isPunctuation(t - 1, 0x2D) && doc.tokens[t - 1].start == doc.tokens[t - 2].end
            && doc.tokens[t].start == doc.tokens[t - 1].end && doc.tokens[t].kind == .word && !doc.tokens[t].isCapitalized
    }

    /// A mention that only qualifies the next words (`USAID` in `a USAID-funded project`): no party to a relation
    /// through the verbs around it.
    func isCompoundModifier(_ m: Mention) -> Bool {
        let k = m.tokens.upperBound + 1
        return k < range.upperBound && isCompoundParticiple(k)
    }

    /// A capitalized verb inside a sentence is part of a title (`"Considerations to Launch a Nuclear Power Program"`).
    func isTitleWord(_ t: Int) -> Bool {
        t > range.lowerBound && doc.tokens[t].isCapitalized && !doc.tokens[t].isAllCaps
    }

    static let places: Set<NodeType> = [.country, .province, .city, .region]
    static let parties: Set<NodeType> = [.agency, .country, .province, .city]

    // MARK: - Lists

    static let determiners: WordSet = ["the", "its", "their", "his", "her", "our", "a", "an", "both", "several", "various",
                                           "neighboring", "neighbouring", "nearby"]
    static let listJoiners: WordSet = ["and", "or", "as", "well", "&", "especially", "including", "particularly", "mainly",
                                           "primarily", "mostly", "largely", "chiefly", "notably", "such", "either"]

    /// Entities listed from token `start` on: `Cambodia and Vietnam`, `the IOM (IOM), UNICEF and Save the Children`.
    /// Stops at the first word that is neither an entity nor a list word. Returns the mentions and the end token.
    func list(from start: Int, types: Set<NodeType>, limit: Int? = nil) -> ([Mention], Int) {
        let end = limit ?? range.upperBound
        var found: [Mention] = []
        var k = start
        while k < end {
            if let m = mention(at: k) {
                if isCompoundModifier(m) { break }
                // `the GOCR's UN Mission`: an owner in the possessive is no item of the list.
                if doc.tokens[m.tokens.upperBound - 1].isPossessive, let owned = mention(at: m.tokens.upperBound),
                   owned.tokens.lowerBound == m.tokens.upperBound {
                    k = m.tokens.upperBound
                    continue
                }
                guard types.contains(m.type) else { break }
                if found.last != m { found.append(m) }
                k = m.tokens.upperBound
                // An acronym in parentheses after the name: `(IOM)`.
                if doc.isPunctuation(k, 0x28), let inner = mention(at: k + 1), inner.name == m.name || inner.type == m.type,
                   doc.isPunctuation(inner.tokens.upperBound, 0x29) {
                    k = inner.tokens.upperBound + 1
                } else if doc.isPunctuation(k, 0x28),
                          let close = (k + 1..<max(k + 1, min(end, k + 10))).first(where: { doc.isPunctuation($0, 0x29) }),
                          !(k + 1..<close).contains(where: { mention(at: $0) != nil }) {
                    // `GTZ (the German development corporation) and PICH`: a description in parentheses.
                    k = close + 1
                }
                continue
            }
            if doc.isPunctuation(k, 0x2C) || doc.word(k, in: SentenceFacts.listJoiners) || doc.word(k, in: SentenceFacts.determiners) {
                k += 1
                continue
            }
            // One unknown item inside a long list (`Costa Rica, thePhilippines, Mexico`) does not end it.
            if found.count >= 2, doc.tokens[k].kind == .word, doc.isPunctuation(k - 1, 0x2C), doc.isPunctuation(k + 1, 0x2C),
               k + 2 < end, let next = mention(at: k + 2), types.contains(next.type) {
                k += 2
                continue
            }
            break
        }
        // Trailing list words (`and other provinces`) are not part of the last entity.
        return (found, k)
    }

    /// Entities listed right before `end` (a conjoined subject: `Guangxi Zhuang Autonomous Region and Vietnam`).
    func list(endingAt end: Int, types: Set<NodeType>) -> [Mention] {
        var found: [Mention] = []
        var k = end - 1
        while k >= range.lowerBound {
            if let m = mention(at: k) {
                // `the GOCR's UN Mission`: the owner before the last item is no item of the list, though the items before
                // it are (`IOM and Egypt's Ministry of Interior`).
                if let owned = found.last, owned.tokens.lowerBound == m.tokens.upperBound, doc.tokens[m.tokens.upperBound - 1].isPossessive {
                    k = m.tokens.lowerBound - 1
                    continue
                }
                guard types.contains(m.type) else { break }
                if found.last != m { found.append(m) }
                k = m.tokens.lowerBound - 1
                continue
            }
            if doc.isPunctuation(k, 0x29), let inner = mention(at: k - 1), doc.isPunctuation(inner.tokens.lowerBound - 1, 0x28) {
                k = inner.tokens.lowerBound - 2
                continue
            }
            // `PRODEMU (the Foundation for the Development and Promotion of Women) and ...`: a description in parentheses.
            if doc.isPunctuation(k, 0x29), let open = stride(from: k - 1, through: max(range.lowerBound, k - 12), by: -1)
                .first(where: { doc.isPunctuation($0, 0x28) }), open > range.lowerBound {
                if mention(at: open - 1) != nil {
                    k = open - 1
                    continue
                }
                // An acronym no rule knows, spelled out in the parentheses: the spelled-out body is the item.
                let first = doc.word(open + 1, is: "the") ? open + 2 : open + 1
                if let inner = mention(at: first), inner.tokens.lowerBound == first, types.contains(inner.type),
                   InstitutionNameRule.isAcronymLike(doc, open - 1) {
                    if found.last != inner { found.append(inner) }
                    k = open - 2
                    continue
                }
            }
            if (doc.isPunctuation(k, 0x2C) || doc.word(k, is: "and") || doc.word(k, is: "&")) && !found.isEmpty {
                k -= 1
                continue
            }
            // `and the National Board ...`: an article before a listed name.
            if doc.word(k, is: "the"), !found.isEmpty, found.last!.tokens.lowerBound == k + 1 {
                k -= 1
                continue
            }
            break
        }
        return found.reversed()
    }

    // MARK: - Clauses and subjects

    /// The clause around a token: bounded by `;`, `:`, ` -- ` and the sentence.
    func clause(around t: Int) -> Range<Int> {
        var lo = t, hi = t
        while lo > range.lowerBound, !isClauseBreak(lo - 1) { lo -= 1 }
        while hi < range.upperBound, !isClauseBreak(hi) { hi += 1 }
        return lo..<hi
    }

    private func isClauseBreak(_ k: Int) -> Bool {
        doc.isPunctuation(k, 0x3B) || doc.isPunctuation(k, 0x3A) || (doc.isPunctuation(k, 0x2D) && doc.isPunctuation(k + 1, 0x2D))
    }

    /// Words between a subject and its verb: auxiliaries, adverbs, `continues to`.
    static let verbChain: WordSet = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "also", "reportedly", "often", "usually",
        "regularly", "all", "both", "jointly", "recently", "currently", "actively", "closely", "continue", "continues",
        "continued", "to", "now", "still", "already", "further", "successfully", "formally", "officially", "allegedly",
        "reportedly", "typically", "frequently", "generally", "began", "begun", "begin", "begins", "who", "which", "that",
        "first", "then", "subsequently", "together", "itself", "themselves", "together", "in", "particular", "directly",
        "routinely", "increasingly", "previously", "successfully", "effectively", "did", "does", "do", "will",
    ]

    /// The subject of a verb at `trigger`: entities right before it (auxiliaries skipped), else the
    /// first entity of the clause when no preposition governs it. A gerund after `of` has a subject of
    /// its own (`Iceland ... reported that aircraft suspected of operating CIA flights`, `accused of
    /// running`), so it takes none from the clause.
    func subject(before trigger: Int, types: Set<NodeType>) -> [Mention] {
        let clause = clause(around: trigger)
        if doc.word(trigger - 1, is: "of"), doc.text(doc.tokens[trigger]).hasSuffix("ing") { return [] }
        var k = trigger
        while k > clause.lowerBound {
            if doc.word(k - 1, in: SentenceFacts.verbChain) { k -= 1; continue }
            break
        }
        // `moved to London to work with`: an entity right before `to` is the object of another verb.
        if doc.word(k, is: "to") { return [] }
        let adjacent = list(endingAt: k, types: types).filter { clause.contains($0.tokens.lowerBound) }
        if !adjacent.isEmpty { return adjacent }
        // `FS, which works closely with`: a relative pronoun takes the entity before its comma.
        if doc.word(k, in: .relativePronouns), doc.isPunctuation(k - 1, 0x2C) {
            return list(endingAt: k - 1, types: types).filter { clause.contains($0.tokens.lowerBound) }
        }
        for m in mentions where clause.contains(m.tokens.lowerBound) && m.tokens.upperBound <= trigger {
            guard types.contains(m.type), !isGoverned(m), !isCompoundModifier(m), leadsTo(trigger, from: m) else { return [] }
            return [m]
        }
        return []
    }

    /// Whether a preposition governs a mention (`in the Central Bank's efforts`, `to the NPPA`).
    func isGoverned(_ m: Mention) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k >= range.lowerBound, doc.word(k, in: SentenceFacts.determiners) { k -= 1 }
        return k >= range.lowerBound && doc.tokens[k].kind == .word && doc.word(k, in: .prepositions)
    }

    /// Whether the words from a clause's first entity to a verb read as its predicate: a few words, no
    /// other entity or pronoun in between, and a comma only to open an apposition (`UNICEF, in cooperation
    /// with`, `the MPS, together with`), or any words before a predicate coordinated by `and`.
    /// `Merida Initiative, we also work with` and `the U.S. ..., establishing a partnership with` are someone else's.
    private func leadsTo(_ trigger: Int, from m: Mention) -> Bool {
        var k = m.tokens.upperBound
        if doc.isPunctuation(k, 0x28), let inner = mention(at: k + 1), doc.isPunctuation(inner.tokens.upperBound, 0x29) {
            k = inner.tokens.upperBound + 1
        }
        guard k <= trigger else { return false }
        // `China continues to work with ..., and uses its Border Liaison Offices`: a coordinated predicate.
        var before = trigger - 1
        while before > k, doc.word(before, in: SentenceFacts.verbChain) { before -= 1 }
        if doc.word(before, is: "and") {
            return !(k..<trigger).contains { doc.word($0, in: .pronouns) }
        }
        guard trigger - k <= 10 else { return false }
        var apposition = false
        for j in k..<trigger {
            if mention(at: j) != nil || doc.word(j, in: .pronouns) { return false }
            if doc.isPunctuation(j, 0x2C) {
                guard j == k else { return false }
                apposition = true
            } else if apposition, !doc.word(j, in: .appositionWords), !doc.word(j, in: SentenceFacts.verbChain) {
                return false
            }
        }
        return true
    }

    // MARK: - Polarity

    static let negations: WordSet = ["not", "no", "never", "without", "neither", "nor", "lack", "lacks", "lacked", "refused",
                                         "refuses", "refuse", "declined", "declines", "decline", "failed", "fails", "unable",
                                         "cannot", "denied", "denies", "deny", "nor", "none", "nothing", "rejected", "rejects"]
    /// Words that make what follows possible, planned or requested rather than done.
    static let modals: WordSet = ["may", "might", "could", "would", "will", "shall", "should", "if", "whether", "unless",
                                      "pending", "proposed", "urged", "urge", "asked", "requested", "encouraged", "invited",
                                      "discussed", "discuss", "discussing", "explore", "exploring", "explored", "considering",
                                      "must", "suggested", "suggests", "suggest", "recommended", "recommends", "tried", "tries",
                                      "attempted", "attempting", "forward", "expects", "expect", "breached", "violated",
                                      "ordered", "orders", "ordering", "hypothetical", "potential", "possible", "interest",
                                      "interested", "advises", "advised", "advise", "wants", "want", "wanted", "desire",
                                      "desires", "chance", "objective", "objectives", "goal", "proposal", "increased", "can",
                                      "believes", "believe", "believed"]
    /// Verbs that are modal only before `to` (`plans to`, `hopes to`), since `plan` is also a noun.
    static let modalBeforeTo: WordSet = ["plan", "plans", "planned", "planning", "intends", "intend", "intended", "intending",
                                             "hopes", "hope", "hoped", "seeks", "seek", "sought", "expected", "expects", "aims",
                                             "aim", "wants", "want", "agreed", "agree", "agrees", "offered", "offer", "offers",
                                             "prepared", "ready", "willing", "likely", "set", "need", "needs",
                                             "commitment", "committed", "open"]

    /// Whether a negation or a modal word sits in `from..<to` (a statement that is not a plain fact).
    /// `doesn't`, `won't`, `can't`.
    private func endsInNot(_ k: Int) -> Bool {
        let t = doc.tokens[k]
        return t.length > 3 && doc.bytes[t.end - 1] | 0x20 == 0x74 && doc.bytes[t.end - 2] == 0x27 && doc.bytes[t.end - 3] | 0x20 == 0x6E
    }

    func isHedged(from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        for k in max(from, range.lowerBound)..<min(to, range.upperBound) where doc.tokens[k].kind == .word && mention(at: k) == nil {
            if doc.word(k, in: SentenceFacts.negations) || doc.word(k, in: SentenceFacts.modals) || endsInNot(k) { return true }
            if doc.word(k, in: SentenceFacts.modalBeforeTo), doc.word(k + 1, is: "to") { return true }
        }
        return false
    }
}

private extension WordSet {
    static let prepositions: WordSet = ["of", "in", "to", "from", "with", "by", "for", "according", "at", "on", "into", "than",
                                         "among", "between", "under", "through", "against", "about", "like", "unlike",
                                         "outside", "inside", "within", "over", "via", "toward", "towards", "despite"]
    static let relativePronouns: WordSet = ["which", "who"]
    static let pronouns: WordSet = ["we", "i", "he", "she", "they", "you", "us", "them"]
    static let appositionWords: WordSet = ["in", "along", "together", "jointly", "working", "partnering", "cooperating",
                                            "collaborating", "coordinating", "close", "full", "direct"]
}
