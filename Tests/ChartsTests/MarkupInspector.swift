import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Parses chart output as XML (it is written to be both valid HTML and well-formed XML) and collects
/// what the accessibility and CSP rules care about.
final class MarkupInspector: NSObject, XMLParserDelegate {
    private(set) var ids: [String] = []
    private(set) var references: [String] = []
    private(set) var elements: [String] = []
    private(set) var attributeNames: Set<String> = []
    private(set) var attributes: [(element: String, name: String, value: String)] = []
    private(set) var text = ""
    private(set) var parseError: String?

    /// Inspects `markup`; `parseError` is set when it is not well-formed.
    init(_ markup: String) {
        super.init()
        let parser = XMLParser(data: Data("<root>\(markup)</root>".utf8))
        parser.delegate = self
        if !parser.parse() {
            parseError = parser.parserError.map { "\($0)" } ?? "unknown parse error"
        }
    }

    var duplicateIDs: [String] {
        Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    var unresolvedReferences: [String] {
        let known = Set(ids)
        return references.filter { !known.contains($0) }
    }

    func count(of element: String) -> Int {
        elements.filter { $0 == element }.count
    }

    func values(of name: String, on element: String? = nil) -> [String] {
        attributes.filter { $0.name == name && (element == nil || $0.element == element) }.map(\.value)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        elements.append(elementName)
        for (name, value) in attributes.sorted(by: { $0.key < $1.key }) {
            attributeNames.insert(name)
            self.attributes.append((elementName, name, value))
            if name == "id" { ids.append(value) }
            if name == "aria-labelledby" || name == "aria-describedby" {
                references += value.split(separator: " ").map(String.init)
            }
            if name == "fill", value.hasPrefix("url(#") {
                references.append(String(value.dropFirst(5).dropLast()))
            }
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
