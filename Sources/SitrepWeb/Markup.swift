import CLibXML2

/// A node of a parsed XML or HTML document, as plain Swift values (libxml2's tree is freed once it is copied).
public enum MarkupNode: Sendable {
    case element(MarkupElement)
    case text(String)
}

/// An element: its local name (lower-cased for HTML), namespace, attributes and children in document order.
/// `id` numbers the elements of a document in document order, so that a pass can keep data per element.
public struct MarkupElement: Sendable {
    public var name: String
    public var namespace: String?
    public var attributes: [String: String]
    public var children: [MarkupNode]
    public var id: Int

    /// The value of an attribute, nil when absent.
    public subscript(attribute: String) -> String? { attributes[attribute] }

    /// Child elements, in order.
    public var elements: [MarkupElement] {
        children.compactMap { if case let .element(element) = $0 { element } else { nil } }
    }

    /// The first child element with this local name (and namespace, when given).
    public func child(_ name: String, namespace: String? = nil) -> MarkupElement? {
        elements.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    /// Every child element with this local name.
    public func children(_ name: String) -> [MarkupElement] { elements.filter { $0.name == name } }

    /// The text of the element and its descendants, as written (white space kept).
    public var rawText: String {
        var text = ""
        appendText(to: &text)
        return text
    }

    /// The text with runs of white space turned into one space, trimmed.
    public var text: String { WebText.collapsed(rawText) }

    private func appendText(to text: inout String) {
        for child in children {
            switch child {
            case let .text(value): text += value
            case let .element(element): element.appendText(to: &text)
            }
        }
    }

    /// Every element below this one, depth first, in document order.
    public func descendants(_ visit: (MarkupElement) -> Void) {
        for element in elements {
            visit(element)
            element.descendants(visit)
        }
    }
}

/// Why bytes could not be read as a document.
public enum MarkupError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not well-formed XML: where libxml2 stopped and what it said.
    case malformed(line: Int, message: String)
    /// No document at all (empty input, or too large for the parser).
    case empty

    public var description: String {
        switch self {
        case let .malformed(line, message): "malformed XML at line \(line): \(message)"
        case .empty: "no document in the response"
        }
    }
}

/// libxml2's parsers, turned into ``MarkupElement`` trees. No network, no external entities.
public enum Markup {
    /// Elements nested deeper than this are dropped (libxml2 itself refuses XML deeper than 256 levels).
    static let maximumDepth = 256

    /// Parses well-formed XML. `encoding` (an IANA name from HTTP) overrides the document's declaration.
    public static func xml(_ bytes: [UInt8], encoding: String? = nil) throws(MarkupError) -> MarkupElement {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw .empty }
        guard let context = xmlNewParserCtxt() else { throw .empty }
        defer { xmlFreeParserCtxt(context) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_NOCDATA.rawValue)
        let known = Charset.supported(encoding)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, known, options)
            }
        }
        guard let document else {
            if let error = xmlCtxtGetLastError(context) {
                let message = error.pointee.message.map { String(cString: $0) } ?? "unreadable"
                throw .malformed(line: Int(error.pointee.line), message: WebText.collapsed(message))
            }
            throw .empty
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw .empty }
        var counter = 0
        return convert(root, html: false, depth: 0, counter: &counter)
    }

    /// Parses HTML as a browser would, recovering from any error. The encoding is `encoding` when libxml2 knows
    /// it, else the one the document declares in its first bytes, else UTF-8 when the bytes are valid UTF-8, else
    /// windows-1252. Nil only when there is no document at all.
    public static func html(_ bytes: [UInt8], encoding: String? = nil) -> MarkupElement? {
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { return nil }
        let chosen = Charset.supported(encoding) ?? Charset.supported(Charset.declaredInHTML(bytes))
            ?? (String(validating: bytes, as: UTF8.self) != nil ? "UTF-8" : "windows-1252")
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, chosen, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return nil }
        var counter = 0
        return convert(root, html: true, depth: 0, counter: &counter)
    }

    private static func convert(_ node: xmlNodePtr, html: Bool, depth: Int, counter: inout Int) -> MarkupElement {
        let name = String(cString: node.pointee.name)
        var element = MarkupElement(
            name: html ? name.lowercased() : name,
            namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
            attributes: [:], children: [], id: counter)
        counter += 1
        var attribute = node.pointee.properties
        while let current = attribute {
            let key = String(cString: current.pointee.name)
            var value = ""
            var part = current.pointee.children
            while let piece = part {
                if let content = piece.pointee.content { value += String(cString: content) }
                part = piece.pointee.next
            }
            element.attributes[html ? key.lowercased() : key] = value
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE where depth < maximumDepth:
                element.children.append(.element(convert(current, html: html, depth: depth + 1, counter: &counter)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }
}
