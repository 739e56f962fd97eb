import Testing
@testable import CableGraphCore

@Suite struct CableIDTests {
    @Test(arguments: [
        ("09BEIJING509", "09BEIJING509"),
        ("08ECTION01OF02MANAMA492", "08MANAMA492"),
        ("08SCTION02OF02SAOPAULO335", "08SAOPAULO335"),
        ("09SECTION02F02BRUSSELS1639", "09BRUSSELS1639"),
        ("09SECTION02OF03QRIPOLI583", "09TRIPOLI583"),
        ("09EFTOLONDON2187", "09LONDON2187"),
        ("7575LIBREVILLE1895", "75LIBREVILLE1895"),
        ("09AMEMBASSYHANOI1284", "09HANOI1284"),
        ("85NOFORNMOGADISHU1643", "85MOGADISHU1643"),
        ("06MADRID002583ZFR2585", "06MADRID2583"),
        ("07BRASIIA1568", "07BRASILIA1568"),
    ])
    func repairsGarbledWikiLeaksIds(_ id: String, _ expected: String) {
        #expect(CableID.canonical(id) == expected)
    }

    @Test(arguments: [
        ("06SECSTATE123", "06STATE123"), ("05RIO123", "05RIODEJANEIRO123"), ("05PARISFR1", "05UNESCOPARISFR1"),
        ("05UNVIE1", "05UNVIEVIENNA1"), ("07PORT-AU-PRINCE12", "07PORTAUPRINCE12"), ("07USUN2", "07USUNNEWYORK2"),
        ("02TAIPEI12", "02AITTAIPEI12"), ("05EMBASSYBLABLA1", "05BLABLA1"), ("06SECDEF123", "06SECDEF123"),
    ])
    func foldsStationAliases(_ id: String, _ expected: String) {
        #expect(CableID.canonical(id) == expected)
    }

    /// 08SECTION01GF02BISHIEK21: the id lost digits; the `DE RUEHEK #1021` line and FM give them back.
    @Test func usesTheTransmissionHeaderForIdsThatLostDigits() {
        let m = metadata("""
            VZCZCXRO9087
            DE RUEHEK #1021/01 2800932
            ZNR UUUUU ZZH
            P 060932Z OCT 08
            FM AMEMBASSY BISHKEK
            TO RUEHC/SECSTATE WASHDC PRIORITY 1417
            UNCLAS SECTION 01 GF 02 BISHIEK 00Q021
            """, id: "08SECTION01GF02BISHIEK21")
        #expect(m.canonicalID == "08BISHKEK1021")
        #expect(m.id == "08SECTION01GF02BISHIEK21")
    }

    @Test func leavesTextThatIsNoIdAlone() {
        #expect(CableID.canonical("STDIN") == "STDIN")
        #expect(CableID.canonical("092OF5") == "092OF5")
        #expect(CableID.looksLikeCableID("09BEIJING509"))
        #expect(!CableID.looksLikeCableID("BEIJING"))
    }
}
