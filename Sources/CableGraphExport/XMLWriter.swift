import CLibXML2

/// A small, safe wrapper over libxml2's `xmlTextWriter` that streams to an `OutputSink`.
///
/// libxml2 escapes markup characters (`& < > "`) and writes line breaks and tabs in attribute
/// values as character references, so they survive attribute-value normalisation. It does not
/// remove characters XML 1.0 forbids, so every text and attribute value goes through
/// `XMLText.clean` first. Element and attribute names are the caller's: exporters only pass
/// fixed names or names checked with `XMLText.isNCName`.
final class XMLWriter {
    /// Carries the sink into the C callback and the sink's error back out of it.
    private final class Context {
        let sink: any OutputSink
        var error: (any Error)?
        init(_ sink: any OutputSink) { self.sink = sink }
    }

    private var writer: xmlTextWriterPtr?
    private let context: Context
    private let unmanagedContext: Unmanaged<Context>

    init(sink: any OutputSink, indent: Bool) throws {
        // libxml2 would print its own line ("I/O error : write error") when the sink fails; the
        // error reaches the caller as a Swift error instead. The handler is per thread.
        xmlSetStructuredErrorFunc(nil) { _, _ in }
        context = Context(sink)
        unmanagedContext = Unmanaged.passRetained(context)
        let write: xmlOutputWriteCallback = { rawContext, buffer, length in
            guard let rawContext, let buffer, length >= 0 else { return -1 }
            let context = Unmanaged<Context>.fromOpaque(rawContext).takeUnretainedValue()
            if context.error != nil { return -1 }
            do {
                try context.sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
                return length
            } catch {
                context.error = error
                return -1
            }
        }
        guard let output = xmlOutputBufferCreateIO(write, nil, unmanagedContext.toOpaque(), nil) else {
            unmanagedContext.release()
            throw ExportError.xml("cannot create libxml2 output buffer")
        }
        guard let writer = xmlNewTextWriter(output) else {
            _ = xmlOutputBufferClose(output)
            unmanagedContext.release()
            throw ExportError.xml("cannot create libxml2 text writer")
        }
        self.writer = writer
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "set indent")
            try XMLWriter.withXMLChars("  ") { try check(xmlTextWriterSetIndentString(writer, $0), "set indent string") }
        }
    }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
        unmanagedContext.release()
    }

    func startDocument() throws {
        try check(xmlTextWriterStartDocument(try live(), "1.0", "UTF-8", nil), "start document")
    }

    /// Closes every open element, ends the document and flushes everything to the sink.
    func endDocument() throws {
        let writer = try live()
        try check(xmlTextWriterEndDocument(writer), "end document")
        try check(xmlTextWriterFlush(writer), "flush")
        try context.sink.flush()
    }

    func startElement(_ name: String) throws {
        let writer = try live()
        try XMLWriter.withXMLChars(name) { try check(xmlTextWriterStartElement(writer, $0), "start <\(name)>") }
    }

    func endElement() throws {
        try check(xmlTextWriterEndElement(try live()), "end element")
    }

    /// `<name attributes...>text</name>` in one call.
    func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String? = nil) throws {
        try startElement(name)
        for (key, value) in attributes { try attribute(key, value) }
        if let text { try self.text(text) }
        try endElement()
    }

    func attribute(_ name: String, _ value: String, cleaned: Bool = false) throws {
        let writer = try live()
        let clean = cleaned ? value : XMLText.clean(value)
        try XMLWriter.withXMLChars(name) { namePointer in
            try XMLWriter.withXMLChars(clean) { valuePointer in
                try check(xmlTextWriterWriteAttribute(writer, namePointer, valuePointer), "attribute \(name)")
            }
        }
    }

    /// `cleaned`: the caller already passed the value through `XMLText.clean` (on another thread).
    func text(_ value: String, cleaned: Bool = false) throws {
        let writer = try live()
        let clean = cleaned ? value : XMLText.clean(value)
        try XMLWriter.withXMLChars(clean) { try check(xmlTextWriterWriteString(writer, $0), "text") }
    }

    func comment(_ value: String) throws {
        let writer = try live()
        // `--` may not appear in a comment, nor may it end with `-`.
        var clean = XMLText.clean(value)
        while clean.contains("--") { clean = clean.replacingOccurrences(of: "--", with: "- -") }
        if clean.hasSuffix("-") { clean += " " }
        try XMLWriter.withXMLChars(clean) { try check(xmlTextWriterWriteComment(writer, $0), "comment") }
    }

    private func live() throws -> xmlTextWriterPtr {
        guard let writer else { throw ExportError.xml("writer already closed") }
        return writer
    }

    private func check(_ status: Int32, _ what: String) throws {
        if let error = context.error { throw error }
        if status < 0 { throw ExportError.xml("libxml2 failed to \(what)") }
    }

    private static func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) throws -> R) throws -> R {
        try text.withCString { pointer in
            try body(UnsafeRawPointer(pointer).assumingMemoryBound(to: xmlChar.self))
        }
    }
}

/// Character-level rules of XML 1.0.
public enum XMLText {
    /// Whether XML 1.0 allows the character at all (section 2.2), excluding the C1 controls and DEL,
    /// which it allows but discourages and which several consumers reject.
    @inline(__always)
    static func isAllowed(_ v: UInt32) -> Bool {
        switch v {
        case 0x09, 0x0A, 0x0D: return true
        case 0x20...0x7E: return true
        case 0x7F...0x9F: return false
        case 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The text without the characters XML 1.0 cannot carry (most C0 controls, U+FFFE, U+FFFF),
    /// nor DEL and the C1 controls. Returns the input itself when nothing needs removing.
    public static func clean(_ text: String) -> String {
        guard mayNeedCleaning(text) else { return text }
        guard text.unicodeScalars.contains(where: { !isAllowed($0.value) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where isAllowed(scalar.value) { out.append(scalar) }
        return String(out)
    }

    /// A byte scan: true when the text holds a character `clean` removes — a C0 control other than tab
    /// and line breaks, DEL, a C1 control (`C2 80`...`C2 9F`), U+FFFE or U+FFFF (`EF BF BE`/`EF BF BF`).
    /// Text with `¶` (`C2 B6`) or other Latin-1 letters needs no cleaning and does not take the slow path.
    @inline(__always)
    static func mayNeedCleaning(_ text: String) -> Bool {
        let scan = { (bytes: UnsafeBufferPointer<UInt8>) -> Bool in
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte < 0x20 {
                    if byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
                } else if byte == 0x7F {
                    return true
                } else if byte == 0xC2 {
                    if i + 1 < n && bytes[i + 1] >= 0x80 && bytes[i + 1] <= 0x9F { return true }
                } else if byte == 0xEF {
                    if i + 2 < n && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF) { return true }
                }
                i += 1
            }
            return false
        }
        if let found = text.utf8.withContiguousStorageIfAvailable(scan) { return found }
        var copy = text
        return copy.withUTF8(scan)
    }

    /// XML Namespaces NCName restricted to ASCII: a letter or `_`, then letters, digits, `_`, `-`, `.`.
    public static func isNCName(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return false }
        func letter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F }
        guard letter(first) else { return false }
        for b in name.utf8.dropFirst() where !(letter(b) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x2E) {
            return false
        }
        return true
    }
}
