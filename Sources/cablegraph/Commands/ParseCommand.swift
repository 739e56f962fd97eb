import ArgumentParser
import CableGraphCore
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read cables and print their metadata and structure.",
        discussion: "Prints one JSON object per cable with --format json (JSON Lines when there are several)."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Cable files, folders, or - for standard input.")
    var inputs: [String]

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Creation year, for header fragments whose references give no year.")
    var year: Int?

    @Option(help: "The cable id, for input that has no id line.")
    var id: String?

    func run() throws {
        let listing = InputFiles.list(inputs)
        listing.diagnostics.forEach(Console.report)
        var parsed = 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        for path in listing.paths {
            let file: InputFile
            switch InputFiles.read(path) {
            case .success(let f): file = f
            case .failure(let d): Console.report(d); continue
            }
            let options = ReadOptions(year: year, id: id, allowFragments: path == "-")
            switch CableReader.read(file.bytes, path: path, options: options) {
            case .failure(let failure):
                Console.report(failure.diagnostic)
            case .success(let document):
                document.diagnostics.forEach(Console.report)
                parsed += 1
                switch format {
                case .json:
                    let data = try encoder.encode(document.metadata)
                    Console.out(String(decoding: data, as: UTF8.self) + "\n")
                case .text:
                    Console.out(MetadataText.render(document) + "\n")
                }
            }
        }
        if parsed == 0 { throw ExitCode(1) }
    }
}
