import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `--watch` preview: a small HTTP/1.1 server on 127.0.0.1 that serves the output folder as it is on disk,
/// so the site is seen exactly as published, with one difference made while serving: every HTML page gets the
/// reload script and a Content-Security-Policy that lets it ask the server for the build number. The files in
/// Site/ never contain either.
///
/// One request per connection (`Connection: close`), GET and HEAD only, no directory listings, nothing outside
/// the folder. Enough for one editor's browser; not a web server for anyone else.
final class PreviewServer: @unchecked Sendable {
    /// Where the reload script and the build number are served; no site path can start with this.
    static let prefix = "/__preview/"

    let folder: String
    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var build = 0
    private var stopped = false

    /// Listens on 127.0.0.1:`port` (0: any free port), or throws when the port cannot be had.
    init(folder: String, port: UInt16) throws(Failure) {
        self.folder = folder
        let descriptor = socket(AF_INET, Self.streamType, 0)
        guard descriptor >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(descriptor, 16) == 0 else {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            throw Failure(reason: reason)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        self.port = UInt16(bigEndian: actual.sin_port)
    }

    #if canImport(Glibc)
    private static let streamType = Int32(SOCK_STREAM.rawValue)
    /// A browser that went away must not kill the process with SIGPIPE.
    private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    private static let streamType = SOCK_STREAM
    private static let noSignal: Int32 = 0
    #endif

    struct Failure: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    /// The address of the preview's root.
    var url: String { "http://127.0.0.1:\(port)/" }

    /// Tells open pages to reload: called after each build that changed Site/.
    func published() {
        lock.withLock { build += 1 }
    }

    /// Serves requests on a thread of its own until `stop()`.
    func start() {
        let thread = Thread { [self] in
            while !lock.withLock({ stopped }) {
                let client = accept(listener, nil, nil)
                guard client >= 0 else { continue }
                DispatchQueue.global().async { [self] in
                    respond(to: client)
                    close(client)
                }
            }
        }
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    // MARK: Requests

    private func respond(to client: Int32) {
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var request: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while request.count < 16384, !request.ends(with: [13, 10, 13, 10]) {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            request += buffer[..<count]
        }
        let line = String(decoding: request.prefix { $0 != 13 && $0 != 10 }, as: UTF8.self)
        let response = Self.response(to: line, folder: folder, build: lock.withLock { build })
        var bytes = Array(response.head.utf8)
        if !line.hasPrefix("HEAD ") { bytes += response.body }
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Self.noSignal) }
            guard count > 0 else { return }
            sent += count
        }
    }

    struct Response {
        var status: String
        var type: String
        var body: [UInt8]

        var head: String {
            "HTTP/1.1 \(status)\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n"
                + "Cache-Control: no-store\r\nConnection: close\r\n\r\n"
        }
    }

    /// The answer to a request line such as `GET /fi/ HTTP/1.1`; pure apart from reading the file.
    static func response(to requestLine: String, folder: String, build: Int) -> Response {
        let parts = requestLine.split(separator: " ")
        guard parts.count == 3, parts[0] == "GET" || parts[0] == "HEAD" else {
            return Response(status: "405 Method Not Allowed", type: "text/plain; charset=utf-8",
                            body: Array("GET only\n".utf8))
        }
        var path = String(parts[1].prefix { $0 != "?" && $0 != "#" })
        if path == prefix + "build" {
            return Response(status: "200 OK", type: "text/plain; charset=utf-8", body: Array("\(build)".utf8))
        }
        if path == prefix + "reload.js" {
            return Response(status: "200 OK", type: "text/javascript; charset=utf-8", body: Array(reloadScript.utf8))
        }
        path = path.removingPercentEncoding ?? path
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) else {
            return notFound(folder: folder)
        }
        var file = folder + "/" + segments.joined(separator: "/")
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), isDirectory.boolValue {
            file += file.hasSuffix("/") ? "index.html" : "/index.html"
        }
        guard let data = FileManager.default.contents(atPath: file) else { return notFound(folder: folder) }
        let type = contentType(of: file)
        let body = type.hasPrefix("text/html") ? injectingReload(into: [UInt8](data)) : [UInt8](data)
        return Response(status: "200 OK", type: type, body: body)
    }

    static func notFound(folder: String) -> Response {
        let page = FileManager.default.contents(atPath: folder + "/404.html").map { [UInt8]($0) }
        return Response(status: "404 Not Found", type: "text/html; charset=utf-8",
                        body: page.map(injectingReload) ?? Array("Not found\n".utf8))
    }

    static func contentType(of path: String) -> String {
        switch path.split(separator: ".").last.map(String.init) ?? "" {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "json": "application/json"
        case "xml": "application/xml"
        case "csv": "text/csv; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "zip": "application/zip"
        case "png": "image/png"
        default: "application/octet-stream"
        }
    }

    /// A page as the preview serves it: the reload script before `</head>`, and `connect-src 'self'` in its
    /// Content-Security-Policy so that the script may ask for the build number. Nothing else changes.
    static func injectingReload(into page: [UInt8]) -> [UInt8] {
        var html = String(decoding: page, as: UTF8.self)
        html = html.replacingOccurrences(of: "script-src 'self';", with: "script-src 'self'; connect-src 'self';")
        if let head = html.range(of: "</head>") {
            html.insert(contentsOf: "<script src=\"\(prefix)reload.js\" defer></script>\n", at: head.lowerBound)
        }
        return Array(html.utf8)
    }

    /// Asks for the build number every 700 ms and reloads the page when it changes; while the server is away
    /// (the watch stopped), it asks less often.
    static let reloadScript = """
        // build-site --watch: reloads this page after each rebuild. Served by the preview only, never published.
        (function () {
          var seen = null;
          function ask() {
            fetch("\(prefix)build", {cache: "no-store"}).then(function (response) {
              return response.text();
            }).then(function (build) {
              if (seen !== null && build !== seen) { location.reload(); return; }
              seen = build;
              setTimeout(ask, 700);
            }, function () { setTimeout(ask, 2000); });
          }
          ask();
        })();

        """
}

extension Array where Element == UInt8 {
    func ends(with suffix: [UInt8]) -> Bool {
        count >= suffix.count && Array(self[(count - suffix.count)...]) == suffix
    }
}
