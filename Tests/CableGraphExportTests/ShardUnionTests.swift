import Foundation
import Testing

/// `export --facts ntriples --shard I/N`: shards merge by set union into exactly the single run.
@Suite(.serialized) struct ShardUnionTests {
    static var binary: String {
        ProcessInfo.processInfo.environment["CABLEGRAPH_BINARY"] ?? Repository.path(".build/debug/cablegraph").path
    }

    @Test func unionOfFourShardsEqualsTheSingleRun() throws {
        let corpus = Repository.path("Tests/Fixtures/corpus-sample").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-shards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let single = folder.appendingPathComponent("single.nt").path
        let run = try Validators.run(Self.binary, ["export", corpus, "--facts", "ntriples", "-o", single])
        #expect(run.status == 0, "\(run.stderr)")
        var shards: [String] = []
        for i in 0..<4 {
            let path = folder.appendingPathComponent("shard-\(i).nt").path
            let shard = try Validators.run(Self.binary, ["export", corpus, "--facts", "ntriples", "--shard", "\(i)/4", "-o", path])
            #expect(shard.status == 0, "\(shard.stderr)")
            shards.append(path)
        }
        // Each shard holds part of the corpus, not all of it.
        let lines = { (path: String) in Set(String(decoding: (try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data(), as: UTF8.self)
            .split(separator: "\n")) }
        let whole = lines(single)
        #expect(whole.count > 10_000)
        for shard in shards { #expect(lines(shard).count < whole.count) }
        guard let report = try Validators.consumer("check_union.py", [single] + shards) else { return }
        #expect(report["equal"] as? Bool == true, "missing \(report["missing"] ?? "?"), extra \(report["extra"] ?? "?")")
        #expect(report["single"] as? Int == report["union"] as? Int)
        #expect(report["rapper_single"] as? Int == report["single"] as? Int)
    }

    @Test func jsonLinesShardsUnionToo() throws {
        let corpus = Repository.path("Tests/Fixtures/corpus-sample").path
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cablegraph-shards-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        func lines(_ arguments: [String]) throws -> Set<Substring> {
            let path = folder.appendingPathComponent(UUID().uuidString + ".jsonl").path
            let run = try Validators.run(Self.binary, ["export", corpus, "--facts", "jsonl", "-o", path] + arguments)
            #expect(run.status == 0, "\(run.stderr)")
            return Set(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).split(separator: "\n"))
        }
        let whole = try lines([])
        var union = Set<Substring>()
        for i in 0..<3 { union.formUnion(try lines(["--shard", "\(i)/3"])) }
        #expect(whole.count > 1_000)
        #expect(union == whole)
        for line in whole.prefix(200) { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
    }
}
