import Foundation

/// The process's resident memory now, from /proc/self/statm, for `--timings` (Linux; -1 elsewhere).
enum HeapUsage {
    static func megabytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return -1 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return -1 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE))) / 1_000_000
    }
}
