import CLibXML2
import Foundation

/// Character sets of web documents: declared by HTTP (`Content-Type: text/html; charset=windows-1251`) or by the
/// document itself (`<meta charset>`, the XML declaration), decoded by libxml2 (through iconv).
public enum Charset {
    /// The `charset` parameter of a `Content-Type` header value, nil when there is none.
    public static func fromContentType(_ value: String?) -> String? {
        guard let value else { return nil }
        for parameter in value.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { WebText.collapsed(String($0)) }
            guard pair.count == 2, pair[0].lowercased() == "charset" else { continue }
            let name = pair[1].trimmingCharacters(in: ["\"", "'"])
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// The charset a page declares in a `<meta>` tag within its first 2,048 bytes (the HTML prescan), nil when none.
    public static func declaredInHTML(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self).lowercased()
        var rest = head[...]
        while let meta = rest.range(of: "<meta") {
            let tag = rest[meta.upperBound...].prefix { $0 != ">" }
            if let found = tag.range(of: "charset") {
                var value = tag[found.upperBound...].drop { $0 == " " }
                if value.first == "=" {
                    value = value.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
                    let name = value.prefix { $0.isLetter || $0.isNumber || "-_.:".contains($0) }
                    if !name.isEmpty { return String(name) }
                }
            }
            rest = rest[meta.upperBound...]
        }
        return nil
    }

    /// The name when libxml2 can decode it, else nil (an unknown or misspelt name is ignored, not an error).
    public static func supported(_ name: String?) -> String? {
        guard let name, !name.isEmpty, name.count < 64 else { return nil }
        guard let handler = xmlFindCharEncodingHandler(name) else { return nil }
        xmlCharEncCloseFunc(handler)
        return name
    }
}
