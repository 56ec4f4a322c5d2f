import Foundation

// Usage: LexiconEmbedder TYPE OUTPUT.swift FILE.txt...
// Writes `enum TYPE { static let files: [String: String] }`: each file's text, keyed by its name
// without extension (lexicon) or with it (corpus files keep their names).
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: LexiconEmbedder TYPE OUTPUT.swift FILE.txt...\n".utf8))
    exit(2)
}
let type = arguments[0]
let keepExtension = type == "BundledCorpus"
var source = "// Generated from Resources by LexiconEmbedder. Do not edit.\n"
source += "enum \(type) {\n    static let files: [String: String] = [\n"
for path in arguments.dropFirst(2) {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let name = keepExtension ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
    // A raw string with a delimiter no input contains keeps every byte as it is.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    source += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n}\n"
try source.write(toFile: arguments[1], atomically: true, encoding: .utf8)
