import Dashboard
import Diagnostics
import Testing
@testable import StatisticsImport

/// PX files: keywords in three languages, codes and labels, time values, markers, strings continued over
/// lines, other encodings and line ends, and every kind of malformed file with its line and column.
@Suite struct PXReaderTests {
    static let file = """
        CHARSET="ANSI";
        AXIS-VERSION="2013";
        LANGUAGE="fi";
        LANGUAGES="fi","sv","en";
        DECIMALS=0;
        TITLE="Työttömät työnhakijat alueittain, "
        "pitkä otsikko jatkuu";
        TITLE[sv]="Arbetslösa";
        CONTENTS="Työttömät";
        UNITS="henkilöä";
        STUB="Alue";
        STUB[sv]="Område";
        HEADING="Kuukausi","Tiedot";
        HEADING[sv]="Månad","Uppgifter";
        CONTVARIABLE="Tiedot";
        VALUES("Alue")="Helsinki","Espoo";
        VALUES[sv]("Område")="Helsingfors","Esbo";
        VALUES("Kuukausi")="2026M05","2026M06*";
        VALUES[sv]("Månad")="2026M05","2026M06*";
        VALUES("Tiedot")="Työttömät";
        VALUES[sv]("Uppgifter")="Arbetslösa";
        TIMEVAL("Kuukausi")=TLIST(M1),"202605","202606";
        CODES("Alue")="KU091","KU049";
        CODES("Kuukausi")="2026M05","2026M06";
        CODES("Tiedot")="tyottomat";
        LAST-UPDATED("Työttömät")="20260721 08:00";
        SOURCE="KEHA-keskus";
        DATA=
        52000 52578
        ".." "...";

        """

    @Test func readsTheMainLanguage() throws {
        let (cube, log) = TestData.cube(Self.file, file: "table.px")
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.format == .px)
        #expect(table.title == "Työttömät työnhakijat alueittain, pitkä otsikko jatkuu")
        #expect(table.dimensions.map(\.id) == ["Alue", "Kuukausi", "Tiedot"])
        #expect(table.dimensions.map(\.role) == [nil, .time, .metric])
        #expect(table.dimensions[0].categories.map(\.label) == ["Helsinki", "Espoo"])
        #expect(table.dimensions[1].categories.map(\.isPreliminary) == [false, true])
        #expect(table.dimensions[2].categories[0].unit == StatisticsCube.Unit(label: "henkilöä", decimals: 0))
        #expect(table.updated == CalendarDate(year: 2026, month: 7, day: 21))
        #expect(table.tidyCSV == """
            Alue,Kuukausi,Tiedot,value,status
            KU091,2026M05,tyottomat,52000,
            KU091,2026M06,tyottomat,52578,
            KU049,2026M05,tyottomat,,..
            KU049,2026M06,tyottomat,,...

            """)
    }

    @Test func windowsLineEndsAndLatin1() throws {
        let latin1 = Self.file.replacingOccurrences(of: "\n", with: "\r\n").unicodeScalars.map { UInt8($0.value) }
        var log = DiagnosticLog()
        let table = try #require(StatisticsReader.read(latin1, file: "table.px", log: &log))
        #expect(log.diagnostics.isEmpty)
        #expect(table.title == "Työttömät työnhakijat alueittain, pitkä otsikko jatkuu")
        #expect(table.values == [52000, 52578, nil, nil])
    }

    @Test func codesDefaultToTheLabels() throws {
        let text = Self.file.replacingOccurrences(of: "CODES(\"Kuukausi\")=\"2026M05\",\"2026M06\";\n", with: "")
        let (cube, log) = TestData.cube(text, file: "table.px")
        #expect(log.diagnostics.isEmpty)
        #expect(cube?.dimensions[1].categories.map(\.code) == ["2026M05", "2026M06"])
    }

    @Test(arguments: [
        ("VALUES(\"Alue\")=\"Helsinki\",\"Espoo\";", "VALUES(\"Alue\")=\"Helsinki\",\"Espoo;",
         "table.px:16:27 import.px-unclosed-string"),
        ("DATA=\n52000 52578\n\"..\" \"...\";\n", "",
         "table.px:28 import.missing-data"),
        ("\"..\" \"...\";", "\"..\";",
         "table.px:28:1 import.px-data-count"),
        ("\"..\" \"...\";", "\"..\" \"...\"", "table.px:28:1 import.px-unterminated"),
        ("SOURCE=\"KEHA-keskus\";", "SOURCE=\"KEHA-keskus\"", "table.px:28:1 import.px-separator-expected"),
        ("CONTENTS=\"Työttömät\";", "CONTENTS\"Työttömät\";",
         "table.px:9:9 import.px-equals-expected"),
        ("52000 52578", "52000 1.2.3", "table.px:29:7 import.bad-number"),
        ("52000 52578", "52000 x", "table.px:29:7 import.bad-number"),
        ("VALUES(\"Tiedot\")=\"Työttömät\";", "", "table.px:13:20 import.px-no-values"),
        ("CODES(\"Alue\")=\"KU091\",\"KU049\";", "CODES(\"Alue\")=\"KU091\";",
         "table.px:23:1 import.px-codes-count"),
        ("CODES(\"Alue\")=\"KU091\",\"KU049\";", "CODES(\"Alue\")=\"KU091\",\"KU091\";",
         "table.px:23:23 import.duplicate-code"),
        ("TLIST(M1),\"202605\",\"202606\"", "TLIST(X9),\"202605\",\"202606\"",
         "table.px:22:21 import.px-time-format"),
        ("TLIST(M1),\"202605\",\"202606\"", "TLIST(M1),\"202605\"",
         "table.px:22:1 import.px-timeval-count"),
        ("SOURCE=\"KEHA-keskus\";", "KEYS(\"Alue\")=CODES;", "table.px:27:1 import.px-keys"),
        ("STUB=\"Alue\";\nSTUB[sv]=\"Område\";\nHEADING=\"Kuukausi\",\"Tiedot\";\n"
            + "HEADING[sv]=\"Månad\",\"Uppgifter\";\n", "",
         "table.px import.px-no-dimensions"),
        ("DECIMALS=0;", "DECIMALS=0;\n= 5;", "table.px:6:1 import.px-syntax"),
    ])
    func malformedFiles(target: String, replacement: String, expected: String) {
        #expect(Self.file.contains(target))
        let (_, log) = TestData.cube(Self.file.replacingOccurrences(of: target, with: replacement), file: "table.px")
        #expect(log.errors.contains(expected), "got \(log.errors)")
    }
}
