import Foundation

/// A one-line progress bar on standard error: cables done, MB/s, time left. Draws nothing unless standard
/// error is a terminal, so piped and logged runs stay quiet.
final class ProgressBar {
    private let total: Int
    private let totalBytes: Int
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast

    init(total: Int, totalBytes: Int, enabled: Bool = Console.stderrIsTerminal) {
        self.total = total
        self.totalBytes = totalBytes
        self.enabled = enabled && total > 0
    }

    func update(done: Int, bytes: Int, force: Bool = false) {
        guard enabled else { return }
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let fraction = totalBytes > 0 ? Double(bytes) / Double(totalBytes) : Double(done) / Double(total)
        let width = 28
        let filled = min(width, Int(fraction * Double(width)))
        let rate = Double(bytes) / 1_000_000 / elapsed
        let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        Console.err(String(format: "\r[%@] %d/%d cables  %.1f MB/s  %@ left ", bar, done, total, rate, Self.clock(left)))
    }

    func finish() {
        guard enabled else { return }
        Console.err("\r" + String(repeating: " ", count: 78) + "\r")
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return String(format: "%d:%02d", s / 60, s % 60)
    }
}
