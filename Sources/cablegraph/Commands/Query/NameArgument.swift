import ArgumentParser
import CableGraphCore

/// Turns a user-typed name into one node, or explains why it cannot: an ambiguous name lists the candidates
/// (with type and country, and the id to use instead), an unknown one suggests close names. Both exit with 1;
/// with JSON output the explanation is also printed as a JSON object on standard output.
enum NameArgument {
    static func resolve(_ name: String, in reader: any GraphReader, types: Set<NodeType>? = nil,
                        format: OutputFormat, scope: String? = nil) throws -> NodeSummary {
        switch try NameResolver.resolve(name, in: reader, types: types) {
        case .found(let node):
            return node
        case .ambiguous(let candidates):
            var message = "cablegraph: \"\(name)\" is ambiguous; it names:\n"
            for c in candidates { message += "  \(c.id)  \(GraphPresentation.name(c))  \(c.mentionCount) mentions\n" }
            message += "Name one by its id.\n"
            fail(message, json: .object([("error", "ambiguous"), ("name", .string(name)),
                                         ("candidates", .array(candidates.map(GraphPresentation.json)))]), format: format)
        case .unknown(let suggestions):
            var message = "cablegraph: no entity named \"\(name)\"" + (scope.map { " " + $0 } ?? "")
            if suggestions.isEmpty {
                message += ".\n"
            } else {
                message += "; did you mean:\n"
                for s in suggestions { message += "  \(s.id)  \(GraphPresentation.name(s))\n" }
            }
            fail(message, json: .object([("error", "unknown"), ("name", .string(name)),
                                         ("suggestions", .array(suggestions.map(GraphPresentation.json)))]), format: format)
        }
        throw ExitCode(1)
    }

    private static func fail(_ message: String, json: JSONValue, format: OutputFormat) {
        Console.err(message)
        if format == .json { Console.out(json.serialized() + "\n") }
    }
}
