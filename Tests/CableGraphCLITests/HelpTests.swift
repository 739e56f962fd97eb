import Testing
@testable import cablegraph

@Suite struct HelpTests {
    @Test func topLevelHelpListsSubcommands() {
        let help = CableGraphCommand.helpMessage()
        #expect(help.contains("parse"))
        for command in ["build", "query", "explain"] { #expect(help.contains(command)) }
    }
}
