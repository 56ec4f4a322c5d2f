/// Why a source could not be read as text. Each case reads as one line naming the file.
public enum InputError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty(file: String)
    case binary(file: String, offset: Int)
    case invalidUTF8(file: String, offset: Int)

    public var description: String {
        switch self {
        case let .empty(file): "\(file): empty file, no text to read"
        case let .binary(file, offset): "\(file): binary data (NUL byte at offset \(offset)), not a text file"
        case let .invalidUTF8(file, offset): "\(file): invalid UTF-8 at byte offset \(offset)"
        }
    }
}
