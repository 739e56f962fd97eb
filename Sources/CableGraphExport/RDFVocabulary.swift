import CableGraphCore

/// The vocabularies the RDF exports use, with the prefixes they are declared under.
enum RDFNamespace {
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rdfs = "http://www.w3.org/2000/01/rdf-schema#"
    static let owl = "http://www.w3.org/2002/07/owl#"
    static let xsd = "http://www.w3.org/2001/XMLSchema#"
    static let skos = "http://www.w3.org/2004/02/skos/core#"
    static let dcterms = "http://purl.org/dc/terms/"
    static let prov = "http://www.w3.org/ns/prov#"
    static let schema = "http://schema.org/"
    static let cg = Ontology.namespace

    /// Declared on the root element, in this order.
    static let declarations: [(prefix: String, iri: String)] = [
        ("cg", cg), ("dcterms", dcterms), ("owl", owl), ("prov", prov), ("rdf", rdf), ("rdfs", rdfs),
        ("schema", schema), ("skos", skos), ("xsd", xsd),
    ]

    /// The ontology document's own IRI: the namespace without its `#`.
    static var ontologyIRI: String {
        cg.hasSuffix("#") ? String(cg.dropLast()) : cg
    }
}

/// How a literal is typed: a language tag or a datatype, never both.
enum LiteralKind: Hashable, Sendable {
    case english
    case string, integer, double, boolean, date

    var datatype: String? {
        switch self {
        case .english: return nil
        case .string: return RDFNamespace.xsd + "string"
        case .integer: return RDFNamespace.xsd + "integer"
        case .double: return RDFNamespace.xsd + "double"
        case .boolean: return RDFNamespace.xsd + "boolean"
        case .date: return RDFNamespace.xsd + "date"
        }
    }

    /// The range declared in the ontology.
    var range: String {
        datatype ?? RDFNamespace.rdf + "langString"
    }
}

/// A datatype property of the cablegraph ontology (`cg:` namespace), or a reused one.
struct DataProperty: Sendable {
    /// Qualified name as written in RDF/XML (`cg:weight`, `dcterms:date`).
    var qname: String
    var kind: LiteralKind
    var comment: String
    /// `cg:` terms are declared by the ontology; reused terms are not redeclared.
    var isOwn: Bool { qname.hasPrefix("cg:") }
    var localName: String { String(qname.split(separator: ":", maxSplits: 1).last ?? "") }
}

/// The terms the instance data uses beyond node and relation types.
enum CGVocabulary {
    static let assertionClass = "Assertion"
    static let evidenceClass = "Evidence"

    static let countryCode = DataProperty(qname: "cg:countryCode", kind: .string, comment: "ISO 3166-1 alpha-2 code of the country the entity belongs to.")
    static let mentionCount = DataProperty(qname: "cg:mentionCount", kind: .integer, comment: "How many times the entity is mentioned in the cables read.")
    static let firstSeen = DataProperty(qname: "cg:firstSeen", kind: .date, comment: "Date of the earliest cable the entity appears in.")
    static let lastSeen = DataProperty(qname: "cg:lastSeen", kind: .date, comment: "Date of the latest cable the entity appears in.")
    static let classification = DataProperty(qname: "cg:classification", kind: .string, comment: "Classification marking of the cable (UNCLASSIFIED, CONFIDENTIAL, SECRET, ...).")
    static let origin = DataProperty(qname: "cg:origin", kind: .string, comment: "The embassy, consulate or office that sent the cable.")
    static let tag = DataProperty(qname: "cg:tag", kind: .string, comment: "A TAGS code of the cable (PGOV, KTIP, a country code).")
    static let read = DataProperty(qname: "cg:read", kind: .boolean, comment: "True when the cable's text was read, not only cited by another cable.")
    static let attribute = DataProperty(qname: "cg:attribute", kind: .string, comment: "Any other fact about a node or an assertion, written as `name: value`.")
    static let weight = DataProperty(qname: "cg:weight", kind: .integer, comment: "Weight of the asserted relation: the number of evidence sentences (mentions for MENTIONS).")
    static let confidence = DataProperty(qname: "cg:confidence", kind: .double, comment: "How sure the extraction rule is of the relation, 0 to 1.")
    static let evidenceCount = DataProperty(qname: "cg:evidenceCount", kind: .integer, comment: "The number of evidence sentences of the assertion.")
    static let purpose = DataProperty(qname: "cg:purpose", kind: .string, comment: "The stated purpose of a trafficking route (sexual exploitation, forced labor, ...).")
    static let rule = DataProperty(qname: "cg:rule", kind: .string, comment: "The extraction rule that produced the relation.")
    static let sentenceText = DataProperty(qname: "cg:sentenceText", kind: .english, comment: "The evidence sentence, as read from the cable.")
    static let paragraph = DataProperty(qname: "cg:paragraph", kind: .string, comment: "The label of the paragraph the sentence is in, as written (1, A, 23A).")
    static let sentenceIndex = DataProperty(qname: "cg:sentenceIndex", kind: .integer, comment: "0-based index of the sentence within its cable.")
    static let startOffset = DataProperty(qname: "cg:startOffset", kind: .integer, comment: "Unicode code-point offset of the sentence start in the cable text.")
    static let endOffset = DataProperty(qname: "cg:endOffset", kind: .integer, comment: "Unicode code-point offset just past the sentence end in the cable text.")

    static let identifier = DataProperty(qname: "dcterms:identifier", kind: .string, comment: "")
    static let date = DataProperty(qname: "dcterms:date", kind: .date, comment: "")
    static let subject = DataProperty(qname: "dcterms:subject", kind: .english, comment: "")

    /// Every `cg:` datatype property, for the ontology.
    static let ownDataProperties: [DataProperty] = [
        attribute, classification, confidence, countryCode, endOffset, evidenceCount, firstSeen, lastSeen,
        mentionCount, origin, paragraph, purpose, read, rule, sentenceIndex, sentenceText, startOffset, tag, weight,
    ]

    /// Object properties linking an assertion to the relation it states: (local name, range, comment).
    static let assertionLinks: [(name: String, range: String, comment: String)] = [
        ("assertedRelation", RDFNamespace.rdf + "Property", "The relation (a cablegraph object property) the assertion states."),
        ("assertedSource", RDFNamespace.owl + "Thing", "The entity the asserted relation goes from."),
        ("assertedTarget", RDFNamespace.owl + "Thing", "The entity the asserted relation goes to."),
    ]

    /// How a node property is written: the property and, for list-valued ones, the separator.
    static func nodeProperty(_ name: String) -> (DataProperty, separator: Character?)? {
        switch name {
        case "date": return (date, nil)
        case "subject": return (subject, nil)
        case "classification": return (classification, nil)
        case "origin": return (origin, nil)
        case "tags": return (tag, " ")
        case "read": return (read, nil)
        default: return nil
        }
    }

    static func edgeProperty(_ name: String) -> (DataProperty, separator: Character?)? {
        switch name {
        case "purpose": return (purpose, ";")
        case "rule": return (rule, ";")
        default: return nil
        }
    }
}
