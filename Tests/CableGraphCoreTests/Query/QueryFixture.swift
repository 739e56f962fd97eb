import CableGraphCore

/// A small hand-made graph: two ministries called the same in two countries, a federation, an
/// international organization known by its initials, a program, two cables.
enum QueryFixture {
    static func evidence(_ cable: String, _ sentence: Int, _ text: String) -> Evidence {
        Evidence(cable: cable, paragraph: "A", sentence: sentence, start: sentence * 100, end: sentence * 100 + text.count, text: text)
    }

    static var graph: KnowledgeGraph {
        var g = KnowledgeGraph()
        g.add(GraphNode(id: "country:cn", type: .country, label: "China", country: "cn", mentionCount: 9, cables: ["09BEIJING509"]))
        g.add(GraphNode(id: "country:vn", type: .country, label: "Vietnam", country: "vn", mentionCount: 4, cables: ["08HANOI100"]))
        g.add(GraphNode(id: "agency:cn:mps", type: .agency, label: "Ministry of Public Security", aliases: ["MPS"], country: "cn",
                        mentionCount: 18, cables: ["09BEIJING509"]))
        g.add(GraphNode(id: "agency:vn:mps", type: .agency, label: "Ministry of Public Security", aliases: ["MPS"], country: "vn",
                        mentionCount: 3, cables: ["08HANOI100"]))
        g.add(GraphNode(id: "agency:acwf", type: .agency, label: "All China Women's Federation", aliases: ["ACWF"], country: "cn",
                        mentionCount: 5, cables: ["09BEIJING509"]))
        g.add(GraphNode(id: "agency:iom", type: .agency, label: "International Organization for Migration", mentionCount: 4,
                        cables: ["09BEIJING509", "08HANOI100"]))
        g.add(GraphNode(id: "program:npa", type: .program, label: "National Plan of Action", mentionCount: 2, cables: ["09BEIJING509"]))
        g.add(GraphNode(id: "cable:09beijing509", type: .cable, label: "09BEIJING509", properties: ["date": "2009-02-27", "read": "true"]))
        g.add(GraphNode(id: "cable:08hanoi100", type: .cable, label: "08HANOI100", properties: ["date": "2008-05-01", "read": "true"]))
        for target in ["country:cn", "agency:cn:mps", "agency:acwf", "agency:iom", "program:npa"] {
            g.add(GraphEdge(key: EdgeKey(source: "cable:09beijing509", type: .mentions, target: target), weight: 2))
        }
        for target in ["country:vn", "agency:vn:mps", "agency:iom"] {
            g.add(GraphEdge(key: EdgeKey(source: "cable:08hanoi100", type: .mentions, target: target)))
        }
        g.add(GraphEdge(key: EdgeKey(source: "agency:cn:mps", type: .cooperatesWith, target: "agency:acwf"), weight: 2, confidence: 0.8,
                        evidence: [evidence("09BEIJING509", 3, "MPS worked with the ACWF to rescue victims."),
                                   evidence("09BEIJING509", 7, "The ACWF and MPS signed an agreement.")]))
        g.add(GraphEdge(key: EdgeKey(source: "agency:acwf", type: .cooperatesWith, target: "agency:iom"), confidence: 0.8,
                        evidence: [evidence("09BEIJING509", 9, "The ACWF partnered with IOM on shelters.")]))
        g.add(GraphEdge(key: EdgeKey(source: "agency:iom", type: .operates, target: "program:npa"), confidence: 0.7,
                        evidence: [evidence("09BEIJING509", 12, "IOM implemented the National Plan of Action.")]))
        g.add(GraphEdge(key: EdgeKey(source: "agency:acwf", type: .coOccursWith, target: "agency:iom"), confidence: 0.5,
                        evidence: [evidence("09BEIJING509", 9, "The ACWF partnered with IOM on shelters.")]))
        g.add(GraphEdge(key: EdgeKey(source: "agency:cn:mps", type: .jurisdiction, target: "country:cn")))
        g.add(GraphEdge(key: EdgeKey(source: "agency:vn:mps", type: .jurisdiction, target: "country:vn")))
        return g
    }
}
