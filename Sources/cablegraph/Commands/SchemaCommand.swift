import ArgumentParser
import CableGraphExport
import Foundation

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the cablegraph ontology (OWL, RDF/XML): the classes and properties the RDF export uses.",
        discussion: "Schemas/cablegraph.owl.rdf is this command's output; open it in Protégé next to an RDF export."
    )

    @Option(name: .shortAndLong, help: "Output file; standard output without it.")
    var output: String?

    func run() throws {
        if let output {
            try AtomicFile.write(output) { try OntologyWriter.write(to: $0) }
        } else {
            try OntologyWriter.write(to: FileDescriptorSink(descriptor: STDOUT_FILENO))
        }
    }
}
