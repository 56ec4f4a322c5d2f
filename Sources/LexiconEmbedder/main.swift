import Foundation

// Usage: LexiconEmbedder TYPE OUTPUT.swift FILE.txt... [--digest FILE...]
// Writes `enum TYPE { static let files: [String: String] }`: each file's text, keyed by its name
// without extension (lexicon) or with it (corpus files keep their names); with --digest, also `static let digest`,
// a digest of every file named.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: LexiconEmbedder TYPE OUTPUT.swift FILE.txt...\n".utf8))
    exit(2)
}
let type = arguments[0]
let keepExtension = type == "BundledCorpus"
// Files after `--digest` are not embedded: with the embedded ones, they make the digest.
let split = arguments.firstIndex(of: "--digest") ?? arguments.count
let embedded = arguments[2..<split]
let digested = arguments[min(arguments.count, split + 1)...]
var source = "// Generated from Resources by LexiconEmbedder. Do not edit.\n"
source += "enum \(type) {\n    static let files: [String: String] = [\n"
for path in embedded {
    let url = URL(fileURLWithPath: path)
    let text = try String(contentsOf: url, encoding: .utf8)
    let name = keepExtension ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
    // A raw string with a delimiter no input contains keeps every byte as it is.
    var hashes = "#"
    while text.contains("\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    source += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
source += "    ]\n"
if !digested.isEmpty {
    // FNV-1a over each file's name and bytes, in the order given (sorted by the plugin).
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for path in Array(embedded) + Array(digested) {
        let url = URL(fileURLWithPath: path)
        for byte in Array(url.lastPathComponent.utf8) + Array(try Data(contentsOf: url)) {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
    }
    source += "    /// A digest of the lexicon and of the core's source files: the version of the analysis.\n"
    source += "    static let digest = \"\(String(hash, radix: 16))\"\n"
}
source += "}\n"
try source.write(toFile: arguments[1], atomically: true, encoding: .utf8)
