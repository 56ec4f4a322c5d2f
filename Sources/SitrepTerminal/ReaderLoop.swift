import Foundation
import SitrepUI

/// Runs the reader on a terminal until the user quits: key, reduce, render, repaint what changed.
public enum ReaderLoop {
    /// Milliseconds between two looks at the source for changes while no key comes.
    static let pollInterval: Int32 = 1000
    /// Answers without a key, each long before the wait was over, after which the terminal is taken for gone.
    static let deadTerminalAnswers = 200

    /// Opens the terminal, runs the reader over `source`, and restores the terminal however it ends. With
    /// `keyTimings`, the time from each input event to its repaint (reducer, rendering and `doupdate`) is appended
    /// to that file in microseconds, a line each (`make bench` reads it).
    /// `reload` is the command `r` runs (`sitrep reload` on the library), nil when there is nothing to reload.
    public static func run(source: any ReaderSource, keymap: Keymap = .standard, keyTimings: String? = nil,
                           reload: [String]? = nil) throws {
        let timings = keyTimings.flatMap { fopen($0, "a") }
        defer { if let timings { fclose(timings) } }
        let terminal = try Terminal()
        defer { terminal.close() }
        let color = terminal.hasColors && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
        let size = terminal.size
        var state = AppState(width: size.width, height: size.height)
        let layouts = ReadingLayouts()
        let reducer = Reducer(source: source, keymap: keymap, layouts: layouts)
        let renderer = Renderer(source: source, theme: Theme(color: color), keymap: keymap, layouts: layouts)
        terminal.draw(renderer.render(state))
        // While no key comes, the source is asked whether it changed (an ingest in another terminal, say).
        var generation = source.generation
        // Answers without a key in a row that came back long before the wait was over.
        var hurried = 0
        while !state.quit {
            // Work the source put off for the screen drawn (a large story's link evidence) is done once no key waits:
            // a key is looked for without waiting, and with none, the work is done and the screen drawn again.
            let putOff = source.hasPutOffWork
            terminal.idleTimeout = putOff ? 0 : ReaderLoop.pollInterval
            let asked = DispatchTime.now().uptimeNanoseconds
            guard let event = terminal.readKey() else {
                if putOff {
                    if layouts.doPutOffWork(of: source, reading: state.reading?.segment) {
                        terminal.draw(renderer.render(state))
                    }
                    continue
                }
                // A terminal that has gone (its window closed, the connection dropped) answers at once with nothing,
                // for ever: the reader ends rather than spin.
                let waited = DispatchTime.now().uptimeNanoseconds - asked
                hurried = waited < UInt64(ReaderLoop.pollInterval) * 500_000 ? hurried + 1 : 0
                if hurried >= ReaderLoop.deadTerminalAnswers { break }
                let now = source.generation
                if now != generation {
                    generation = now
                    state.message = "The library changed: \(source.summary)"
                    // The segment read keeps its place; the same story elsewhere shows what the library holds now.
                    _ = layouts.refresh(from: source, reading: state.reading?.segment)
                    terminal.draw(renderer.render(state))
                }
                continue
            }
            hurried = 0
            let received = DispatchTime.now().uptimeNanoseconds
            if case .key(.control("z")) = event {
                terminal.suspend()
                let size = terminal.size
                reducer.reduce(&state, .resize(width: size.width, height: size.height))
            } else {
                // A key reads what it needs from the source as one frame; the screen drawn after it is another.
                source.frame {
                    switch event {
                    case let .key(key): reducer.handle(&state, key: key)
                    case let .wheel(up, _, _): reducer.reduce(&state, up ? .up : .down)
                    case let .click(x, y): reducer.reduce(&state, .click(x: x, y: y))
                    }
                }
            }
            if let effect = state.effect {
                state.effect = nil
                state.message = EffectRunner.perform(effect, on: terminal, reload: reload)
            }
            if state.redraw {
                terminal.invalidate()
                state.redraw = false
            }
            terminal.draw(renderer.render(state))
            if let timings {
                fputs("\((DispatchTime.now().uptimeNanoseconds - received) / 1000)\n", timings)
                fflush(timings)
            }
        }
    }
}
