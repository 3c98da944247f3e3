import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A parsed XML element for tests: name (without namespace), attributes, text and children.
final class XMLTestElement: @unchecked Sendable {
    let name: String
    let attributes: [String: String]
    var text = ""
    var children: [XMLTestElement] = []

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    /// Every descendant (depth first) named `name`.
    func all(_ name: String) -> [XMLTestElement] {
        var found: [XMLTestElement] = []
        var stack: [XMLTestElement] = [self]
        while let e = stack.popLast() {
            if e.name == name { found.append(e) }
            stack.append(contentsOf: e.children.reversed())
        }
        return found
    }
}

/// Parses XML with Foundation's `XMLParser`, so that a test fails on any well-formedness error.
final class XMLTestParser: NSObject, XMLParserDelegate {
    private var stack: [XMLTestElement] = []
    private(set) var root: XMLTestElement?
    private(set) var error: String?

    /// The document's root, or the parser's error message.
    static func parse(_ text: String) -> Result<XMLTestElement, XMLTestError> {
        let delegate = XMLTestParser()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = delegate
        let ok = parser.parse()
        guard ok, let root = delegate.root else {
            return .failure(XMLTestError(message: "\(parser.parserError.map { "\($0)" } ?? "unknown error") at line \(parser.lineNumber)"))
        }
        return .success(root)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        let local = elementName.split(separator: ":").last.map(String.init) ?? elementName
        let element = XMLTestElement(name: local, attributes: attributeDict)
        stack.last?.children.append(element)
        if stack.isEmpty { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}

struct XMLTestError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
