import ArgumentParser
import CableGraphCore
import Foundation

/// Writes mutated cables for `Scripts/fuzz.sh`: byte flips, truncation, duplicated and missing
/// headers, invalid UTF-8, NUL bytes, very long lines, deep parentheses. Same seed, same files.
struct FuzzCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fuzz-cables",
        abstract: "Write seeded mutations of cable files (for the fuzz run).",
        shouldDisplay: false
    )

    @Argument(help: "Seed cables (files or folders).")
    var inputs: [String]

    @Option(help: "Folder to write the mutated cables into.")
    var output: String

    @Option(help: "How many cables to write.")
    var count: Int = 1000

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Length in bytes of the occasional very long line.")
    var longLine: Int = 10_000_000

    func run() throws {
        let seeds = InputFiles.list(inputs).paths.compactMap { try? InputFiles.read($0).get() }
        guard !seeds.isEmpty else { throw ValidationError("no seed cables") }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        var random = SplitMix64(seed: seed)
        for n in 0..<count {
            let base = seeds[Int(random.next() % UInt64(seeds.count))].bytes
            let other = seeds[Int(random.next() % UInt64(seeds.count))].bytes
            var mutator = Mutator(random: &random, longLine: longLine)
            let mutated = mutator.mutate(base, other: other)
            let name = String(format: "fuzz-%05d.txt", n)
            try Data(mutated).write(to: URL(fileURLWithPath: output).appendingPathComponent(name))
        }
        Console.err("wrote \(count) mutated cables to \(output) (seed \(seed))\n")
    }
}

/// Deterministic 64-bit generator (Steele, Lea, Flood 2014).
struct SplitMix64 {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

/// One to three mutations of a cable.
struct Mutator {
    var random: SplitMix64
    let longLine: Int

    init(random: inout SplitMix64, longLine: Int) {
        self.random = SplitMix64(seed: random.next())
        self.longLine = longLine
    }

    mutating func mutate(_ input: [UInt8], other: [UInt8]) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + random.below(3)) {
            switch random.below(100) {
            case 0..<20: flipBytes(&bytes)
            case 20..<30: bytes = Array(bytes.prefix(random.below(bytes.count + 1)))
            case 30..<40: bytes = headerLines(bytes, 12) + bytes                       // duplicated header
            case 40..<48:   // missing header
                bytes = Array(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropFirst(5 + random.below(10))
                    .joined(separator: [0x0A]))
            case 48..<58: insert(&bytes, [[0xC3, 0x28], [0xFF], [0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]][random.below(5)])
            case 58..<66: insert(&bytes, [0x00])
            case 66..<72: insert(&bytes, nested(1 + random.below(50_000)))
            case 72..<80: bytes = Array(bytes.prefix(random.below(bytes.count + 1))) + Array(other.suffix(random.below(other.count + 1)))
            case 80..<86: bytes = bytes.map { $0 == 0x0A ? 0x20 : $0 }                 // one long line
            case 86..<90: bytes = Array(bytes.flatMap { $0 == 0x0A ? [0x0D, 0x0A] : [$0] })
            case 90..<94: insert(&bytes, Array(String(repeating: "¶1. (SBU) ", count: 1 + random.below(2_000)).utf8))
            case 94..<97: insert(&bytes, Array(String(repeating: "Ministry of Public Security (MPS) ", count: 1 + random.below(3_000)).utf8))
            default:
                // Rarely: a line of `longLine` bytes of words.
                if random.below(20) == 0 { insert(&bytes, longWords(longLine)) } else { flipBytes(&bytes) }
            }
        }
        return bytes
    }

    private mutating func flipBytes(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { return }
        for _ in 0..<(1 + random.below(64)) {
            bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
        }
    }

    private mutating func insert(_ bytes: inout [UInt8], _ piece: [UInt8]) {
        bytes.insert(contentsOf: piece, at: random.below(bytes.count + 1))
    }

    private func headerLines(_ bytes: [UInt8], _ n: Int) -> [UInt8] {
        Array(bytes.split(separator: 0x0A, omittingEmptySubsequences: false).prefix(n).joined(separator: [0x0A])) + [0x0A]
    }

    private func nested(_ depth: Int) -> [UInt8] {
        Array(repeating: 0x28, count: depth) + Array("IOM".utf8) + Array(repeating: 0x29, count: depth)
    }

    private mutating func longWords(_ length: Int) -> [UInt8] {
        let words = ["Ministry", "of", "Public", "Security", "trafficked", "to", "China", "from", "Burma,", "Article", "240", "(MPS)", "and", "the"]
        var out: [UInt8] = [0x0A]
        out.reserveCapacity(length + 16)
        while out.count < length {
            out += Array(words[random.below(words.count)].utf8)
            out.append(0x20)
        }
        out.append(0x0A)
        return out
    }
}
