import Foundation

/// Given names of many languages (`Resources/Gazetteers/given-names.tsv`, built by `Scripts/gazetteers/build.py`
/// from the US census and per-country name lists): the first word of a person's name written without a title.
public struct GivenNames: Sendable {
    /// Every given name, looked up by a token's folded hash.
    public let names: WordSet
    /// The given names that are also common English words (`Will`, `Mark`, `Grant`): not a name at a sentence's start.
    public let commonWords: WordSet
    /// Rows that could not be read.
    public let problems: [String]

    public static let fileName = "given-names.tsv"

    /// The bundled list, loaded on first use.
    public static let shared: GivenNames = {
        guard let url = GazetteerData.bundledDirectory?.appendingPathComponent(fileName),
              let data = FileManager.default.contents(atPath: url.path) else {
            return GivenNames(names: [], commonWords: [], problems: ["\(fileName): not found in the bundle"])
        }
        return GivenNames(tsv: [UInt8](data))
    }()

    public init(tsv bytes: [UInt8]) {
        let table = TSVTable(bytes: bytes, file: Self.fileName, columns: ["name", "flags"])
        let rows = table.rows.map(\.cells).filter { !$0[0].isEmpty }
        self.init(names: rows.map { $0[0] }, commonWords: rows.filter { TSVTable.list($0[1]).contains("word") }.map { $0[0] },
                  problems: table.problems)
    }

    public init(names: [String], commonWords: [String], problems: [String] = []) {
        self.names = WordSet(names)
        self.commonWords = WordSet(commonWords)
        self.problems = problems
    }

    public var isEmpty: Bool { names.count == 0 }
}
