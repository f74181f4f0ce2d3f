import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Dashboard

/// The published JSON Schema (schema/metric.schema.json) and the loader accept the same files: the schema's
/// word lists and required keys match the loader's, and every example data file loads without a problem.
@Suite struct MetricSchemaTests {
    static let schema: JSONNode? = {
        let bytes = [UInt8](FileManager.default.contents(
            atPath: Fixture.repositoryRoot.appendingPathComponent("schema/metric.schema.json").path) ?? Data())
        var log = DiagnosticLog()
        return JSONParser.parse(bytes, file: "schema/metric.schema.json", log: &log)
    }()

    /// Follows a path of object keys through the schema.
    func node(_ keys: String...) -> JSONNode? {
        var current = Self.schema
        for key in keys {
            guard case .object(let members)? = current?.value else { return nil }
            current = members.first { $0.key == key }?.value
        }
        return current
    }

    func strings(_ node: JSONNode?) -> [String] {
        guard case .array(let elements)? = node?.value else { return [] }
        return elements.compactMap { if case .string(let text) = $0.value { text } else { nil } }
    }

    @Test func enumerationsMatchTheLoader() {
        #expect(strings(node("properties", "unit", "enum")) == Metric.Unit.allCases.map(\.rawValue))
        #expect(strings(node("properties", "frequency", "enum")) == Period.Frequency.allCases.map(\.rawValue))
        #expect(strings(node("$defs", "direction", "enum")) == Metric.Direction.allCases.map(\.rawValue))
        #expect(strings(node("$defs", "point", "properties", "missing", "enum")) == Metric.MissingReason.allCases.map(\.rawValue))
        #expect(strings(node("$defs", "point", "properties", "flags", "items", "enum")) == Metric.Flag.allCases.map(\.rawValue))
    }

    @Test func requiredKeysAreTheOnesTheLoaderRequires() throws {
        let required = Set(strings(node("required")))
        #expect(required == ["indicator", "unit", "decimals", "betterDirection", "frequency", "updated", "source",
                             "trendTolerance", "series"])
        // Each key the schema requires is reported by the loader when it is missing.
        let file = "data/unemployment.json"
        let original = try #require(JSONSerialization.jsonObject(with: Data(Fixture.text(file).utf8)) as? [String: Any])
        for key in required.sorted() {
            var object = original
            object.removeValue(forKey: key)
            let text = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
            let (_, log) = Fixture.resolve([file: text])
            #expect(log.sorted.contains {
                $0.identity == "Content/data/unemployment.json:1:1 json.missing-key"
                    && $0.arguments["key"] == .text(key)
            }, "\(key)")
        }
        let (_, log) = Fixture.resolve([file: "{\"indicator\": \"unemployment\"}"])
        #expect(log.sorted.contains {
            $0.code.description == "json.missing-key" && $0.arguments["key"] == .text("series")
        })
    }

    @Test func everyExampleDataFileLoadsAndReferencesTheSchema() throws {
        let files = Fixture.read("Content")
        var log = DiagnosticLog()
        let model = try #require(ContentResolver.resolve(ContentFiles(root: "Content", files: files), log: &log))
        #expect(log.errors == [])
        #expect(log.warnings == [])
        #expect(model.indicators.count == 12)
        for (path, bytes) in files where path.hasPrefix("data/") {
            #expect(String(decoding: bytes, as: UTF8.self).contains("\"$schema\": \"../../schema/metric.schema.json\""), "\(path)")
        }
    }

    /// Edits of the fixture's monthly data file, each a mistake an editor makes or a valid variation.
    static let edits: [(target: String, replacement: String)] = [
        ("\"decimals\": 1", "\"decimals\": 1"),
        ("\"decimals\": 1", "\"decimals\": 4"),
        ("\"decimals\": 1", "\"decimals\": 5"),
        ("\"decimals\": 1", "\"decimals\": -1"),
        ("\"decimals\": 1", "\"decimals\": 1.5"),
        ("\"unit\": \"percent\"", "\"unit\": \"procent\""),
        ("\"frequency\": \"month\"", "\"frequency\": \"monthly\""),
        ("\"updated\": \"2025-04-20\"", "\"updated\": \"20.4.2025\""),
        ("\"trendTolerance\": 0.5", "\"trendTolerance\": \"0,5\""),
        ("\"trendTolerance\": 0.5", "\"trendTolerance\": 0.5, \"colour\": \"red\""),
        ("\"fi\": \"Testilähde\",", ""),
        ("\"en\": \"Test source\"", "\"en\": \"Test source\", \"de\": \"Testquelle\""),
        ("\"value\": 12.0", "\"value\": \"12,0\""),
        ("\"value\": 12.0", "\"value\": 140"),
        ("\"value\": 12.0", "\"value\": -1"),
        ("\"value\": 12.0", "\"value\": null"),
        ("\"value\": 12.0", "\"value\": null, \"missing\": \"suppressed\""),
        ("\"value\": 12.0", "\"value\": 12.0, \"missing\": \"suppressed\""),
        ("\"value\": 12.0", "\"value\": 12.0, \"missing\": \"secret\""),
        ("\"value\": 12.0", "\"value\": 12.0, \"flags\": [\"provisional\", \"break-in-series\"]"),
        ("\"value\": 12.0", "\"value\": 12.0, \"flags\": [\"preliminary\"]"),
        ("\"period\": \"2024-01\"", "\"period\": \"2024-1\""),
        ("\"period\": \"2024-01\"", "\"period\": \"2024-Q1\""),
        ("\"area\": \"FI\"", "\"area\": \"Koko maa\""),
        ("\"area\": \"FI\"", "\"area\": \"FI\", \"breakdown\": {}"),
    ]

    /// What the schema says of each edited file, asked of an independent validator (Python's jsonschema), and
    /// what the loader says: both accept or both refuse. Skipped where jsonschema is not installed.
    @Test func theSchemaAndTheLoaderAcceptTheSameFiles() throws {
        guard Python.isAvailable, (try? Python.run("import jsonschema")) != nil else {
            print("skipped: Python's jsonschema module is not installed (pip install jsonschema)")
            return
        }
        let file = "data/unemployment.json"
        let original = Fixture.text(file)
        var texts: [String] = []
        for edit in Self.edits {
            #expect(original.contains(edit.target), "\(edit.target)")
            let range = try #require(original.range(of: edit.target))
            texts.append(original.replacingCharacters(in: range, with: edit.replacement))
        }
        let schemaPath = Fixture.repositoryRoot.appendingPathComponent("schema/metric.schema.json").path
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            validator = Draft202012Validator(json.load(open(sys.argv[1])))
            for text in json.load(sys.stdin):
                print("valid" if validator.is_valid(json.loads(text)) else "invalid")
            """
        let input = try JSONSerialization.data(withJSONObject: texts)
        let verdicts = String(decoding: try Python.run(script, input: [UInt8](input), arguments: [schemaPath]),
                              as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(verdicts.count == texts.count)
        for (index, text) in texts.enumerated() where index < verdicts.count {
            let (_, log) = Fixture.resolve([file: text])
            let loader = log.errors.contains { $0.hasPrefix("Content/\(file)") } ? "invalid" : "valid"
            #expect(verdicts[index] == loader,
                    "\(Self.edits[index].replacement): schema \(verdicts[index]), loader \(loader)")
        }
    }
}
