import TestSupport
import Testing

@testable import Publishing

@Suite struct CSVWriterTests {
    @Test func writesHeaderAndRecordsWithCRLF() {
        var csv = CSVWriter(header: ["area_code", "area_name", "period", "value"])
        csv.append(["091", "Helsinki", "2026-09", "11.8"])
        csv.append(["", "Koko maa, yhteensä", "2026-09", "-0.5"])
        #expect(
            String(decoding: csv.bytes, as: UTF8.self)
                == "area_code,area_name,period,value\r\n091,Helsinki,2026-09,11.8\r\n,\"Koko maa, yhteensä\",2026-09,-0.5\r\n"
        )
    }

    @Test(arguments: [
        ("plain", "plain"),
        ("", ""),
        ("a,b", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("\"", "\"\"\"\""),
        ("line\nbreak", "\"line\nbreak\""),
        ("cr\rhere", "\"cr\rhere\""),
        ("crlf\r\nhere", "\"crlf\r\nhere\""),
        ("\"\u{301}", "\"\"\"\u{301}\""),
        (" spaced ", " spaced "),
        ("semi;colon", "semi;colon"),
        ("Åbo–Turku", "Åbo–Turku"),
    ])
    func quotesOnlyWhenNeeded(value: String, expected: String) {
        var csv = CSVWriter(header: ["value", "next"])
        csv.append([value, "x"])
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "value,next\r\n\(expected),x\r\n")
    }

    @Test func quotesASingleEmptyField() {
        var csv = CSVWriter(header: ["note"])
        csv.append([""])
        csv.append(["x"])
        #expect(String(decoding: csv.bytes, as: UTF8.self) == "note\r\n\"\"\r\nx\r\n")
    }

    @Test func byteOrderMarkOnlyWhenAskedFor() {
        #expect(CSVWriter(header: ["ä"]).bytes == [0xC3, 0xA4, 0x0D, 0x0A])
        #expect(CSVWriter(header: ["ä"], byteOrderMark: true).bytes == [0xEF, 0xBB, 0xBF, 0xC3, 0xA4, 0x0D, 0x0A])
    }

    @Test(.enabled(if: Python.isAvailable, "needs python3")) func pythonReadsBackTheSameFields() throws {
        let records = [
            ["a,b", "say \"hi\"", "line\nbreak"],
            ["", "Åbo", "crlf\r\nx"],
            ["\"", ",", " "],
        ]
        var csv = CSVWriter(header: ["x", "y", "z"], byteOrderMark: true)
        for record in records { csv.append(record) }
        let script = """
            import sys, csv, io, json
            text = sys.stdin.buffer.read().decode('utf-8-sig')
            print(json.dumps(list(csv.reader(io.StringIO(text, newline=''))), ensure_ascii=True))
            """
        let output = String(decoding: try Python.run(script, input: csv.bytes), as: UTF8.self)
        #expect(
            output
                == #"[["x", "y", "z"], ["a,b", "say \"hi\"", "line\nbreak"], ["", "\u00c5bo", "crlf\r\nx"], ["\"", ",", " "]]"#
                + "\n")
    }
}
