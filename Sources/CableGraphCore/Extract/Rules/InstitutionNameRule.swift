/// Names of agencies, programs and laws, found by their head noun: capitalized modifiers before it
/// (`Kunming Public Security Bureau`), complements after it joined by `of`, `for`, `on`, `against`, `and`
/// (`Ministry of Human Resources and Social Security`), possessive chains
/// (`State Council's Work Committee for Women and Children`) and quoted names before a program word
/// (`"Spring Rain" campaign`).
public enum InstitutionNameRule {
    static let name = "institution-name"

    /// `known[i]` is the dictionary mention covering token `i` (places, known organizations).
    static func mentions(in doc: DocumentTokens, sentence: Int, known: KnownTokens) -> [Mention] {
        guard !doc.allCaps[sentence] else { return [] }
        let range = doc.sentences[sentence]
        var found: [Mention] = []
        for h in range {
            let token = doc.tokens[h]
            guard token.kind == .word, known[h] == nil else { continue }
            if token.isCapitalized, doc.word(h, is: "ministries"), doc.word(h + 1, is: "of") {
                found += ministries(doc, sentence: sentence, head: h, known: known)
            } else if token.isCapitalized, let head = headType(doc, h), let m = named(doc, sentence: sentence, head: h, type: head.type,
                                                                               plural: head.plural, known: known) {
                found.append(m)
            } else if !token.isCapitalized {
                // The word tests come first: a call that returns no mention still costs a copy of one.
                if doc.word(h, in: NameLexicon.lowercaseProgramHeads),
                   let m = lowercaseProgram(doc, sentence: sentence, head: h, known: known) {
                    found.append(m)
                } else if doc.word(h, in: codeWords), let m = criminalCode(doc, sentence: sentence, at: h, known: known) {
                    found.append(m)
                }
            }
        }
        return found
    }

    static func headType(_ doc: DocumentTokens, _ index: Int) -> (type: NodeType, plural: Bool)? {
        NameLexicon.headType(doc, index)
    }

    // MARK: - Capitalized heads

    private static func named(_ doc: DocumentTokens, sentence: Int, head h: Int, type: NodeType, plural: Bool,
                              known: KnownTokens) -> Mention? {
        let range = doc.sentences[sentence]
        // A head in capitals inside mixed-case text is part of an acronym or a shouted heading.
        guard !doc.tokens[h].isAllCaps else { return nil }
        var headWord = doc.lowercased(h)
        // Left: capitalized modifiers. A possessive joins only when it is itself a body
        // (`State Council's Work Committee`); other possessives own the name (`GOI's`, `China's`).
        var left = h
        // `Attorney General's Office`, `Prime Minister's Office`: an office holder's office is a body of that name.
        let holdersOffice = type == .agency && h > range.lowerBound && NameLexicon.isHoldersOffice(doc, possessive: h - 1)
        while left > range.lowerBound, h - left < 7 {
            var k = left - 1
            var t = doc.tokens[k]
            // `Trafficking in Persons Report`: programs and laws keep `in`/`of`/`for`/`on` between capitalized words.
            if type != .agency, t.kind == .word, !t.isCapitalized, doc.word(k, in: .innerConnectors), k - 1 >= range.lowerBound,
               doc.tokens[k - 1].kind == .word, doc.tokens[k - 1].isCapitalized, !doc.tokens[k - 1].isPossessive,
               known[k - 1] == nil, !(k - 1 == range.lowerBound && doc.word(k - 1, in: NameLexicon.sentenceStarters)),
               // `Human Rights Report and Trafficking in Persons Report` are two.
               // `... of Child Labor and ILO Convention 29`: a known body after `and` starts the next name.
               !(doc.word(k, is: "and") && (headType(doc, k - 1) != nil || known[k + 1] != nil)) {
                k -= 1
                t = doc.tokens[k]
            }
            // `Foreign and Commonwealth Office`, `Food and Drug Administration`: two portfolios joined by `and`.
            if type == .agency, !plural, doc.word(k, is: "and"), k - 1 >= range.lowerBound, doc.tokens[k - 1].isCapitalized,
               doc.tokens[k + 1].isCapitalized, doc.word(k - 1, in: NameLexicon.portfolioWords),
               doc.word(k + 1, in: NameLexicon.portfolioWords), known[k - 1] == nil {
                k -= 1
                t = doc.tokens[k]
            }
            // `Prime Minister's Office`, `Deputy Prosecutor's Office`: the holder's title goes with the office.
            let holderTitle = holdersOffice && k == h - 2 && doc.word(k, in: NameLexicon.holderTitleWords)
            guard t.kind == .word, t.isCapitalized, isNameWord(doc, k) || holderTitle else { break }
            if k == range.lowerBound, doc.word(k, in: NameLexicon.sentenceStarters) { break }
            // `NGO The Hope Foundation`: a capitalized article inside a sentence starts the name.
            if doc.word(k, is: "the") || doc.word(k, in: NameLexicon.leadingAdjectives) { break }
            if type == .agency, k < h - 1 || doc.word(h, in: NameLexicon.romanceHeads), doc.word(k, in: NameLexicon.bodyKinds) { break }
            if t.isPossessive && !(type == .agency && headType(doc, k)?.type == .agency) && !doc.word(k, in: NameLexicon.groupPossessives)
                && !(holdersOffice && k == h - 1) { break }
            left = k
        }
        // A sentence-initial common word is not part of the name even when capitalized.
        while left < h, left == range.lowerBound || doc.tokens[left - 1].kind == .punctuation,
              doc.word(left, in: NameLexicon.sentenceStarters) { left += 1 }
        // Right: complements after `of`, `for`, `on`, `against`, `and`.
        var right = h + 1
        if !doc.tokens[h].isPossessive {
            // Spanish, Portuguese and French names put adjectives after the head: `Fuerza Publica`, `Policia Nacional de Colombia`.
            var afterHead = h + 1
            if left == h, doc.word(h, in: NameLexicon.romanceHeads) {
                while afterHead < range.upperBound, afterHead - h <= 2, doc.tokens[afterHead].kind == .word,
                      doc.tokens[afterHead].isCapitalized, !doc.tokens[afterHead].isAllCaps, !doc.tokens[afterHead].isPossessive,
                      known[afterHead] == nil, isNameWord(doc, afterHead), headType(doc, afterHead) == nil,
                      !doc.word(afterHead, in: NameLexicon.connectors) {
                    afterHead += 1
                }
            }
            right = complementEnd(doc, after: afterHead, limit: range.upperBound, known: known, type: type)
            let numbered = numberedLawEnd(doc, type: type, after: right, limit: range.upperBound)
            // `ILO Convention 182 on the Worst Forms of Child Labor`: the complement may follow the number.
            if numbered > right, right == h + 1, doc.word(numbered, in: .afterNumberConnectors) {
                right = complementEnd(doc, after: numbered, limit: range.upperBound, known: known, type: type)
            } else {
                right = numbered
            }
        }
        // Longer runs of capitalized words are lists and headings (party lists, sanctions lists), not one name.
        guard right - left <= longest(type) else { return nil }
        // `Kenya Administration Police`: a head right before another body's head modifies it; the name is the next one's.
        if type == .agency, right == h + 1, !doc.tokens[h].isPossessive, h + 1 < range.upperBound, doc.tokens[h + 1].isCapitalized,
           !doc.tokens[h + 1].isAllCaps, known[h + 1] == nil, headType(doc, h + 1)?.type == .agency {
            return nil
        }
        // `National Campaign Against Drug Abuse Authority`: a name that ends in a body's head is that body.
        var type = type
        if type == .program, right - 1 > h, !doc.tokens[right - 1].isPossessive, headType(doc, right - 1)?.type == .agency {
            type = .agency
            headWord = doc.lowercased(right - 1)
        }
        // `KPS Anti-Narcotics Unit`: a body's acronym before a unit's name owns the unit (SubunitRule); it is not its name.
        if type == .agency, h - left >= 2, SubunitRule.unitHeads.contains(singularHead(headWord)), isAcronymLike(doc, left),
           !doc.tokens[left].isPossessive, known[left] == nil, doc.tokens[left + 1].isCapitalized, !doc.tokens[left + 1].isAllCaps {
            left += 1
        }
        var modifiers = Array(left..<h)
        // A leading country or demonym owns a government body or a law; it is not part of its name.
        var scope: String?
        if let first = modifiers.first, let place = known[first], place.type == .country,
           NameLexicon.governmentHeads.contains(singularHead(headWord)) || type == .law {
            scope = place.scope
            let end = place.tokens.upperBound
            // `Ghana Police`, `the Nigerian Army`: a country's force with no other word is named with its country.
            // (`the Lebanese Armed Forces` too: the plural makes its modifiers no name of their own.)
            let head = singularHead(headWord)
            let bareForce = type == .agency && right == h + 1 && NameLexicon.forceHeads.contains(head) && (plural ? head == "force" : end == h)
            if !bareForce {
                modifiers.removeAll { $0 < end }
                left = end
            }
        }
        if scope == nil, left - 1 >= range.lowerBound, doc.tokens[left - 1].isPossessive, let owner = known[left - 1], owner.type == .country {
            scope = owner.scope
        }
        let complement = right > h + 1
        let content = modifiers.filter { !doc.word($0, in: NameLexicon.genericModifiers) }
        guard complement || !content.isEmpty else { return nil }
        if type == .agency, !complement, singularHead(headWord) == "administration", isGovernmentInOffice(doc, modifiers, known: known) { return nil }
        if plural && !(content.count >= 2 || (complement && content.count >= 1)) { return nil }
        // `Air Defense Systems` are things, not a program; report series keep their plural (`Country Reports`).
        if plural && type == .program && headWord != "reports" { return nil }
        if type == .program && (headWord == "system" || headWord == "report" || headWord == "reports" || headWord == "process")
            && content.count + (complement ? 1 : 0) < 2 && !(headWord == "process" && content.count == 1) { return nil }
        if type == .law && headWord == "order" && right == h + 1 { return nil }
        if type == .law, right == h + 1, doc.word(right, in: NameLexicon.lawFieldFollowers) { return nil }
        if singularHead(headWord) == "bank" && !(left..<right).contains(where: { doc.word($0, in: NameLexicon.publicBankWords) }) { return nil }
        var places = Set<String>()
        for k in left..<right { if let p = known[k], p.type != .agency { places.insert(p.key ?? "") } }
        if scope == nil {
            scope = (left..<right).lazy.compactMap { known[$0]?.scope }.first
        }
        // Treaties belong to no country, whatever city they are named after (`Palermo Protocol`, `Rome Statute`).
        if type == .law, NameLexicon.treatyHeads.contains(singularHead(headWord)) { scope = Mention.noCountry }
        let tokens = left..<right
        var surface = doc.text(tokens)
        if type == .law, NameLexicon.notLaws.contains(surface.lowercased()) { return nil }
        // `Chief of Protocol`, `Director of Protocol`: an office of ceremony, not an agreement.
        if type == .law, headWord == "protocol", (left..<h).contains(where: { doc.word($0, in: PersonRule.titles) || doc.tokens[$0].isAllCaps }) { return nil }
        // `Internet Protocol`, `Radical Party National Convention`: a technology and a party meeting.
        if type == .law, NameLexicon.treatyHeads.contains(singularHead(headWord)), (left..<h).contains(where: { doc.word($0, in: .notTreatyModifiers) }) { return nil }
        // `State Council's` names the State Council.
        if doc.tokens[right - 1].isPossessive {
            surface = surface.hasSuffix("'s") ? String(surface.dropLast(2)) : String(surface.dropLast())
        }
        var attributes: [String: String] = ["head": singularHead(headWord)]
        if !places.isEmpty { attributes["places"] = places.sorted().joined(separator: ";") }
        return Mention(type: type, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence, surface: surface,
                       name: surface, scope: scope, rule: name, confidence: 0.8, attributes: attributes)
    }

    /// `the Ministries of Labor, Interior, Justice and Islamic Affairs, and Health`: one ministry per portfolio. Between
    /// commas a portfolio keeps its `and`; the last item splits at `and` unless the list closed with `, and`.
    private static func ministries(_ doc: DocumentTokens, sentence: Int, head h: Int, known: KnownTokens) -> [Mention] {
        let limit = doc.sentences[sentence].upperBound
        var items: [Range<Int>] = []
        var k = h + 2
        var oxford = false
        while k < limit {
            if doc.word(k, is: "and") { oxford = true; k += 1 }
            let start = k
            while k < limit, doc.tokens[k].kind == .word, known[k] == nil, !doc.tokens[k].isAllCaps,
                  doc.tokens[k].isCapitalized || (doc.word(k, is: "and") && k + 1 < limit && doc.tokens[k + 1].isCapitalized && k > start) {
                k += 1
            }
            guard k > start, !doc.word(k - 1, is: "and") else { break }
            items.append(start..<k)
            guard doc.isPunctuation(k, 0x2C) else { break }
            k += 1
        }
        guard items.count >= 1, items.allSatisfy({ $0.count <= 5 }) else { return [] }
        // `Education and Health` at the end of a list without a closing `, and` is two portfolios.
        if !oxford, let last = items.last, let and = last.first(where: { doc.word($0, is: "and") }) {
            items.removeLast()
            items += [last.lowerBound..<and, (and + 1)..<last.upperBound]
        }
        guard items.count >= 2 else { return [] }
        return items.enumerated().map { n, item in
            let tokens = n == 0 ? h..<item.upperBound : item
            let portfolio = doc.text(item)
            return Mention(type: .agency, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence,
                           surface: "Ministry of " + portfolio, name: "Ministry of " + portfolio, rule: name, confidence: 0.75,
                           attributes: ["head": "ministry"])
        }
    }

    /// A word that can sit inside a name: two letters or more, not a title (`Director`, `Mr`),
    /// not a hyphenated adjective (`Russian-dominated`).
    static func isNameWord(_ doc: DocumentTokens, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        guard t.length >= 2, !doc.word(k, in: NameLexicon.nameStoppers), !doc.word(k, in: NameLexicon.calendarWords) else { return false }
        var i = t.start
        while i + 1 < t.end {
            if doc.bytes[i] == 0x2D, isLower(doc.bytes[i + 1]) { return false }
            i += 1
        }
        return true
    }

    private static func singularHead(_ word: String) -> String {
        let w = word.hasSuffix("'s") ? String(word.dropLast(2)) : word
        return NameLexicon.singular(w)
    }

    /// The most tokens a name of this type runs to: treaties have the longest names (`Optional Protocol to the Convention
    /// on the Rights of the Child on the Sale of Children, Child Prostitution and Child Pornography`). Longer capitalized
    /// runs are lists and headings.
    static func longest(_ type: NodeType) -> Int { type == .law ? 24 : 16 }

    /// End of the complements after a head: `of Public Security`, `on the Comprehensive Management of Public Security`.
    static func complementEnd(_ doc: DocumentTokens, after start: Int, limit: Int, known: KnownTokens, type: NodeType = .agency) -> Int {
        let longest = longest(type)
        var end = start
        // Where the name ended before its first `and`: when a head noun ends the name there and another comes
        // after it, they are two names (`Human Rights Report and Trafficking in Persons Report`, `Gandhi
        // Foundation and Martin Luther King Foundation`); `Department of the Foreign and Commonwealth Office` is one.
        var beforeAnd: Int?
        // Complements longer than this are runs of capitalized headings, not one name.
        while end < limit, end - start < longest {
            // `in` joins only inside a complement (`on Combating Trafficking in Women`), never a date or place.
            // (`University of Maroua in the Far North Region`: the place after the article counts too.)
            let afterIn = doc.word(end + 1, is: "the") ? end + 2 : end + 1
            let joinsIn = doc.word(end, is: "in") && end > start && known[end + 1] == nil && known[afterIn] == nil
                && !doc.word(end + 1, in: NameLexicon.calendarWords)
            // `Protocol to Prevent, Suppress and Punish ...`, `Committee to Combat ...`: a purpose in capitals.
            let joinsTo = (doc.word(end, is: "to") && end + 1 < limit && doc.tokens[end + 1].isCapitalized
                           && doc.word(end + 1, in: .purposeVerbs))
                // `Optional Protocol to the Convention on ...`, `Amendment to the Constitution`: a text added to another.
                || (type == .law && doc.word(end, is: "to") && doc.word(end + 1, is: "the") && end + 2 < limit
                    && doc.tokens[end + 2].isCapitalized && doc.stem(end + 2, in: NameLexicon.lawHeads).found)
            guard doc.word(end, in: NameLexicon.connectors) || joinsIn || joinsTo else { break }
            var k = end + 1
            let isAnd = doc.word(end, in: NameLexicon.conjunctions)
            if !isAnd, k + 1 < limit, doc.word(k, in: NameLexicon.articles), known[k] == nil || doc.word(k, is: "the"),
               !doc.word(k, is: "all") || !doc.tokens[k].isCapitalized && doc.tokens[k + 1].isCapitalized && known[k + 1] == nil {
                k += 1
            }
            var words = 0
            while k < limit, k - start < longest, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized {
                if isAnd && words == 0 {
                    // `... and the Ministry of X` or `... and MOHRSS` start another name, and so does a title
                    // (`Ministry of Foreign Affairs and Ms. Jonsdottir`). So does a known entity: `Ministry of
                    // Education and India`, unless a portfolio word follows it (`Office for Middle East and Africa Affairs`).
                    // `and NCCM's TIP Unit`, `and NGOs`, `and State Comptroller`: another body or a post.
                    if startsAnotherName(doc, k) || doc.tokens[k].isAllCaps || isAcronymLike(doc, k) || !isNameWord(doc, k)
                        || doc.word(k, in: NameLexicon.groupPossessives) || doc.word(k, in: .partsOfLaws)
                        || (k + 1 < limit && doc.tokens[k + 1].isCapitalized && doc.word(k + 1, in: PersonRule.titles)) { break }
                    if let place = known[k] {
                        // `Department of the Foreign and Commonwealth Office`: this `and` is inside a known body the
                        // complement began; the body goes on to its end.
                        if place.type == .agency, place.tokens.lowerBound < end, place.tokens.upperBound <= limit {
                            words += place.tokens.upperBound - k
                            k = place.tokens.upperBound
                            break
                        }
                        let after = place.tokens.upperBound
                        guard place.type != .agency, after < limit, doc.tokens[after].isCapitalized, known[after] == nil,
                              doc.word(after, in: NameLexicon.portfolioWords) else { break }
                        words += place.tokens.count
                        k = after
                        continue
                    }
                }
                // `of the President` is a name; `of Pakistan Executive Director Jameel Ahmed` ends before the title.
                if words > 0 && !isNameWord(doc, k) { break }
                // `Framework for Action Against the Commercial ...`: a connector in title case still connects.
                if words > 0 && doc.word(k, in: NameLexicon.connectors) && !doc.tokens[k].isAllCaps { break }
                if doc.word(k, in: NameLexicon.calendarWords) { break }
                k += 1
                words += 1
                // `Center for Women's Rights`, `Ministry of Workers' Affairs`: a group's possessive goes on.
                if doc.tokens[k - 1].isPossessive && !groupPossessiveGoesOn(doc, k - 1, limit: limit) { break }
                // A country ends the complement (`Central Bank of Egypt`). A demonym before more of the name does not
                // (`National Board of Chilean Child Care Centers`), but one before another body's head ends the name
                // before it (`Board of Directors of the Egyptian Center for Women's Rights`).
                if let place = known[k - 1], place.type == .country, place.tokens.upperBound == k {
                    guard place.isDemonym, k < limit, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized,
                          !doc.tokens[k].isAllCaps, known[k] == nil else { break }
                    if headType(doc, k) != nil {
                        words -= place.tokens.count
                        k -= place.tokens.count
                        break
                    }
                }
            }
            guard words > 0 else { break }
            if isAnd, beforeAnd == nil { beforeAnd = end }
            if let cut = beforeAnd, headType(doc, cut - 1) != nil,
               ((end + 1)..<k).contains(where: { doc.tokens[$0].isCapitalized && headType(doc, $0) != nil }) {
                end = cut
                break
            }
            end = k
            if doc.tokens[k - 1].isPossessive && !groupPossessiveGoesOn(doc, k - 1, limit: limit) { break }
            if doc.isPunctuation(end, 0x2C), let listEnd = commaListEnd(doc, at: end, limit: limit, known: known) { end = listEnd }
        }
        return end
    }

    /// `the Bush Administration`, `the Mexican Administration`, `the U.S. Administration`: the government in office,
    /// named by its leader or its country, is no body of its own (`Drug Enforcement Administration`, `Prison Administration` are).
    private static func isGovernmentInOffice(_ doc: DocumentTokens, _ modifiers: [Int], known: KnownTokens) -> Bool {
        guard !modifiers.isEmpty else { return false }
        if modifiers.allSatisfy({ known[$0]?.type == .country }) { return true }
        guard modifiers.count == 1, let k = modifiers.first, known[k] == nil, !doc.tokens[k].isAllCaps else { return false }
        return !doc.word(k, in: NameLexicon.portfolioWords) && !doc.word(k, in: .administeredThings)
    }

    /// `NCCM's`, `NGOs`: capitals only, less a plural `s` or a possessive.
    static func isAcronymLike(_ doc: DocumentTokens, _ k: Int) -> Bool {
        let t = doc.tokens[k]
        var end = t.end
        if t.isPossessive { end -= doc.bytes[end - 1] == 0x27 ? 1 : 2 }
        if end - t.start > 2, doc.bytes[end - 1] == 0x73 { end -= 1 }
        guard end - t.start >= 2 else { return false }
        return doc.bytes[t.start..<end].allSatisfy { isUpper($0) }
    }

    /// A head noun after `and` starts another name, except `Law` as a field (`Narcotics and Law Enforcement Affairs`).
    private static func startsAnotherName(_ doc: DocumentTokens, _ k: Int) -> Bool {
        guard let head = headType(doc, k) else { return false }
        return !(head.type == .law && doc.word(k + 1, in: NameLexicon.lawFieldFollowers))
    }

    private static func groupPossessiveGoesOn(_ doc: DocumentTokens, _ k: Int, limit: Int) -> Bool {
        doc.word(k, in: NameLexicon.groupPossessives) && k + 1 < limit && doc.tokens[k + 1].kind == .word
            && doc.tokens[k + 1].isCapitalized && !doc.tokens[k + 1].isAllCaps
    }

    /// `, Passports, and Residence`: a comma list of capitalized words closed by `and`, inside a complement
    /// (`General Directorate of Nationality, Passports, and Residence`). No head nouns, no known places.
    private static func commaListEnd(_ doc: DocumentTokens, at comma: Int, limit: Int, known: KnownTokens) -> Int? {
        var k = comma
        var words = 0
        while k < limit, words <= 8 {
            guard doc.isPunctuation(k, 0x2C) else { return nil }
            k += 1
            let closing = doc.word(k, is: "and")
            if closing { k += 1 }
            var run = 0
            while k < limit, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized, !doc.tokens[k].isAllCaps,
                  known[k] == nil, headType(doc, k) == nil {
                k += 1
                run += 1
            }
            guard run > 0 else { return nil }
            words += run
            // `, and Residence` closes a list of three or more; `Chamber of Deputies, and Nelson Jobim` is two things.
            if closing { return words > run ? k : nil }
            if doc.word(k, is: "and") {
                var j = k + 1
                var tail = 0
                while j < limit, doc.tokens[j].kind == .word, doc.tokens[j].isCapitalized, !doc.tokens[j].isAllCaps,
                      known[j] == nil, headType(doc, j) == nil { j += 1; tail += 1 }
                return tail > 0 ? j : nil
            }
        }
        return nil
    }

    /// `Executive Order 12958`, `Law No. 25`, `Decree 2002-123`: a number completes a law name.
    private static func numberedLawEnd(_ doc: DocumentTokens, type: NodeType, after end: Int, limit: Int) -> Int {
        guard type == .law, end < limit else { return end }
        var k = end
        if doc.word(k, in: .numberWords) { k += 1; if doc.isPunctuation(k, 0x2E) { k += 1 } }
        guard k < limit, doc.tokens[k].kind == .number || (doc.tokens[k].kind == .word && isDigit(doc.bytes[doc.tokens[k].start])) else { return end }
        k += 1
        // `1/2008`
        if k + 1 < limit, doc.isPunctuation(k, 0x2F), doc.tokens[k + 1].kind == .number { k += 2 }
        // `Law No. 1 of 2008`: the year the number is counted in.
        if k + 1 < limit, doc.word(k, is: "of"), doc.tokens[k + 1].kind == .number, doc.tokens[k + 1].length == 4 { k += 2 }
        return k
    }

    // MARK: - Lower-case program heads

    /// `the Spring Rain campaign`, `"Spring Rain" campaign`, `its Strike Hard campaign`.
    private static func lowercaseProgram(_ doc: DocumentTokens, sentence: Int, head h: Int, known: KnownTokens) -> Mention? {
        guard doc.word(h, in: NameLexicon.lowercaseProgramHeads) else { return nil }
        let range = doc.sentences[sentence]
        var k = h - 1
        var quoted = false
        if k >= range.lowerBound, doc.isPunctuation(k, 0x22) { quoted = true; k -= 1 }
        var left = k + 1
        while k >= range.lowerBound, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized, !doc.tokens[k].isPossessive, known[k] == nil {
            left = k
            k -= 1
        }
        if quoted {
            guard k >= range.lowerBound, doc.isPunctuation(k, 0x22), left <= h - 2 else { return nil }
        }
        while left < h, (left == range.lowerBound || doc.tokens[left - 1].kind == .punctuation),
              doc.word(left, in: NameLexicon.sentenceStarters) { left += 1 }
        let nameTokens = Array(left..<(quoted ? h - 1 : h))
        guard !nameTokens.isEmpty, nameTokens.allSatisfy({ doc.tokens[$0].kind == .word && !doc.tokens[$0].isAllCaps || doc.tokens[$0].length > 4 }) else { return nil }
        let start = quoted ? left - 1 : left
        let tokens = start..<(h + 1)
        let bare = doc.text(left..<(quoted ? h - 1 : h))
        let name = bare + " " + doc.text(doc.tokens[h])
        return Mention(type: .program, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence,
                       surface: doc.text(tokens), name: name, rule: self.name, confidence: 0.75,
                       attributes: ["head": doc.lowercased(h), "alias": bare])
    }

    // MARK: - The criminal code

    static let codeWords: WordSet = ["criminal", "penal"]

    /// `the criminal code`, `China's criminal law`, `the Penal Code`: the country's criminal code.
    private static func criminalCode(_ doc: DocumentTokens, sentence: Int, at i: Int, known: KnownTokens) -> Mention? {
        let range = doc.sentences[sentence]
        guard doc.word(i, in: codeWords), i + 1 < range.upperBound, doc.word(i + 1, in: .codeHeads) else { return nil }
        var scope: String?
        if i - 1 >= range.lowerBound, let owner = known[i - 1], owner.type == .country { scope = owner.scope }
        let tokens = i..<(i + 2)
        return Mention(type: .law, clean: doc.cleanRange(tokens), tokens: tokens, sentence: sentence, surface: doc.text(tokens),
                       name: doc.text(tokens), scope: scope, rule: name, confidence: 0.85, attributes: ["head": "code"])
    }
}

private extension WordSet {
    static let innerConnectors: WordSet = ["in", "of", "for", "on", "and"]
    /// What a one-word administration body runs (`Prison Administration`, `Presidential Administration`).
    static let administeredThings: WordSet = [
        "presidential", "prison", "prisons", "penitentiary", "public", "business", "budgetary", "income", "federal", "national",
        "general", "central", "civil", "military", "transitional", "interim", "provisional", "municipal", "tribal", "district",
        "port", "ports", "airport", "highway", "highways", "road", "roads", "railway", "railways", "forest", "forests", "parks",
        "postal", "tax", "customs", "export", "revenue", "school", "schools", "hospital", "property", "courts", "judicial",
    ]
    static let numberWords: WordSet = ["no", "no.", "number", "nr"]
    static let codeHeads: WordSet = ["code", "law"]
    /// `the Constitution and Article 3`: a part of a law after `and` is no part of a name.
    static let notTreatyModifiers: WordSet = ["internet", "voice-over", "party", "annual", "baptist", "republican"]
    static let afterNumberConnectors: WordSet = ["on", "for", "against", "concerning"]
    static let purposeVerbs: WordSet = ["combat", "prevent", "protect", "eliminate", "fight", "end", "promote", "suppress",
                                        "counter", "stop", "support", "coordinate", "investigate", "reduce", "assist", "abolish",
                                        "punish", "defend", "strengthen", "monitor", "address"]
    static let partsOfLaws: WordSet = ["article", "articles", "chapter", "chapters", "section", "sections", "paragraph", "clause"]
}
