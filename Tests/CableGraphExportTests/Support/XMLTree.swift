import CLibXML2

/// A parsed XML element, read back with libxml2's parser (not the writer under test), so tests can
/// look at what a consumer sees.
struct XMLTree {
    var name: String
    /// Qualified name (`prefix:local`) when the element has a namespace prefix.
    var qualifiedName: String
    var attributes: [String: String]
    var children: [XMLTree]
    var text: String

    /// Parses a whole document; nil when it is not well-formed.
    static func parse(_ bytes: [UInt8]) -> XMLTree? {
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.map { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "test.xml", "UTF-8", options)
                }
            } ?? nil
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        return tree(root)
    }

    private static func tree(_ node: xmlNodePtr) -> XMLTree {
        let name = String(cString: node.pointee.name)
        var qualified = name
        if let ns = node.pointee.ns, let prefix = ns.pointee.prefix { qualified = String(cString: prefix) + ":" + name }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let a = attribute {
            let local = String(cString: a.pointee.name)
            var key = local
            if let ns = a.pointee.ns, let prefix = ns.pointee.prefix { key = String(cString: prefix) + ":" + local }
            // An attribute node's content is its value, entities and character references resolved.
            if let value = xmlNodeGetContent(UnsafeMutablePointer<xmlNode>(OpaquePointer(a))) {
                attributes[key] = String(cString: value)
                cg_xmlFree(value)
            }
            attribute = a.pointee.next
        }
        var children: [XMLTree] = []
        var text = ""
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE {
                children.append(tree(c))
            } else if c.pointee.type == XML_TEXT_NODE, let content = xmlNodeGetContent(c) {
                text += String(cString: content)
                cg_xmlFree(content)
            }
            child = c.pointee.next
        }
        return XMLTree(name: name, qualifiedName: qualified, attributes: attributes, children: children, text: text)
    }

    func elements(_ name: String) -> [XMLTree] { children.filter { $0.name == name } }
    func first(_ name: String) -> XMLTree? { children.first { $0.name == name } }

    /// Every element below this one, depth first.
    var descendants: [XMLTree] { children.flatMap { [$0] + $0.descendants } }
}
