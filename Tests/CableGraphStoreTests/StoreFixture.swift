import CableGraphCore
import CableGraphStore
import Foundation

/// Cables to build test stores from: the sample China TIP report and three short cables in the same layout.
enum StoreFixture {
    static let hanoi = """
        08HANOI100
        VIETNAM: TRAFFICKING COOPERATION WITH IOM
        Thu May 01 00:00:00 +0100 2008
        UNCLASSIFIED
        Embassy Hanoi
        VZCZCXRO1111
        DE RUEHHI #0100/01 1220900
        FM AMEMBASSY HANOI
        TO RUEHC/SECSTATE WASHDC PRIORITY 0100
        UNCLAS HANOI 000100

        SIPDIS

        E.O. 12958: N/A
        TAGS: KTIP PHUM SMIG VM
        SUBJECT: VIETNAM: TRAFFICKING COOPERATION WITH IOM

        ¶1. The Ministry of Public Security (MPS) worked with the International Organization for Migration (IOM) to train border guards in Lao Cai Province.  The Vietnam Women's Union (VWU) partnered with IOM on shelters for returned victims.

        ¶2. Women from Vietnam are trafficked to China for forced marriage.  The Ministry of Labor, Invalids and Social Affairs (MOLISA) runs the National Plan of Action against trafficking.

        MICHALAK

        """

    static let bangkok = """
        09BANGKOK200
        THAILAND: SHELTERS AND PROSECUTIONS
        Wed Jun 10 00:00:00 +0100 2009
        CONFIDENTIAL
        Embassy Bangkok
        VZCZCXRO2222
        DE RUEHBK #0200/01 1610700
        FM AMEMBASSY BANGKOK
        TO RUEHC/SECSTATE WASHDC PRIORITY 0200
        C O N F I D E N T I A L BANGKOK 000200

        SIPDIS

        E.O. 12958: DECL: 06/10/2019
        TAGS: KTIP PGOV TH
        SUBJECT: THAILAND: SHELTERS AND PROSECUTIONS

        ¶1. (C) The Ministry of Social Development and Human Security (MSDHS) cooperated with the International Organization for Migration (IOM) on victim shelters.  The Royal Thai Police arrested twelve traffickers in Bangkok.

        ¶2. (C) Burmese and Cambodian workers are trafficked from Burma to Thailand for labor on fishing boats.  The Ministry of Public Security of Vietnam met with the Royal Thai Police in April.

        JOHN

        """

    static let manila = """
        07MANILA300
        PHILIPPINES: ANTI-TRAFFICKING COUNCIL
        Thu Mar 15 00:00:00 +0100 2007
        SECRET
        Embassy Manila
        VZCZCXRO3333
        DE RUEHML #0300/01 0740800
        FM AMEMBASSY MANILA
        TO RUEHC/SECSTATE WASHDC PRIORITY 0300
        S E C R E T MANILA 000300

        SIPDIS

        E.O. 12958: DECL: 03/15/2017
        TAGS: PGOV PREL RP
        SUBJECT: PHILIPPINES: ANTI-TRAFFICKING COUNCIL

        ¶1. (S) The Inter-Agency Council Against Trafficking (IACAT) met with the Department of Justice in Manila.  The Department of Justice launched the Anti-Trafficking Task Force in February.

        ¶2. (S) Filipinas are trafficked from the Philippines to Malaysia and Japan.

        KENNEY

        """

    static var beijing: String {
        let url = Bundle.module.url(forResource: "09BEIJING509", withExtension: "txt", subdirectory: "Fixtures")!
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }

    /// Path (for messages) and text of every fixture cable, in ingest order.
    static var cables: [(path: String, text: String)] {
        [("09BEIJING509.txt", beijing), ("08HANOI100.txt", hanoi), ("09BANGKOK200.txt", bangkok),
         ("07MANILA300.txt", manila)]
    }

    static let pipeline = Pipeline()

    static func record(path: String, text: String) throws -> CableRecord {
        let bytes = Array(text.utf8)
        let document = try CableReader.read(bytes, path: path).get()
        var metadata = document.metadata
        // Filters by tag are tested whether or not the reader fills in tags yet.
        if metadata.tags.isEmpty, let line = text.split(separator: "\n").first(where: { $0.hasPrefix("TAGS:") }) {
            metadata.tags = line.dropFirst(5).split(separator: " ").map(String.init)
        }
        return CableRecord(metadata: metadata, path: path, contentHash: ContentHash.sha256(bytes),
                           fragment: pipeline.fragment(for: document))
    }

    static func records() throws -> [CableRecord] {
        try cables.map { try record(path: $0.path, text: $0.text) }
    }

    static func merged(_ records: [CableRecord]) -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        for r in records { graph.merge(r.fragment) }
        return graph
    }

    /// A new store in a fresh temporary folder.
    static func newStore() throws -> GraphStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return try GraphStore.open(folder.appendingPathComponent("test.db").path)
    }
}

struct Interrupted: Error {}
