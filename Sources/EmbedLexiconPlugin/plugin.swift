import Foundation
import PackagePlugin

/// Embeds text resources into a target as Swift source, so no code has to find files at run time:
/// `Resources/lexicon/*.txt` into the core (`EmbeddedLexicon`), `Resources/corpus/*.txt` into the executable
/// (`BundledCorpus`).
@main
struct EmbedLexiconPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let (folder, type) = target.name == "sitrep" ? ("Resources/corpus", "BundledCorpus") : ("Resources/lexicon", "EmbeddedLexicon")
        let directory = context.package.directoryURL.appending(path: folder)
        let files = try FileManager.default
            .contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "\(type).swift")
        // The core's digest covers its rules as well as its words: any change of the analysis gives a new one.
        let sources = type == "EmbeddedLexicon"
            ? (target.sourceModule?.sourceFiles(withSuffix: "swift").map(\.url) ?? []).sorted { $0.path < $1.path } : []
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) files of \(folder)",
                executable: try context.tool(named: "LexiconEmbedder").url,
                arguments: [type, output.path] + files.map(\.path) + (sources.isEmpty ? [] : ["--digest"] + sources.map(\.path)),
                inputFiles: files + sources,
                outputFiles: [output]
            ),
        ]
    }
}
