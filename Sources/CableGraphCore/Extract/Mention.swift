/// A stretch of a sentence that names an entity, as one extraction component saw it.
public struct Mention: Sendable, Hashable {
    public var type: NodeType
    /// Range in `CableDocument.body`.
    public var clean: Range<Int>
    /// Token indexes in `DocumentTokens.tokens`.
    public var tokens: Range<Int>
    public var sentence: Int
    /// The text as written, white space folded.
    public var surface: String
    /// The name the component proposes as canonical (`Ministry of Public Security` for `MPS`).
    public var name: String
    /// The gazetteer entry it matched (`country:CN`, `subdivision:CN-SC`, `org:iom`), if any.
    public var key: String?
    /// ISO 3166-1 alpha-2 code of the country the entity belongs to, where known;
    /// `Mention.noCountry` when it is known to belong to none.
    public var scope: String?
    /// Name of the component that produced it.
    public var rule: String
    public var confidence: Double
    /// Component-specific facts: `article` number and `law` name for legal articles, `demonym`.
    public var attributes: [String: String]

    /// Scope of an entity known to be international (an NGO, an intergovernmental body).
    public static let noCountry = "INT"

    public init(type: NodeType, clean: Range<Int>, tokens: Range<Int>, sentence: Int, surface: String, name: String,
                key: String? = nil, scope: String? = nil, rule: String, confidence: Double = 0.9,
                attributes: [String: String] = [:]) {
        self.type = type
        self.clean = clean
        self.tokens = tokens
        self.sentence = sentence
        self.surface = surface
        self.name = name
        self.key = key
        self.scope = scope
        self.rule = rule
        self.confidence = confidence
        self.attributes = attributes
    }
}

/// A relation between two mentions stated in (or implied by) a sentence.
public struct RelationMention: Sendable, Hashable {
    public var type: RelationType
    public var source: Mention
    public var target: Mention
    public var sentence: Int
    public var confidence: Double
    public var rule: String
    /// `purpose` for trafficking routes.
    public var attributes: [String: String]

    public init(type: RelationType, source: Mention, target: Mention, sentence: Int, confidence: Double,
                rule: String, attributes: [String: String] = [:]) {
        self.type = type
        self.source = source
        self.target = target
        self.sentence = sentence
        self.confidence = confidence
        self.rule = rule
        self.attributes = attributes
    }
}

extension Mention {
    /// A person named by `tokens`, as the person rules find them: the text is its name, and a person belongs to no country.
    static func person(_ doc: DocumentTokens, _ tokens: Range<Int>, sentence: Int, rule: String, confidence: Double,
                       attributes: [String: String] = [:]) -> Mention {
        let surface = doc.text(tokens)
        return Mention(type: .person, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence, surface: surface,
                       name: EntityNames.clean(surface), scope: Mention.noCountry, rule: rule, confidence: confidence,
                       attributes: attributes)
    }
}
