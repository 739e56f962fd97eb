import ArgumentParser

struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query",
        abstract: "Ask a graph store about entities, relations and cables.",
        discussion: """
        Names are matched by canonical name, alias or acronym, ignoring case and punctuation; a node id \
        (agency:cn:ministry-of-public-security) always works. An ambiguous name lists its candidates, an \
        unknown one suggests close names; both exit with status 1.

        Filters (--since, --until, --tag, --origin, --max-classification) restrict a query to the graph of the \
        cables that match.
        """,
        subcommands: [EntityCommand.self, NeighborsCommand.self, PathCommand.self, EdgesCommand.self, SearchCommand.self,
                      CablesCommand.self, StatsCommand.self]
    )
}
