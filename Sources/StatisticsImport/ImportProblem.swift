import Diagnostics

/// The problems the importer finds in statistics files, mappings and registries. Each is a `Diagnostic.Code` in
/// the `import` category with its own English templates, so messages, docs and tests name it
/// (`import.bad-period`) and a translation can give it other words; docs/EDITING.md lists every code with an
/// example and the fix. The codes of spreadsheets and their merge are declared beside those rules (`Merging/`,
/// `Formats/DelimitedText.swift`).
extension Diagnostic.Code {
    // MARK: Files

    static let importUnreadable = Diagnostic.Code(
        .importing, "unreadable-file", "cannot read the file: {reason}",
        hint: "check the path (--table, or the mapping's \"tables\" and \"registry\")")
    static let importEmptyFile = Diagnostic.Code(.importing, "empty-file", "the file is empty")
    static let importFileTooLarge = Diagnostic.Code(
        .importing, "file-too-large", "the file is {size} MiB; at most {limit} MiB is read",
        hint: "download fewer periods or areas at a time")
    static let importEncoding = Diagnostic.Code(
        .importing, "encoding", "the file is not valid UTF-8",
        hint: "download the file again as UTF-8, or save it as UTF-8")
    static let importUnknownFormat = Diagnostic.Code(
        .importing, "unknown-format", "this is not a PxWeb JSON, JSON-stat 2.0 or PX file",
        hint: "download the table from StatFin as JSON-stat2, PX or PxWeb JSON")
    static let importUnsupported = Diagnostic.Code(
        .importing, "unsupported", "this is a JSON-stat {kind}, not a dataset",
        hint: "download one table as a JSON-stat2 dataset")
    static let importJSONStatVersion = Diagnostic.Code(
        .importing, "json-stat-version", "JSON-stat version \"{version}\" is not read; only 2.0")
    static let importJSONStat1 = Diagnostic.Code(
        .importing, "json-stat-1", "this looks like a JSON-stat 1.0 bundle; only JSON-stat 2.0 is read",
        hint: "download the table as JSON-stat2")

    // MARK: JSON shapes (statistics files and the mapping)

    static let importWrongType = Diagnostic.Code(
        .importing, "wrong-type", "{subject} must be {expected}, not {kind}",
        hint: "{format} marks missing values with null and \"status\"")
    static let importNotAWholeNumber = Diagnostic.Code(
        .importing, "not-a-whole-number", "{subject} must be a whole number from {lowest} to {highest}, not {value}")
    static let importMissingKey = Diagnostic.Code(
        .importing, "missing-key", "{context} is missing the required key \"{key}\"")
    static let importUnknownKey = Diagnostic.Code(
        .importing, "unknown-key", "unknown key \"{key}\" in {context}", hint: "did you mean '{suggestion}'?")
    static let importDuplicateKey = Diagnostic.Code(
        .importing, "duplicate-key", "the key \"{key}\" appears twice in {context}", hint: "keep one of them")

    // MARK: JSON-stat and PxWeb JSON

    static let importSizeMismatch = Diagnostic.Code(
        .importing, "size-mismatch", "\"value\" has {count} values, but the sizes {sizes} make {expected}",
        hint: "download the file again; it is incomplete")
    static let importIDSizeMismatch = Diagnostic.Code(
        .importing, "id-size-mismatch", "\"id\" names {dimensions} dimensions but \"size\" gives {sizes} sizes")
    static let importTooManyCells = Diagnostic.Code(
        .importing, "too-many-cells", "the sizes make more than {limit} cells")
    static let importCategoryCount = Diagnostic.Code(
        .importing, "category-count", "\"size\" gives {size} for \"{dimension}\", but it has {count} categories")
    static let importStatusCount = Diagnostic.Code(
        .importing, "status-count", "\"status\" has {count} entries, but there are {cells} cells",
        hint: "give one status per cell, an object {\"index\": status}, or one string")
    static let importCellIndex = Diagnostic.Code(
        .importing, "cell-index", "the {what} key \"{key}\" is not a cell index from 0 to {highest}")
    static let importUnknownDimension = Diagnostic.Code(
        .importing, "unknown-dimension",
        "\"select\" names the dimension \"{dimension}\", which {file} does not have (or which holds its areas or "
            + "periods)",
        hint: "did you mean '{suggestion}'?")
    static let importUndescribedDimension = Diagnostic.Code(
        .importing, "undescribed-dimension",
        "\"id\" names the dimension \"{dimension}\", which \"dimension\" does not describe",
        hint: "did you mean '{suggestion}'?")
    static let importUnlistedDimension = Diagnostic.Code(
        .importing, "unlisted-dimension",
        "the dimension \"{dimension}\" is not listed in \"id\", so it has no place in the cells")
    static let importUnknownRoleDimension = Diagnostic.Code(
        .importing, "unknown-role-dimension", "the {role} role names \"{dimension}\", which is not in \"id\"",
        hint: "did you mean '{suggestion}'?")
    static let importMissingIndex = Diagnostic.Code(
        .importing, "missing-index",
        "the category of \"{dimension}\" has no \"index\"; only a dimension of one category may leave it out")
    static let importDuplicateCategory = Diagnostic.Code(
        .importing, "duplicate-category", "two categories of \"{dimension}\" have the position {position}")
    static let importDuplicateCode = Diagnostic.Code(
        .importing, "duplicate-code", "the code \"{code}\" appears twice in \"{dimension}\"")
    static let importTableDate = Diagnostic.Code(
        .importing, "table-date", "{key} is not a date: \"{value}\"", hint: "the format writes it like {example}")
    static let importUnknownColumnType = Diagnostic.Code(
        .importing, "unknown-column-type",
        "unknown column type \"{type}\": PxWeb columns are \"d\" (dimension), \"t\" (time) or \"c\" (a measure)")
    static let importNoMeasureColumns = Diagnostic.Code(
        .importing, "no-measure-columns", "the response has no measure columns (type \"c\"), so no values")
    static let importDuplicateColumn = Diagnostic.Code(
        .importing, "duplicate-column", "the column \"{column}\" appears twice")
    static let importRowKeyCount = Diagnostic.Code(
        .importing, "row-key-count",
        "this row's \"key\" has {count} codes; the columns name {expected} dimensions ({columns})")
    static let importRowValueCount = Diagnostic.Code(
        .importing, "row-value-count", "this row has {count} values; the columns name {expected} measures")
    static let importDuplicateCell = Diagnostic.Code(
        .importing, "duplicate-cell", "a second row for {codes}", hint: "each combination of codes may appear once")
    static let importBadNumber = Diagnostic.Code(
        .importing, "bad-number", "\"{text}\" is not a number or a missing-value marker such as \"..\"",
        hint: "{format} writes numbers with a decimal point")

    // MARK: PX

    static let importPXSyntax = Diagnostic.Code(
        .importing, "px-syntax", "a keyword such as VALUES or DATA was expected, not '{found}'",
        hint: "is a ';' or a '\"' missing on an earlier line?")
    static let importPXMissingCharacter = Diagnostic.Code(
        .importing, "px-missing-character", "'{character}' is missing after {keyword}")
    static let importPXNameExpected = Diagnostic.Code(
        .importing, "px-name-expected", "a quoted name was expected in the parentheses after {keyword}")
    static let importPXEqualsExpected = Diagnostic.Code(
        .importing, "px-equals-expected", "'=' was expected after {keyword}")
    static let importPXUnterminated = Diagnostic.Code(
        .importing, "px-unterminated", "the file ends before ';' closes {keyword}",
        hint: "the download may have been cut short")
    static let importPXUnexpectedCharacter = Diagnostic.Code(
        .importing, "px-unexpected-character", "unexpected '{character}' in the value of {keyword}")
    static let importPXSeparatorExpected = Diagnostic.Code(
        .importing, "px-separator-expected", "',' or ';' was expected in the value of {keyword}",
        hint: "is a '\"' missing, or a ';' at the end of the line before?")
    static let importPXUnclosedString = Diagnostic.Code(
        .importing, "px-unclosed-string", "this string is not closed on its line: '\"' is missing",
        hint: "a text continued on the next line is written as two strings, each closed on its line")
    static let importPXKeys = Diagnostic.Code(
        .importing, "px-keys", "KEYS (PX's sparse data layout) is not read",
        hint: "download the table again without KEYS, or as JSON-stat2")
    static let importPXNoDimensions = Diagnostic.Code(
        .importing, "px-no-dimensions", "the file has neither STUB nor HEADING, so it names no dimensions")
    static let importPXNoValues = Diagnostic.Code(.importing, "px-no-values", "the variable \"{name}\" has no VALUES")
    static let importPXCodesCount = Diagnostic.Code(
        .importing, "px-codes-count", "CODES(\"{name}\") lists {codes} codes but VALUES lists {values}")
    static let importPXDataCount = Diagnostic.Code(
        .importing, "px-data-count", "DATA has {count} cells, but the dimensions ({sizes}) make {expected}")
    static let importPXTimevalCount = Diagnostic.Code(
        .importing, "px-timeval-count", "TIMEVAL(\"{name}\") lists {periods} periods but VALUES lists {values}")
    static let importPXTimeval = Diagnostic.Code(
        .importing, "px-timeval", "TIMEVAL(\"{name}\") must start with TLIST(A1), TLIST(Q1), TLIST(M1)…")
    static let importPXTimeFormat = Diagnostic.Code(
        .importing, "px-time-format",
        "unknown time format \"{format}\" in TLIST: PX uses A1 (year), H1, T1, Q1 (quarter), M1 (month) or W1")
    static let importMissingData = Diagnostic.Code(
        .importing, "missing-data", "the file has no DATA, so no values", hint: "the download may have been cut short")

    // MARK: Tables against the mapping and the registry

    static let importBadPeriod = Diagnostic.Code(
        .importing, "bad-period", "the period \"{code}\" is not a time code: write {examples}")
    static let importMixedFrequencies = Diagnostic.Code(
        .importing, "mixed-frequencies",
        "the period \"{code}\" is a {frequency}, but \"{first}\" is a {firstFrequency}: a table's periods must have "
            + "one frequency")
    static let importNoAreaDimension = Diagnostic.Code(
        .importing, "no-area-dimension",
        "no dimension of {file} holds areas (codes like SSS, KU091, MK01, SK011, ELY01)",
        hint: "download the table by municipality; `import-stats inspect --dimensions` lists its codes")
    static let importNoTimeDimension = Diagnostic.Code(
        .importing, "no-time-dimension", "no dimension of {file} holds periods (codes like {examples})")
    static let importUnknownAreaCode = Diagnostic.Code(
        .importing, "unknown-area-code", "the municipality {code} of \"{area}\" is not in {file} (no row {row})",
        hint: "check the municipality number against the table's codes")
    static let importUnknownRegionCode = Diagnostic.Code(
        .importing, "unknown-region-code", "the region \"{region}\" is formed from {code}, which is not in {file}",
        hints: ["did you mean '{suggestion}'?", "leave regions out of this indicator with \"regions\": []"])
    static let importUnclaimedMunicipality = Diagnostic.Code(
        .importing, "unclaimed-municipality", "no area claims the municipality {code}{label}",
        hint: "add \"{number}\" to an area's members, or \"{code}\" to the mapping's \"ignore\" if the code is not a "
            + "municipality of the reform")
    static let importUnknownMeasure = Diagnostic.Code(
        .importing, "unknown-measure", "the measure \"{measure}\" is not in {file}",
        hints: ["did you mean '{suggestion}'?", "its measures: {known}"])
    static let importUnknownSelectCategory = Diagnostic.Code(
        .importing, "unknown-select-category", "\"{dimension}\" in {file} has no category \"{code}\"",
        hint: "did you mean '{suggestion}'?")
    static let importUnselectedDimension = Diagnostic.Code(
        .importing, "unselected-dimension",
        "{file} has {count} categories in \"{dimension}\"; the mapping must choose one",
        hints: ["name one with \"measure\", e.g. \"{measure}\"", "add \"select\": {\"{dimension}\": \"{category}\"}"])
    static let importMissingUpdated = Diagnostic.Code(
        .importing, "missing-updated", "{file} does not say when it was updated",
        hint: "add \"updated\": \"YYYY-MM-DD\" to the mapping")
    static let importOutOfRange = Diagnostic.Code(
        .importing, "value-out-of-range",
        "{indicator}: the value {value} for {area} in {period} is outside the range of a {unit} value",
        hint: "check \"scale\" ({scale}) and which measure is the numerator")

    // MARK: The registry

    static let importDuplicateArea = Diagnostic.Code(.importing, "duplicate-area", "the area \"{area}\" appears twice")
    static let importInvalidMemberCode = Diagnostic.Code(
        .importing, "invalid-member-code", "\"{code}\" is not a municipality number (three digits, like \"091\")")
    static let importDuplicateMember = Diagnostic.Code(
        .importing, "duplicate-member", "the municipality {code} is claimed by both \"{first}\" and \"{second}\"",
        hint: "a municipality belongs to one employment area")
    static let importAlandMember = Diagnostic.Code(
        .importing, "aland-member", "the municipality {code} of \"{area}\" is marked as outside the reform (Åland)")

    // MARK: The mapping

    static let importBadMapping = Diagnostic.Code(
        .importing, "bad-mapping", "unknown {key} \"{value}\"; valid values: {valid}",
        hint: "did you mean '{suggestion}'?")
    static let importBadDate = Diagnostic.Code(
        .importing, "bad-date", "\"{key}\" must be a date written YYYY-MM-DD, not \"{value}\"")
    static let importNoTables = Diagnostic.Code(.importing, "no-tables", "\"tables\" names no table")
    static let importUnknownTable = Diagnostic.Code(
        .importing, "unknown-table", "the table \"{table}\" is not in \"tables\"", hint: "did you mean '{suggestion}'?")
    static let importUnusedTable = Diagnostic.Code(
        .importing, "unused-table", "no indicator reads the table \"{table}\"",
        hint: "remove it from \"tables\", or name it in an indicator's \"table\"")
    static let importIndicatorMappedTwice = Diagnostic.Code(
        .importing, "indicator-mapped-twice", "the indicator \"{indicator}\" is mapped twice")
    static let importInvalidIndicatorID = Diagnostic.Code(
        .importing, "invalid-indicator-id", "'{id}' is not an indicator id: use lower-case letters, digits and hyphens")
    static let importInvalidRegionID = Diagnostic.Code(
        .importing, "invalid-region-id", "'{id}' is not a region id: use lower-case letters, digits and hyphens")
    static let importRegionTwice = Diagnostic.Code(
        .importing, "region-twice", "the region \"{region}\" is listed twice")
    static let importRegionWithoutCodes = Diagnostic.Code(
        .importing, "region-without-codes", "the region \"{region}\" needs at least one area code in \"codes\"")
    static let importRatioKeyInSum = Diagnostic.Code(
        .importing, "ratio-key-in-sum", "\"{key}\" belongs to \"aggregate\": \"ratio\"; a sum reads \"measure\"")
    static let importMeasureInRatio = Diagnostic.Code(
        .importing, "measure-in-ratio",
        "\"measure\" belongs to \"aggregate\": \"sum\"; a ratio reads \"numerator\" and \"denominator\"")
    static let importScaleNotPositive = Diagnostic.Code(
        .importing, "scale-not-positive", "\"scale\" must be greater than 0")
    static let importNegativeTolerance = Diagnostic.Code(
        .importing, "negative-tolerance", "\"trendTolerance\" cannot be negative")
    static let importNotALanguageCode = Diagnostic.Code(
        .importing, "not-a-language-code", "\"{key}\" is not a language code (fi, sv, en)")
    static let importEmptyText = Diagnostic.Code(.importing, "empty-text", "the \"{key}\" text is empty")
    static let importMissingFinnish = Diagnostic.Code(
        .importing, "missing-finnish", "\"source\" needs a Finnish text (\"fi\")")
}

/// Words and phrases the importer's messages insert, translated with the templates.
extension Diagnostic.Term {
    static let importObject = Diagnostic.Term("import.kind.object", "an object ({ … })")
    static let importNumber = Diagnostic.Term("import.kind.number", "a number")
    static let importBoolean = Diagnostic.Term("import.kind.boolean", "true or false")
    static let importList = Diagnostic.Term("import.kind.list", "a list ([ … ])")
    static let importString = Diagnostic.Term("import.kind.string", "a string")
    static let importNumberOrNull = Diagnostic.Term("import.kind.number-or-null", "a number or null")
    static let importStringNumberOrNull = Diagnostic.Term("import.kind.string-number-or-null",
                                                          "a string, a number or null")
    static let importIndexKinds = Diagnostic.Term("import.kind.index",
                                                  "a list of codes or an object {code: position}")
    static let importValueKinds = Diagnostic.Term("import.kind.values", "a list or an object {\"index\": value}")
    static let importStatusKinds = Diagnostic.Term("import.kind.status",
                                                   "a string, a list or an object {\"index\": status}")
    static let importAValue = Diagnostic.Term("import.subject.value", "a value")
    static let timeCodeExamples = Diagnostic.Term("import.time-codes", TimeCode.examples)
    static let importFileObject = Diagnostic.Term("import.object.file", "the file")
    static let importMappingObject = Diagnostic.Term("import.object.mapping", "the mapping")
    static let importRegistryObject = Diagnostic.Term("import.object.registry", "the area registry")
    static let importAreaObject = Diagnostic.Term("import.object.area", "an area")
    static let importMunicipalityListObject = Diagnostic.Term("import.object.municipality-list",
                                                              "the municipality list")
    static let importMunicipalityObject = Diagnostic.Term("import.object.municipality", "a municipality")
    static let importRegionObject = Diagnostic.Term("import.object.region", "a region")
    static let importIndicatorObject = Diagnostic.Term("import.object.indicator", "an indicator")
    static let importMeasureObject = Diagnostic.Term("import.object.measure", "a measure")
    static let importColumnObject = Diagnostic.Term("import.object.column", "a column")
    static let importRowObject = Diagnostic.Term("import.object.row", "a data row")
    static let noSuchFile = Diagnostic.Term("import.reason.no-such-file", "no such file")
    static let isAFolder = Diagnostic.Term("import.reason.folder", "it is a folder")
    static let permissionDenied = Diagnostic.Term("import.reason.permission", "permission denied")
}
