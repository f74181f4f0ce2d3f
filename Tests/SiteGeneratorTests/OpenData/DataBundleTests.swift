import Dashboard
import Foundation
import Publishing
import TestSupport
import Testing

@testable import SiteGenerator

@Suite struct DataBundleTests {
    let published: PublishedFiles

    init() throws {
        published = try PublicationBuilder.build(model: try OpenDataFixture.model(), baseURL: nil)
    }

    @Test func zipHoldsEveryDataFileWithReadmeAndLicence() throws {
        guard Python.isAvailable else { return }
        let zip = try #require(published.files["data/all-indicators.zip"])
        let script = """
            import io, sys, zipfile
            archive = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
            assert archive.testzip() is None
            for info in archive.infolist():
                data = archive.read(info)
                print(info.filename, info.date_time, len(data), data.hex() if info.filename.endswith('.csv') else '')
            """
        let listing = String(decoding: try Python.run(script, input: zip), as: UTF8.self)
        let lines = listing.split(separator: "\n").map(String.init)
        #expect(
            lines.map { $0.split(separator: " ").first.map(String.init) } == [
                "README.txt", "LICENSE.txt", "groups.csv", "groups.json", "jobs.csv", "jobs.json",
            ])
        // The fixed timestamp is midnight of the newest metric update.
        #expect(lines.allSatisfy { $0.contains("(2026, 10, 28, 0, 0, 0)") })
        let csv = try #require(published.files["data/jobs.csv"])
        let hex = csv.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
            .joined()
        #expect(lines.contains { $0.hasPrefix("jobs.csv ") && $0.hasSuffix(" \(csv.count) \(hex)") })
    }

    @Test func readmeExplainsFilesColumnsExampleDataAndLicence() throws {
        let readme = DataBundleReadme.render(model: try OpenDataFixture.model())
        for expected in [
            "Avoin data: kaikki mittarit", "Öppna data: alla indikatorer", "Open data: all indicators",
            "  jobs: Työlliset. Lähde: Tilasto, \"työ\". Päivitetty 28.10.2026. Todellinen tilasto: taulukko 12r5, "
                + "haettu 30.10.2026.",
            "  jobs: Employed. Source: Statistics. Updated 28 October 2026. Real statistics: table 12r5, retrieved "
                + "30 October 2026.",
            "  groups: Ryhmät lyhyesti. Källa: Rekisteri. Uppdaterad 1.3.2026. Fiktiva exempelsiffror, ingen verklig "
                + "statistik.",
            "  provenance      real = todellinen tilasto, illustrative = kuvitteellinen esimerkkiluku;",
            "  area_name_...   alueen nimi kielittäin: area_name_fi, area_name_sv, area_name_en\n",
            "  missing_reason  ",
            "HUOM: Kuvitteellisiksi merkittyjen", "OBS: Siffrorna för indikatorer som är märkta som fiktiva",
            "NOTE: The figures of the indicators marked as illustrative",
            "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).\nYou may use",
        ] {
            #expect(readme.contains(expected), "README lacks \(expected)")
        }
        // The notice follows the files' provenance, not the site setting.
        let groups = OpenDataFixture.files(baseURL: nil, exampleData: false)["data/groups.json"]!
            .replacingOccurrences(of: #""provenance": {"values": "illustrative"}"#,
                                  with: #""provenance": {"values": "real", "tables": [{"id": "x"}]}"#)
        let real = DataBundleReadme.render(model: try OpenDataFixture.model(extraFiles: ["data/groups.json": groups]))
        #expect(!real.contains("HUOM") && !real.contains("NOTE:"))
    }

    @Test func licenceListsEverySource() throws {
        #expect(
            DataBundleLicence.render(model: try OpenDataFixture.model()) == """
                Lisenssi / Licens / Licence: CC BY 4.0
                https://creativecommons.org/licenses/by/4.0/

                Julkaisija / Utgivare / Publisher: Ministeriö / Ministeriet / Ministry

                Lähteet / Källor / Sources (mainitse lähde / ange källan / credit the source):
                  groups: Rekisteri
                  jobs: Tilasto, "työ" / Statistik / Statistics

                """)
    }

    @Test func indexMatchesTheFiles() throws {
        let index = try #require(published.files["data/index.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(index)) as? [String: Any])
        let entries = try #require(object["files"] as? [[String: Any]])
        let paths = entries.compactMap { $0["path"] as? String }
        #expect(
            paths == [
                "data/all-indicators.zip", "data/groups.csv", "data/groups.json", "data/jobs.csv", "data/jobs.json",
            ])
        #expect(Set(paths) == Set(published.files.keys.filter { $0.hasPrefix("data/") && $0 != "data/index.json" }))
        for entry in entries {
            let path = try #require(entry["path"] as? String)
            let bytes = try #require(published.files[path])
            #expect(entry["bytes"] as? Int == bytes.count, "\(path)")
            #expect(entry["sha256"] as? String == SHA256.hexDigest(of: bytes), "\(path)")
            #expect(entry["format"] as? String == String(path.split(separator: ".").last!))
        }
        #expect(entries[0]["indicator"] is NSNull)
        #expect(entries[0]["updated"] as? String == "2026-10-28")
        #expect(entries[0]["provenance"] is NSNull)
        #expect(entries.dropFirst().map { $0["provenance"] as? String }
            == ["illustrative", "illustrative", "real", "real"])
        #expect(entries[1]["indicator"] as? String == "groups")
        #expect(entries[1]["updated"] as? String == "2026-03-01")
        if Python.isAvailable {
            // An independent SHA-256 for one file.
            let digest = try Python.run(
                "import hashlib, sys; print(hashlib.sha256(sys.stdin.buffer.read()).hexdigest())",
                input: published.files["data/all-indicators.zip"]!)
            #expect(String(decoding: digest, as: UTF8.self) == (entries[0]["sha256"] as? String ?? "") + "\n")
        }
    }

    @Test func downloadLinksCarryRealSizesAndDates() throws {
        let jobs = try #require(published.downloads["jobs"])
        #expect(jobs.map(\.format) == ["csv", "json"])
        #expect(jobs.map(\.path) == ["data/jobs.csv", "data/jobs.json"])
        #expect(
            jobs.map(\.byteCount) == [
                published.files["data/jobs.csv"]!.count, published.files["data/jobs.json"]!.count,
            ])
        #expect(jobs.allSatisfy { $0.updated == CalendarDate(year: 2026, month: 10, day: 28) })
        #expect(published.downloads["groups"]?.first?.updated == CalendarDate(year: 2026, month: 3, day: 1))
        let all = try #require(published.downloads[PublishedFiles.allIndicatorsKey])
        #expect(
            all == [
                DownloadLink(
                    format: "zip", path: "data/all-indicators.zip",
                    byteCount: published.files["data/all-indicators.zip"]!.count,
                    updated: CalendarDate(year: 2026, month: 10, day: 28))
            ])
        #expect(Set(published.downloads.keys) == ["jobs", "groups", "all"])
    }
}
