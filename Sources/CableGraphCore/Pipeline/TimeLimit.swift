/// A time limit for one cable, checked between sentences: a cable that takes longer is given up
/// (and reported) rather than hold a worker forever. Without a limit, checks cost nothing.
public struct TimeLimit: Sendable {
    private let end: ContinuousClock.Instant?

    public static let none = TimeLimit(end: nil)

    private init(end: ContinuousClock.Instant?) { self.end = end }

    public init(seconds: Double) {
        end = ContinuousClock.now.advanced(by: .milliseconds(Int64(seconds * 1000)))
    }

    /// Throws `Exceeded` once the limit is past.
    @inline(__always) public func check() throws {
        guard let end else { return }
        if ContinuousClock.now > end { throw Exceeded() }
    }

    public struct Exceeded: Error, Sendable {}
}
