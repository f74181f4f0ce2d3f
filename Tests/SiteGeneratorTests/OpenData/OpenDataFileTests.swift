import Foundation
import TestSupport
import Testing

@testable import SiteGenerator

@Suite struct OpenDataFileTests {
    let published: PublishedFiles

    init() throws {
        published = try PublicationBuilder.build(model: try OpenDataFixture.model(), baseURL: nil)
    }

    private func text(_ path: String) throws -> String {
        String(decoding: try #require(published.files[path]), as: UTF8.self)
    }

    @Test func csvWithoutBreakdowns() throws {
        let bytes = try #require(published.files["data/jobs.csv"])
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "Excel needs the BOM to read UTF-8")
        let expected = [
            "indicator,area_type,area_id,area_code,area_name_fi,area_name_sv,area_name_en,period,value,missing_reason,flags,unit",
            "jobs,country,FI,FI,Koko maa,Hela landet,Whole country,2026-07,19.3,,,percent",
            "jobs,country,FI,FI,Koko maa,Hela landet,Whole country,2026-08,,suppressed,,percent",
            "jobs,country,FI,FI,Koko maa,Hela landet,Whole country,2026-09,0.0,,provisional;break-in-series,percent",
            "jobs,area,espoo-kauniainen,espoo-kauniainen,Espoon ja Kauniaisten työllisyysalue,"
                + "Esbo och Grankullas sysselsättningsområde,\"Espoo, Kauniainen \"\"area\"\"\",2026-08,70.0,,,percent",
            "jobs,area,espoo-kauniainen,espoo-kauniainen,Espoon ja Kauniaisten työllisyysalue,"
                + "Esbo och Grankullas sysselsättningsområde,\"Espoo, Kauniainen \"\"area\"\"\",2026-09,,not-published,,"
                + "percent",
        ]
        #expect(Array(bytes.dropFirst(3)) == Array(expected.map { $0 + "\r\n" }.joined().utf8))
    }

    @Test func csvWithBreakdownsInCategoryOrder() throws {
        // The metric file lists "old" before "young" and FI around the region: files follow the declared
        // category order and put the country first, whatever order the source has.
        let csv = try text("data/groups.csv")
        #expect(
            csv == "\u{FEFF}"
                + [
                    "indicator,area_type,area_id,area_code,area_name_fi,area_name_sv,area_name_en,group,period,value,missing_reason,flags,unit",
                    "groups,country,FI,FI,Koko maa,Hela landet,Whole country,young,2024,10,,break-in-series,count",
                    "groups,country,FI,FI,Koko maa,Hela landet,Whole country,young,2025,,not-published,,count",
                    "groups,country,FI,FI,Koko maa,Hela landet,Whole country,old,2025,1234568,,,count",
                    "groups,region,ely-uusimaa,ely-uusimaa,Uudenmaan ELY-keskus,NTM-centralen i Nyland,Uusimaa ELY Centre,young,2025,12,,,count",
                ].map { $0 + "\r\n" }.joined())
    }

    @Test func csvParsesWithPythonCSVModule() throws {
        guard Python.isAvailable else { return }
        let output = try Python.run(
            "import csv, io, sys; rows = list(csv.reader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')));"
                + "print(len(rows), len(set(map(len, rows))), rows[4][6])",
            input: try #require(published.files["data/jobs.csv"]))
        #expect(String(decoding: output, as: UTF8.self) == "6 1 Espoo, Kauniainen \"area\"\n")
    }

    @Test func jsonExactOutput() throws {
        #expect(
            try text("data/jobs.json") == #"""
                {
                  "indicator": "jobs",
                  "goal": 1,
                  "title": {"fi": "Työllisyysaste", "sv": "Sysselsättningsgrad", "en": "Employment rate"},
                  "shortTitle": {"fi": "Työlliset", "sv": "Sysselsatta", "en": "Employed"},
                  "definition": {"fi": "Määritelmä.", "sv": "Määritelmä.", "en": "Määritelmä."},
                  "unit": "percent",
                  "decimals": 1,
                  "betterDirection": "up",
                  "frequency": "month",
                  "updated": "2026-10-28",
                  "source": {"fi": "Tilasto, \"työ\"", "sv": "Statistik", "en": "Statistics"},
                  "licence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
                  "exampleData": true,
                  "places": [
                    {"id": "FI", "type": "country", "code": "FI", "name": {"fi": "Koko maa", "sv": "Hela landet", "en": "Whole country"}},
                    {"id": "espoo-kauniainen", "type": "area", "code": "espoo-kauniainen", "name": {"fi": "Espoon ja Kauniaisten työllisyysalue", "sv": "Esbo och Grankullas sysselsättningsområde", "en": "Espoo, Kauniainen \"area\""}}
                  ],
                  "series": [
                    {
                      "area": "FI",
                      "values": [
                        {"period": "2026-07", "value": 19.3},
                        {"period": "2026-08", "value": null, "missing": "suppressed"},
                        {"period": "2026-09", "value": 0.0, "flags": ["provisional", "break-in-series"]}
                      ]
                    },
                    {
                      "area": "espoo-kauniainen",
                      "values": [
                        {"period": "2026-08", "value": 70.0},
                        {"period": "2026-09", "value": null, "missing": "not-published"}
                      ]
                    }
                  ]
                }

                """#)
    }

    @Test func jsonWithBreakdownsParsesAndKeepsOnlyGivenLanguages() throws {
        let bytes = try #require(published.files["data/groups.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(object["title"] as? [String: String] == ["fi": "Ryhmät"])
        #expect(object["headline"] as? [String: String] == ["group": "young"])
        let breakdowns = try #require(object["breakdowns"] as? [[String: Any]])
        let categories = try #require(breakdowns.first?["categories"] as? [[String: Any]])
        #expect(categories.map { $0["id"] as? String } == ["young", "old"])
        #expect(categories.map { $0["betterDirection"] as? String } == [nil, "up"])
        let series = try #require(object["series"] as? [[String: Any]])
        #expect(series.map { $0["area"] as? String } == ["FI", "FI", "ely-uusimaa"])
        #expect(series.map { ($0["breakdown"] as? [String: String])?["group"] } == ["young", "old", "young"])
        let oldValues = try #require(series[1]["values"] as? [[String: Any]])
        #expect((oldValues.first?["value"] as? NSNumber)?.intValue == 1_234_568)
        // Integers with 0 decimals are written without a point.
        #expect(try text("data/groups.json").contains(#"{"period": "2025", "value": 1234568}"#))
    }
}
