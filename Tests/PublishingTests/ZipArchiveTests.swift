import Foundation
import TestSupport
import Testing

@testable import Publishing

@Suite struct ZipArchiveTests {
    let timestamp = ZipArchive.Timestamp(year: 2026, month: 10, day: 1, hour: 12, minute: 34, second: 56)!

    @Test func storedEntryByteForByte() throws {
        // Written out by hand from APPNOTE.TXT 4.3.7, 4.3.12 and 4.3.16.
        let name = Array("a.txt".utf8)
        let local: [UInt8] =
            [0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00, 0x00, 0x08, 0x00, 0x00, 0x5C, 0x64, 0x41, 0x5D, 0x83, 0x16, 0xDC, 0x8C]
            + [0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00] + name + [0x78]
        let central: [UInt8] =
            [0x50, 0x4B, 0x01, 0x02, 0x14, 0x03, 0x0A, 0x00, 0x00, 0x08, 0x00, 0x00, 0x5C, 0x64, 0x41, 0x5D]
            + [0x83, 0x16, 0xDC, 0x8C, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x05, 0x00, 0x00, 0x00]
            + [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xA4, 0x81, 0x00, 0x00, 0x00, 0x00] + name
        let end: [UInt8] = [
            0x50, 0x4B, 0x05, 0x06, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x33, 0x00, 0x00, 0x00,
            0x24, 0x00, 0x00, 0x00, 0x00, 0x00,
        ]
        let archive = ZipArchive(entries: [.init(path: "a.txt", contents: [0x78])], modified: timestamp)
        #expect(try archive.encoded() == local + central + end)
    }

    @Test func emptyArchiveIsJustTheEndRecord() throws {
        #expect(
            try ZipArchive(modified: timestamp).encoded() == [
                0x50, 0x4B, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            ])
    }

    @Test func timestamps() throws {
        #expect(timestamp.dosTime == 0x645C)
        #expect(timestamp.dosDate == 0x5D41)
        let date = try #require(PublicationDate(iso8601: "1980-01-01"))
        #expect(ZipArchive.Timestamp(date) == ZipArchive.Timestamp(year: 1980, month: 1, day: 1))
        #expect(ZipArchive.Timestamp(date)?.dosDate == 0x0021)
        #expect(ZipArchive.Timestamp(year: 2107, month: 12, day: 31, hour: 23, minute: 59, second: 59)?.dosTime == 0xBF7D)
        #expect(ZipArchive.Timestamp(year: 1979, month: 12, day: 31) == nil)
        #expect(ZipArchive.Timestamp(year: 2108, month: 1, day: 1) == nil)
        #expect(ZipArchive.Timestamp(year: 2026, month: 2, day: 29) == nil)
        #expect(ZipArchive.Timestamp(year: 2026, month: 1, day: 1, hour: 24) == nil)
    }

    @Test func rejectsDuplicateAndInvalidPaths() {
        var archive = ZipArchive(modified: timestamp)
        archive.append(path: "data/a.csv", contents: [1])
        archive.append(path: "data/a.csv", contents: [2])
        #expect(throws: ZipArchive.Error.duplicatePath("data/a.csv")) { try archive.encoded() }

        for path in ["../a.csv", "/a.csv", "a\\b.csv", "", "a//b"] {
            let invalid = ZipArchive(entries: [.init(path: path, contents: [])], modified: timestamp)
            #expect(throws: ZipArchive.Error.self) { try invalid.encoded() }
        }
        let clash = ZipArchive(entries: [.init(path: "A.csv", contents: []), .init(path: "a.csv", contents: [])], modified: timestamp)
        #expect(throws: ZipArchive.Error.invalidPaths(SiteWriter.validate(["A.csv", "a.csv"]))) { try clash.encoded() }
    }

    var bundle: ZipArchive {
        var archive = ZipArchive(modified: timestamp)
        archive.append(path: "README.txt", contents: Array("Avoin data – öppna data – open data\n".utf8))
        archive.append(path: "data/työllisyysaste.csv", contents: csvLikeText(rows: 3000))
        archive.append(path: "data/empty.json", contents: [])
        archive.append(path: "data/random.bin", contents: pseudoRandomBytes(50_000, seed: 9))
        archive.append(path: "LICENSE.txt", contents: Array("CC BY 4.0".utf8))
        return archive
    }

    @Test func isDeterministicAndKeepsEntryOrder() throws {
        let first = try bundle.encoded()
        #expect(try bundle.encoded() == first)
        var reordered = bundle
        reordered.entries.reverse()
        #expect(try reordered.encoded() != first)
    }

    @Test(.enabled(if: Python.isAvailable, "needs python3")) func pythonZipfileReadsEveryEntry() throws {
        let script = """
            import sys, io, json, zipfile, hashlib
            z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
            assert z.testzip() is None
            print(json.dumps([[i.filename, i.compress_type, list(i.date_time), i.flag_bits, oct(i.external_attr >> 16),
                               i.create_system, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()],
                             ensure_ascii=False))
            """
        let output = String(decoding: try Python.run(script, input: try bundle.encoded()), as: UTF8.self)
        let expected = bundle.entries.map { entry in
            let method = entry.path.hasSuffix(".csv") || entry.path == "README.txt" ? 8 : 0
            return "[\"\(entry.path)\", \(method), [2026, 10, 1, 12, 34, 56], 2048, \"0o100644\", 3, "
                + "\"\(SHA256.hexDigest(of: entry.contents))\"]"
        }
        #expect(output == "[" + expected.joined(separator: ", ") + "]\n")
    }

    static let unzip: String? = ["/usr/bin/unzip", "/bin/unzip", "/usr/local/bin/unzip"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }

    @Test(.enabled(if: unzip != nil, "needs unzip")) func unzipTestsTheArchive() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ZipArchiveTests-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(try bundle.encoded()).write(to: file)
        let output = String(decoding: try Python.runProcess(Self.unzip!, ["-t", file.path]), as: UTF8.self)
        #expect(output.contains("No errors detected"))
        #expect(output.contains("data/työllisyysaste.csv"))
    }
}
