import Foundation
import Testing

/// Extraction runs on every core; the files it writes must not depend on how many.
@Suite struct ParallelDeterminismTests {
    @Test func everyFormatIsTheSameBytesWithOneOrThreeWorkers() throws {
        let sample = CLIRunner.packageRoot.appendingPathComponent("Tests/Fixtures/corpus-sample").path
        let scratch = try ScratchFolder()
        var written: [Int: [String: Data]] = [:]
        for jobs in [1, 3] {
            let folder = scratch.url.appendingPathComponent("jobs\(jobs)")
            let result = try CLIRunner.run(["export", sample, "--all-formats", "--output-dir", folder.path, "--name", "corpus",
                                            "--jobs", "\(jobs)"])
            #expect(result.status == 0, "\(result.stderr)")
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            written[jobs] = Dictionary(uniqueKeysWithValues: names.map { ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path) ?? Data()) })
        }
        let one = try #require(written[1]), three = try #require(written[3])
        #expect(one.keys.sorted() == ["corpus-edges.csv", "corpus-nodes.csv", "corpus.dot", "corpus.gexf", "corpus.graphml",
                                      "corpus.json", "corpus.rdf"])
        for (name, data) in one {
            #expect(data.count > 1000, "\(name) is nearly empty")
            #expect(three[name] == data, "\(name) differs between --jobs 1 and --jobs 3")
        }
    }
}
