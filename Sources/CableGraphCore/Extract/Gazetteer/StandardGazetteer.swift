extension Gazetteer {
    /// The gazetteer built from the bundled data files (`Resources/Gazetteers`), loaded once.
    public static let standard = Gazetteer(data: .shared)

    /// Builds the matcher from gazetteer data: every form of every entry, each pointing at its entry.
    /// A form the data marks ambiguous keeps the mark, and matching treats it with care.
    public init(data: GazetteerData) {
        self.init()
        for c in data.countries {
            let ambiguous = Set(c.ambiguousForms)
            let target = GazetteerTarget(type: .country, key: "country:" + c.code, name: c.name, scope: c.code)
            add(c.name, target, ambiguous: ambiguous, reasons: c.flags)
            for alias in c.aliases { add(alias, target, ambiguous: ambiguous, reasons: c.flags) }
            var demonym = target
            demonym.demonym = true
            for d in c.demonyms { add(d, demonym, ambiguous: ambiguous, reasons: c.flags) }
        }
        for s in data.subdivisions {
            let parent = s.parent.map { "subdivision:" + $0 } ?? "country:" + s.country
            let target = GazetteerTarget(type: .province, key: "subdivision:" + s.code, name: s.name, scope: s.country, parent: parent)
            let ambiguous = Set(s.ambiguousForms)
            for form in s.forms { add(form, target, ambiguous: ambiguous, reasons: s.flags) }
        }
        for r in data.regions {
            let target = GazetteerTarget(type: .region, key: "region:" + r.key, name: r.name, scope: Mention.noCountry)
            let ambiguous = Set(r.ambiguousForms)
            for form in r.forms { add(form, target, ambiguous: ambiguous, reasons: r.flags) }
        }
        for o in data.organizations {
            let target = GazetteerTarget(type: .agency, key: "org:" + o.key, name: o.name, scope: o.scope)
            // `local`: named like other countries' bodies (`Labour Party`, `National Democratic Party`), so every form
            // counts only in the body's own country's cables.
            let ambiguous = o.flags.contains("local") ? Set(o.forms) : Set(o.ambiguousForms)
            for form in o.forms {
                add(form, target, ambiguous: ambiguous, reasons: o.flags)
                if let other = Self.serialCommaVariant(form) { add(other, target, ambiguous: ambiguous, reasons: o.flags) }
            }
        }
        for c in data.cities {
            let parent = c.subdivision.map { "subdivision:" + $0 } ?? "country:" + c.country
            let target = GazetteerTarget(type: .city, key: "city:" + c.key, name: c.name, scope: c.country, parent: parent)
            let ambiguous = Set(c.ambiguousForms)
            for form in c.forms { add(form, target, ambiguous: ambiguous, reasons: c.flags) }
        }
    }

    /// A name listing three or more things is written with and without the serial comma: `Development,
    /// Assistance and Training` and `Development, Assistance, and Training`. Nil for a name with no such list.
    static func serialCommaVariant(_ form: String) -> String? {
        guard form.contains(", "), let and = form.range(of: " and ", options: .backwards) else { return nil }
        let before = form[..<and.lowerBound]
        guard before.contains(", ") else { return nil }
        if before.hasSuffix(",") { return String(before.dropLast()) + form[and.lowerBound...] }
        return before + "," + form[and.lowerBound...]
    }

    private mutating func add(_ form: String, _ target: GazetteerTarget, ambiguous: Set<String>, reasons: [String]) {
        var t = target
        if ambiguous.contains(form) {
            t.ambiguous = true
            // Personal names and two-letter forms cannot be told from words in all-capitals text.
            t.personName = reasons.contains("person")
            t.unsafeInCapitals = t.personName || reasons.contains("short") || form.count <= 3
            t.minor = reasons.contains("minor") || reasons.contains("local")
        }
        add(form, t)
    }
}
