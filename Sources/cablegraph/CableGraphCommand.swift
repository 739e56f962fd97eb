import ArgumentParser

@main
struct CableGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cablegraph",
        abstract: "Turn diplomatic cables into a typed knowledge graph.",
        discussion: """
        Input is one or more cable files, folders (searched recursively for *.txt) or - for standard input.
        See the README for the graph model and the export formats.
        """,
        version: "0.1.0",
        subcommands: [ParseCommand.self, BuildCommand.self, QueryCommand.self, ExplainCommand.self, ExportCommand.self,
                      SchemaCommand.self, InspectCommand.self, BenchCommand.self, FuzzCommand.self]
    )
}
