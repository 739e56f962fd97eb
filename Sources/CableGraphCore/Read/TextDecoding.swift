/// Turns raw input bytes into text the reader can trust, and says what was wrong with them.
enum TextDecoding {
    struct Decoded {
        /// Valid UTF-8 with `\n` line ends.
        var utf8: [UInt8]
        var diagnostics: [Diagnostic]
    }

    enum Failure: Error {
        case empty
        case binary(byteOffset: Int)
    }

    /// Decodes UTF-8 with U+FFFD for invalid sequences (one warning naming the first bad byte),
    /// drops a byte-order mark, and refuses empty or binary input (NUL bytes in the first 8 KiB, or
    /// more than 10% control bytes there).
    static func decode(_ bytes: [UInt8], path: String) -> Result<Decoded, Failure> {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let content = bytes[start...]
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return .failure(.empty) }
        let probe = content.prefix(8192)
        if let nul = probe.firstIndex(of: 0) { return .failure(.binary(byteOffset: nul)) }
        let controls = probe.reduce(0) { $0 + (($1 < 0x20 && $1 != 0x0A && $1 != 0x0D && $1 != 0x09 && $1 != 0x0C) ? 1 : 0) }
        if controls * 10 > probe.count { return .failure(.binary(byteOffset: content.startIndex)) }

        var diagnostics: [Diagnostic] = []
        var utf8: [UInt8]
        let scan = scan(content)
        if let bad = scan.firstInvalid {
            diagnostics.append(Diagnostic(.warning, "invalid UTF-8; decoded with replacement characters", file: path, byteOffset: bad))
            utf8 = Array(String(decoding: content, as: UTF8.self).utf8)
        } else {
            utf8 = start == 0 ? bytes : Array(content)
        }
        // Later stages rely on "\n" line ends; NUL bytes past the probe are blanked.
        if scan.hasCR { utf8 = Array(String(decoding: utf8, as: UTF8.self).replacingCRLF().utf8) }
        if scan.hasNUL {
            for i in utf8.indices where utf8[i] == 0 { utf8[i] = 0x20 }
            diagnostics.append(Diagnostic(.warning, "NUL bytes replaced by spaces", file: path))
        }
        return .success(Decoded(utf8: utf8, diagnostics: diagnostics))
    }

    struct Scan {
        var firstInvalid: Int?
        var hasCR = false
        var hasNUL = false
    }

    /// One pass: the first byte that does not start or continue a valid UTF-8 sequence, and whether
    /// there are carriage returns or NUL bytes.
    static func scan(_ bytes: ArraySlice<UInt8>) -> Scan {
        var result = Scan()
        let end = bytes.endIndex
        let base = bytes.startIndex
        bytes.withUnsafeBytes { raw in
            var i = base
            while i < end {
                // Plain ASCII without CR or NUL, eight bytes at a time.
                while i + 8 <= end {
                    let w = raw.loadUnaligned(fromByteOffset: i - base, as: UInt64.self)
                    let cr = w ^ 0x0D0D_0D0D_0D0D_0D0D
                    let special = (w & 0x8080_8080_8080_8080)
                        | ((w &- 0x0101_0101_0101_0101) & ~w & 0x8080_8080_8080_8080)
                        | ((cr &- 0x0101_0101_0101_0101) & ~cr & 0x8080_8080_8080_8080)
                    if special != 0 { break }
                    i += 8
                }
                guard i < end else { break }
                let b = raw[i - base]
                if b < 0x80 {
                    if b == 0x0D { result.hasCR = true } else if b == 0 { result.hasNUL = true }
                    i += 1
                    continue
                }
                if result.firstInvalid != nil { i += 1; continue }
                if let length = sequenceLength(bytes, at: i) { i += length } else { result.firstInvalid = i; i += 1 }
            }
        }
        return result
    }

    /// Length of the valid UTF-8 sequence starting at `i` (a non-ASCII lead byte), or nil.
    private static func sequenceLength(_ bytes: ArraySlice<UInt8>, at i: Int) -> Int? {
        let b = bytes[i]
        let length: Int
        let minimum: UInt32
        switch b {
        case 0xC2...0xDF: length = 2; minimum = 0x80
        case 0xE0...0xEF: length = 3; minimum = 0x800
        case 0xF0...0xF4: length = 4; minimum = 0x10000
        default: return nil
        }
        guard i + length <= bytes.endIndex else { return nil }
        var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return nil }
        return length
    }
}

extension String {
    /// `\r\n` and lone `\r` become `\n`.
    func replacingCRLF() -> String {
        var out = [UInt8]()
        out.reserveCapacity(utf8.count)
        var previousCR = false
        for b in utf8 {
            if b == 0x0D { out.append(0x0A); previousCR = true; continue }
            if b == 0x0A && previousCR { previousCR = false; continue }
            previousCR = false
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
