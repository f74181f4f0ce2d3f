import Dashboard

/// `README.txt` of the data bundle, in Finnish, Swedish and English: what the files are, what the CSV columns
/// mean, whether the figures are illustrative (`exampleData`), and the licence with the duty to credit the
/// source named in each indicator's file.
///
/// Plain text with `\n` line ends (every current editor, Notepad included, reads them), wrapped for reading in
/// a terminal. The texts are built in rather than taken from the UI catalogs: they describe the file format,
/// which this code fixes.
enum DataBundleReadme {
    /// The text of the README.
    static func render(model: DashboardModel) -> String {
        ["fi", "sv", "en"].map { section(language: $0, model: model) }.joined(separator: "\n\n")
    }

    private static func section(language: String, model: DashboardModel) -> String {
        let settings = model.settings
        let texts = Self.texts[language]!
        let format = Localisation(language: language)
        let title = settings.title.text(language, fallback: settings.defaultLanguage)
        let indicators = model.indicators.sorted { $0.id < $1.id }.map { indicator in
            let shortTitle =
                indicator.texts.resolved(language, fallback: settings.defaultLanguage)?.value.shortTitle ?? ""
            let source = indicator.metric.source.text(language, fallback: settings.defaultLanguage)
            return "  \(indicator.id): \(sentence(shortTitle)) \(texts.source) \(sentence(source)) "
                + "\(texts.updated) \(format.date(indicator.metric.updated))."
        }
        var text = PublishingStrings.fill(
            texts.body,
            [
                "title": title, "underline": String(repeating: "=", count: title.count),
                "indicators": indicators.joined(separator: "\n"),
                "names": settings.languages.map { "area_name_\($0)" }.joined(separator: ", "),
            ])
        if settings.exampleData {
            text += "\n" + texts.exampleData
        }
        return text + "\n"
            + PublishingStrings.fill(texts.licence, ["name": settings.dataLicenceName, "url": settings.dataLicenceURL])
    }

    /// `text` ending in a full stop, without doubling one it already has ("3 mån.").
    private static func sentence(_ text: String) -> String {
        text.hasSuffix(".") || text.hasSuffix("?") || text.hasSuffix("!") ? text : text + "."
    }

    private struct Texts: Sendable {
        /// The files, the indicators and the columns; ends with an empty line.
        var body: String
        /// The notice shown when the site's figures are illustrative; ends with an empty line.
        var exampleData: String
        /// The licence paragraph, with `{name}` and `{url}`.
        var licence: String
        /// Words used in the generated list of indicators.
        var source: String
        var updated: String
    }

    private static let texts: [String: Texts] = [
        "fi": Texts(
            body: """
                {title}
                {underline}
                Avoin data: kaikki mittarit

                Tässä paketissa on jokaisen mittarin tiedot kahtena tiedostona:
                  <tunnus>.csv    taulukko: CSV (RFC 4180), pilkku sarake-erottimena, UTF-8 BOM-merkillä,
                                  jotta Excel näyttää ä- ja ö-kirjaimet oikein
                  <tunnus>.json   koneluettava JSON: mittarin kuvaus, lähde, lisenssi ja kaikki aikasarjat

                Mittarit:
                {indicators}

                CSV-tiedostojen sarakkeet:
                  indicator       mittarin tunnus
                  area_type       country = koko maa, region = ELY-keskus tai elinvoimakeskus,
                                  area = työllisyysalue
                  area_id         alueen tunnus
                  area_code       alueen koodi; työllisyysalueilla ja keskuksilla ei ole virallista
                                  tilastokoodia, joten koodi on sama kuin tunnus; koko maa on FI
                  area_name_...   alueen nimi kielittäin: {names}
                  (jaottelu)      jaotelluissa mittareissa yksi sarake kutakin jaottelua kohden: sarakkeen
                                  nimi on jaottelun tunnus ja arvo luokan tunnus; nimet ovat JSON-tiedostossa
                  period          ajanjakso: VVVV-KK (kuukausi), VVVV-Qn (neljännes) tai VVVV (vuosi)
                  value           arvo; desimaalierottimena piste, ei tuhaterottimia; tyhjä, kun arvo puuttuu
                  missing_reason  miksi arvo puuttuu: not-published (ei julkaistu), suppressed (salattu
                                  tietosuojan vuoksi), not-applicable (ei sovellu)
                  flags           merkinnät puolipisteillä erotettuina: provisional (ennakkotieto),
                                  break-in-series (tilastointitavan muutos), revised (korjattu
                                  julkaisun jälkeen)
                  unit            yksikkö: percent (prosenttia), count (lukumäärä), days (päivää),
                                  score (pisteitä), ratio (suhdeluku)

                """,
            exampleData: """
                HUOM: Luvut ovat kuvitteellisia esimerkkilukuja. Ne eivät kuvaa todellista tilannetta.

                """,
            licence: """
                Lisenssi: {name} ({url}).
                Saat käyttää, muokata ja jakaa tietoja, kun mainitset lähteen. Kunkin mittarin lähde on
                nimetty sen JSON-tiedostossa (source) ja tiedostossa LICENSE.txt.

                """,
            source: "Lähde:", updated: "Päivitetty"),
        "sv": Texts(
            body: """
                {title}
                {underline}
                Öppna data: alla indikatorer

                Paketet innehåller uppgifterna för varje indikator i två filer:
                  <id>.csv        tabell: CSV (RFC 4180), kommatecken som kolumnavgränsare, UTF-8 med BOM
                                  så att Excel visar å, ä och ö rätt
                  <id>.json       maskinläsbar JSON: indikatorns beskrivning, källa, licens och alla tidsserier

                Indikatorer:
                {indicators}

                Kolumnerna i CSV-filerna:
                  indicator       indikatorns id
                  area_type       country = hela landet, region = NTM-central eller livskraftscentral,
                                  area = sysselsättningsområde
                  area_id         områdets id
                  area_code       områdets kod; sysselsättningsområden och centraler har ingen officiell
                                  statistisk kod, så koden är densamma som id; hela landet är FI
                  area_name_...   områdets namn per språk: {names}
                  (indelning)     för indikatorer med indelningar en kolumn per indelning: kolumnens namn
                                  är indelningens id och värdet kategorins id; namnen finns i JSON-filen
                  period          period: ÅÅÅÅ-MM (månad), ÅÅÅÅ-Qn (kvartal) eller ÅÅÅÅ (år)
                  value           värdet; punkt som decimaltecken, inga tusentalsavgränsare; tomt när
                                  värdet saknas
                  missing_reason  varför värdet saknas: not-published (inte publicerat), suppressed
                                  (skyddat av dataskyddsskäl), not-applicable (inte tillämpligt)
                  flags           markeringar åtskilda med semikolon: provisional (preliminär uppgift),
                                  break-in-series (ändrad statistikföring), revised (korrigerad efter
                                  publiceringen)
                  unit            enhet: percent (procent), count (antal), days (dagar), score (poäng),
                                  ratio (kvot)

                """,
            exampleData: """
                OBS: Siffrorna är fiktiva exempel. De beskriver inte det verkliga läget.

                """,
            licence: """
                Licens: {name} ({url}).
                Du får använda, bearbeta och sprida uppgifterna om du anger källan. Varje indikators källa
                anges i dess JSON-fil (source) och i filen LICENSE.txt.

                """,
            source: "Källa:", updated: "Uppdaterad"),
        "en": Texts(
            body: """
                {title}
                {underline}
                Open data: all indicators

                This package holds the data of every indicator in two files:
                  <id>.csv        table: CSV (RFC 4180), comma-separated, UTF-8 with a byte order mark so
                                  that Excel shows ä and ö correctly
                  <id>.json       machine-readable JSON: the indicator's description, source, licence and
                                  every series

                Indicators:
                {indicators}

                Columns of the CSV files:
                  indicator       the indicator's id
                  area_type       country = the whole country, region = ELY Centre or Economic Development
                                  Centre, area = employment area
                  area_id         the area's id
                  area_code       the area's code; employment areas and regional centres have no official
                                  statistical code, so the code is the id; the whole country is FI
                  area_name_...   the area's name in each language: {names}
                  (breakdown)     for indicators with breakdowns, one column per breakdown: the column is
                                  named by the breakdown's id and holds the category's id; the names are
                                  in the JSON file
                  period          YYYY-MM (month), YYYY-Qn (quarter) or YYYY (year)
                  value           the value; a dot as the decimal separator, no thousands separators;
                                  empty when the value is missing
                  missing_reason  why the value is missing: not-published, suppressed (withheld to
                                  protect privacy), not-applicable
                  flags           markers separated by semicolons: provisional (preliminary figure),
                                  break-in-series (change in statistical method), revised (corrected
                                  after publication)
                  unit            percent, count, days, score or ratio

                """,
            exampleData: """
                NOTE: The figures are illustrative example values. They do not describe the real situation.

                """,
            licence: """
                Licence: {name} ({url}).
                You may use, adapt and share the data if you credit the source. Each indicator's source is
                named in its JSON file (source) and in LICENSE.txt.

                """,
            source: "Source:", updated: "Updated"),
    ]
}
