import Foundation
import Testing
@testable import SitrepUI

/// Golden screens: the text of a grid in Golden/NAME.txt and its styles in Golden/NAME.styles, a letter per cell
/// under a legend (a space for plain cells), so that bold, reverse and colour are checked as well as the words.
/// With SITREP_RECORD_GOLDENS=1 a golden that differs is rewritten, its diff printed, and an issue recorded, so a
/// recording run never passes unnoticed; review each diff before committing it.
enum Golden {
    static let folder = packageRoot.appending(path: "Tests/SitrepUITests/Golden")
    static let recording = ProcessInfo.processInfo.environment["SITREP_RECORD_GOLDENS"] == "1"

    /// Expects a grid to match the golden `name` (text and styles).
    static func expect(_ grid: Grid, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        compare(grid.text, file: "\(name).txt", sourceLocation: sourceLocation)
        compare(styleLayer(grid), file: "\(name).styles", sourceLocation: sourceLocation)
    }

    static func compare(_ actual: String, file: String, sourceLocation: SourceLocation) {
        let url = folder.appending(path: file)
        let expected = (try? String(contentsOf: url, encoding: .utf8))?.trimmingCharacters(in: .newlines)
        guard expected != actual else { return }
        let difference = diff(expected ?? "", actual)
        if recording {
            do {
                try (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
                print("Recorded \(file):\n\(difference)")
                Issue.record("recorded \(file) (review the diff):\n\(difference)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot write \(file): \(error)", sourceLocation: sourceLocation)
            }
        } else {
            Issue.record("\(file) differs (SITREP_RECORD_GOLDENS=1 records it):\n\(difference)", sourceLocation: sourceLocation)
        }
    }

    /// The lines that differ, numbered, the golden's with `-` and the new with `+`.
    static func diff(_ old: String, _ new: String) -> String {
        let before = old.split(separator: "\n", omittingEmptySubsequences: false)
        let after = new.split(separator: "\n", omittingEmptySubsequences: false)
        var lines: [String] = []
        for index in 0..<max(before.count, after.count) {
            let a = index < before.count ? before[index] : nil, b = index < after.count ? after[index] : nil
            guard a != b else { continue }
            if let a { lines.append(String(format: "%3d -", index + 1) + a) }
            if let b { lines.append(String(format: "%3d +", index + 1) + b) }
        }
        return lines.joined(separator: "\n")
    }

    /// Letters that name styles in a style layer, in order of first appearance.
    static let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// A grid's styles: a legend (`a = bold reverse`), a blank line, then one line per row with a letter per cell
    /// (the cell after a double-width character repeats its letter), plain cells as spaces, trailing spaces removed.
    static func styleLayer(_ grid: Grid) -> String {
        var names: [Style: Character] = [.plain: " "]
        var legend: [String] = []
        var rows: [String] = []
        for y in 0..<grid.height {
            var row = ""
            var letter: Character = " "
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if cell.width > 0 {
                    if let known = names[cell.style] {
                        letter = known
                    } else {
                        letter = legend.count < letters.count ? letters[legend.count] : "?"
                        names[cell.style] = letter
                        legend.append("\(letter) = \(describe(cell.style))")
                    }
                }
                row.append(letter)
            }
            while row.last == " " { row.removeLast() }
            rows.append(row)
        }
        return (legend + [""] + rows).joined(separator: "\n")
    }

    static func describe(_ style: Style) -> String {
        var words: [String] = []
        if style.foreground != .default { words.append("fg=\(style.foreground)") }
        if style.background != .default { words.append("bg=\(style.background)") }
        if style.bold { words.append("bold") }
        if style.reverse { words.append("reverse") }
        if style.dim { words.append("dim") }
        if style.underline { words.append("underline") }
        return words.joined(separator: " ")
    }
}
