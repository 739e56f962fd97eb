import CableGraphCore
import Foundation

/// The repository checkout the tests run in.
enum Repository {
    static let root: URL = {
        // Tests/CableGraphExportTests/Support/TestGraphs.swift -> repository root
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }()

    static func path(_ relative: String) -> URL { root.appendingPathComponent(relative) }
}

enum TestGraphs {
    /// The graph of the bundled sample cable, built by the pipeline.
    static func sample() throws -> KnowledgeGraph {
        try graph(of: [Repository.path("Samples/09BEIJING509.txt")])
    }

    /// The graph of the 300 cables in `Tests/Fixtures/corpus-sample` (see `Scripts/make-corpus-sample.sh`).
    static let corpusSample: Result<KnowledgeGraph, any Error> = Result {
        let folder = Repository.path("Tests/Fixtures/corpus-sample")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        return try graph(of: names.map { folder.appendingPathComponent($0) })
    }

    static var corpusSampleCount: Int {
        (try? FileManager.default.contentsOfDirectory(atPath: Repository.path("Tests/Fixtures/corpus-sample").path)
            .filter { $0.hasSuffix(".txt") }.count) ?? 0
    }

    static func graph(of files: [URL]) throws -> KnowledgeGraph {
        var graph = KnowledgeGraph()
        let pipeline = Pipeline()
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: file))
            if case .success(let document) = CableReader.read(bytes, path: file.path) {
                graph.merge(pipeline.fragment(for: document))
            }
        }
        return graph
    }

    // MARK: Cooperation: a known COOPERATES_WITH neighbourhood with evidence, for SPARQL.

    static let mca = "agency:cn:ministry-of-civil-affairs"
    static let unicef = "agency:int:unicef"
    static let acwf = "agency:cn:all-china-womens-federation"
    static let iom = "agency:int:international-organization-for-migration"

    static let sentenceUNICEF1 = "The Ministry of Civil Affairs partnered with UNICEF to open shelters for rescued children."
    static let sentenceUNICEF2 = "MCA and UNICEF signed a memorandum of understanding on victim care."
    static let sentenceACWF = "The ACWF worked with the Ministry of Civil Affairs on \"reintegration\" programs."
    static let sentenceIOM = "IOM and the ACWF trained 300 police officers."

    static func cooperation() -> KnowledgeGraph {
        let cable1 = GraphNode(id: "cable:09beijing509", type: .cable, label: "09BEIJING509", cables: ["09BEIJING509"],
                               firstSeen: "2009-02-27", lastSeen: "2009-02-27",
                               properties: ["date": "2009-02-27", "classification": "UNCLASSIFIED"])
        let cable2 = GraphNode(id: "cable:08beijing100", type: .cable, label: "08BEIJING100", cables: ["08BEIJING100"],
                               firstSeen: "2008-03-01", lastSeen: "2008-03-01",
                               properties: ["date": "2008-03-01", "classification": "CONFIDENTIAL"])
        let nodes = [
            cable1, cable2,
            GraphNode(id: mca, type: .agency, label: "Ministry of Civil Affairs", aliases: ["MCA"], country: "CN",
                      mentionCount: 5, cables: ["09BEIJING509", "08BEIJING100"], firstSeen: "2008-03-01", lastSeen: "2009-02-27"),
            GraphNode(id: unicef, type: .agency, label: "UNICEF", aliases: ["United Nations Children's Fund"],
                      mentionCount: 2, cables: ["09BEIJING509", "08BEIJING100"], firstSeen: "2008-03-01", lastSeen: "2009-02-27"),
            GraphNode(id: acwf, type: .agency, label: "All-China Women's Federation", aliases: ["ACWF"], country: "CN",
                      mentionCount: 2, cables: ["09BEIJING509"], firstSeen: "2009-02-27", lastSeen: "2009-02-27"),
            GraphNode(id: iom, type: .agency, label: "International Organization for Migration", aliases: ["IOM"],
                      mentionCount: 1, cables: ["09BEIJING509"], firstSeen: "2009-02-27", lastSeen: "2009-02-27"),
            GraphNode(id: "country:cn", type: .country, label: "China", aliases: ["PRC"], country: "CN", mentionCount: 9,
                      cables: ["09BEIJING509"], firstSeen: "2009-02-27", lastSeen: "2009-02-27"),
        ]
        let edges = [
            GraphEdge(key: EdgeKey(source: unicef, type: .cooperatesWith, target: mca), weight: 2, confidence: 0.9, evidence: [
                Evidence(cable: "09BEIJING509", paragraph: "F", sentence: 40, start: 5120, end: 5208, text: sentenceUNICEF1),
                Evidence(cable: "08BEIJING100", paragraph: "3", sentence: 7, start: 900, end: 966, text: sentenceUNICEF2),
            ]),
            GraphEdge(key: EdgeKey(source: unicef, type: .coOccursWith, target: mca), weight: 2, confidence: 0.5, evidence: [
                Evidence(cable: "09BEIJING509", paragraph: "F", sentence: 40, start: 5120, end: 5208, text: sentenceUNICEF1),
                Evidence(cable: "08BEIJING100", paragraph: "3", sentence: 7, start: 900, end: 966, text: sentenceUNICEF2),
            ]),
            GraphEdge(key: EdgeKey(source: acwf, type: .cooperatesWith, target: mca), weight: 1, confidence: 0.8, evidence: [
                Evidence(cable: "09BEIJING509", paragraph: nil, sentence: 52, start: 7001, end: 7080, text: sentenceACWF),
            ], properties: ["rule": "worked-with"]),
            GraphEdge(key: EdgeKey(source: iom, type: .cooperatesWith, target: acwf), weight: 1, confidence: 0.8, evidence: [
                Evidence(cable: "09BEIJING509", paragraph: "G", sentence: 60, start: 8000, end: 8045, text: sentenceIOM),
            ]),
            GraphEdge(key: EdgeKey(source: mca, type: .jurisdiction, target: "country:cn")),
            GraphEdge(key: EdgeKey(source: "cable:09beijing509", type: .mentions, target: mca), weight: 3,
                      properties: ["paragraphs": "F;G"]),
            GraphEdge(key: EdgeKey(source: "cable:09beijing509", type: .references, target: "cable:08beijing100")),
        ]
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    /// The triples the RDF export of `cooperation()` must hold, counted from the model (not from the writer).
    static let cooperationTriples: Int = {
        // Per node: 2 types, rdfs:label, skos:prefLabel, one altLabel per alias, countryCode,
        // mentionCount (not for cables with none), firstSeen, lastSeen, properties;
        // cables: dcterms:identifier, dcterms:date, cg:classification.
        let cables = 2 * (2 + 2 + 1 + 2 + 2)                 // types, labels, identifier, first/last, date+classification
        let mcaNode = 2 + 2 + 1 + 1 + 1 + 2                  // + alias, country, mentions, first/last
        let unicefNode = 2 + 2 + 1 + 1 + 2                   // no country
        let acwfNode = 2 + 2 + 1 + 1 + 1 + 2
        let iomNode = 2 + 2 + 1 + 1 + 2
        let china = 2 + 2 + 1 + 1 + 1 + 2
        let direct = 7                                       // one per edge
        // Assertions (stated, co-occurrence): type, source, relation, target, weight, confidence,
        // evidenceCount, one wasDerivedFrom per evidence, properties.
        let assertions = (7 + 2) + (7 + 2) + (7 + 1 + 1) + (7 + 1)
        // Evidence sentences (four distinct): type, text, paragraph (when known), index, start, end, quotedFrom.
        let evidence = 7 + 7 + 6 + 7
        return cables + mcaNode + unicefNode + acwfNode + iomNode + china + direct + assertions + evidence
    }()

    /// Agencies cooperating with the Ministry of Civil Affairs, with the evidence sentences, through
    /// the assertion resources; the expected rows are `cooperationRows`.
    static let cooperationQuery = """
    PREFIX cg: <https://w3id.org/cablegraph/ontology#>
    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT ?partner ?sentence ?cable WHERE {
      ?ministry skos:prefLabel "Ministry of Civil Affairs"@en .
      ?assertion a cg:Assertion ;
                 cg:assertedRelation cg:cooperatesWith ;
                 cg:assertedSource ?source ;
                 cg:assertedTarget ?target ;
                 prov:wasDerivedFrom ?evidence .
      FILTER (?source = ?ministry || ?target = ?ministry)
      BIND (IF(?source = ?ministry, ?target, ?source) AS ?other)
      ?other a cg:Agency ; skos:prefLabel ?partner .
      ?evidence cg:sentenceText ?sentence ; prov:wasQuotedFrom ?cableNode .
      ?cableNode <http://purl.org/dc/terms/identifier> ?cable .
    }
    ORDER BY ?partner ?sentence
    """

    static let cooperationRows: [[String]] = [
        ["All-China Women's Federation", sentenceACWF, "09BEIJING509"],
        ["UNICEF", sentenceUNICEF2, "08BEIJING100"],
        ["UNICEF", sentenceUNICEF1, "09BEIJING509"],
    ]

    // MARK: Hostile names

    /// Names that break other tools' exports: quotes, `&`, `<`, `>`, backslashes, control characters,
    /// Chinese and Arabic script, DOT keywords as ids and labels, ids with spaces, an id with `--`.
    static let hostileLabels: [String: String] = [
        "agency:x:quotes": "The \"Quoted\" Agency & Sons <Ltd> 'single'",
        "node": "node",
        "graph": "graph",
        "edge": "EDGE",
        "strict": "Strict",
        "digraph": "subgraph",
        "agency:cn:中文": "中华人民共和国公安部",
        "agency:eg:عربي": "وزارة الداخلية المصرية",
        "person:ctl": "Ctl\u{0}\u{7}\u{1B}char\u{7F}\u{85}s\ttab\nnewline\r",
        "has space \"quote\" \\ back": "id with space",
        "a--b": "double dash",
        "backslash": "\\",
        "trailing": "ends with backslash\\",
        "html": "<b>bold</b> &amp; &lt;",
        "odd": "non-characters \u{FFFE}\u{FFFF} line\u{2028}separator",
        "": "empty id",
    ]

    static func hostile() -> KnowledgeGraph {
        var nodes: [GraphNode] = []
        for (id, label) in hostileLabels.sorted(by: { $0.key < $1.key }) {
            let type: NodeType = id.hasPrefix("agency") ? .agency : id == "person:ctl" ? .person : id == "node" ? .country : .program
            nodes.append(GraphNode(id: id, type: type, label: label, mentionCount: 1))
        }
        nodes[nodes.firstIndex { $0.id == "agency:x:quotes" }!].aliases = ["A&B", "back\\slash\\", "semi;colon | pipe", "tab\there"]
        nodes[nodes.firstIndex { $0.id == "agency:x:quotes" }!].properties = [
            "weird key": "v\"1", "label": "a property named label", "x": "1", "flag": "true", "": "empty name",
        ]
        nodes[nodes.firstIndex { $0.id == "agency:cn:中文" }!].aliases = ["公安部", "MPS"]
        nodes[nodes.firstIndex { $0.id == "node" }!].country = "C\"N"
        nodes[nodes.firstIndex { $0.id == "node" }!].firstSeen = "2009-13-45"
        let hostileEvidence = Evidence(cable: "09 BAD\"CABLE", paragraph: "<A>", sentence: 3, start: 0, end: 10,
                                       text: "He said \"no\" & <left>\u{7} \\ then العربية 中文.")
        let edges = [
            GraphEdge(key: EdgeKey(source: "agency:x:quotes", type: .cooperatesWith, target: "agency:cn:中文"), weight: 2,
                      confidence: .nan, evidence: [hostileEvidence], properties: ["purpose": "forced labor;sex \"work\"", "rule": "r\\1"]),
            GraphEdge(key: EdgeKey(source: "agency:x:quotes", type: .coOccursWith, target: "agency:cn:中文"), weight: 1,
                      confidence: 0.5, evidence: [hostileEvidence]),
            GraphEdge(key: EdgeKey(source: "node", type: .partOf, target: "graph")),
            GraphEdge(key: EdgeKey(source: "edge", type: .memberOf, target: "strict")),
            GraphEdge(key: EdgeKey(source: "digraph", type: .operates, target: "node")),
            GraphEdge(key: EdgeKey(source: "agency:eg:عربي", type: .cooperatesWith, target: "person:ctl"), weight: 1,
                      confidence: 1, evidence: [Evidence(cable: "10CAIRO1", paragraph: nil, sentence: 0, start: 0, end: 3,
                                                         text: "\u{1}\u{2}")]),
            GraphEdge(key: EdgeKey(source: "has space \"quote\" \\ back", type: .locatedIn, target: "a--b")),
            GraphEdge(key: EdgeKey(source: "backslash", type: .traffickingRoute, target: "trailing"), weight: 4,
                      properties: ["purpose": "sexual exploitation"]),
            GraphEdge(key: EdgeKey(source: "html", type: .mentions, target: "odd")),
            GraphEdge(key: EdgeKey(source: "", type: .references, target: "html")),
            // An edge to a node the graph does not have: exports leave it out.
            GraphEdge(key: EdgeKey(source: "html", type: .references, target: "missing")),
        ]
        return KnowledgeGraph(nodes: nodes, edges: edges)
    }

    /// What a label looks like after export: XML-illegal characters (C0 controls but tab and line
    /// breaks, DEL, C1 controls, U+FFFE, U+FFFF) removed.
    static func cleaned(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { s in
            switch s.value {
            case 0x09, 0x0A, 0x0D: return true
            case 0x00..<0x20, 0x7F...0x9F, 0xFFFE, 0xFFFF: return false
            default: return true
            }
        }))
    }
}
