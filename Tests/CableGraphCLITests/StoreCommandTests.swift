import CableGraphCore
import CableGraphStore
import Foundation
import Testing

/// `build`, `query` and `explain` through the binary, on a store built from the fixture cables.
@Suite(.serialized) struct StoreCommandTests {
    let scratch: ScratchFolder
    let db: String

    init() throws {
        scratch = try ScratchFolder()
        db = scratch.appending("fixtures.db")
        let built = try CLIRunner.run(["build", CLIRunner.fixtures, "--db", db])
        #expect(built.status == 0, "\(built.stderr)")
    }

    func query(_ arguments: [String]) throws -> CLIRunner.Result {
        try CLIRunner.run(["query"] + arguments + ["--db", db])
    }

    /// The strongest edge of a type, as (source label, target label), read from the store rather than assumed.
    func strongest(_ relation: String) throws -> (String, String)? {
        let edges = try query(["edges", "--rel", relation, "--limit", "1", "--format", "json"]).json()["edges"] as? [[String: Any]]
        guard let edge = edges?.first, let from = edge["from"] as? [String: Any], let to = edge["to"] as? [String: Any],
              let a = from["id"] as? String, let b = to["id"] as? String else { return nil }
        return (a, b)
    }

    @Test func rebuildingChangesNothing() throws {
        let before = try query(["stats", "--format", "json"])
        #expect(before.status == 0)
        let stats = try before.json()
        #expect(stats["cables"] as? Int == 4)
        let again = try CLIRunner.run(["build", CLIRunner.fixtures, "--db", db])
        #expect(again.status == 0)
        #expect(again.stderr.contains("0 added, 0 replaced, 4 unchanged"))
        #expect(try query(["stats", "--format", "json"]).stdout == before.stdout)
        let forced = try CLIRunner.run(["build", CLIRunner.fixtures, "--db", db, "--force"])
        #expect(forced.stderr.contains("0 added, 4 replaced, 0 unchanged"))
        #expect(try query(["stats", "--format", "json"]).stdout == before.stdout)
    }

    @Test func editedCableReplacesItsContribution() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path
        let fm = FileManager.default
        for name in try fm.contentsOfDirectory(atPath: CLIRunner.fixtures) where name.hasSuffix(".txt") {
            try fm.copyItem(atPath: CLIRunner.fixtures + "/" + name, toPath: folder + "/" + name)
        }
        let store = folder + "/edited.db"
        #expect(try CLIRunner.run(["build", folder, "--db", store]).status == 0)
        let manila = folder + "/07MANILA300.txt"
        let text = try String(contentsOfFile: manila, encoding: .utf8)
        try text.replacingOccurrences(of: "to Malaysia and Japan", with: "to Malaysia")
            .write(toFile: manila, atomically: true, encoding: .utf8)
        let rebuilt = try CLIRunner.run(["build", folder, "--db", store])
        #expect(rebuilt.stderr.contains("0 added, 1 replaced, 3 unchanged"))
        let fresh = folder + "/fresh.db"
        #expect(try CLIRunner.run(["build", folder, "--db", fresh]).status == 0)
        let a = try CLIRunner.run(["query", "stats", "--db", store, "--format", "json"]).stdout
        let b = try CLIRunner.run(["query", "stats", "--db", fresh, "--format", "json"]).stdout
        #expect(a == b)
    }

    @Test func interruptedBuildResumesToTheSameStore() throws {
        let scratch = try ScratchFolder()
        let partial = scratch.appending("partial.db")
        let killed = try CLIRunner.run(["build", CLIRunner.fixtures, "--db", partial, "--batch-size", "2", "--abort-after", "3"])
        #expect(killed.status == 75)
        let half = try CLIRunner.run(["query", "stats", "--db", partial, "--format", "json"]).json()
        #expect(half["cables"] as? Int == 2)   // the first batch, whole; nothing of the interrupted one
        let resumed = try CLIRunner.run(["build", CLIRunner.fixtures, "--db", partial, "--batch-size", "2"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("2 added, 0 replaced, 2 unchanged"))
        let full = try CLIRunner.run(["query", "stats", "--db", partial, "--format", "json"])
        #expect(full.stdout == (try query(["stats", "--format", "json"])).stdout)
    }

    @Test func entityInEveryFormat() throws {
        let (cable, entity) = try #require(try strongest("MENTIONS"))
        #expect(cable.hasPrefix("cable:"))
        let json = try query(["entity", entity, "--format", "json"])
        #expect(json.status == 0)
        let object = try json.json()
        #expect(object["id"] as? String == entity)
        let label = try #require(object["label"] as? String)
        #expect((object["cables"] as? [String])?.isEmpty == false)
        #expect((object["mentions"] as? Int ?? 0) > 0)
        let byLabel = try query(["entity", label.lowercased(), "--format", "json"]).json()
        #expect(byLabel["id"] as? String == entity || byLabel["error"] as? String == "ambiguous")
        let table = try query(["entity", entity, "--format", "table"])
        #expect(table.stdout.contains(label) && table.stdout.contains("Strongest relations"))
        let csv = try query(["entity", entity, "--format", "csv"])
        #expect(csv.stdout.hasPrefix("relation,dir,other,weight,evidence"))
    }

    @Test func neighborsPathAndExplainAgreeOnARelation() throws {
        let (a, b) = try #require(try strongest("CO_OCCURS_WITH"))
        let neighbors = try query(["neighbors", a, "--format", "json"]).json()
        let ids = (neighbors["neighbors"] as? [[String: Any]] ?? []).compactMap { ($0["node"] as? [String: Any])?["id"] as? String }
        #expect(ids.contains(b))
        let typed = try query(["neighbors", a, "--type", "Cable", "--rel", "MENTIONS", "--format", "json"]).json()
        let cables = (typed["neighbors"] as? [[String: Any]] ?? []).compactMap { ($0["node"] as? [String: Any])?["type"] as? String }
        #expect(!cables.isEmpty && cables.allSatisfy { $0 == "Cable" })

        let path = try query(["path", a, b, "--format", "json"])
        #expect(path.status == 0)
        let hops = try path.json()["hops"] as? [[String: Any]]
        #expect(hops?.count == 1)
        #expect(((hops?.first?["evidence"] as? [Any]) ?? []).isEmpty == false)

        let explained = try CLIRunner.run(["explain", a, b, "--db", db, "--format", "json"])
        #expect(explained.status == 0)
        let relations = try explained.json()["relations"] as? [[String: Any]] ?? []
        #expect(relations.contains { ($0["edge"] as? [String: Any])?["type"] as? String == "CO_OCCURS_WITH" })
        #expect(relations.allSatisfy { !(($0["evidence"] as? [Any]) ?? []).isEmpty || ($0["edge"] as? [String: Any])?["evidence_count"] as? Int == 0 })
        let fromFiles = try CLIRunner.run(["explain", a, b, CLIRunner.fixtures, "--format", "json"])
        #expect(fromFiles.status == 0)
        #expect(fromFiles.stdout == explained.stdout)
        let text = try CLIRunner.run(["explain", a, b, "--db", db, "--format", "table"])
        #expect(text.stdout.contains("CO_OCCURS_WITH") && text.stdout.contains("¶"))
    }

    @Test func pathWithinTooFewHopsFails() throws {
        let (cable, entity) = try #require(try strongest("MENTIONS"))
        let none = try query(["path", cable, entity, "--rel", "PART_OF", "--max-hops", "1", "--format", "json"])
        #expect(none.status == 1)
        #expect(try none.json()["found"] as? Bool == false)
    }

    @Test func edgesSearchAndCables() throws {
        let edges = try query(["edges", "--rel", "MENTIONS", "--from-type", "Cable", "--limit", "3", "--format", "csv"])
        #expect(edges.status == 0)
        #expect(edges.stdout.split(separator: "\r\n").count == 4)   // header + 3
        let (_, entity) = try #require(try strongest("MENTIONS"))
        let label = try #require(try query(["entity", entity, "--format", "json"]).json()["label"] as? String)
        let hits = try query(["search", String(label.prefix(6)), "--format", "json"]).json()["results"] as? [[String: Any]] ?? []
        #expect(hits.contains { ($0["node"] as? [String: Any])?["id"] as? String == entity })
        let cables = try query(["cables", "--mentions", entity, "--format", "json"]).json()
        #expect((cables["total"] as? Int ?? 0) >= 1)
        let all = try query(["cables", "--format", "json"]).json()
        #expect(all["total"] as? Int == 4)
        let unclassified = try query(["cables", "--max-classification", "UNCLASSIFIED", "--format", "json"]).json()
        #expect((unclassified["cables"] as? [[String: Any]] ?? []).allSatisfy { $0["classification"] as? String == "UNCLASSIFIED" })
        #expect((unclassified["total"] as? Int ?? 9) < 4)
        let filteredStats = try query(["stats", "--since", "2009", "--format", "json"]).json()
        #expect(filteredStats["cables"] as? Int == 2)
        let outOfScope = try query(["entity", entity, "--until", "1990"])
        #expect(outOfScope.status == 1 && outOfScope.stderr.contains("among the 0 cables that match the filters"))
    }

    @Test func badInputsFailWithMessages() throws {
        let missing = try CLIRunner.run(["query", "stats", "--db", "/nonexistent/none.db"])
        #expect(missing.status == 1 && missing.stderr.contains("no store"))
        let badLevel = try query(["stats", "--max-classification", "COSMIC"])
        #expect(badLevel.status != 0 && badLevel.stderr.contains("unknown classification"))
        let badDate = try query(["cables", "--since", "last week"])
        #expect(badDate.status != 0)
        let unknown = try query(["entity", "qqqq zzzz xxxx", "--format", "json"])
        #expect(unknown.status == 1)
        #expect(try unknown.json()["error"] as? String == "unknown")
    }
}

/// Ambiguous and unknown names through the binary, on a store made of hand-made fragments.
@Suite struct NameErrorCommandTests {
    static func makeStore(in scratch: ScratchFolder) throws -> String {
        let path = scratch.appending("names.db")
        let store = try GraphStore.open(path)
        var records: [CableRecord] = []
        for (cable, country) in [("09BEIJING1", "cn"), ("09HANOI2", "vn")] {
            var g = KnowledgeGraph()
            let cableNode = GraphNode(id: CableNodes.id(cable), type: .cable, label: cable, cables: [cable], properties: ["read": "true"])
            let id = "agency:\(country):ministry-of-public-security"
            g.add(cableNode)
            g.add(GraphNode(id: id, type: .agency, label: "Ministry of Public Security", aliases: ["MPS"], country: country,
                            mentionCount: 1, cables: [cable]))
            g.add(GraphEdge(key: EdgeKey(source: cableNode.id, type: .mentions, target: id)))
            var metadata = CableMetadata()
            metadata.id = cable
            metadata.canonicalID = cable
            records.append(CableRecord(metadata: metadata, path: cable, contentHash: cable, fragment: g))
        }
        try store.ingest(records)
        try store.checkpoint()
        return path
    }

    @Test func ambiguousNameListsCandidates() throws {
        let scratch = try ScratchFolder()
        let db = try Self.makeStore(in: scratch)
        let json = try CLIRunner.run(["query", "entity", "MPS", "--db", db, "--format", "json"])
        #expect(json.status == 1)
        let object = try json.json()
        #expect(object["error"] as? String == "ambiguous")
        let countries = (object["candidates"] as? [[String: Any]] ?? []).compactMap { $0["country"] as? String }
        #expect(Set(countries) == ["cn", "vn"])
        let table = try CLIRunner.run(["query", "neighbors", "mps", "--db", db, "--format", "table"])
        #expect(table.status == 1)
        #expect(table.stderr.contains("ambiguous") && table.stderr.contains("agency:vn:ministry-of-public-security"))
        #expect(table.stdout.isEmpty)
        let byID = try CLIRunner.run(["query", "entity", "agency:vn:ministry-of-public-security", "--db", db, "--format", "json"])
        #expect(byID.status == 0)
        #expect(try byID.json()["country"] as? String == "vn")
    }

    @Test func unknownNameSuggestsCloseNames() throws {
        let scratch = try ScratchFolder()
        let db = try Self.makeStore(in: scratch)
        let result = try CLIRunner.run(["query", "entity", "Ministry of Pubic Securty", "--db", db])
        #expect(result.status == 1)
        #expect(result.stderr.contains("did you mean") && result.stderr.contains("agency:cn:ministry-of-public-security"))
        let path = try CLIRunner.run(["query", "path", "MPS", "nowhere", "--db", db, "--format", "json"])
        #expect(path.status == 1)
    }
}

/// `export --db`: the store's graph exports exactly as the cables it was built from.
@Suite(.serialized) struct ExportFromStoreTests {
    @Test func exportOfAStoreEqualsExportOfItsCables() throws {
        let scratch = try ScratchFolder()
        let folder = scratch.path
        let db = folder + "/cables.db"
        let built = try CLIRunner.run(["build", CLIRunner.fixtures, "--db", db, "--quiet"])
        #expect(built.status == 0, "\(built.stderr)")
        let fromStore = try CLIRunner.run(["export", "--db", db, "--format", "graphml"])
        let fromFiles = try CLIRunner.run(["export", CLIRunner.fixtures, "--format", "graphml"])
        #expect(fromStore.status == 0 && fromFiles.status == 0)
        #expect(fromStore.stdout.count > 10_000)
        #expect(fromStore.stdout == fromFiles.stdout)
        let filtered = try CLIRunner.run(["export", "--db", db, "--format", "json", "--max-classification", "UNCLASSIFIED"])
        #expect(filtered.status == 0)
        #expect(filtered.stdout.count < fromStore.stdout.count)
    }

    @Test func eitherCablesOrAStore() throws {
        let run = try CLIRunner.run(["export", "--format", "json"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("--db"))
    }
}
