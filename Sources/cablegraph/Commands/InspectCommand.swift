import ArgumentParser
import CableGraphCore

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how a cable was read: sections, paragraphs and sentences with their source ranges."
    )

    @Argument(help: "Cable files, folders, or - for standard input.")
    var inputs: [String]

    @Flag(help: "Print only paragraphs, not sentences.")
    var paragraphsOnly = false

    func run() throws {
        let listing = InputFiles.list(inputs)
        listing.diagnostics.forEach(Console.report)
        var read = 0
        for path in listing.paths {
            guard case .success(let file) = InputFiles.read(path).mapError({ Console.report($0); return $0 }) else { continue }
            switch CableReader.read(file.bytes, path: path, options: ReadOptions(allowFragments: path == "-")) {
            case .failure(let failure): Console.report(failure.diagnostic)
            case .success(let document):
                read += 1
                document.diagnostics.forEach(Console.report)
                Console.out(render(document))
            }
        }
        if read == 0 { throw ExitCode(1) }
    }

    private func render(_ document: CableDocument) -> String {
        var out = "# \(document.id)\n"
        var section: Int? = nil
        for paragraph in document.paragraphs {
            if paragraph.section != section, let s = paragraph.section {
                out += "\n## \(document.sections[s].title)\n"
                section = s
            }
            let label = paragraph.label.map { "¶\($0)" } ?? "¶-"
            let marking = paragraph.marking.map { " (\($0))" } ?? ""
            out += "\n\(label)\(marking) [\(paragraph.source.start)..<\(paragraph.source.end)]\n"
            if paragraphsOnly {
                out += "  " + document.body.string(paragraph.clean) + "\n"
                continue
            }
            for s in paragraph.sentences {
                let sentence = document.sentences[s]
                out += "  [\(sentence.index)] \(document.text(of: sentence))\n"
            }
        }
        return out
    }
}
