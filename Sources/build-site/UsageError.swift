/// A command line that cannot be run as given; the message says how to fix it.
struct UsageError: Error, Equatable, CustomStringConvertible {
    var message: String
    var description: String { message }
}
