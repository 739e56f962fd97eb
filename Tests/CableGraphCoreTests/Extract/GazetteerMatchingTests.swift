import Testing
@testable import CableGraphCore

@Suite struct GazetteerMatchingTests {
    @Test func countriesByNameAliasAndDemonym() {
        let a = Analyzed("The People's Republic of China (PRC) is a source country. PRC citizens are trafficked abroad. Chinese women are lured abroad. China acknowledges the problem.")
        #expect(a.labels(.country) == ["China"])
        #expect(a.node(.country, "China")?.aliases.isSuperset(of: ["PRC", "People's Republic of China", "Chinese"]) == true)
    }

    @Test func demonymsAreMentionsOfTheirCountry() {
        let a = Analyzed("The case involved 18 Vietnamese women and North Korean women.")
        #expect(a.labels(.country) == ["Vietnam", "North Korea"])
    }

    @Test func divisionsAreProvincesOfTheirCountry() {
        let a = Analyzed("Officers representing Guangxi Zhuang Autonomous Region and Vietnam meet monthly. Police in Guangdong Province handled 33 cases.")
        #expect(a.labels(.province) == ["Guangxi", "Guangdong"])
        // China is not named: no node without a mention.
        #expect(a.labels(.country) == ["Vietnam"])
        let named = Analyzed("Officers representing Guangxi Zhuang Autonomous Region of China meet monthly.")
        #expect(named.edge(.partOf, "Guangxi", "China") != nil)
    }

    @Test func everyAncestorWhenAsked() {
        let body = "Police in Guangdong Province handled 33 cases."
        let plain = Analyzed(document: TestCables.document(body))
        let full = Pipeline(options: PipelineOptions(placeAncestors: true), gazetteer: TestGazetteer.shared)
            .analyze(TestCables.document(body)).graph
        #expect(plain.graph.nodes.allSatisfy { $0.type == .cable || $0.mentionCount > 0 })
        let china = full.nodes.first { $0.type == .country && $0.label == "China" }
        #expect(china?.mentionCount == 0)
        #expect(full.edges.contains { $0.key.type == .partOf && $0.key.target == china?.id })
    }

    @Test func dominicansAreFromTheDominicanRepublic() {
        // 07SANJOSE524
        let a = Analyzed("Chinese, Colombians, Cubans, and Dominicans have been identified as heads of trafficking rings.",
                         origin: "Embassy San Jose", world: true)
        #expect(a.labels(.country).contains("Dominican Republic"))
        #expect(!a.labels(.country).contains("Dominica"))
    }

    @Test func longestNameWins() {
        let a = Analyzed("There is also trafficking to Southeast Asia and the Middle East.")
        #expect(a.labels(.region) == ["Southeast Asia", "Middle East"])
    }

    @Test func lowerCaseWordsAreNotProperNames() {
        let a = Analyzed("They ate with fine china and discussed the cost of the georgia pine.")
        #expect(a.labels(.country).isEmpty)
        #expect(a.labels(.province).isEmpty)
    }

    @Test func currencyCodesAreNotCountries() {
        // 08MANAMA144: `BD` is the Bahraini dinar, not Bangladesh.
        let a = Analyzed("Those convicted will face a fine of not less than BD 2,000 and not more than BD 10,000.", origin: "Embassy Manama")
        #expect(a.labels(.country).isEmpty)
    }

    @Test func unAgenciesInGeneralAreNotTheUN() {
        let a = Analyzed("The Ministry of Public Security, with the help of UN agencies, continues to operate transfer centers.")
        #expect(!a.labels(.agency).contains("United Nations"))
    }

    @Test func aCountryOutranksADivisionOfTheSameName() {
        let a = Analyzed("The prostitutes were trafficked from Armenia to Turkey via Georgia.", origin: "Embassy Ankara")
        #expect(a.labels(.country).contains("Georgia"))
        #expect(a.labels(.province).isEmpty)
    }

    @Test func acronymsMatchOnlyInCapitals() {
        let a = Analyzed("The IOM office opened. An iom is not a thing.")
        #expect(a.node(.agency, "International Organization for Migration")?.mentionCount == 1)
    }

    @Test func aLanguageIsNotItsCountry() {
        // 06SANTIAGO438: `learn Spanish` in a Chilean cable is no mention of Spain.
        let a = Analyzed("The women were promised an opportunity to learn Spanish at a Chilean university. The brochure was printed in Arabic. English language classes began. Spanish police arrested two men.",
                         origin: "Embassy Santiago", world: true)
        #expect(a.node(.country, "Spain")?.mentionCount == 1)
        #expect(!a.labels(.country).contains("United Kingdom"))
    }

    @Test func smallerCitiesCountInTheirOwnCountrysCables() {
        // 06SANTIAGO438: Iquique and Arica (about 200,000 people each) in a Chilean cable.
        let chile = Analyzed("SERNAM held seminars in the northern cities of Iquique and Arica.", origin: "Embassy Santiago", world: true)
        #expect(chile.labels(.city).isSuperset(of: ["Iquique", "Arica"]))
        // Down to 50,000 people: Vanadzor (Armenia's third city), Herzliya and Bat Yam.
        let armenia = Analyzed("Police and NGOs in Vanadzor described the trade.", origin: "Embassy Yerevan", world: true)
        #expect(armenia.labels(.city) == ["Vanadzor"])
        let israel = Analyzed("He lived in Herzliya and was shot in Bat Yam.", origin: "Embassy Tel Aviv", world: true)
        #expect(israel.labels(.city) == ["Herzliya", "Bat Yam"])
        // A smaller city's name inside a person's name is the person's (Pinheiro and Dalai are towns too).
        let brazil = Analyzed("Admiral Othon Pinheiro spoke in Brasilia.", origin: "Embassy Brasilia", world: true)
        #expect(brazil.labels(.city) == ["Brasilia"])
        #expect(brazil.labels(.person).contains("Othon Pinheiro"))
        let china = Analyzed("The Dalai Lama stayed away from Lhasa.", origin: "Embassy Beijing", world: true)
        #expect(china.labels(.city) == ["Lhasa"])
        // Hassan is a city in India and a name everywhere else.
        let egypt = Analyzed("Hassan Younis met the Minister of Interior.", origin: "Embassy Cairo", world: true)
        #expect(egypt.labels(.city).isEmpty)
    }

    @Test func aCapitalNamedLikeItsOwnDivisionIsFoundInOtherCountriesCables() {
        // 09LONDON2819, 08NAIROBI2671: the city and its division are one place, not an ambiguity.
        let a = Analyzed("""
        The Secretary General would like to visit Washington in 2010. The delegation flew to Berlin and Vienna, \
        then on to Kabul and Banjul.
        """, origin: "Embassy London", world: true)
        #expect(a.labels(.city).isSuperset(of: ["Washington", "Berlin", "Vienna", "Kabul", "Banjul"]))
        #expect(a.labels(.province).isEmpty)
    }

    @Test func placesJoinedByHyphensAreEachMentioned() {
        // 08NAIROBI2671: `Nairobi-Zurich-Berlin-London instead of Nairobi-London`.
        let a = Analyzed("""
        Couriers take indirect routes (Nairobi-Berlin-London instead of Nairobi-London). The Kenya-Somalia border \
        stayed closed, and Israeli-Palestinian talks resumed.
        """, origin: "Embassy Nairobi", world: true)
        #expect(a.labels(.city).isSuperset(of: ["Nairobi", "Berlin", "London"]))
        #expect(a.labels(.country).isSuperset(of: ["Kenya", "Somalia", "Israel"]))
    }

    @Test func aHyphenatedWordWithAPartThatIsNoPlaceNamesNone() {
        let a = Analyzed("""
        Afro-Brazilian groups met Calmy-Rey. The US-India Mutual Legal Assistance Treaty entered into force.
        """, origin: "Embassy Brasilia", world: true)
        #expect(a.labels(.country).isEmpty)
        #expect(a.labels(.law) == ["US-India Mutual Legal Assistance Treaty"])
    }

    @Test func namesListedBeforeAPluralDesignatorAreDivisions() {
        let kenya = Analyzed("""
        Police trained officers in Western, Nairobi, and Central provinces, and will train more in North Eastern and \
        Coast provinces next year.
        """, origin: "Embassy Nairobi", world: true)
        #expect(kenya.labels(.province) == ["Western Province", "Nairobi Province", "Central Province", "North Eastern Province",
                                            "Coast Province"])
        #expect(kenya.labels(.city).isEmpty)
        let argentina = Analyzed("Floods hit Mendoza, Salta, Jujuy, and Tucuman provinces in March.",
                                 origin: "Embassy Buenos Aires", world: true)
        #expect(argentina.labels(.province).isSuperset(of: ["Salta", "Jujuy", "Tucuman"]))
    }

    @Test func divisionsOfTheCableEraThatISODeletedAreFound() {
        // 08ISLAMABAD3248: the tribal areas were a division of their own until 2018.
        let a = Analyzed("The Taliban leader operates in FATA and the NWFP of Pakistan.", origin: "Embassy Islamabad", world: true)
        #expect(a.labels(.province) == ["Federally Administered Tribal Areas", "Khyber Pakhtunkhwa"])
        #expect(a.pairs(.partOf).contains("Federally Administered Tribal Areas -> Pakistan"))
    }

    @Test func regionsOfTheWorldBeforeADesignatorAreNoDivisions() {
        let a = Analyzed("Spain worries about migrants from the Maghreb and Sahel regions of North Africa.",
                         origin: "Embassy Madrid", world: true)
        #expect(a.labels(.province).isEmpty)
    }

    @Test func nationalForcesNamedByTheirOwnNames() {
        let mexico = Analyzed("Both SEDENA and SEMAR took part; CISEN did not.", origin: "Embassy Mexico", world: true)
        #expect(mexico.labels(.agency) == ["Secretariat of National Defense", "Secretariat of the Navy",
                                          "Center for Investigation and National Security"])
        let chile = Analyzed("PDI and Carabineros work with the Ministry of Interior.", origin: "Embassy Santiago", world: true)
        #expect(chile.labels(.agency).contains("Carabineros de Chile"))
    }

    @Test func firmsAndNewsOrganizationsAreBodies() {
        let a = Analyzed("""
        Gazprom and Rosneft told Reuters and the BBC that Petrobras and PDVSA would invest with ExxonMobil.
        """, origin: "Embassy Moscow", world: true)
        #expect(a.labels(.agency) == ["Gazprom", "Rosneft", "Reuters", "British Broadcasting Corporation", "Petrobras",
                                      "Petroleos de Venezuela", "ExxonMobil"])
        #expect(a.labels(.person).isEmpty)
    }

    @Test func aNameBeforeAHyphenatedParticipleIsFound() {
        // 06YEREVAN1019, 09TELAVIV1098: `a World Vision-funded NGO`, `Amsterdam-based groups`.
        let a = Analyzed("We met her at a World Vision-funded NGO. Amsterdam-based groups and US-backed militias were named.",
                         origin: "Embassy Yerevan", world: true)
        #expect(a.labels(.agency) == ["World Vision"])
        #expect(a.labels(.city) == ["Amsterdam"])
        #expect(a.labels(.country) == ["United States"])
    }

    @Test func aBodyNamedLikeAPersonBeforeASurnameIsThePerson() {
        // `Eni` is the Italian firm and the given name of a US congressman.
        let a = Analyzed("Congressman Eni Faleomavaega asked whether Eni would bid.", origin: "Embassy Rome", world: true)
        #expect(a.labels(.person) == ["Eni Faleomavaega"])
        #expect(a.labels(.agency) == ["Eni"])
        // Only a name flagged as a personal name: a short acronym before a capitalized word stays the body.
        let acronyms = Analyzed("ICE Director John Morton visited the DoD Bahrain School.", origin: "Embassy Manama", world: true)
        #expect(acronyms.labels(.agency).isSuperset(of: ["Immigration and Customs Enforcement", "DoD Bahrain School"]))
    }

    @Test func englishNamesOfGulfDivisionsStayInTheirCountry() {
        let bahrain = Analyzed("Unemployment is highest in the Capital Governorate and the Northern Governorate.",
                               origin: "Embassy Manama", world: true)
        #expect(bahrain.labels(.province) == ["Capital Governorate", "Northern Governorate"])
        #expect(bahrain.graph.nodes.filter { $0.type == .province }.allSatisfy { $0.id.hasPrefix("province:bh-") })
    }

    @Test func aNameOfTwoCountriesIsTheCablesOwnOne() {
        // 07KINSHASA797: `a large company that has been working in the Congo` is in the DRC.
        let kinshasa = Analyzed("The company has been working in the Congo since 2001 with Congolese officials.",
                                origin: "Embassy Kinshasa", world: true)
        #expect(kinshasa.labels(.country) == ["Democratic Republic of the Congo"])
        let brazzaville = Analyzed("The company has been working in the Congo since 2001 with Congolese officials.",
                                   origin: "Embassy Brazzaville", world: true)
        #expect(brazzaville.labels(.country) == ["Republic of the Congo"])
    }
}

@Suite struct LocalOrganizationTests {
    @Test func aPartyNamedLikeOthersCountsOnlyInItsOwnCountrysCables() {
        let london = Analyzed("The Labour Party and the Liberal Democrats met the Workers' Party.", origin: "Embassy London", world: true)
        #expect(london.graph.nodes.contains { $0.id == "agency:labour-gb" })
        #expect(!london.graph.nodes.contains { $0.id == "agency:pt-br" })
        let canberra = Analyzed("The Labour Party won the election.", origin: "Embassy Canberra", world: true)
        #expect(!canberra.graph.nodes.contains { $0.id == "agency:labour-gb" })
        // A distinctive name counts everywhere.
        let delhi = Analyzed("Muttahida Qaumi Movement (MQM) leaders met Jamiat Ulema-e-Islam officials.", origin: "Embassy New Delhi", world: true)
        #expect(delhi.graph.nodes.contains { $0.id == "agency:mqm" })
        #expect(delhi.graph.nodes.contains { $0.id == "agency:jui" })
        // An acronym two bodies share is the local one's in its own country's cables.
        #expect(Analyzed("The JI said no.", origin: "Embassy Islamabad", world: true).graph.nodes.contains { $0.id == "agency:jamaat-e-islami" })
        #expect(Analyzed("The JI said no.", origin: "Embassy Jakarta", world: true).graph.nodes.contains { $0.id == "agency:jemaah-islamiyah" })
    }
}
