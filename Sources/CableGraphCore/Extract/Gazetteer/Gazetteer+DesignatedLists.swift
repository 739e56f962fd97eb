extension Gazetteer {
    /// Plural designators that end a list of division names, and the singular form the dictionary writes.
    static let pluralDesignators: [String: String] = [
        "provinces": "Province", "regions": "Region", "states": "State", "governorates": "Governorate", "counties": "County",
        "districts": "District", "oblasts": "Oblast", "prefectures": "Prefecture", "departments": "Department",
        "emirates": "Emirate", "cantons": "Canton", "divisions": "Division",
    ]
    static let anyPluralDesignator = WordSet(pluralDesignators.keys)

    /// Divisions named in a list before one plural designator: `in Western, Nairobi, and Central provinces`,
    /// `North Eastern and Coast provinces`. Each name with the designator (`Western Province`) must be a division
    /// the dictionary knows; the mention is marked `designated`, and outranks the bare name's reading (`Nairobi`
    /// the city). At least two names, one to three capitalized words each; none a region of the world.
    func designatedListMentions(in doc: DocumentTokens, sentence: Int, country: String?) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        for k in range where k > range.lowerBound + 2 && doc.tokens[k].kind == .word {
            guard doc.word(k, in: Self.anyPluralDesignator), let singular = Self.pluralDesignators[doc.lowercased(k)] else { continue }
            var items: [Range<Int>] = []
            var end = k
            while true {
                var start = end
                while start > range.lowerBound, end - start < 3, doc.tokens[start - 1].kind == .word,
                      doc.tokens[start - 1].isCapitalized, !doc.word(start - 1, is: "and") {
                    start -= 1
                }
                guard start < end else { break }
                items.append(start..<end)
                // The separator before this name: `,`, `and` or `, and`.
                var before = start - 1
                if doc.word(before, is: "and") { before -= 1 }
                if doc.isPunctuation(before, 0x2C) { before -= 1 }
                guard before < start - 1, before >= range.lowerBound else { break }
                end = before + 1
            }
            guard items.count >= 2 else { continue }
            for item in items.reversed() {
                let text = doc.text(item)
                // `the Maghreb and Sahel regions` name regions of the world, not Burkina Faso's Sahel Region.
                if lookup(text).contains(where: { $0.type == .region || $0.type == .country }) { continue }
                let options = lookup(text + " " + singular).filter { target in
                    target.type == .province && !target.isAmbiguousOutside(country)
                }
                guard let target = choose(options, country: country) else { continue }
                found.append(Mention(type: .province, clean: doc.cleanRange(item), tokens: item, sentence: sentence,
                                     surface: text, name: target.name, key: target.key, scope: target.scope,
                                     rule: Gazetteer.rule, confidence: 0.9, attributes: ["designated": "true"]))
            }
        }
        return found
    }
}
