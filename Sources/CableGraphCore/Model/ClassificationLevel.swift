/// Classification markings in order of restriction, for "at most this classified" filters.
///
/// UNCLASSIFIED < UNCLASSIFIED//FOR OFFICIAL USE ONLY < CONFIDENTIAL < CONFIDENTIAL//NOFORN < SECRET < SECRET//NOFORN.
public enum ClassificationLevel: Int, CaseIterable, Sendable, Comparable, Codable {
    case unclassified = 0
    case unclassifiedFOUO = 1
    case confidential = 2
    case confidentialNoforn = 3
    case secret = 4
    case secretNoforn = 5

    public static func < (lhs: ClassificationLevel, rhs: ClassificationLevel) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The marking as cables write it.
    public var marking: String {
        switch self {
        case .unclassified: return "UNCLASSIFIED"
        case .unclassifiedFOUO: return "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
        case .confidential: return "CONFIDENTIAL"
        case .confidentialNoforn: return "CONFIDENTIAL//NOFORN"
        case .secret: return "SECRET"
        case .secretNoforn: return "SECRET//NOFORN"
        }
    }

    /// Reads a marking as written in cables or typed by a user (`secret//noforn`, `SBU`, `FOUO`, `C`).
    /// Nil for markings it does not know; filters treat those as above every ceiling.
    public init?(_ text: String) {
        let parts = text.uppercased().split(separator: "/").map { $0.split(separator: " ").joined(separator: " ") }
            .filter { !$0.isEmpty }
        guard let base = parts.first else { return nil }
        let noforn = parts.dropFirst().contains("NOFORN")
        let restricted = parts.dropFirst().contains { ["FOR OFFICIAL USE ONLY", "FOUO", "SBU", "SENSITIVE BUT UNCLASSIFIED"].contains($0) }
        switch base {
        case "UNCLASSIFIED", "UNCLAS", "U":
            self = restricted ? .unclassifiedFOUO : .unclassified
        case "FOUO", "SBU", "SENSITIVE BUT UNCLASSIFIED", "FOR OFFICIAL USE ONLY":
            self = .unclassifiedFOUO
        case "CONFIDENTIAL", "C":
            self = noforn ? .confidentialNoforn : .confidential
        case "SECRET", "S":
            self = noforn ? .secretNoforn : .secret
        default:
            return nil
        }
    }
}
