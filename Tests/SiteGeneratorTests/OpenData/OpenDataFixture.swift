import Dashboard
import Diagnostics
import Testing

@testable import SiteGenerator

/// A tiny content folder in memory, loaded with the real loader: one region pair, one employment area, two
/// indicators (one with breakdowns, missing values and flags), a dated page and a dated discussion.
enum OpenDataFixture {
    static func model(
        baseURL: String? = nil, exampleData: Bool = true, reversingSeries: Bool = false,
        extraFiles: [String: String] = [:]
    ) throws -> DashboardModel {
        var files = self.files(baseURL: baseURL, exampleData: exampleData, reversingSeries: reversingSeries)
        files.merge(extraFiles) { _, new in new }
        var log = DiagnosticLog()
        let content = ContentFiles(root: "Content", files: files.mapValues { Array($0.utf8) })
        let model = ContentResolver.resolve(content, log: &log)
        #expect(!log.hasErrors, "\(log)")
        return try #require(model)
    }

    /// The fixture's published files (open data, and with a base URL the sitemap, robots.txt and feeds).
    static func published(baseURL: String?) throws -> PublishedFiles {
        try PublicationBuilder.build(model: try model(), baseURL: baseURL)
    }

    static func files(baseURL: String?, exampleData: Bool, reversingSeries: Bool = false) -> [String: String] {
        let base = baseURL.map { "\"baseURL\": \"\($0)\"," } ?? ""
        let jobsSeries = [
            // The area has an entry for the country's latest month, so that month is complete and published.
            #"""
            {"area": "espoo-kauniainen", "values": [
              {"period": "2026-08", "value": 70}, {"period": "2026-09", "value": null, "missing": "not-published"}
            ]}
            """#,
            #"""
            {"area": "FI", "values": [
              {"period": "2026-07", "value": 19.25},
              {"period": "2026-08", "value": null, "missing": "suppressed"},
              {"period": "2026-09", "value": 0.04, "flags": ["provisional", "break-in-series"]}
            ]}
            """#,
        ]
        let seriesInFileOrder = reversingSeries ? jobsSeries.reversed() : jobsSeries
        return [
            "site.json": """
            {
              "title": {"fi": "Tavoitteet", "sv": "Målen", "en": "Goals"},
              "description": {"fi": "Kuvaus", "sv": "Beskrivning", "en": "Description"},
              "languages": ["fi", "sv", "en"],
              "defaultLanguage": "fi",
              "organisation": {"fi": "Ministeriö", "sv": "Ministeriet", "en": "Ministry"},
              "contact": {"email": "a@example.fi"},
              "dataLicence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
              "exampleData": \(exampleData),
              \(base)
              "goalPeriod": {"start": "2025-01", "end": "2027-12"}
            }
            """,
            "regions.json": """
            {"regions": [
              {"id": "ely-uusimaa", "kind": "ely", "name": {"fi": "Uudenmaan ELY-keskus", "sv": "NTM-centralen i Nyland", "en": "Uusimaa ELY Centre"},
               "validFrom": "2010-01-01", "validTo": "2025-12-31", "maakunnat": ["Uusimaa"]},
              {"id": "evk-uusimaa", "kind": "elinvoimakeskus", "name": {"fi": "Uudenmaan elinvoimakeskus", "sv": "Livskraftscentralen i Nyland", "en": "Uusimaa Centre"},
               "validFrom": "2026-01-01", "maakunnat": ["Uusimaa"], "maakunnatSourced": false}
            ]}
            """,
            "municipalities.json": """
            {"source": "test", "municipalities": [
              {"code": "049", "name": {"fi": "Espoo", "sv": "Esbo"}, "aland": false},
              {"code": "235", "name": {"fi": "Kauniainen", "sv": "Grankulla"}, "aland": false}
            ]}
            """,
            "areas.json": """
            {"areas": [
              {"id": "espoo-kauniainen",
               "name": {"fi": "Espoon ja Kauniaisten työllisyysalue", "sv": "Esbo och Grankullas sysselsättningsområde", "en": "Espoo, Kauniainen \\"area\\""},
               "model": "host-municipality", "host": "049", "maakunta": "Uusimaa", "ely": "ely-uusimaa",
               "elinvoimakeskus": "evk-uusimaa", "regionDerived": true, "members": ["049", "235"],
               "tile": {"column": 0, "row": 0}, "sources": ["https://example.org/"]}
            ]}
            """,
            "process.json": """
            {"cycle": [{"month": 1, "event": {"fi": "Alku", "sv": "Början", "en": "Start"}}], "workPlan": []}
            """,
            "goals/1.fi.md": "---\ntitle: Tavoite yksi\nshort_title: Yksi\nkey_results:\n  - Tulos\n---\nTeksti.\n",
            "goals/1.sv.md": "---\ntitle: Mål ett\nshort_title: Ett\nkey_results:\n  - Resultat\n---\nText.\n",
            "goals/1.en.md": "---\ntitle: Goal one\nshort_title: One\nkey_results:\n  - Result\n---\nText.\n",
            "indicators/jobs.fi.md": indicator("Työllisyysaste", "Työlliset", headline: true, order: 1),
            "indicators/jobs.sv.md": indicator("Sysselsättningsgrad", "Sysselsatta", headline: true, order: 1),
            "indicators/jobs.en.md": indicator("Employment rate", "Employed", headline: true, order: 1),
            "indicators/groups.fi.md": indicator("Ryhmät", "Ryhmät lyhyesti", headline: false, order: 2),
            "data/jobs.json": """
            {
              "indicator": "jobs", "unit": "percent", "decimals": 1, "betterDirection": "up", "frequency": "month",
              "updated": "2026-10-28",
              "source": {"fi": "Tilasto, \\"työ\\"", "sv": "Statistik", "en": "Statistics"},
              "trendTolerance": 0.5,
              "series": [
                \(seriesInFileOrder.joined(separator: ",\n"))
              ]
            }
            """,
            "data/groups.json": """
            {
              "indicator": "groups", "unit": "count", "decimals": 0, "betterDirection": "down", "frequency": "year",
              "updated": "2026-03-01",
              "source": {"fi": "Rekisteri"},
              "trendTolerance": 5,
              "breakdowns": [
                {"id": "group", "name": {"fi": "Ryhmä", "en": "Group"}, "categories": [
                  {"id": "young", "name": {"fi": "Nuoret", "en": "Young"}},
                  {"id": "old", "name": {"fi": "Ikääntyneet", "en": "Older"}, "betterDirection": "up"}
                ]}
              ],
              "headline": {"group": "young"},
              "series": [
                {"area": "FI", "breakdown": {"group": "old"}, "values": [{"period": "2025", "value": 1234567.5}]},
                {"area": "ely-uusimaa", "breakdown": {"group": "young"}, "values": [{"period": "2025", "value": 12}]},
                {"area": "FI", "breakdown": {"group": "young"}, "values": [
                  {"period": "2024", "value": 10, "flags": ["break-in-series"]},
                  {"period": "2025", "value": null, "missing": "not-published"}
                ]}
              ]
            }
            """,
            "pages/about.fi.md":
                "---\ntitle: Tietoa\ndescription: Mikä sivusto on.\nupdated: \"2026-11-02\"\n---\nTeksti.\n",
            "pages/about.sv.md":
                "---\ntitle: Om\ndescription: Vad webbplatsen är.\nupdated: \"2026-11-02\"\n---\nText.\n",
            "pages/about.en.md":
                "---\ntitle: About\ndescription: What the site is.\nupdated: \"2026-11-02\"\n---\nText.\n",
            "discussions/2025-ely-uusimaa.fi.md":
                "---\ntitle: Seurantakeskustelu 2025\nyear: 2025\nregion: ely-uusimaa\ndate: \"2025-10-21\"\ngoals:\n  - 1\n---\nTeksti.\n",
            "i18n/fi.json": catalog([
                "path.municipalities": "kunnat", "path.process": "prosessi", "path.regions": "keskukset",
                "path.goal": "tavoite",
                "path.goals": "tavoitteet", "path.indicators": "mittarit", "path.areas": "alueet",
                "path.page.about": "tietoa", "path.discussions": "keskustelut",
                "feed.title": "{site} – päivitykset",
            ]),
            "i18n/sv.json": catalog([
                "path.municipalities": "kommuner", "path.process": "process", "path.regions": "centraler",
                "path.goal": "mal",
                "path.goals": "mal", "path.indicators": "indikatorer", "path.areas": "omraden",
                "path.page.about": "om", "path.discussions": "samtal",
                "feed.title": "{site} – uppdateringar",
            ]),
            "i18n/en.json": catalog([
                "path.municipalities": "municipalities", "path.process": "process", "path.regions": "centres",
                "path.goal": "goal",
                "path.goals": "goals", "path.indicators": "indicators", "path.areas": "areas",
                "path.page.about": "about", "path.discussions": "discussions",
                "feed.title": "{site} – updates",
            ]),
        ]
    }

    private static func indicator(_ title: String, _ shortTitle: String, headline: Bool, order: Int) -> String {
        """
        ---
        goal: 1
        order: \(order)
        title: \(title)
        short_title: \(shortTitle)
        definition: Määritelmä.
        calculation: Laskenta.
        headline: \(headline)
        ---
        Teksti.

        """
    }

    private static func catalog(_ strings: [String: String]) -> String {
        "{" + strings.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \"\($0.value)\"" }.joined(separator: ", ") + "}"
    }
}

extension PublishedFiles {
    /// A published file as text; fails the test when there is no such file.
    func text(_ path: String) throws -> String {
        String(decoding: try #require(files[path]), as: UTF8.self)
    }
}
