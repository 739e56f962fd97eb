/// What earlier components found in a sentence, looked up by token: the dictionary matches that
/// later rules build on (`Fujian` inside `Fujian Provincial High Court`).
struct KnownTokens {
    /// The facts about a found span that rules read.
    struct Span {
        var type: NodeType
        var scope: String?
        var key: String?
        var tokens: Range<Int>
        /// A country named by its demonym (`Chilean`).
        var isDemonym = false
    }

    private let base: Int
    private var slots: [Int32]
    private var spans: [Span] = []

    init(sentence range: Range<Int>, mentions: [Mention]) {
        base = range.lowerBound
        slots = Array(repeating: -1, count: range.count)
        for m in mentions {
            let index = Int32(spans.count)
            spans.append(Span(type: m.type, scope: m.scope, key: m.key, tokens: m.tokens, isDemonym: m.attributes["demonym"] != nil))
            for t in m.tokens where t >= base && t - base < slots.count { slots[t - base] = index }
        }
    }

    @inline(__always) subscript(token: Int) -> Span? {
        let i = token - base
        guard i >= 0, i < slots.count else { return nil }
        let s = slots[i]
        return s < 0 ? nil : spans[Int(s)]
    }
}
