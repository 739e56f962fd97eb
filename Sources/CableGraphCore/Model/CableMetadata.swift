/// Header facts of one cable, with the field names and value shapes of `cablegraph parse --format json`
/// (see `Schemas/parse-output.schema.json` and cablemap's CONVENTIONS.md).
public struct CableMetadata: Sendable, Hashable, Codable {
    /// The id as WikiLeaks published it (first line of the file, `--id`, or the file name).
    public var id: String = ""
    /// The id with WikiLeaks' garbling repaired (`08ECTION01OF02MANAMA492` -> `08MANAMA492`).
    public var canonicalID: String = ""
    /// The site's title (line 2); not the SUBJECT line.
    public var title: String?
    /// Creation date, ISO 8601 (`2009-02-27`).
    public var date: String?
    public var classification: String?
    public var origin: String?
    /// First line of the transmission header (`VZCZCXRO4290`).
    public var transmissionID: String?
    /// Date-time group (`270738Z FEB 09`).
    public var dtg: String?
    /// The sender on the `FM` line (`AMEMBASSY BEIJING`).
    public var from: String?
    public var recipients: [Recipient] = []
    public var info: [Recipient] = []
    public var tags: [String] = []
    public var subject: String = ""
    /// Cited cables, canonical ids (`08STATE132759`), deduplicated in order of first appearance.
    public var references: [String] = []
    public var referencesTyped: [TypedReference] = []
    /// Names on the "Classified By" line, as written.
    public var classifiedBy: [String] = []
    /// ISO date from `E.O. 12958: DECL:`, or nil.
    public var nondisclosureDeadline: String?
    public var summary: String?
    /// Surnames closing the body, as written.
    public var signers: [String] = []
    public var paragraphCount: Int = 0
    /// The header says "This record is a partial extract of the original cable".
    public var partial: Bool = false

    public init() {}

    enum CodingKeys: String, CodingKey {
        case id
        case canonicalID = "canonical_id"
        case title, date, classification, origin
        case transmissionID = "transmission_id"
        case dtg, from, recipients, info, tags, subject, references
        case referencesTyped = "references_typed"
        case classifiedBy = "classified_by"
        case nondisclosureDeadline = "nondisclosure_deadline"
        case summary, signers
        case paragraphCount = "paragraphs"
        case partial
    }

    /// Explicit so that optional fields are written as `null` rather than left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(canonicalID, forKey: .canonicalID)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(classification, forKey: .classification)
        try c.encode(origin, forKey: .origin)
        try c.encode(transmissionID, forKey: .transmissionID)
        try c.encode(dtg, forKey: .dtg)
        try c.encode(from, forKey: .from)
        try c.encode(recipients, forKey: .recipients)
        try c.encode(info, forKey: .info)
        try c.encode(tags, forKey: .tags)
        try c.encode(subject, forKey: .subject)
        try c.encode(references, forKey: .references)
        try c.encode(referencesTyped, forKey: .referencesTyped)
        try c.encode(classifiedBy, forKey: .classifiedBy)
        try c.encode(nondisclosureDeadline, forKey: .nondisclosureDeadline)
        try c.encode(summary, forKey: .summary)
        try c.encode(signers, forKey: .signers)
        try c.encode(paragraphCount, forKey: .paragraphCount)
        try c.encode(partial, forKey: .partial)
    }
}

/// One TO or INFO addressee of the transmission header.
public struct Recipient: Sendable, Hashable, Codable {
    /// Routing indicator before `/` (`RUEHC`), or nil.
    public var route: String?
    public var name: String
    /// FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY or ROUTINE.
    public var precedence: String?
    /// Message continuity number (`0872`).
    public var mcn: String?
    /// `XMT` addressees excluded from this collective.
    public var excluded: [String]

    public init(route: String? = nil, name: String, precedence: String? = nil, mcn: String? = nil, excluded: [String] = []) {
        self.route = route
        self.name = name
        self.precedence = precedence
        self.mcn = mcn
        self.excluded = excluded
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(route, forKey: .route)
        try c.encode(name, forKey: .name)
        try c.encode(precedence, forKey: .precedence)
        try c.encode(mcn, forKey: .mcn)
        try c.encode(excluded, forKey: .excluded)
    }
}

/// One item of a REF block: a cable, or a non-cable source kept as written.
public struct TypedReference: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable { case cable, email, tel, book, report }
    public var kind: Kind
    /// Canonical cable id for cables; the raw text otherwise.
    public var value: String
    /// Item letter in upper case (`A`), or nil.
    public var bullet: String?

    public init(kind: Kind, value: String, bullet: String? = nil) {
        self.kind = kind
        self.value = value
        self.bullet = bullet
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(value, forKey: .value)
        try c.encode(bullet, forKey: .bullet)
    }
}
