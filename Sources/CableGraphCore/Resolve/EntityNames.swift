/// Canonical names and the name part of stable ids.
enum EntityNames {
    /// Strips a leading `the` and a trailing possessive, folds white space.
    static func clean(_ name: String) -> String {
        if isClean(name) { return name }
        var words = name.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
            .map { $0.filter { $0 != "\"" } }.filter { !$0.isEmpty }
        while let first = words.first, ["the", "The", "THE"].contains(first), words.count > 1 { words.removeFirst() }
        if var last = words.last {
            if last.hasSuffix("'s") || last.hasSuffix("'S") { last.removeLast(2) } else if last.hasSuffix("s'") { last.removeLast() }
            words[words.count - 1] = last
        }
        return words.joined(separator: " ")
    }

    /// Most names need no cleaning: no quotes, tabs or double spaces, no leading `the`, no trailing possessive.
    private static func isClean(_ name: String) -> Bool {
        let u = name.utf8
        guard let first = u.first, let last = u.last, first != 0x20, last != 0x20, last != 0x27 else { return false }
        var previous: UInt8 = 0
        for b in u {
            if b == 0x22 || b == 0x0A || b == 0x09 || (b == 0x20 && previous == 0x20) { return false }
            previous = b
        }
        if u.count >= 4, (first | 0x20) == 0x74, u.starts(with: "the ".utf8) || u.starts(with: "The ".utf8) || u.starts(with: "THE ".utf8) {
            return false
        }
        if u.count >= 2, (last | 0x20) == 0x73, u.dropLast().last == 0x27 { return false }
        return true
    }

    static let criminalCodeNames: Set<String> = ["criminal code", "criminal law", "penal code", "penal law"]

    static func isCriminalCode(_ name: String) -> Bool { criminalCodeNames.contains(name.lowercased()) }

    /// Ministries (and departments, directorates, bureaus, secretariats) are written both ways; ids use one:
    /// `Interior Ministry` = `Ministry of Interior` = `Ministry of the Interior`, `Foreign Ministry` = `Ministry of
    /// Foreign Affairs`. Commas inside a name are not part of it: `Development, Assistance, and Training` =
    /// `Development, Assistance and Training`.
    static func agencyIDName(_ name: String) -> String {
        var words = name.lowercased().split(separator: " ").map { $0.hasSuffix(",") ? String($0.dropLast()) : String($0) }
        words.removeAll { $0 == "the" || $0.isEmpty }
        if words.count >= 2, words.last == "ministry" {
            var subject = Array(words.dropLast())
            if subject == ["foreign"] { subject = ["foreign", "affairs"] }
            if subject == ["defence"] { subject = ["defense"] }
            words = ["ministry", "of"] + subject
        } else if words.count >= 2, let head = words.last, invertedHeads.contains(head), !words.contains("of") {
            // `Immigration Directorate` = `Directorate of Immigration`, `Education Bureau` = `Bureau of Education`.
            words = [head, "of"] + words.dropLast()
        }
        if words.count >= 3, words[0] == "ministry", words[1] == "of" {
            if words[2...] == ["foreign"] { words.append("affairs") }
            if words[2...] == ["defence"] { words[2] = "defense" }
        }
        return words.joined(separator: " ")
    }

    /// Heads written both before and after their subject, besides `ministry`.
    static let invertedHeads: Set<String> = ["department", "directorate", "bureau", "secretariat"]

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

    static func withoutUNPrefix(_ name: String) -> String {
        for prefix in ["UN ", "U.N. ", "United Nations "] where name.hasPrefix(prefix) && name.count > prefix.count + 8 {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }

    static func isInternational(_ name: String) -> Bool {
        name.lowercased().split(separator: " ").contains { internationalWords.contains(String($0)) }
    }
}
