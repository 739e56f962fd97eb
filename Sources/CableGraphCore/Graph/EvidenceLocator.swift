/// Turns sentences into `Evidence`: code-point offsets in the original text, the paragraph label
/// (an unlabeled paragraph takes the label of the numbered paragraph it continues), the sentence text.
struct EvidenceLocator {
    let document: CableDocument
    private let texts: SentenceTexts
    let cable: String
    private let starts: [Int]
    private let ends: [Int]
    private let labels: [String?]

    init(_ document: CableDocument) {
        self.document = document
        cable = document.id
        // One pass over the text: code-point offsets of every sentence boundary.
        let byteOffsets = document.sentences.flatMap { [$0.source.start, $0.source.end] }
        let order = byteOffsets.indices.sorted { byteOffsets[$0] < byteOffsets[$1] }
        var chars = [Int](repeating: 0, count: byteOffsets.count)
        var count = 0, byte = 0
        let utf8 = document.utf8
        for i in order {
            let target = min(byteOffsets[i], utf8.count)
            while byte < target {
                if utf8[byte] & 0xC0 != 0x80 { count += 1 }
                byte += 1
            }
            chars[i] = count
        }
        starts = stride(from: 0, to: chars.count, by: 2).map { chars[$0] }
        ends = stride(from: 1, to: chars.count, by: 2).map { chars[$0] }
        var labels: [String?] = []
        var last: String?
        var lastSection: Int?
        for p in document.paragraphs {
            if p.section != lastSection { last = nil; lastSection = p.section }
            if let label = p.label { last = label }
            labels.append(p.label ?? last)
        }
        self.labels = labels
        texts = SentenceTexts(count: document.sentences.count)
    }

    func paragraphLabel(ofSentence s: Int) -> String? {
        let p = document.sentences[s].paragraph
        return labels.indices.contains(p) ? labels[p] : nil
    }

    func evidence(sentence s: Int) -> Evidence {
        let sentence = document.sentences[s]
        return Evidence(cable: cable, paragraph: paragraphLabel(ofSentence: s), sentence: s, start: starts[s], end: ends[s],
                        text: texts.text(s) { Evidence.quotable(document.text(of: sentence)) })
    }
}

/// Sentence texts made once per sentence, so that every edge quoting a sentence shares one string.
private final class SentenceTexts: @unchecked Sendable {
    private var cache: [String?]

    init(count: Int) { cache = Array(repeating: nil, count: count) }

    func text(_ s: Int, make: () -> String) -> String {
        if let known = cache[s] { return known }
        let made = make()
        cache[s] = made
        return made
    }
}
