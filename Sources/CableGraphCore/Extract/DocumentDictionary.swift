/// Names a document taught us: acronyms it defined and institution names it used, so that later
/// occurrences resolve to the same entity (`MPS`, `Ministry of Civil affairs`, `border liaison offices`).
struct DocumentDictionary {
    /// What a learned name stands for.
    struct Entry {
        var type: NodeType
        var name: String
        var key: String?
        var scope: String?
        var fromAcronym: String?
        /// A short name the text gave in parentheses (`(the Palermo Protocol)`): it wins over the rules' reading.
        var isShortName = false
    }

    private(set) var matcher = PhraseMatcher()
    private(set) var entries: [Entry] = []
    private var seen: Set<String> = []
    /// Acronyms the document defined as something other than a known body (`American University in Cairo (AUC)`):
    /// there, the dictionary's reading of them (`AUC`, a Colombian armed group) does not hold.
    private(set) var redefined: Set<String> = []

    var isEmpty: Bool { entries.isEmpty }

    /// An acronym stands for its long form: matched exactly, in capitals, with or without a plural `s`.
    /// `Avian Influenza (AI)`, `American University in Cairo (AUC)`: the document spelled out a known acronym as
    /// something else.
    mutating func redefine(_ short: String) { redefined.insert(short) }

    mutating func addAcronym(_ short: String, for entry: Entry) {
        var e = entry
        e.fromAcronym = short
        for form in Self.acronymForms(short) { add(form, e, caseRule: { _ in .exact }) }
    }

    /// A name matches in any case (`Ministry of Civil affairs`), but never a lone word.
    mutating func addName(_ surface: String, for entry: Entry) {
        guard surface.split(separator: " ").count >= 2 else { return }
        add(surface, entry, caseRule: { _ in .any })
    }

    private mutating func add(_ surface: String, _ entry: Entry, caseRule: @escaping (String) -> PhraseMatcher.CaseRule) {
        let signature = surface.lowercased() + "\u{1}" + entry.name
        guard seen.insert(signature).inserted else { return }
        entries.append(entry)
        matcher.add(surface, payload: Int32(entries.count - 1), caseRule: caseRule)
    }

    static func acronymForms(_ short: String) -> [String] {
        if short.hasSuffix("s"), short.dropLast().allSatisfy({ $0.isUppercase || $0.isNumber }) { return [short, String(short.dropLast())] }
        return [short, short + "s"]
    }

    /// Matches of learned names in a sentence, longest first, without overlaps.
    func mentions(in doc: DocumentTokens, sentence: Int) -> [Mention] {
        guard !isEmpty else { return [] }
        return matcher.scan(doc, sentence: sentence, wordsOnly: false) { candidate, fitting in
            guard let phrase = fitting.first else { return .next }
            let entry = entries[Int(phrase.payload)]
            var attributes: [String: String] = [:]
            if let acronym = entry.fromAcronym { attributes["acronym"] = acronym }
            return .take(Mention(type: entry.type, clean: doc.cleanRange(candidate.tokens), tokens: candidate.tokens, sentence: sentence,
                                 surface: doc.text(candidate.tokens), name: entry.name, key: entry.key, scope: entry.scope,
                                 rule: entry.fromAcronym != nil ? "acronym" : entry.isShortName ? "short-name" : "document-name",
                                 confidence: 0.9, attributes: attributes))
        }
    }
}
