/// Canonical names and the name part of stable ids.
enum EntityNames {
    /// Strips a leading `the` and a trailing possessive, folds white space.
    static func clean(_ name: String) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
            .map { $0.filter { $0 != "\"" } }.filter { !$0.isEmpty }
        while let first = words.first, ["the", "The", "THE"].contains(first), words.count > 1 { words.removeFirst() }
        if var last = words.last {
            if last.hasSuffix("'s") || last.hasSuffix("'S") { last.removeLast(2) } else if last.hasSuffix("s'") { last.removeLast() }
            words[words.count - 1] = last
        }
        return words.joined(separator: " ")
    }

    static let criminalCodeNames: Set<String> = ["criminal code", "criminal law", "penal code", "penal law"]

    static func isCriminalCode(_ name: String) -> Bool { criminalCodeNames.contains(name.lowercased()) }

    /// Ministries are written both ways; ids use one: `Interior Ministry` = `Ministry of Interior`
    /// = `Ministry of the Interior`, `Foreign Ministry` = `Ministry of Foreign Affairs`.
    static func agencyIDName(_ name: String) -> String {
        var words = name.lowercased().split(separator: " ").map(String.init)
        words.removeAll { $0 == "the" }
        if words.count >= 2, words.last == "ministry" {
            var subject = Array(words.dropLast())
            if subject == ["foreign"] { subject = ["foreign", "affairs"] }
            if subject == ["defence"] { subject = ["defense"] }
            words = ["ministry", "of"] + subject
        }
        if words.count >= 3, words[0] == "ministry", words[1] == "of" {
            if words[2...] == ["foreign"] { words.append("affairs") }
            if words[2...] == ["defence"] { words[2] = "defense" }
        }
        return words.joined(separator: " ")
    }

    /// Canonical label for a ministry written as `Interior Ministry`.
    static func agencyLabel(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2, words.last?.lowercased() == "ministry", words[0].first?.isUppercase == true else { return name }
        var subject = words.dropLast().joined(separator: " ")
        if subject.lowercased() == "foreign" { subject += " Affairs" }
        return "Ministry of " + subject
    }

    /// Words that make an unowned name international rather than the cable country's.
    static let internationalWords: Set<String> = ["international", "united", "nations", "world", "global", "regional", "asian",
                                                  "european", "african", "inter-american", "interamerican", "un", "intergovernmental",
                                                  "transnational", "multilateral", "asia-pacific", "pacific", "arab", "islamic"]

    static func isInternational(_ name: String) -> Bool {
        name.lowercased().split(separator: " ").contains { internationalWords.contains(String($0)) }
    }
}
