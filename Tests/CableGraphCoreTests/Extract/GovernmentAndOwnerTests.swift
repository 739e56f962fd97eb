import Testing
@testable import CableGraphCore

/// Who a name belongs to: host-government shorthand (`GOC`), governments in office, owners before units.
@Suite struct GovernmentAndOwnerTests {
    @Test func governmentShorthandFormsComeFromInitialsAndCode() {
        #expect(GovernmentAcronymRule.forms(name: "Costa Rica", code: "CR").isSuperset(of: ["GOCR", "GCR"]))
        #expect(GovernmentAcronymRule.forms(name: "Vietnam", code: "VN").contains("GVN"))
        #expect(GovernmentAcronymRule.forms(name: "Thailand", code: "TH").contains("RTG"))
        #expect(GovernmentAcronymRule.forms(name: "Sri Lanka", code: "LK").contains("GSL"))
        // One letter needs the `GO`: `GC` is no form.
        #expect(!GovernmentAcronymRule.forms(name: "Chile", code: "CL").contains("GC"))
    }

    @Test func hostGovernmentShorthandIsTheCountry() {
        // 06SANTIAGO438
        let a = Analyzed("The GOC is cooperating with OAS and MERCOSUR efforts to define the extent of TIP in the region.",
                         origin: "Embassy Santiago", world: true)
        for partner in ["Organization of American States", "Mercosur"] {
            // Symmetric edges are stored in one direction.
            #expect(a.edge(.cooperatesWith, "Chile", partner) != nil || a.edge(.cooperatesWith, partner, "Chile") != nil, "\(partner)")
        }
        // `GOC` names the government: a mention of Chile, no name of it.
        #expect(a.node(.country, "Chile")?.aliases.contains("GOC") == false)
        // Another country's cable does not read `GOC` as its government.
        #expect(Analyzed("The GOC is cooperating with OAS.", origin: "Embassy Lima", world: true).node(.country, "Chile") == nil)
        // In capitals `GOT` is a word.
        #expect(Analyzed("HE GOT THE MONEY FROM THE MINISTRY.", origin: "Embassy Ankara", world: true).node(.country, "Turkey") == nil)
        #expect(Analyzed("The GoT said it would act.", origin: "Embassy Ankara", world: true).node(.country, "Turkey") != nil)
    }

    @Test func languagesAreNoCountries() {
        // 09MEXICO880, 08SANJOSE911
        let a = Analyzed("""
        Another complaint is a delay in translating the system into Spanish. The judicial police (OIJ, Spanish acronym) \
        formalized the unit.
        """, origin: "Embassy Mexico", world: true)
        #expect(a.node(.country, "Spain") == nil)
        #expect(Analyzed("Traffickers moved them into Spanish waters.", world: true).node(.country, "Spain") != nil)
    }

    @Test func governmentsInOfficeAreNoBodies() {
        // 09MEXICO880, 08BRASILIA
        let a = Analyzed("""
        This is a welcome change from the Bush Administration. The efforts of a very determined Mexican Administration \
        and the U.S. Administration continue. The Drug Enforcement Administration and the Prison Administration agreed.
        """, origin: "Embassy Mexico", world: true)
        #expect(a.labels(.agency) == ["Drug Enforcement Administration", "Prison Administration"])
    }

    @Test func aNameEndingInABodysHeadIsThatBody() {
        // 08NAIROBI2671
        let a = Analyzed("""
        He spoke for the GOK's National Campaign Against Drug Abuse Authority (NACADAA). Staff Officer Otieno, presenting for \
        the Kenya Administration Police (AP), described the rise in drug use.
        """, origin: "Embassy Nairobi", world: true)
        #expect(a.labels(.agency).isSuperset(of: ["National Campaign Against Drug Abuse Authority", "Administration Police"]))
        #expect(a.labels(.program).isEmpty)
        #expect(!a.labels(.agency).contains("Kenya Administration"))
    }

    @Test func anAcronymBeforeAUnitOwnsIt() {
        // 08NAIROBI2671
        let a = Analyzed("""
        The Kenya Police Service (KPS) has the primary responsibility. Only the 100-person KPS Anti-Narcotics Unit is \
        trained. The national Anti-Narcotics Unit has officers.
        """, origin: "Embassy Nairobi", world: true)
        #expect(a.labels(.agency) == ["Kenya Police Service", "Anti-Narcotics Unit"])
        #expect(a.pairs(.partOf).contains("Anti-Narcotics Unit -> Kenya Police Service"))
    }

    @Test func aPossessiveOwnerIsNoItemOfAList() {
        // 08SANJOSE366
        let a = Analyzed("""
        A colleague from the GOCR's UN Mission was to meet with officials from the EU.
        """, origin: "Embassy San Jose", world: true)
        #expect(!a.pairs(.cooperatesWith).contains { $0.contains("Costa Rica") })
    }
}

/// National legislatures, parties and armed groups are known bodies; a cable's own definitions outrank them.
@Suite struct KnownBodyTests {
    @Test func legislaturesPartiesAndArmedGroupsAreKnown() {
        // 09MOSCOW3033, 08LONDON3191, 09ISLAMABAD
        let a = Analyzed("""
        The State Duma passed it. A jury convicted him of belonging to al-Qa'ida, and Sinn Fein and the DUP agreed. \
        The LeT cell was broken. Let them go, said Alfredo Rada.
        """, origin: "Embassy London", world: true)
        #expect(a.labels(.agency) == ["State Duma", "al-Qaida", "Sinn Fein", "Democratic Unionist Party", "Lashkar-e-Tayyiba"])
        // A mixed-case acronym is matched exactly (`Let` is no `LeT`), and a surname is no parliament.
        #expect(a.node(.agency, "Verkhovna Rada") == nil)
    }

    @Test func aCablesOwnDefinitionOutranksAKnownAcronym() {
        // 07LONDON4045, 09CAIRO
        let a = Analyzed("""
        They met under the auspices of the Active Change Foundation (ACF). The ACF had just finished. The American \
        University in Cairo (AUC) hosted it; AUC said so. The Avian Influenza (AI) outbreak spread, AI experts said.
        """, origin: "Embassy London", world: true)
        #expect(a.labels(.agency) == ["Active Change Foundation", "American University in Cairo"])
        #expect(a.node(.agency, "ACF")?.label == "Active Change Foundation")
        // A variant of the known body's name is no redefinition: the known body keeps its acronym.
        let b = Analyzed("Executive Secretary of the Comprehensive Test Ban Treaty Organization (CTBTO) Tibor Toth spoke. The CTBTO has a small budget.",
                         world: true)
        #expect(b.node(.agency, "CTBTO")?.label == "Comprehensive Nuclear-Test-Ban Treaty Organization")
    }

    @Test func wordsThatDescribeAKnownBodyAreNoName() {
        // 08MADRID552
        let a = Analyzed("President Zapatero's center-left Spanish Socialist Workers' Party (PSOE) won the election.",
                         origin: "Embassy Madrid", world: true)
        #expect(a.labels(.agency) == ["Spanish Socialist Workers' Party"])
        #expect(a.node(.agency, "Spanish Socialist Workers' Party")?.aliases.contains { $0.hasPrefix("President") } == false)
    }
}

@Suite struct RouteListTests {
    @Test func anOpeningOriginAndAGroupWithItsMembers() {
        // 06SANTIAGO438
        let a = Analyzed("""
        From Chile, victims have been trafficked to neighboring countries (Argentina, Peru, Bolivia), the U.S., Europe, \
        and Asia, according to law enforcement officials. Victims also come from Peru, Argentina, Colombia and Bolivia to \
        Chile, although it is difficult for authorities to distinguish trafficked persons from economic migrants.
        """, origin: "Embassy Santiago", world: true)
        #expect(a.pairs(.traffickingRoute) == [
            "Chile -> Argentina", "Chile -> Peru", "Chile -> Bolivia", "Chile -> United States", "Chile -> Europe", "Chile -> Asia",
            "Peru -> Chile", "Argentina -> Chile", "Colombia -> Chile", "Bolivia -> Chile",
        ])
    }

    @Test func cableJargonIsNoPartOfAName() {
        // 07KINSHASA797
        let a = Analyzed("Governor Katumbi called Econoff to discuss the REF Ministry of Mines report.", origin: "Embassy Kinshasa", world: true)
        #expect(a.labels(.agency) == ["Ministry of Mines"])
    }
}

@Suite struct AffiliationTests {
    @Test func aPersonsPostNamesTheirBody() {
        // 09SANJOSE609, 09BEIJING-style titles
        let a = Analyzed("""
        The Office of Overseas Prosecutorial Development (OPDAT) and the Ministry of Public Security (MPS) met. OPDAT's \
        Robert Lipman established the importance of a bench book. MPS Director Zhang Wei spoke. Foreign Minister Yang \
        Jiechi did not.
        """, world: true)
        #expect(a.pairs(.memberOf) == ["Robert Lipman -> Office of Overseas Prosecutorial Development, Assistance and Training",
                                     "Zhang Wei -> Ministry of Public Security"])
    }

    @Test func aPostAfterTheNameOrInItsOwnClauseNamesTheBody() {
        // 07ACCRA2140, 09SANJOSE609, 09SANJOSE127, 08ISLAMABAD3248, 10LAGOS75
        let a = Analyzed("""
        The Narcotics Control Board (NACOB) met. Everyone spoke with Ben Botwe, the current head of NACOB. The current \
        deputy at NACOB, Mark Ewuntomaah, is a problem. Costa Rica's Judicial School, led by Director Marvin Carvajal, \
        hosted the workshop. Maria Cerdas Quesada from the College of Lawyers of Costa Rica presented an overview. Pakistan People's Party (PPP) \
        Senators Babar Awan and Enver Baig attended, as did Chevron Managing Director Andrew Fawthrop. Pasha barely \
        mentioned local Taliban leader, Baitullah Mehsud. Ghana's officials met Juan Perez, and the Director of NACOB spoke.
        """, origin: "Embassy Accra", world: true)
        #expect(Set(a.pairs(.memberOf)) == [
            "Ben Botwe -> Narcotics Control Board", "Mark Ewuntomaah -> Narcotics Control Board", "Marvin Carvajal -> Judicial School",
            "Maria Cerdas Quesada -> College of Lawyers of Costa Rica", "Babar Awan -> Pakistan Peoples Party", "Enver Baig -> Pakistan Peoples Party",
            "Andrew Fawthrop -> Chevron", "Baitullah Mehsud -> Taliban",
        ])
    }

    @Test func anotherCountrysCongressIsNotTheUSCongress() {
        // 09NEWDELHI: `Congress` in a cable from India is India's party, not the US Congress.
        let india = Analyzed("Congress spokesman Abhishek Singhvi said Congress would win.", origin: "Embassy New Delhi", world: true)
        #expect(india.node(.agency, "United States Congress") == nil)
        // It is India's own.
        #expect(india.graph.nodes.contains { $0.id == "agency:in:congress" && $0.type == .agency })
        let washington = Analyzed("Congress passed the bill.", origin: "Secretary of State", world: true)
        #expect(washington.node(.agency, "United States Congress") != nil)
    }
}

@Suite struct FormedGroupTests {
    @Test func bodiesThatFormAGroupAreItsMembers() {
        // 06SANTIAGO438
        let a = Analyzed("""
        The National Children's Service (SENAME) and the National Women's Service (SERNAM) met. SENAME, SERNAM, the \
        Ministries of Government and Health, PRODEMU (the Foundation for the Development and Promotion of Women) and the \
        National Board of Chilean Child Care Centers (JUNJI) have formed the Protect Network (Red Protege), which offers \
        public awareness campaigns. The Ministry of Justice and the Ministry of Interior established the Anti-Trafficking Unit.
        """, origin: "Embassy Santiago", world: true)
        #expect(a.pairs(.memberOf) == [
            "National Children's Service -> Protect Network", "National Women's Service -> Protect Network",
            "Ministry of Government -> Protect Network", "Ministry of Health -> Protect Network",
            "Foundation for the Development and Promotion of Women -> Protect Network",
            "National Board of Chilean Child Care Centers -> Protect Network",
        ])
    }
}

@Suite struct BodyAfterNameTests {
    @Test func aBodyRightAfterAFullNameIsTheirs() {
        // 09MOSCOW3033
        let a = Analyzed("""
        Natalya Rykova, whose Moscow Bureau of Human Rights (MBHR) has close ties to officials, agreed. Sergey Ivanov of \
        the Federal Security Service spoke next. Vladimir Yakunin at the Ministry of Justice said little.
        """, origin: "Embassy Moscow", world: true)
        #expect(a.pairs(.memberOf) == ["Natalya Rykova -> Moscow Bureau of Human Rights",
                                       "Sergey Ivanov -> Federal Security Service"])
    }
}

@Suite struct CompositionTests {
    @Test func aGroupsListedMakeUpAreItsMembers() {
        // 07BOGOTA1457: `Fourteen agencies are members of the ICFTP: MININT, MFA, ...`
        let a = Analyzed("""
        The Interagency Committee to Fight Trafficking in Persons (ICFTP) met. Three agencies are members of the ICFTP: \
        the Ministry of Interior, the National Police and Interpol. The National Trafficking Council is composed of the \
        Ministry of Justice and UNICEF. The Ministry of Health consists of five directorates.
        """, origin: "Embassy Bogota", world: true)
        #expect(Set(a.pairs(.memberOf)) == [
            "Ministry of Interior -> Interagency Committee to Fight Trafficking in Persons",
            "National Police -> Interagency Committee to Fight Trafficking in Persons",
            "Interpol -> Interagency Committee to Fight Trafficking in Persons",
            "Ministry of Justice -> National Trafficking Council", "UNICEF -> National Trafficking Council",
        ])
    }
}
