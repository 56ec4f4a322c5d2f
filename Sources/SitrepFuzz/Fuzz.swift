import Foundation
import SitrepCore

/// One fuzz input, through the core alone or, with `SITREP_FUZZ_TARGET=library`, through the library and the
/// command line (``LibraryCheck``).
func check(_ bytes: [UInt8]) {
    if ProcessInfo.processInfo.environment["SITREP_FUZZ_TARGET"] == "library" {
        LibraryCheck.check(bytes)
    } else {
        checkCore(bytes)
    }
}

/// One fuzz input: decoded (or refused) like a file, then parsed, analysed and checked against the invariants.
/// A violated invariant is a crash, so that libFuzzer keeps the input.
func checkCore(_ bytes: [UInt8]) {
    guard let source = try? SourceText.decode(name: "fuzz.txt", bytes: bytes) else { return }
    let analysis = Analyzer().analyze([source])
    let problems = AnalysisInvariants.violations(analysis, sources: [source])
    if !problems.isEmpty { fatalError("invariant violated: \(problems[0])") }
    _ = ExportDocument(analysis).json()
}

#if FUZZING
/// The entry point libFuzzer calls with each input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    check(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// Libfuzzer's driver, linked in by `-sanitize=fuzzer`.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

/// `make fuzz` builds with `-sanitize=fuzzer,address` and runs libFuzzer over `check`; without the fuzzer, the
/// same check replays the files given (the regression corpus, a crash to reproduce).
@main
struct SitrepFuzz {
    static func main() throws {
        #if FUZZING
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(runFuzzerDriver(&argc, &argv, fuzzOne))
        #else
        let paths = CommandLine.arguments.dropFirst()
        for path in paths {
            check(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        print("checked \(paths.count) inputs")
        #endif
    }
}
