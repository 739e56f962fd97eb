/// The country a cable is about, when its origin tells: `Embassy Beijing` -> CN, `AIT Taipei` -> TW,
/// `Consulate Shenyang` -> CN. Unnamed owners in the text (`the criminal code`, `the Ministry of
/// Interior`) belong to it. Cables from Washington or multilateral missions have none.
enum CableCountry {
    static let postWords: WordSet = ["embassy", "consulate", "consulate-general", "mission", "ait", "usliaison",
                                         "office", "usoffice", "branch", "american", "us", "u.s.", "general"]

    static func infer(_ metadata: CableMetadata, gazetteer: Gazetteer) -> String? {
        guard let origin = metadata.origin, !origin.isEmpty else { return nil }
        let lower = origin.lowercased()
        if lower.contains("secretary of state") || lower.hasPrefix("usun") || lower.hasPrefix("mission usun")
            || lower.contains("useu") || lower.contains("usnato") || lower.contains("unvie") || lower.contains("usosce") {
            return nil
        }
        let words = origin.split(separator: " ").filter { !postWords.contains($0.lowercased()) }
        let place = words.joined(separator: " ")
        guard !place.isEmpty else { return nil }
        let options = gazetteer.lookup(place)
        if let city = options.first(where: { $0.type == .city }) { return city.scope }
        if let country = options.first(where: { $0.type == .country }) { return country.scope }
        return options.first?.scope
    }
}
