import Diagnostics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension SiteWriter {
    /// The file every written site holds, so that a later build knows the folder is its own to replace.
    public static let markerName = ".goal-dashboards-site"

    /// What the marker says to someone who finds it.
    static let markerContents = Array(
        "This folder is made by build-site (goal dashboards) and replaced on every build; do not edit it.\n".utf8)

    /// The outcome of trying to swap two directories in one step.
    enum Exchange: Equatable {
        /// Each path now names what the other named.
        case exchanged
        /// The system has no atomic exchange here (or this file system refuses it): use two renames.
        case unsupported
        /// The exchange failed for another reason (`errno`); nothing was changed.
        case failed(Int32)
    }

    /// Swaps the directories at `first` and `second` atomically with Linux's `renameat2(…, RENAME_EXCHANGE)`.
    ///
    /// Glibc declares `renameat2` only under `_GNU_SOURCE`, which Swift's Glibc module does not define, so the
    /// function is looked up with `dlsym` and called through a `@convention(c)` type: the C calling convention is
    /// guaranteed, where a `@_silgen_name` declaration would use Swift's, and a C library without the symbol
    /// (musl before 1.2.4, glibc before 2.28) leads to the fallback instead of a link error.
    static func exchange(_ first: String, _ second: String) -> Exchange {
        #if os(Linux)
        guard let renameat2 = renameat2Function else { return .unsupported }
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0 { return .exchanged }
        let code = errno
        // No such system call, or a file system (some network and overlay ones) without exchange support.
        if code == ENOSYS || code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP { return .unsupported }
        return .failed(code)
        #else
        return .unsupported
        #endif
    }

    #if os(Linux)
    private typealias RenameAt2 = @convention(c) (
        Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32
    ) -> Int32

    /// `RENAME_EXCHANGE` from `<linux/fs.h>`, part of the kernel's stable interface.
    private static let renameExchange: UInt32 = 1 << 1

    private static let renameat2Function: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif
}

extension Diagnostic.Term {
    static let exchangeSites = Diagnostic.Term("operation.exchange", "exchange the new site with the previous one")
}
