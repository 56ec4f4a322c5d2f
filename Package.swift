// swift-tools-version:6.1
import Foundation
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

// `make fuzz` sets SITREP_FUZZ=1 (with its own build folder): the core is instrumented for libFuzzer and
// AddressSanitizer, and SitrepFuzz links libFuzzer's main instead of its replay main.
let fuzzing = ProcessInfo.processInfo.environment["SITREP_FUZZ"] == "1"
let fuzzFlags: [SwiftSetting] = fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address"])] : []

let package = Package(
    name: "Sitrep",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "sitrep", targets: ["sitrep"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Build tool that turns Resources/lexicon/*.txt into Swift source, so the core needs no file I/O.
        .executableTarget(name: "LexiconEmbedder", swiftSettings: strict),
        .plugin(
            name: "EmbedLexiconPlugin",
            capability: .buildTool(),
            dependencies: ["LexiconEmbedder"],
            path: "Sources/EmbedLexiconPlugin"
        ),
        // The pure core: text model with source spans, parser, extractors, linker. No I/O, no curses.
        .target(
            name: "SitrepCore",
            swiftSettings: strict + fuzzFlags,
            plugins: ["EmbedLexiconPlugin"]
        ),
        // The library: GRDB over SQLite (WAL, migrations, FTS5). The only code that knows SQL.
        .target(
            name: "SitrepStore",
            dependencies: ["SitrepCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict
        ),
        // libxml2's XML and HTML parsers (the include path from pkg-config).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Feeds and web pages read into articles: RSS, Atom, JSON Feed, HTML pages (readability), charsets,
        // subscriptions and OPML. No I/O: bytes in, article text out.
        .target(name: "SitrepWeb", dependencies: ["SitrepCore", "CLibXML2"], swiftSettings: strict),
        // Fetching over HTTP (bounded, conditional, with limits) and reloading subscriptions into the library.
        .target(name: "SitrepFetch", dependencies: ["SitrepCore", "SitrepStore", "SitrepWeb"], swiftSettings: strict),
        // The UI model: state, actions, reducer, layout, rendering into a cell grid. No curses.
        .target(name: "SitrepUI", dependencies: ["SitrepCore"], swiftSettings: strict),
        // ncursesw, through a shim header that turns on the wide-character API.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The terminal backend: the only code that calls ncurses.
        .target(name: "SitrepTerminal", dependencies: ["SitrepUI", "CNcursesw"], swiftSettings: strict),
        // The command line: wiring only.
        .executableTarget(
            name: "sitrep",
            dependencies: [
                "SitrepCore", "SitrepStore", "SitrepUI", "SitrepTerminal", "SitrepWeb", "SitrepFetch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict,
            plugins: ["EmbedLexiconPlugin"]
        ),
        // Processes, rusage and tmux sessions for end-to-end tests and benchmarks.
        .target(name: "SitrepHarness", swiftSettings: strict),
        // Measurements on the development data in ../shared/data (make eval, make bench).
        .executableTarget(name: "SitrepEval", dependencies: ["SitrepCore", "SitrepStore", "SitrepHarness"], swiftSettings: strict),
        // libFuzzer target over parsing and extraction (make fuzz); without the fuzzer it replays inputs.
        .executableTarget(
            name: "SitrepFuzz",
            dependencies: ["SitrepCore", "SitrepStore"],
            swiftSettings: strict + fuzzFlags + (fuzzing ? [.define("FUZZING"), .unsafeFlags(["-parse-as-library"])] : []),
            linkerSettings: fuzzing ? [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])] : []
        ),
        .testTarget(
            name: "SitrepCoreTests",
            dependencies: ["SitrepCore", "SitrepHarness"],
            exclude: ["Fixtures"],
            swiftSettings: strict
        ),
        .testTarget(name: "SitrepWebTests", dependencies: ["SitrepWeb", "SitrepCore", "SitrepHarness"], swiftSettings: strict),
        .testTarget(
            name: "SitrepFetchTests",
            dependencies: ["SitrepFetch", "SitrepWeb", "SitrepStore", "SitrepHarness"],
            swiftSettings: strict
        ),
        .testTarget(name: "SitrepStoreTests", dependencies: ["SitrepStore", "SitrepHarness"], swiftSettings: strict),
        .testTarget(
            name: "SitrepUITests",
            dependencies: ["SitrepUI", "SitrepHarness"],
            exclude: ["Golden"],
            swiftSettings: strict
        ),
        .testTarget(name: "SitrepEndToEndTests", dependencies: ["sitrep", "SitrepStore", "SitrepHarness"], swiftSettings: strict),
    ]
)
