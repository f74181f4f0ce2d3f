import Diagnostics

/// A JSON value that remembers where it was written, so every content error can point at a line and column.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        /// Members in source order; duplicate keys are kept so the loader can report them.
        case object([Member])
    }

    public struct Member: Sendable {
        public var key: String
        public var keyLocation: SourceLocation
        public var value: JSONNode
    }

    public var value: Value
    public var location: SourceLocation

    /// A short name of the value's type for messages ("a string", "an object").
    public var kindDescription: Diagnostic.Term {
        switch value {
        case .null: .jsonNull
        case .bool: .jsonBoolean
        case .number: .jsonNumber
        case .string: .jsonString
        case .array: .jsonList
        case .object: .jsonObject
        }
    }
}

extension Diagnostic.Term {
    static let jsonNull = Diagnostic.Term("json.null", "null")
    static let jsonBoolean = Diagnostic.Term("json.boolean", "true or false")
    static let jsonNumber = Diagnostic.Term("json.number", "a number")
    static let jsonString = Diagnostic.Term("json.string", "a string")
    static let jsonList = Diagnostic.Term("json.list", "a list")
    static let jsonObject = Diagnostic.Term("json.object", "an object")
}
