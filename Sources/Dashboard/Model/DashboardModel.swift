import Diagnostics

/// The resolved dashboard: every goal, indicator, area and page with its cross-references checked.
/// Everything after this stage (rendering) can trust it.
public struct DashboardModel: Sendable {
    public var settings: SiteSettings
    public var regions: [Region]
    public var municipalities: [Municipality]
    public var areas: [Area]
    public var goals: [Goal]
    public var indicators: [Indicator]
    /// Free pages (about, methods, accessibility) by id.
    public var pages: [String: ContentPage]
    /// Optional narrative texts by area id.
    public var areaNarratives: [String: ContentPage]
    public var discussions: [Discussion]
    public var process: MonitoringProcess
    /// UI strings: language → key → text.
    public var catalogs: [String: [String: String]]
    /// Ids that have content files, by folder ("indicators", "goals" …), including ones that failed to resolve,
    /// so a link to them is not reported as broken on top of the real error.
    public var declaredIDs: [String: Set<String>] = [:]
    /// Where each UI string is written: language → key → position of its value, for messages about it.
    public var stringLocations: [String: [String: SourceLocation]] = [:]
    /// Content files that exist but could not be read (paths relative to the content folder). What refers to
    /// them is not checked, so their own error is not buried under knock-on errors.
    public var brokenFiles: Set<String> = []
    /// The date of the municipalities' `population` (`populationDate` in municipalities.json).
    public var populationDate: CalendarDate?

    private var areaIndex: [String: Int] = [:]
    private var regionIndex: [String: Int] = [:]
    private var municipalityIndex: [String: Int] = [:]
    private var indicatorIndex: [String: Int] = [:]

    public init(
        settings: SiteSettings, regions: [Region], municipalities: [Municipality], areas: [Area], goals: [Goal],
        indicators: [Indicator], pages: [String: ContentPage], areaNarratives: [String: ContentPage],
        discussions: [Discussion], process: MonitoringProcess, catalogs: [String: [String: String]]
    ) {
        self.settings = settings
        self.regions = regions
        self.municipalities = municipalities
        self.areas = areas
        self.goals = goals
        self.indicators = indicators
        self.pages = pages
        self.areaNarratives = areaNarratives
        self.discussions = discussions
        self.process = process
        self.catalogs = catalogs
        areaIndex = Dictionary(areas.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        regionIndex = Dictionary(regions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        municipalityIndex = Dictionary(municipalities.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { a, _ in a })
        indicatorIndex = Dictionary(indicators.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    public func area(_ id: String) -> Area? { areaIndex[id].map { areas[$0] } }
    public func region(_ id: String) -> Region? { regionIndex[id].map { regions[$0] } }
    public func municipality(_ code: String) -> Municipality? { municipalityIndex[code].map { municipalities[$0] } }
    public func indicator(_ id: String) -> Indicator? { indicatorIndex[id].map { indicators[$0] } }
    public func goal(_ number: Int) -> Goal? { goals.first { $0.number == number } }

    public func indicators(ofGoal number: Int) -> [Indicator] {
        goal(number)?.indicatorIDs.compactMap(indicator) ?? []
    }

    /// The context indicators (tilannekuva), which belong to no goal, in their order.
    public var contextIndicators: [Indicator] { indicators.filter { $0.kind == .context } }

    /// The indicator on which places are compared for `indicator`: for a count with a `rate`, that rate (places of
    /// different sizes are not ranked on counts); otherwise the indicator itself.
    public func comparedIndicator(for indicator: Indicator) -> Indicator {
        indicator.rateID.flatMap(self.indicator) ?? indicator
    }

    /// Areas whose current region (elinvoimakeskus) or former ELY centre is `regionID`, by Finnish name.
    public func areas(inRegion regionID: String) -> [Area] {
        areas.filter { $0.elinvoimakeskusID == regionID || $0.elyID == regionID }
    }

    /// The discussions an area took part in: those listing it in `participants`, and those of its regions that
    /// list no participants. Newest first.
    public func discussions(ofArea id: String) -> [Discussion] {
        guard let area = area(id) else { return [] }
        return discussions.filter { discussion in
            discussion.participantIDs.isEmpty
                ? [area.elyID, area.elinvoimakeskusID].contains(discussion.regionID)
                : discussion.participantIDs.contains(id)
        }
    }

    /// The discussions a regional centre held. Newest first.
    public func discussions(ofRegion id: String) -> [Discussion] {
        discussions.filter { $0.regionID == id }
    }

    /// The area a municipality belongs to, if the registry knows it.
    public func area(ofMunicipality code: String) -> Area? {
        areas.first { $0.memberCodes.contains(code) }
    }

    /// The inhabitants of an area: the sum over its member municipalities, nil unless every member has one.
    public func population(ofArea id: String) -> Int? {
        guard let area = area(id) else { return nil }
        var total = 0
        for code in area.memberCodes {
            guard let population = municipality(code)?.population else { return nil }
            total += population
        }
        return total > 0 ? total : nil
    }
}
