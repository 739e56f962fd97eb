import Testing
@testable import CableGraphCore

@Suite struct LegalArticleRuleTests {
    @Test func expandsListsOneArticlePerNumber() {
        let a = Analyzed("In addition to Articles 240, 241 and 262 of China's Criminal Code, which directly address trafficking, the following articles refer to related crimes: Articles 134, 135, 244, 262 and 333 address forced labor; Articles 318, 319, 320, 321, 322 and 415 address transnational crimes.")
        let numbers = Set(a.graph.nodes.filter { $0.type == .legalArticle }.compactMap { $0.properties["article"] })
        #expect(numbers == ["240", "241", "262", "134", "135", "244", "333", "318", "319", "320", "321", "322", "415"])
        // Every article is PART_OF the code the text is discussing, even where the sentence does not name it.
        let code = a.id("Criminal Code of China")
        #expect(code == "law:cn:criminal-code")
        #expect(a.edges(.partOf).filter { $0.target == code }.count == 13)
    }

    @Test func attachesToTheLawNamedAfterOf() {
        let a = Analyzed("Both prostitution and the purchasing of sex are criminalized under Article 66 of the Law on Public Security Administration Punishments.")
        #expect(a.edge(.partOf, "Article 66", "Law on Public Security Administration Punishments") != nil)
    }

    @Test func lowerCaseCriminalCodeIsTheCountrysCode() {
        let a = Analyzed("It is punishable under Article 240 of the criminal code. Article 236 of China's criminal law states the penalty.")
        #expect(a.labels(.law) == ["Criminal Code of China"])
        #expect(a.edges(.partOf).count == 2)
        #expect(a.node(.law, "Criminal Code of China")?.aliases.isSuperset(of: ["criminal code", "criminal law"]) == true)
    }

    @Test func abbreviatedArticlesAndRanges() {
        // 08MOSCOW: `Art.` written with a dot; a short range expands.
        let a = Analyzed("They were subjected to unlawful force under Art. 225 of the Criminal Code. Articles 318-320 cover smuggling.", origin: "Embassy Moscow")
        let numbers = Set(a.graph.nodes.filter { $0.type == .legalArticle }.compactMap { $0.properties["article"] })
        #expect(numbers == ["225", "318", "319", "320"])
        #expect(a.node(.legalArticle, "Art. 225") != nil)
    }

    @Test func anArticleOfATreatyBelongsToTheTreaty() {
        // Treaties are laws of no country: the article is the convention's, never the criminal code's.
        let a = Analyzed("This follows Art. 26 of the OECD Model Tax Convention.", origin: "Embassy Bern")
        #expect(a.edge(.partOf, "Article 26", "OECD Model Tax Convention") != nil)
        #expect(a.node(.law, "OECD Model Tax Convention")?.country == nil)
        #expect(!a.labels(.law).contains { $0.hasPrefix("Criminal Code") })
    }

    @Test func anArticleOfSomethingElseIsNotALawArticle() {
        let a = Analyzed("This follows Article 4 of the Joint Statement.", origin: "Embassy Bern")
        #expect(a.graph.nodes.filter { $0.type == .legalArticle }.isEmpty)
    }

    @Test func provisionsOfANamedTreatyAreItsArticles() {
        // 09SANSALVADOR164: the article belongs to the statute named after `provisions to`, not the criminal code.
        let a = Analyzed("El Salvador is not a signatory to the International Criminal Court, but signed and ratified Article 98 provisions to the Rome Statute with the U.S. in 2004.", origin: "Embassy San Salvador")
        #expect(a.edge(.partOf, "Article 98", "Rome Statute") != nil)
        #expect(!a.labels(.law).contains { $0.hasPrefix("Criminal Code") })
    }

    @Test func aSpanishConjunctionJoinsTheList() {
        // 09SANJOSE127: a translated amendment keeps `y` between the last two numbers.
        let a = Analyzed("Amendments to Articles 172, 208 y 387 of the Criminal Code, Law No. 4573, as amended.", origin: "Embassy San Jose")
        let numbers = Set(a.graph.nodes.filter { $0.type == .legalArticle }.compactMap { $0.properties["article"] })
        #expect(numbers == ["172", "208", "387"])
        #expect(a.edges(.partOf).filter { a.graph.node($0.target)?.label.hasPrefix("Criminal Code") == true }.count == 3)
    }

    @Test func aQuotedArticleCitingAnotherLawDoesNotChangeTheLaw() {
        // 10CAIRO211: the Child Law quoted article by article; Article 64 cites the Education Law.
        let a = Analyzed("The Child Law was amended in 2008. Article 64: Takes into consideration provision 18(b) of the Education Law. Article 65: It is unlawful to employ a child in hazardous work.",
                         origin: "Embassy Cairo", world: true)
        #expect(a.edge(.partOf, "Article 64", "Child Law") != nil)
        #expect(a.edge(.partOf, "Article 65", "Child Law") != nil)
        #expect(a.edges(.partOf).allSatisfy { a.graph.node($0.target)?.label == "Child Law" })
    }

    @Test func aLawCalledByAnotherNameIsOneLaw() {
        // 10CAIRO211: the short name in lower case, the full name after `called`; articles follow under the short name.
        let a = Analyzed("Prostitution law: Enacted in 1961 and called the Law for Combating Prostitution. Prostitution Law: Article 3: Whoever incites a female is punished.",
                         origin: "Embassy Cairo", world: true)
        #expect(a.labels(.law) == ["Law for Combating Prostitution"])
        #expect(a.node(.law, "Law for Combating Prostitution")?.aliases.contains("Prostitution Law") == true)
        #expect(a.edge(.partOf, "Article 3", "Law for Combating Prostitution") != nil)
    }

    @Test func articlesOfTwoCountriesStayApart() {
        let china = Analyzed("It is punishable under Article 240 of the criminal code.")
        let russia = Analyzed("It is punishable under Article 240 of the criminal code.", origin: "Embassy Moscow")
        #expect(china.id("Article 240") != nil)
        #expect(china.id("Article 240") != russia.id("Article 240"))
    }
}
