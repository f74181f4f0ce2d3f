import Dashboard
import Diagnostics

/// Reads one JSON-stat 2.0 dataset, all of it that describes cells: `id` and `size` (dimension order),
/// `dimension[id].category` with `index` as a list or as an object `{code: position}`, `label`, `unit` (with
/// `decimals`), `role` (which may be missing), `value` as a list or a sparse object `{"flat index": value}`,
/// `status` as a list, an object or one string for every cell, and `updated`, `label`, `source`.
enum JSONStatReader {
    /// More cells than this is not a table anyone downloads by hand; refusing keeps memory bounded.
    static let maximumCells = 50_000_000

    static func read(_ root: JSONNode, file: String, log: inout DiagnosticLog) -> StatisticsCube? {
        guard var object = JSONObject(root, context: .term(.importFileObject), log: &log) else { return nil }
        if let kind = object.string("class", required: false, log: &log), kind != "dataset" {
            log.error(.importUnsupported, at: object.keyLocation("class"), ["kind": kind])
            return nil
        }
        if let version = object.string("version", required: false, log: &log), version != "2.0" {
            log.error(.importJSONStatVersion, at: object.keyLocation("version"), ["version": version])
            return nil
        }
        let ids = object.strings("id", log: &log) ?? []
        let sizeNodes = object.array("size", log: &log) ?? []
        let sizes = sizeNodes.enumerated().map { index, node in
            node.integer(.text("\"size\"[\(index)]"), in: 0...maximumCells, log: &log) ?? 0
        }
        guard ids.count == sizes.count, !ids.isEmpty else {
            if ids.count != sizes.count {
                log.error(.importIDSizeMismatch, at: object.keyLocation("size"), [
                    "dimensions": ids.count, "sizes": sizes.count,
                ])
            }
            return nil
        }
        var total = 1
        for size in sizes {
            let (product, overflow) = total.multipliedReportingOverflow(by: size)
            guard !overflow, product <= maximumCells else {
                log.error(.importTooManyCells, at: object.keyLocation("size"), ["limit": maximumCells])
                return nil
            }
            total = product
        }

        let roles = readRoles(&object, ids: ids.map(\.0), log: &log)
        var dimensions: [StatisticsCube.Dimension] = []
        if var dimensionObject = object.object("dimension", log: &log) {
            for (position, (id, idLocation)) in ids.enumerated() {
                guard let node = dimensionObject.value(id, required: false, log: &log) else {
                    log.error(.importUndescribedDimension, at: idLocation, [
                        "dimension": id,
                        "suggestion": Suggestion.closest(to: id, among: dimensionObject.orderedMembers.map(\.key)),
                    ])
                    continue
                }
                guard let dimension = readDimension(node, id: id, role: roles[id], log: &log) else { continue }
                if dimension.categories.count != sizes[position] {
                    log.error(.importCategoryCount, at: sizeNodes[position].location,
                              ["size": sizes[position], "dimension": id, "count": dimension.categories.count])
                }
                dimensions.append(dimension)
            }
            for member in dimensionObject.orderedMembers where !ids.contains(where: { $0.0 == member.key }) {
                log.warning(.importUnlistedDimension, at: member.keyLocation, ["dimension": member.key])
            }
        }

        var values = [Double?](repeating: nil, count: total)
        var statuses = [String?](repeating: nil, count: total)
        if let node = object.value("value", required: true, log: &log) {
            readValues(node, into: &values, sizes: sizes, log: &log)
        }
        if let node = object.value("status", required: false, log: &log) {
            readStatuses(node, into: &statuses, log: &log)
        }
        var updated: CalendarDate?
        if let text = object.string("updated", required: false, log: &log) {
            updated = UpdatedDate.parse(text)
            if updated == nil {
                log.warning(.importTableDate, at: object.keyLocation("updated"),
                            ["key": "\"updated\"", "value": text, "example": "2025-05-28T08:00:00Z"])
            }
        }
        let title = object.string("label", required: false, log: &log)
        let source = object.string("source", required: false, log: &log)
        guard dimensions.count == ids.count,
              dimensions.map(\.categories.count) == sizes else { return nil }
        return StatisticsCube(file: file, format: .jsonStat, title: title, source: source, updated: updated,
                              dimensions: dimensions, values: values, statuses: statuses)
    }

    private static func readRoles(_ object: inout JSONObject, ids: [String], log: inout DiagnosticLog)
        -> [String: StatisticsCube.Role] {
        guard var reader = object.object("role", required: false, log: &log) else { return [:] }
        var roles: [String: StatisticsCube.Role] = [:]
        for role in [StatisticsCube.Role.time, .geo, .metric] {
            for (id, location) in reader.strings(role.rawValue, required: false, log: &log) ?? [] {
                guard ids.contains(id) else {
                    log.error(.importUnknownRoleDimension, at: location, [
                        "role": role.rawValue, "dimension": id, "suggestion": Suggestion.closest(to: id, among: ids),
                    ])
                    continue
                }
                roles[id] = roles[id] ?? role
            }
        }
        return roles
    }

    private static func readDimension(_ node: JSONNode, id: String, role: StatisticsCube.Role?,
                                      log: inout DiagnosticLog) -> StatisticsCube.Dimension? {
        guard var object = JSONObject(node, context: .text("\"dimension\".\"\(id)\""), log: &log) else { return nil }
        let label = object.string("label", required: false, log: &log)
        guard var category = object.object("category", log: &log) else { return nil }
        var labels: [String: String] = [:]
        if let labelObject = category.object("label", required: false, log: &log) {
            for member in labelObject.orderedMembers {
                labels[member.key] = member.value.string(.text("\"label\".\"\(member.key)\""), log: &log)
            }
        }
        var codes: [(String, SourceLocation)] = []
        if let index = category.value("index", required: false, log: &log) {
            switch index.value {
            case .array(let elements):
                codes = elements.enumerated().compactMap { position, element in
                    element.string(.text("\"index\"[\(position)]"), log: &log).map { ($0, element.location) }
                }
            case .object(let members):
                var byPosition = [(String, SourceLocation)?](repeating: nil, count: members.count)
                for member in members {
                    guard let position = member.value.integer(.text("\"index\".\"\(member.key)\""),
                                                              in: 0...max(0, members.count - 1), log: &log) else {
                        continue
                    }
                    if byPosition[position] != nil {
                        log.error(.importDuplicateCategory, at: member.value.location, [
                            "dimension": id, "position": position,
                        ])
                    }
                    byPosition[position] = (member.key, member.keyLocation)
                }
                guard byPosition.allSatisfy({ $0 != nil }) else { return nil }
                codes = byPosition.map { $0! }
            default:
                log.error(.importWrongType, at: index.location, [
                    "subject": "\"index\"", "expected": Diagnostic.Term.importIndexKinds, "kind": index.kindDescription,
                ])
                return nil
            }
        } else if labels.count == 1, let member = category.orderedMembers.first(where: { $0.key == "label" }),
                  case .object(let only) = member.value.value {
            // JSON-stat lets a dimension of one category leave out the index.
            codes = [(only[0].key, only[0].keyLocation)]
        } else {
            log.error(.importMissingIndex, at: category.location, ["dimension": id])
            return nil
        }
        var seen = Set<String>()
        for (code, location) in codes where !seen.insert(code).inserted {
            log.error(.importDuplicateCode, at: location, ["code": code, "dimension": id])
        }
        let units = readUnits(&category, log: &log)
        let categories = codes.map { code, location in
            let split = labels[code].map(StatisticsCube.Category.splitPreliminary)
            return StatisticsCube.Category(code: code, label: split?.label, unit: units[code],
                                           isPreliminary: split?.isPreliminary ?? false, location: location)
        }
        return StatisticsCube.Dimension(id: id, label: label, role: role, categories: categories,
                                        location: node.location)
    }

    private static func readUnits(_ category: inout JSONObject, log: inout DiagnosticLog)
        -> [String: StatisticsCube.Unit] {
        guard let unitObject = category.object("unit", required: false, log: &log) else { return [:] }
        var units: [String: StatisticsCube.Unit] = [:]
        for member in unitObject.orderedMembers {
            guard var reader = JSONObject(member.value, context: .text("\"unit\".\"\(member.key)\""), log: &log) else {
                continue
            }
            units[member.key] = StatisticsCube.Unit(
                label: reader.string("label", required: false, log: &log),
                decimals: reader.integer("decimals", in: 0...15, required: false, log: &log))
        }
        return units
    }

    private static func readValues(_ node: JSONNode, into values: inout [Double?], sizes: [Int],
                                   log: inout DiagnosticLog) {
        func number(_ node: JSONNode) -> Double? {
            switch node.value {
            case .number(let number): return number
            case .null: return nil
            default:
                log.error(.importWrongType, at: node.location, [
                    "subject": Diagnostic.Term.importAValue, "expected": Diagnostic.Term.importNumberOrNull,
                    "kind": node.kindDescription,
                    "format": { if case .string = node.value { "JSON-stat" } else { nil } }(),
                ])
                return nil
            }
        }
        switch node.value {
        case .array(let elements):
            guard elements.count == values.count else {
                log.error(.importSizeMismatch, at: node.location, [
                    "count": elements.count, "sizes": sizes.map(String.init).joined(separator: " × "),
                    "expected": values.count,
                ])
                return
            }
            for (index, element) in elements.enumerated() { values[index] = number(element) }
        case .object(let members):
            for member in members {
                guard let index = flatIndex(member, count: values.count, what: "value", log: &log) else { continue }
                values[index] = number(member.value)
            }
        default:
            log.error(.importWrongType, at: node.location, [
                "subject": "\"value\"", "expected": Diagnostic.Term.importValueKinds, "kind": node.kindDescription,
            ])
        }
    }

    private static func readStatuses(_ node: JSONNode, into statuses: inout [String?], log: inout DiagnosticLog) {
        func text(_ node: JSONNode) -> String? {
            if case .null = node.value { return nil }
            return node.string(.text("\"status\""), log: &log)
        }
        switch node.value {
        case .string(let status):
            statuses = [String?](repeating: status, count: statuses.count)
        case .array(let elements):
            guard elements.count == statuses.count else {
                log.error(.importStatusCount, at: node.location, ["count": elements.count, "cells": statuses.count])
                return
            }
            for (index, element) in elements.enumerated() { statuses[index] = text(element) }
        case .object(let members):
            for member in members {
                guard let index = flatIndex(member, count: statuses.count, what: "status", log: &log) else { continue }
                statuses[index] = text(member.value)
            }
        default:
            log.error(.importWrongType, at: node.location, [
                "subject": "\"status\"", "expected": Diagnostic.Term.importStatusKinds, "kind": node.kindDescription,
            ])
        }
    }

    /// A sparse object's key: the cell's flat (row-major) index as decimal digits.
    private static func flatIndex(_ member: JSONNode.Member, count: Int, what: String,
                                  log: inout DiagnosticLog) -> Int? {
        guard member.key.allSatisfy(\.isASCII), let index = Int(member.key), index >= 0, index < count else {
            log.error(.importCellIndex, at: member.keyLocation, ["what": what, "key": member.key, "highest": count - 1])
            return nil
        }
        return index
    }
}
