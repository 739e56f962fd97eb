/// Cable reference ids: `09BEIJING509` = two-digit year, station, serial.
public enum CableID {
    /// True for text shaped like a WikiLeaks reference id (digits, letters, digits; no spaces).
    public static func looksLikeCableID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 5, bytes.count <= 60 else { return false }
        var i = 0
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        guard i >= 2 else { return false }
        let lettersStart = i
        while i < bytes.count, isUpperOrDigit(bytes[i]) || bytes[i] == 0x2D { i += 1 }
        guard i == bytes.count, i > lettersStart + 1, isDigit(bytes[bytes.count - 1]) else { return false }
        return bytes[lettersStart..<i].contains(where: { $0 >= 0x41 && $0 <= 0x5A })
    }

    /// The id with WikiLeaks' garbling repaired; the input when nothing needs repair.
    public static func canonical(_ id: String) -> String {
        id
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isUpperOrDigit(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || isDigit(b) }
}
