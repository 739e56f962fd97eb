import Foundation
import Testing

/// `--max-classification`: nothing of a cable above the ceiling reaches any export format.
@Suite(.serialized) struct ClassificationCeilingTests {
    static let open = """
    10TESTCITY101
    OPEN CABLE
    Mon Feb 01 00:00:00 +0100 2010
    UNCLASSIFIED
    Embassy Beijing
    SUBJECT: OPEN

    ¶1. (U) The Ministry of Public Security (MPS) is working with the International Organization for Migration (IOM) on a training module.
    """
    static let secret = """
    10TESTCITY102
    SECRET CABLE
    Tue Feb 02 00:00:00 +0100 2010
    SECRET//NOFORN
    Embassy Beijing
    SUBJECT: CLOSED

    ¶1. (S/NF) The Quillfeather Bureau of Inland Navigation partnered with UNICEF to map the river ports.
    ¶2. (S/NF) Women are trafficked to Mongolia from Kazakhstan for forced labor.
    """

    /// Writes every format for the two cables and returns all the bytes written, as text.
    func exports(ceiling: String?) throws -> String {
        let scratch = try ScratchFolder()
        let folder = scratch.path
        let input = folder + "/in", output = folder + "/out"
        try FileManager.default.createDirectory(atPath: input, withIntermediateDirectories: true)
        try Self.open.write(toFile: input + "/10TESTCITY101.txt", atomically: true, encoding: .utf8)
        try Self.secret.write(toFile: input + "/10TESTCITY102.txt", atomically: true, encoding: .utf8)
        var arguments = ["export", input, "--all-formats", "--output-dir", output, "--name", "ceiling"]
        if let ceiling { arguments += ["--max-classification", ceiling] }
        let run = try CLIRunner.run(arguments)
        #expect(run.status == 0, "\(run.stderr)")
        var all = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: output).sorted() {
            all += String(decoding: try Data(contentsOf: URL(fileURLWithPath: output + "/" + name)), as: UTF8.self)
        }
        return all
    }

    static let secretTraces = ["Quillfeather", "river ports", "Kazakhstan", "10TESTCITY102", "forced labor"]

    @Test func withoutACeilingTheSecretCableIsExported() throws {
        let all = try exports(ceiling: nil)
        for trace in Self.secretTraces { #expect(all.contains(trace), "\(trace) should be exported without a ceiling") }
    }

    @Test func aboveTheCeilingNothingIsExported() throws {
        let all = try exports(ceiling: "CONFIDENTIAL")
        for trace in Self.secretTraces { #expect(!all.contains(trace), "\(trace) leaked past --max-classification") }
        #expect(all.contains("International Organization for Migration"))
        #expect(all.contains("is working with"))
    }

    @Test func anUnknownCeilingIsRefused() throws {
        let run = try CLIRunner.run(["export", CLIRunner.packageRoot.appendingPathComponent("Samples").path, "--format", "json",
                                     "--max-classification", "TOPMOST"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown classification"))
    }
}
