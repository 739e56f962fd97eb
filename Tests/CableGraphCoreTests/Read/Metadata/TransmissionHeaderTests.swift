import Testing
@testable import CableGraphCore

@Suite struct TransmissionHeaderTests {
    /// 09BEIJING509: the INFO line runs into the classification banner.
    static let beijing = """
        VZCZCXRO4290
        OO RUEHCN RUEHGH RUEHVC
        DE RUEHBJ #0509/01 0580738
        ZNR UUUUU ZZH
        O 270738Z FEB 09
        FM AMEMBASSY BEIJING
        TO RUEHC/SECSTATE WASHDC IMMEDIATE 2546
        INFO RUEHOO/CHINA POSTS COLLECTIVEUNCLAS SECTION 01 OF 06 BEIJING 000509

        SIPDIS

        E.O. 12958: N/A
        TAGS: PGOV PHUM SMIG KTIP KCRM KWMN CH
        SUBJECT: CHINA: 2009 TRAFFICKING IN PERSONS REPORT
        """

    @Test func readsTransmissionIdDateTimeGroupAndSender() {
        let m = metadata(Self.beijing)
        #expect(m.transmissionID == "VZCZCXRO4290")
        #expect(m.dtg == "270738Z FEB 09")
        #expect(m.from == "AMEMBASSY BEIJING")
    }

    @Test func readsRouteNamePrecedenceAndMessageContinuityNumber() {
        let m = metadata(Self.beijing)
        #expect(m.recipients == [Recipient(route: "RUEHC", name: "SECSTATE WASHDC", precedence: "IMMEDIATE", mcn: "2546")])
    }

    @Test func cutsTheClassificationBannerGluedToTheLastAddress() {
        let m = metadata(Self.beijing)
        #expect(m.info == [Recipient(route: "RUEHOO", name: "CHINA POSTS COLLECTIVE")])
    }

    /// 08STATE116943: an old INFO LOG-00 distribution block before the header, and an XMT line.
    @Test func skipsTheDistributionBlockAndAttachesExclusions() {
        let m = metadata("""
            ORIGIN DS-00

            INFO  LOG-00   MFA-00   EEB-00   AF-00    AIT-00   A-00     CIAE-00
                  SAS-00   FA-00      /002R

            P 031812Z NOV 08
            FM SECSTATE WASHDC
            TO SECURITY OFFICER COLLECTIVE PRIORITY
            AMEMBASSY TRIPOLI PRIORITY
            INFO AMCONSUL CASABLANCA PRIORITY
            XMT AMCONSUL JOHANNESBURG
            AMCONSUL JOHANNESBURG
            S E C R E T STATE 116943
            """)
        #expect(m.dtg == "031812Z NOV 08")
        #expect(m.recipients.map(\.name) == ["SECURITY OFFICER COLLECTIVE", "AMEMBASSY TRIPOLI"])
        #expect(m.info == [Recipient(name: "AMCONSUL CASABLANCA", precedence: "PRIORITY", excluded: ["AMCONSUL JOHANNESBURG"])])
    }

    /// 08ECTION01OF02MANAMA492: the space after TO was lost.
    @Test func readsAToLineWithoutItsSpace() {
        let m = metadata("""
            P 240620Z JUL 08
            FM AMEMBASSY MANAMA
            TORUEHC/SECSTATE WASHDC PRIORITY 8009
            INFO RUEHZM/ULF COOPERATION COUNCIL COLLECTIVE PRIORITY
            RUEHGB/AMEMBASSY BAGHDAD PRIORITY 0252
            C O N F I D E N T I A L ECTION 01 OF 02 MANAMA 000492
            """)
        #expect(m.recipients == [Recipient(route: "RUEHC", name: "SECSTATE WASHDC", precedence: "PRIORITY", mcn: "8009")])
        #expect(m.info.map(\.name) == ["ULF COOPERATION COUNCIL COLLECTIVE", "AMEMBASSY BAGHDAD"])
        #expect(m.info.last?.mcn == "0252")
    }

    /// 09STATE15113: a page header right after TO.
    @Test func skipsPageHeadersInTheAddressBlock() {
        let m = metadata("""
            P 182318Z FEB 09
            FM SECSTATE WASHDC
            TO PAGE 02        STATE   015113  182333Z
            ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY
            AMEMBASSY TRIPOLI PRIORITY
            """)
        #expect(m.recipients.map(\.name) == ["ALL DIPLOMATIC POSTS COLLECTIVE", "AMEMBASSY TRIPOLI"])
    }

    /// 03THEHAGUE2843: `FM` in the text is the foreign minister, not a sender.
    @Test func ignoresFmInRunningText() {
        let m = metadata("""
            SUBJECT: AMBASSADOR'S NOVEMBER 10 DINNER WITH DUTCH PRIME

            ¶2. (C) Balkenende said that Ben Bot, set to replace outgoing
            FM de Hoop Scheffer on December 3, would maintain the
            government's priorities in foreign affairs
            """)
        #expect(m.from == nil)
    }

    @Test func readsNiactImmediate() {
        let m = metadata("""
            O 201405Z DEC 89
            FM SECSTATE WASHDC
            TO SPECIAL EMBASSY PROGRAM NIACT IMMEDIATE
            AMCONSUL LENINGARD NIACT IMMEDIATE
            """)
        #expect(m.recipients.map(\.precedence) == ["NIACT IMMEDIATE", "NIACT IMMEDIATE"])
        #expect(m.recipients.first?.name == "SPECIAL EMBASSY PROGRAM")
    }

    /// 09NAIROBI1938: a raw record block follows the INFO lines without a banner between.
    @Test func endsTheAddressBlockAtRecordFields() {
        let m = metadata("""
            O 160924Z SEP 09
            FM AMEMBASSY NAIROBI
            TO RUEHC/SECSTATE WASHDC IMMEDIATE 0989
            INFO RUEHLO/AMEMBASSY LONDON PRIORITY 3327
            RHEHNSC/NSC WASHDC PRIORITY
            >
            9/16/2009 9:24
            09NAIROBI1938
            Embassy Nairobi
            SECRET
            08STATE81854|09NAIROBI1830|09NAIROBI1831|09NAIROBI1859
            """)
        #expect(m.info.map(\.name) == ["AMEMBASSY LONDON", "NSC WASHDC"])
    }

    /// 05ANKARA82: military unit addresses start with digits.
    @Test func keepsUnitAddressesThatStartWithDigits() {
        let m = metadata("""
            FM AMEMBASSY ANKARA
            TO SECSTATE WASHDC PRIORITY 1234
            INFO 39ABG INCIRLIK AB TU//CC//
            425ABS IZMIR TU//CC//
            C O N F I D E N T I A L ANKARA 000082
            """)
        #expect(m.info.map(\.name) == ["39ABG INCIRLIK AB TU//CC//", "425ABS IZMIR TU//CC//"])
    }
}
