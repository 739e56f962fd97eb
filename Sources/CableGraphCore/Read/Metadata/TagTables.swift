/// What the State Department's TAGS (Traffic Analysis by Geography and Subject) look like:
/// subject and program codes, FIPS 10-4 country codes, regional `X` codes and organisation tags.
/// Used to split codes that releases glued together and to recognise the tag line when its
/// label is missing. These are general conventions, not values of particular cables.
enum TagTables {
    /// Four-letter subject and program codes (first letter: A administration, B business, C consular,
    /// E economic, K program, M military, O operations, P political, S social, T technology).
    static let subjectCodes: Set<String> = words("""
        AADP ABLD ABUD ACOA ADCO ADPM AEMR AFIN AFSI AFSN AGAO AINF AINR AINT ALOW AMED AMGT AODE AORC APCS APER
        ASCH ASEC ASIG ASUP ATRN AVIP BBSR BEXP BMGT BTIO CASC CDES CFED CJAN CLOK CMGT CPAS CVIS EAGR EAID EAIR
        ECIN ECON ECPS EFIN EFIS EIND EINT EINV ELAB ELTN EMIN ENIV ENRG ENVR EPET ETRD ETTC EWWT HSTC KACT KAWC
        KAWK KBCT KBIO KBTR KBTS KCFE KCIP KCOM KCOR KCRM KCRS KDEM KDEV KDRG KFIN KFLO KFLU KFRD KGCC KGHG KGIC
        KGIT KHDP KHIV KHLS KHSA KICC KIDE KIPR KIRC KIRF KISL KJUS KLIG KMCA KMDR KMIG KMPI KMRS KNAR KNEI KNNP
        KNPP KNSD KNUC KNUP KOCI KOLY KOMC KOMS KPAI KPAK KPAL KPAO KPIN KPKO KPLS KPOA KPRP KPRV KPWR KRAD KREC
        KREL KRFD KSAF KSCA KSEC KSEP KSPR KSTC KSTH KSUM KTBT KTDB KTER KTEX KTFN KTIA KTIP KTLA KUNR KVIR KVPR
        KWAC KWBG KWMN MAPP MAPS MARR MASC MASS MCAP MEPP MNUC MOPS MPOS NIPP OEXC OFDP OIIP OPAD OPDC OPIC OPRC
        OREP OSCI OTRA OVIP PARM PBIO PBTS PGOV PHSA PHUM PINF PINR PINS PINT PNAT PREF PREL PROP PTER SCUL SENV
        SMIG SNAR SOCI TBIO TINT TNGD TPHY TRGY TSPA TSPL WTRO
        """)

    /// FIPS 10-4 country codes and the State Department's regional X codes.
    static let countryCodes: Set<String> = words("""
        AA AC AE AF AG AJ AL AM AN AO AQ AR AS AT AU AV AX AY BA BB BC BD BE BF BG BH BK BL BM BN BO BP BQ BR BS BT
        BU BV BX BY CA CB CD CE CF CG CH CI CJ CK CM CN CO CQ CR CS CT CU CV CW CY DA DJ DO DR DX EC EG EI EK EN ER
        ES ET EU EZ FG FI FJ FK FM FO FP FQ FR FS GA GB GG GH GI GJ GK GL GM GO GP GQ GR GT GV GY GZ HA HK HM HO HQ
        HR HU IC ID IM IN IO IP IR IS IT IV IZ JA JE JM JN JO JQ JU KE KG KN KQ KR KS KT KU KV KZ LA LE LG LH LI LO
        LQ LS LT LU LY MA MB MC MD MF MG MH MI MJ MK ML MN MO MP MQ MR MT MU MV MX MY MZ NC NE NF NG NH NI NL NO NP
        NR NS NU NZ OD PA PC PE PF PG PK PL PM PO PP PS PU QA RE RI RM RN RO RP RQ RS RW SA SB SC SE SF SG SH SI SK
        SL SM SN SO SP ST SU SV SW SX SY SZ TB TD TE TH TI TK TL TN TO TP TS TT TU TV TW TX UC UG UK UN UP US UV UY
        UZ VC VE VI VM VQ VT WA WE WF WI WQ WS WZ YI YM ZA ZI
        XA XB XC XD XE XF XG XH XI XK XL XM XN XO XP XQ XR XS XT XU XV XW XX XY XZ
        """)

    /// Organisation and other tags that are neither subject nor country codes.
    static let otherTags: Set<String> = words("""
        NATO EUN UNSC UNGA IAEA OSCE OAS NPT UNHRC UNMIK UNESCO WTO WHO ICRC ICAO IMO OPCW CWC CBW OECD ASEAN USEU
        USTR FTAA IWC MTCR MTCRE TIP GTIP ICTY UNHCR UNDP UNEP FAO ILO IMF IBRD APEC APECO SAARC GCC MERCOSUR INTERPOL
        ICJ UNAUS UNO UNDC WMO NSG CTBTO ECOWAS AU SADC CARICOM IPR FARC ELN LTTE ZANU-PF MDC GOI PA POL MIL
        """)

    /// Known codes of any kind.
    static func isKnown(_ tag: String) -> Bool {
        subjectCodes.contains(tag) || countryCodes.contains(tag) || otherTags.contains(tag)
    }

    /// Codes that may appear glued together (`KFRDKIRF...EG`, `PHUMBA`, `VTPREL`).
    static func isGluePiece(_ piece: String) -> Bool {
        subjectCodes.contains(piece) || countryCodes.contains(piece) || piece == "POL" || piece == "MIL"
    }

    /// Misspelled codes and their fixes.
    static let typos: [String: String] = [
        "MOPPS": "MOPS", "UNDESCO": "UNESCO", "POGOV": "PGOV", "PRGOV": "PGOV", "PGGV": "PGOV", "PHUS": "PHUM",
        "PTERE": "PTER", "ENIV": "EINV", "EEPET": "EPET", "KWWMN": "KWMN", "KWMM": "KWMN", "SNARCS": "SNAR",
        "COUNTER TERRORISM": "COUNTERTERRORISM",
    ]

    /// Tags that are several words long; matched greedily, longest first.
    static let multiWord: [[String]] = [
        "ISRAELI PALESTINIAN AFFAIRS", "ITALY NATIONAL ELECTIONS", "POLITICS FOREIGN POLICY", "MEETINGS WITH AMBASSADOR",
        "MEDIA REACTION REPORT", "ECONOMY AND FINANCE", "TIP IN TURKEY", "HUMAN RIGHTS", "GOI EXTERNAL", "GOI INTERNAL",
        "GAZA DISENGAGEMENT", "COUNTRY CLEARANCE", "MEDIA REACTION", "IRAQI FREEDOM", "ECONOMIC AFFAIRS", "GLOBAL DEFENSE",
        "CONSULAR AFFAIRS", "ITALIAN POLITICS", "DOMESTIC POLITICS", "NEW ZEALAND", "FOREIGN POLICY", "FOREIGN POL",
        "COUNTER TERRORISM", "POLITICAL PARTIES", "POLITICAL AFFAIRS", "ENDURING FREEDOM", "TRADE POLICY",
    ].map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }

    struct WordInfo: OptionSet, Sendable {
        let rawValue: UInt8
        static let startsPhrase = WordInfo(rawValue: 1)
        static let givenName = WordInfo(rawValue: 2)
        static let typo = WordInfo(rawValue: 4)
        static let known = WordInfo(rawValue: 8)
    }

    /// What each special word can be, so that a tag costs one lookup.
    static let info: [String: WordInfo] = {
        var table: [String: WordInfo] = [:]
        for phrase in multiWord { table[phrase[0], default: []].insert(.startsPhrase) }
        for name in NameTables.givenNames { table[name, default: []].insert(.givenName) }
        for typo in typos.keys { table[typo, default: []].insert(.typo) }
        for code in subjectCodes.union(countryCodes).union(otherTags) { table[code, default: []].insert(.known) }
        return table
    }()

    /// `multiWord` indexed by first word.
    static let multiWordByFirst: [String: [[String]]] = Dictionary(grouping: multiWord, by: { $0[0] })

    /// Person tags whose canonical form carries a middle initial the cables leave out.
    static let personForms: [String: String] = [
        "STEINBERG, JAMES": "STEINBERG, JAMES B.",
        "BUSH, GEORGE": "BUSH, GEORGE W.",
    ]

    static func words(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
    }
}
