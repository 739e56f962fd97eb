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
    ///
    /// Repairs: section banners glued into the id (`08ECTION01OF02MANAMA492` -> `08MANAMA492`), words
    /// before the station (`09EFTOLONDON2187`, `09AMEMBASSYHANOI1284`, `85NOFORNMOGADISHU1643`), a
    /// doubled year (`7575LIBREVILLE1895`), station aliases (`06SECSTATE123` -> `06STATE123`,
    /// `05RIO123` -> `05RIODEJANEIRO123`) and misspelled stations (`09SECTION02OF03QRIPOLI583`).
    public static func canonical(_ id: String) -> String {
        canonical(id, serialHint: nil, stationHint: nil)
    }

    /// As `canonical(_:)`, using what the cable's own text says when the id is garbled: the serial of
    /// the `DE RUEHEK #1021` line (when the id lost leading digits) and the `FM` station.
    static func canonical(_ id: String, serialHint: String?, stationHint: String?) -> String {
        if isCanonical(id) { return id }
        guard let parts = split(id) else { return id }
        var station = parts.station
        var serial = parts.serial
        var garbled = parts.garbled
        if let known = Stations.canonical(station) {
            station = known
        } else if let stripped = stripWords(station), let known = Stations.canonical(stripped) {
            station = known
            garbled = true
        } else if let hint = stationHint, let known = Stations.canonical(hint),
                  ByteText.editDistance(Array(station.utf8), Array(known.utf8), limit: 3) <= 3 || station.hasSuffix(known) {
            station = known
            garbled = true
        } else if let near = Stations.nearest(stripWords(station) ?? station) {
            station = near
            garbled = true
        } else if let stripped = stripWords(station) {
            station = stripped
        }
        if garbled, let hint = serialHint, let hintValue = Int(hint), hintValue > 0 {
            let digits = String(hintValue)
            if digits.count > serial.count, digits.hasSuffix(serial) { serial = digits }
        }
        guard let number = Int(serial) else { return id }
        return "\(parts.year)\(station)\(number)"
    }

    /// Fast path: two digits, a known station, a serial without leading zeros.
    static func isCanonical(_ id: String) -> Bool {
        var utf8 = id.utf8.makeIterator()
        guard let a = utf8.next(), let b = utf8.next(), isDigit(a), isDigit(b) else { return false }
        var station: [UInt8] = []
        station.reserveCapacity(24)
        var c = utf8.next()
        while let x = c, x >= 0x41, x <= 0x5A { station.append(x); c = utf8.next() }
        guard let first = c, isDigit(first), first != 0x30 else { return false }
        while let x = utf8.next() { guard isDigit(x) else { return false } }
        return Stations.all.contains(ByteText.string(station))
    }

    struct Parts {
        var year: String
        var station: String
        var serial: String
        var garbled: Bool
    }

    /// Year, station letters and serial of an id; section banners and junk groups are set aside.
    static func split(_ id: String) -> Parts? {
        let bytes = Array(id.utf8).filter { $0 != 0x2D && $0 != 0x20 }
        var i = 0
        while i < bytes.count, isDigit(bytes[i]) { i += 1 }
        guard i >= 2 else { return nil }
        var garbled = false
        let lead = Array(bytes[0..<i])
        let year = ByteText.string(lead.prefix(2))
        if lead.count > 2 {
            // `7575LIBREVILLE1895`: the year written twice.
            guard lead.count == 4, lead[0] == lead[2], lead[1] == lead[3] else { return nil }
            garbled = true
        }
        // Alternating groups of letters and digits after the year.
        var groups: [(letters: Bool, text: [UInt8])] = []
        while i < bytes.count {
            let letters = !isDigit(bytes[i])
            var j = i
            while j < bytes.count, !isDigit(bytes[j]) == letters { j += 1 }
            groups.append((letters, bytes[i..<j].map(ByteText.upper)))
            i = j
        }
        guard let first = groups.first, first.letters else { return nil }
        var g = 0
        // `SECTION01OF02`, `ECTION01OF02`, `SCTION02OF04`, `SECTION0QF05`, `SECTION02F02`: a section banner.
        if isSectionWord(first.text), groups.count > 2, !groups[1].letters {
            garbled = true
            g = 1
            while g < groups.count, (!groups[g].letters && groups[g].text.count <= 2) || (groups[g].letters && groups[g].text.count <= 2) {
                g += 1
            }
            // `SECTION01OF03QRIPOLI583` puts the banner's last digits next to the station.
        }
        guard g < groups.count, groups[g].letters, g + 1 < groups.count else { return nil }
        let station = ByteText.string(groups[g].text)
        let serialDigits = groups[g + 1].text
        if g + 2 < groups.count { garbled = true }
        let serial = String(Int(ByteText.string(serialDigits)) ?? 0)
        return Parts(year: year, station: station, serial: serial, garbled: garbled)
    }

    private static let section = ByteText.bytes("SECTION")

    private static func isSectionWord(_ w: [UInt8]) -> Bool {
        guard w.count >= 4, w.count <= 9 else { return false }
        return ByteText.editDistance(w, section, limit: 2) <= 2
    }

    /// Words that releases put before the station: `EFTO`, `AMEMBASSY`, `NOFORN`, `SIFIED`, `FSC`.
    private static let leadingWords = ["AMEMBASSY", "EMBASSY", "AMCONSUL", "CONSULATE", "USMISSION", "EFTO", "NOFORN",
                                       "CLASSIFIED", "SIFIED", "FSC", "SECRET", "CONFIDENTIAL", "UNCLAS"]

    private static func stripWords(_ station: String) -> String? {
        for w in leadingWords where station.hasPrefix(w) && station.count > w.count + 2 {
            return String(station.dropFirst(w.count))
        }
        return nil
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    static func isUpperOrDigit(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || isDigit(b) }
}
