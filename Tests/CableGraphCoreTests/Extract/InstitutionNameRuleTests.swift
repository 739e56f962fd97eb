import Testing
@testable import CableGraphCore

@Suite struct InstitutionNameRuleTests {
    @Test(arguments: [
        ("In June the Fujian Provincial High Court reportedly upheld criminal sentences.", "Fujian Provincial High Court"),
        ("In 2007, UNICEF partnered with the Kunming Public Security Bureau to establish a shelter.", "Kunming Public Security Bureau"),
        ("According to the China Law Association, more than 200 women have been helped.", "China Law Association"),
        ("The State Council and 14 ministries, including the Ministry of Human Resources and Social Security, are discussing it.",
         "Ministry of Human Resources and Social Security"),
        ("In February 2008, the Central Committee on the Comprehensive Management of Public Security added measures.",
         "Central Committee on the Comprehensive Management of Public Security"),
        ("The authorities include the General People's Committee for Foreign Liaison and International Cooperation.",
         "General People's Committee for Foreign Liaison and International Cooperation"),
        // 09LONDON2819, 08NAIROBI2671: groups of states and working groups are bodies.
        ("Fiji was suspended by the Commonwealth Ministerial Action Group in September.", "Commonwealth Ministerial Action Group"),
        ("The Interagency Working Group on Trafficking in Persons met twice.", "Interagency Working Group on Trafficking in Persons"),
    ])
    func findsAgencyNames(_ sentence: String, _ name: String) {
        #expect(Analyzed(sentence).labels(.agency).contains(name))
    }

    @Test(arguments: [
        // 06SANTIAGO, 06HAVANA, 07LONDON, 06BRASILIA
        ("The National Board of Chilean Child Care Centers formed the network.", "National Board of Chilean Child Care Centers"),
        ("She founded the Federation of Cuban Women in 1960.", "Federation of Cuban Women"),
        ("The Foreign and Commonwealth Office has not formally retreated.", "Foreign and Commonwealth Office"),
        ("He is head of the Office for Middle East and Africa Affairs at the ministry.", "Office for Middle East and Africa Affairs"),
    ])
    func namesThroughDemonymsPortfoliosAndPlaces(_ sentence: String, _ name: String) {
        #expect(Analyzed(sentence, world: true).labels(.agency) == [name])
    }

    @Test func twoNamedBodiesJoinedByAndAreTwo() {
        // 10WELLINGTON65, 07ANKARA, 06MADRID (the Civil Guard is the known Guardia Civil)
        let a = Analyzed("""
        He criticized the Human Rights Report and Trafficking in Persons Report. The Cem Foundation and Alevi Bektasi         Federation met. The National Police and Civil Guard arrested him. He joined the Counter-Proliferation Department         of the Foreign and Commonwealth Office.
        """, world: true)
        let names = a.labels(.agency).union(a.labels(.program))
        #expect(names.isSuperset(of: ["Human Rights Report", "Trafficking in Persons Report", "Cem Foundation",
                                      "Alevi Bektasi Federation", "National Police", "Guardia Civil",
                                      "Counter-Proliferation Department of the Foreign and Commonwealth Office"]))
        #expect(!names.contains { $0.contains(" and ") && !$0.contains("Foreign and Commonwealth") })
    }

    @Test func aCapitalizedArticleOrVerbStartsNoName() {
        // 07BOGOTA1457, 08MANAMA363, 10SANJOSE (a treaty's heading run into its text)
        let a = Analyzed("""
        It works with the NGO The Hope Foundation. Visit Embassy Manama's Classified Website. Customs Procedures The         Ministry of Finance shall publish them.
        """, origin: "Embassy Manama", world: true)
        // The post is a body (EmbassyRule); its website is not.
        #expect(a.labels(.agency) == ["Embassy Manama", "Hope Foundation", "Ministry of Finance"])
    }

    @Test func adjectivesAboutPeopleAndLawAsAFieldAreNoPartOfAName() {
        // 09LIMA, 09MADRID (a roundtable), 07BOGOTA
        let a = Analyzed("""
        Senior Ministry of Defense officials said so. A speech by Duke University Law Professor James Boyle followed.         The Bureau of International Narcotics and Law Enforcement Affairs paid.
        """, origin: "Embassy Madrid", world: true)
        #expect(a.labels(.agency).contains("Ministry of Defense"))
        #expect(!a.labels(.agency).contains { $0.hasPrefix("Senior") })
        #expect(a.labels(.law).isEmpty)
    }

    @Test func typoVariantsOfOneCablesBodyAreOneNode() {
        // 08MANAMA144; `Internal` and `External` differ by more than a typo.
        let a = Analyzed("""
        The Central Informatics Organization (CIO) issues cards. The Central Infomatics Organization agreed. The         Internal Security Organization and the External Security Organization met.
        """, origin: "Embassy Manama", world: true)
        #expect(a.node(.agency, "Central Informatics Organization")?.aliases.contains("Central Infomatics Organization") == true)
        #expect(a.labels(.agency).isSuperset(of: ["Internal Security Organization", "External Security Organization"]))
    }

    @Test func anArticleAfterAndIsNoPartOfALawsName() {
        // 07SANJOSE524
        let a = Analyzed("This right is protected by the Political Constitution and Article 3 of the Labor Code.", origin: "Embassy San Jose", world: true)
        #expect(!a.labels(.law).contains { $0.contains("Article") })
        #expect(a.labels(.law).contains("Labor Code"))
    }

    @Test func aCityInAPlansNameIsNoMentionOfTheCity() {
        // 09MEXICO (Merida Initiative), 08CAIRO (Palermo Protocol)
        let a = Analyzed("Mexico supports the Merida Initiative. The Kunming Public Security Bureau agreed.", world: true)
        #expect(a.labels(.program).contains("Merida Initiative"))
        #expect(a.node(.city, "Merida") == nil)
        #expect(a.node(.city, "Kunming") != nil)
    }

    @Test func aRegionInABodysNameIsNotWhereItIs() {
        // 10WELLINGTON65
        let a = Analyzed("MFAT Asia Division Director Stephen Payton said so. The Kunming Public Security Bureau agreed.", world: true)
        #expect(a.graph.edges.filter { $0.key.type == .locatedIn }.allSatisfy { !$0.key.target.hasPrefix("region:") })
        #expect(a.edge(.locatedIn, "Kunming Public Security Bureau", "Kunming") != nil)
    }

    @Test func aDemonymBeforeAnotherBodyEndsTheName() {
        // 09CAIRO2065
        let a = Analyzed("She chairs the Board of Directors of the Egyptian Center for Women's Rights.", world: true)
        #expect(!a.labels(.agency).contains { $0.hasSuffix("Egyptian") })
        #expect(a.labels(.agency).contains("Egyptian Center for Women's Rights"))
    }

    @Test func aTitleAfterAndStartsNoComplement() {
        let a = Analyzed("He met officials of the Ministry of Foreign Affairs and Ms. Jonsdottir on Monday.", world: true)
        #expect(a.labels(.agency) == ["Ministry of Foreign Affairs"])
    }

    @Test func aCommercialBankIsNoAgencyAPublicOneIs() {
        // 09LONDON (quantitative easing), 10AMMAN (a board member)
        let a = Analyzed("Gerard Lyons, chief economist at Standard Chartered Bank, noted that it is important to have an exit strategy. He served as board member of the Central Bank of Jordan.")
        #expect(a.labels(.agency) == ["Central Bank of Jordan"])
    }

    @Test func aNumberIsNotAName() {
        // 10TRIPOLI
        let a = Analyzed("One Council member commented, \"we cannot go back; we have suffered a lot.\"", origin: "Embassy Tripoli")
        #expect(a.labels(.agency).isEmpty)
    }

    @Test func commaListsInsideANameAndItsAcronym() {
        // 08MANAMA144
        let a = Analyzed("The Labor Market Regulatory Authority (LMRA), Central Informatics Organization (CIO), General Directorate for Nationality, Passports, and Residence (GDNPR) participate. The GDNPR agreed.",
                         origin: "Embassy Manama")
        #expect(a.labels(.agency) == ["Labor Market Regulatory Authority", "Central Informatics Organization",
                                      "General Directorate for Nationality, Passports, and Residence"])
        #expect(a.node(.agency, "GDNPR")?.mentionCount == 3)
    }

    @Test func possessiveChainNamesBothBodies() {
        let a = Analyzed("Chief among these are the Ministry of Public Security, the State Council's Work Committee for Women and Children and the All China Women's Federation.")
        #expect(a.labels(.agency) == ["Ministry of Public Security", "State Council", "State Council's Work Committee for Women and Children",
                                      "All China Women's Federation"])
    }

    @Test func aDateAfterTheHeadIsNotPartOfTheName() {
        let a = Analyzed("The plan was released by the State Council in December of 2007.")
        #expect(a.labels(.agency) == ["State Council"])
    }

    @Test func caseVariantsAreOneNode() {
        let a = Analyzed("The Ministry of Civil Affairs is working with the IOM. The Ministry of Civil affairs is working to develop a model.")
        #expect(a.labels(.agency).filter { $0.hasPrefix("Ministry") } == ["Ministry of Civil Affairs"])
        #expect(a.node(.agency, "Ministry of Civil Affairs")?.aliases.contains("Ministry of Civil affairs") == true)
    }

    @Test func ministryWrittenBothWaysIsOneNode() {
        let a = Analyzed("The Interior Ministry declined. Later the Ministry of the Interior agreed.", origin: "Embassy Manama")
        #expect(a.graph.nodes.filter { $0.type == .agency }.count == 1)
    }

    @Test func schoolsAndCollegesAreBodiesAndAmendmentsAreLaws() {
        let a = Analyzed("""
        Graduates of the National Defense College and the Mombasa Business School of Finance met. The Leahy Amendment \
        bars aid to such units.
        """, origin: "Embassy Nairobi", world: true)
        #expect(a.labels(.agency).isSuperset(of: ["National Defense College", "Mombasa Business School of Finance"]))
        #expect(a.labels(.person).isEmpty)
        #expect(a.labels(.law) == ["Leahy Amendment"])
    }

    @Test func spanishAndPortugueseNamesPutAdjectivesAfterTheHead() {
        let a = Analyzed("""
        The Policia Nacional and the Servicio Nacional de la Mujer met the Fuerza Aerea de Honduras, the NGO Alianza \
        para la Paz and the Movimento dos Trabalhadores Rurais Sem Terra.
        """, origin: "Embassy Tegucigalpa", world: true)
        #expect(a.labels(.agency).isSuperset(of: ["Policia Nacional", "Servicio Nacional de la Mujer", "Fuerza Aerea de Honduras",
                                                  "Alianza para la Paz", "Movimento dos Trabalhadores Rurais Sem Terra"]))
        #expect(!a.labels(.agency).contains { $0.hasPrefix("NGO") })
    }

    @Test func aNumberedLawKeepsItsYearAndTheNumberAloneIsThatLaw() {
        let a = Analyzed("""
        Law No. 7 of 2006 on Associations replaced Law No. 7 of 1989. Law No. 21 of 2004 took effect. Under Law No. 21 \
        the ministry registers unions.
        """, origin: "Embassy Manama", world: true)
        #expect(a.labels(.law).isSuperset(of: ["Law No. 7 of 2006 on Associations", "Law No. 7 of 1989", "Law No. 21 of 2004"]))
        #expect(a.node(.law, "Law No. 21 of 2004")?.aliases.contains("Law No. 21") == true)
        #expect(a.graph.nodes.filter { $0.type == .law }.count == 3)
    }

    @Test func aTreatyAddedToAnotherKeepsItsWholeName() {
        let a = Analyzed("""
        Peru ratified the Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, Child \
        Prostitution and Child Pornography in 2002. It is not yet a Party to the Protocol on Firearms.
        """, origin: "Embassy Lima", world: true)
        #expect(a.labels(.law).contains("Optional Protocol to the Convention on the Rights of the Child on the Sale of Children, "
                                        + "Child Prostitution and Child Pornography"))
        #expect(!a.labels(.law).contains("Optional Protocol"))
        #expect(!a.labels(.agency).contains { $0.hasPrefix("Party") })
    }

    @Test func anOfficeHoldersOfficeIsOneBody() {
        let a = Analyzed("""
        The Attorney General's Office charged six officers. The Prime Minister's Office and the Public Prosecutor's Office \
        did not comment.
        """, origin: "Embassy Lima", world: true)
        #expect(a.labels(.agency) == ["Attorney General's Office", "Prime Minister's Office", "Public Prosecutor's Office"])
    }

    @Test func firmsAreNamedBodies() {
        let a = Analyzed("""
        The National Oil Corporation signed with Anvil Mining, Kokkola Chemicals and Iberia Airlines, and the Juarez Cartel \
        answered. A mixed company and the Mixed Company were formed.
        """, origin: "Embassy Tripoli", world: true)
        #expect(a.labels(.agency) == ["National Oil Corporation", "Anvil Mining", "Kokkola Chemicals", "Iberia Airlines", "Juarez Cartel"])
        #expect(a.labels(.person).isEmpty)
    }

    @Test func aSerialCommaIsNoOtherName() {
        let a = Analyzed("The Office of Overseas Prosecutorial Development, Assistance and Training (OPDAT) met judges. "
                         + "Later the Office of Overseas Prosecutorial Development, Assistance, and Training spoke.",
                         origin: "Embassy San Jose")
        #expect(a.labels(.agency).filter { $0.hasPrefix("Office") }.count == 1)
    }

    @Test func aKnownBodyOfAnotherCountryNamedInFullIsThatBody() {
        let a = Analyzed("Judges met the Bureau of Alcohol, Tobacco, Firearms, and Explosives last week.",
                         origin: "Embassy Mexico", world: true)
        let bodies = a.graph.nodes.filter { $0.type == .agency }
        #expect(bodies.count == 1)
        #expect(bodies.first?.country == "US")
    }

    @Test func directoratesAndBureausWrittenBothWaysAreOneNode() {
        let a = Analyzed("""
        The Immigration Directorate deported 40 people. The Directorate of Immigration said more would follow, and the \
        Bureau of Analysis and the Analysis Bureau agreed.
        """, origin: "Embassy Madrid")
        #expect(a.graph.nodes.filter { $0.type == .agency }.count == 2)
    }

    @Test func theSameNameInTwoCountriesIsTwoNodes() {
        let china = Analyzed("The Ministry of Public Security opened two offices.", origin: "Embassy Beijing")
        let vietnam = Analyzed("The Ministry of Public Security opened two offices.", origin: "Embassy Hanoi")
        let vietnamese = Analyzed("Vietnam's Ministry of Public Security opened two offices.", origin: "Embassy Beijing")
        #expect(china.id("Ministry of Public Security") == "agency:cn:ministry-of-public-security")
        #expect(vietnamese.id("Ministry of Public Security") == "agency:vn:ministry-of-public-security")
        #expect(china.id("Ministry of Public Security") != vietnam.id("Ministry of Public Security"))
    }

    @Test(arguments: [
        "International Organizations, such as the International Organization for Migration (IOM) are the most reliable sources.",
        "Local governments are often not allocated enough funding.",
        "The Provincial Court heard the case.",
        "Ministry officials said nothing.",
        "Egypt was kept on the Tier 2 Watch List this year.",
    ])
    func genericPhrasesAreNotNames(_ sentence: String) {
        let a = Analyzed(sentence, origin: "Embassy Cairo")
        #expect(a.labels(.agency).subtracting(["International Organization for Migration"]).isEmpty)
        #expect(a.labels(.program).isEmpty)
    }

    @Test func lawsByHeadNoun() {
        let a = Analyzed("China's Labor Contract Law, which went into effect in January 2008, provides new legal tools. Both prostitution and the purchasing of sex are criminalized under Article 66 of the Law on Public Security Administration Punishments.")
        #expect(a.labels(.law) == ["Labor Contract Law", "Law on Public Security Administration Punishments"])
        #expect(a.node(.law, "Labor Contract Law")?.country == "CN")
    }

    @Test func programsByHeadNounAndQuotedNames() {
        let a = Analyzed("China has developed a National Plan of Action (NPA) to coordinate efforts. Campaigns build on the All China Women's Federation (ACWF) \"Spring Rain\" campaign, held in February 2007.")
        #expect(a.labels(.program) == ["National Plan of Action", "Spring Rain campaign"])
        #expect(a.node(.program, "Spring Rain campaign")?.aliases.contains("Spring Rain") == true)
    }

    @Test func aNameExtendedLaterInTheCableIsOneNode() {
        let a = Analyzed("China has developed a National Plan of Action (NPA). The NPA calls for cooperation. China's National Plan of Action on Combating Trafficking in Women and Children was released in 2007.")
        #expect(a.labels(.program) == ["National Plan of Action on Combating Trafficking in Women and Children"])
        let npa = a.node(.program, "NPA")
        #expect(npa?.aliases.isSuperset(of: ["NPA", "National Plan of Action"]) == true)
    }

    @Test func aShorterNameOfTheSameBodyIsOneNode() {
        // 09SANJOSE127, 08SANJOSE911: a cable names a body in full once, then shorter.
        let a = Analyzed("""
        The Ministry of Labor and Social Security and the Ministry of National Planning signed the plan. The Ministry of \
        Labor trains inspectors, and the Ministry of Planning pays for it. The General Prosecutor's Office opened 12 \
        cases; the Prosecutor's Office has four prosecutors.
        """, origin: "Embassy San Jose", world: true)
        #expect(a.labels(.agency).isSuperset(of: ["Ministry of Labor and Social Security", "Ministry of National Planning",
                                                   "General Prosecutor's Office"]))
        #expect(!a.labels(.agency).contains("Ministry of Labor") && !a.labels(.agency).contains("Ministry of Planning"))
        #expect(!a.labels(.agency).contains("Prosecutor's Office"))
    }

    @Test func aBodyNamedAfterOfInALongerNameIsAnotherBody() {
        let a = Analyzed("""
        The Organization for Judicial Investigations has a Cybercrimes Unit of the Organization for Judicial Investigations \
        in San Jose.
        """, origin: "Embassy San Jose", world: true)
        #expect(a.labels(.agency).contains("Organization for Judicial Investigations"))
    }

    @Test func aKnownEntityAfterAndStartsAnotherName() {
        // 03RANGOON1452
        let burma = Analyzed("An unspecified MOU between the Burmese Ministry of Education and India's Ministry of Human Resource Development.", origin: "Embassy Rangoon")
        #expect(burma.labels(.agency).contains("Ministry of Education"))
        #expect(!burma.labels(.agency).contains { $0.contains("Education and India") })
    }

    @Test func aTwoItemCommaAndIsNotOneName() {
        // A comma before `and` closes a list of three or more parts of one name, not a pair of things.
        let a = Analyzed("The bill went to the Chamber of Deputies, and Nelson Jobim said it would pass.", origin: "Embassy Brasilia")
        #expect(a.labels(.agency).contains("Chamber of Deputies"))
        #expect(!a.labels(.agency).contains { $0.contains("Jobim") })
    }

    @Test func ministryWithAndInItsNameStaysWhole() {
        // 09SANJOSE127
        let a = Analyzed("Coalition members include the Ministry of Labor and Social Security and the Ministry of Health.", origin: "Embassy San Jose")
        #expect(a.labels(.agency).contains("Ministry of Labor and Social Security"))
    }

    @Test func aNationalityBeforeACourtOrForceIsItsScope() {
        // 09MEXICO3114, 08LONDON
        let a = Analyzed("The Mexican Supreme Court ruled. The Supreme Court also asked the Mexican Air Force. The UK Home Office agreed.",
                         origin: "Embassy Mexico", world: true)
        #expect(a.labels(.agency) == ["Supreme Court", "Air Force", "Home Office"])
        #expect(a.node(.agency, "Supreme Court")?.country == "MX")
        #expect(a.node(.agency, "Home Office")?.country == "GB")
    }

    @Test func aNationalityBeforeAPossessiveMinistryIsItsScope() {
        // 06BRASILIA888
        let a = Analyzed("Brazil agreed to continue investing, according to the Brazilian Foreign Ministry's Bolivia Desk Officer.",
                         origin: "Embassy Brasilia", world: true)
        #expect(a.labels(.agency).contains("Ministry of Foreign Affairs"))
        #expect(a.node(.agency, "Ministry of Foreign Affairs")?.country == "BR")
        #expect(!a.labels(.agency).contains { $0.contains("Brazilian") })
    }

    @Test func treatiesAreLawsOfNoCountryWithTheirShortName() {
        // 06SANTIAGO438, 07BOGOTA1457: the Palermo Protocol under its full name, given its short name in parentheses.
        let a = Analyzed("In February 2005, Chile ratified the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children (the Palermo Protocol). The Palermo Protocol requires Chile to act. Colombia ratified the UN Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, ILO Convention 182 on the Worst Forms of Child Labor and ILO Convention Number 29.",
                         origin: "Embassy Santiago", world: true)
        let palermo = "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"
        #expect(a.labels(.law) == [palermo, "ILO Convention 182 on the Worst Forms of Child Labor", "ILO Convention Number 29"])
        #expect(a.node(.law, palermo)?.aliases.contains("Palermo Protocol") == true)
        #expect(a.node(.law, palermo)?.country == nil)
        // Palermo the city is not mentioned, and Italy, never named, is not in the graph.
        #expect(a.labels(.city).isEmpty && !a.labels(.country).contains("Italy"))
    }

    @Test func aBodysNameInItsOwnLanguageIsAnAlias() {
        // 06SANTIAGO438
        let a = Analyzed("Information came from the Investigative Police (Policia de Investigaciones de Chile - PICH).",
                         origin: "Embassy Santiago", world: true)
        #expect(a.labels(.agency) == ["Investigative Police"])
        #expect(a.node(.agency, "Investigative Police")?.aliases.contains("Policia de Investigaciones de Chile") == true)
    }

    @Test func ministriesOfAListAreOneMinistryPerPortfolio() {
        // 08MANAMA144, 06SANTIAGO438: `and` inside an item between commas, or splitting the last item.
        let a = Analyzed("The Ministries of Labor, Justice and Islamic Affairs, and Health participate. The Ministries of Government and Health, PRODEMU and others joined.",
                         origin: "Embassy Manama", world: true)
        #expect(a.labels(.agency) == ["Ministry of Labor", "Ministry of Justice and Islamic Affairs", "Ministry of Health", "Ministry of Government"])
    }

    @Test func anAcronymOrAPostAfterAndEndsTheName() {
        // 10CAIRO211, 09SANJOSE127, 08MANAMA144
        let a = Analyzed("The National Council for Childhood and Motherhood (NCCM) met. The National Commission and NCCM's TIP Unit drafted a plan. The Ministry of Social Solidarity and NGOs met. The Ministry of Finance and State Comptroller attended. The Ministry of Justice and Public Security agreed. Bahrain is party to the Arab Agreement to Combat Terrorism.",
                         origin: "Embassy Cairo", world: true)
        #expect(a.labels(.agency) == ["National Council for Childhood and Motherhood", "National Commission", "TIP Unit", "Ministry of Social Solidarity",
                                      "Ministry of Finance", "Ministry of Justice and Public Security"])
        #expect(a.labels(.law) == ["Arab Agreement to Combat Terrorism"])
    }

    @Test func aConnectorInTitleCaseStillConnects() {
        // 06SANTIAGO438
        let a = Analyzed("The multi-agency Framework for Action Against the Commercial Sexual Exploitation of Children and Adolescents created an annual review.",
                         origin: "Embassy Santiago", world: true)
        #expect(a.labels(.program) == ["Framework for Action Against the Commercial Sexual Exploitation of Children and Adolescents"])
    }
}

@Suite struct LeadingHeadProgramTests {
    @Test func aHeadWordFirstNamesAProgram() {
        let a = Analyzed("""
        Plan Colombia ended in 2007, and Operation Iraqi Freedom went on. Project Title: shelters. \
        The Plan of Action was adopted.
        """, origin: "Embassy Bogota", world: true)
        #expect(a.labels(.program).isSuperset(of: ["Plan Colombia", "Operation Iraqi Freedom"]))
        #expect(!a.labels(.program).contains("Project Title"))
    }

    @Test func afterNGOItIsABodyEverywhereInTheCable() {
        // 09MOSCOW3033
        let a = Analyzed("""
        Svetlana Yakimenko, who runs the women's rights NGO Project Kesher, agreed. Project Kesher held a roundtable.
        """, origin: "Embassy Moscow", world: true)
        #expect(a.labels(.agency).contains("Project Kesher"))
        #expect(!a.labels(.program).contains("Project Kesher") && !a.labels(.program).contains("NGO Project"))
    }
}

@Suite struct EmbassyRuleTests {
    @Test func aUSPostIsNamedAsTheDepartmentWritesIt() {
        let a = Analyzed("""
        Embassy Lima organized a seminar. The U.S. Embassy in Quito sent two officers, and the U.S. Embassy will host \
        the next one.
        """, origin: "Embassy Lima", world: true)
        #expect(a.labels(.agency) == ["Embassy Lima", "Embassy Quito"])
        #expect(a.node(.agency, "Embassy Lima")?.aliases.contains("U.S. Embassy") == true)
        #expect(a.pairs(.locatedIn).contains("Embassy Quito -> Quito"))
    }

    @Test func anotherCountrysPostIsNamedByItsCountryAndHost() {
        let a = Analyzed("""
        An official of the Swedish Embassy in Lima met the French Embassy. Later the Embassy of Japan in Bogota \
        and the Mexican Consulate General in Puerto Ficticio agreed.
        """, origin: "Embassy Lima", world: true)
        #expect(a.labels(.agency).isSuperset(of: ["Embassy of Sweden in Peru", "Embassy of France in Peru", "Embassy of Japan in Colombia"]))
        // A host no dictionary knows is not the cable's country.
        #expect(a.labels(.agency).contains("Consulate General of Mexico"))
        #expect(a.labels(.country).isSuperset(of: ["Sweden", "France", "Japan", "Mexico"]))
    }

    @Test func embassyWordsAloneNameNoPost() {
        let a = Analyzed("Embassy officials met the Embassy's contacts at the embassy in Lima.", origin: "Embassy Lima", world: true)
        #expect(a.labels(.agency).isEmpty)
    }

    @Test func aKnownPlaceAfterInAndTheArticleIsNoPartOfTheName() {
        // 10YAOUNDE95.
        let a = Analyzed("Chinese firms built the University of Maroua in the Far North Region.", origin: "Embassy Yaounde", world: true)
        #expect(a.labels(.agency) == ["University of Maroua"])
        #expect(a.pairs(.locatedIn).contains("University of Maroua -> Far North Region"))
    }
}

@Suite struct NationalForceTests {
    @Test func aCountrysForceWithNoOtherNameKeepsTheCountry() {
        // 07ACCRA2140 (`Ghana Police`), 10YAOUNDE95 (`Cameroonian Navy`); a ministry's country stays its owner only.
        let a = Analyzed("""
        Officials of the Ghana Police met the Cameroonian Navy. The Lebanese Armed Forces met the Chinese Ministry of \
        Public Security. The Kenyan Air Force deployed.
        """, origin: "Embassy Accra", world: true)
        #expect(a.labels(.agency) == ["Air Force", "Cameroonian Navy", "Ghana Police", "Lebanese Armed Forces", "Ministry of Public Security"])
        #expect(a.graph.nodes.first { $0.label == "Ghana Police" }?.country == "GH")
    }
}
