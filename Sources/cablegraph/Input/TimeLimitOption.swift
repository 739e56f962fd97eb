/// The per-cable time limit of `export` and `build`: a cable that takes longer is reported and skipped,
/// so damaged or hostile input cannot hang a run. Real cables take milliseconds.
enum TimeLimitOption {
    static let defaultSeconds = 30.0
    static let help = "Seconds one cable may take before it is reported and skipped (0: no limit)."

    /// The limit to apply: nil for 0 (none).
    static func seconds(_ value: Double) -> Double? { value > 0 ? value : nil }

    static func describe(_ seconds: Double?) -> String {
        guard let seconds else { return "the time limit" }
        return seconds == seconds.rounded() ? "\(Int(seconds)) s" : "\(seconds) s"
    }
}
