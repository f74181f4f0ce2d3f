import Dashboard
import Testing
@testable import StatisticsImport

/// The three real StatFin files in ../shared/data/statfin, one per format, read into cubes and printed as the
/// tidy CSV `import-stats inspect` promises. Expected figures were checked against the files independently.
@Suite struct RealStatFinFileTests {
    @Test func pxWebJSONTable12r5() throws {
        let (cube, log) = TestData.statfinCube(TestData.jobseekersFile)
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.format == .pxWebJSON)
        #expect(table.dimensions.map(\.id) == ["Alue", "timeperiod_m", "measure"])
        #expect(table.dimensions.map(\.categories.count) == [421, 1, 23])
        #expect(table.cellCount == 9683)
        #expect(table.values.count { $0 == nil } == 904)
        #expect(table.updated == CalendarDate(year: 2026, month: 7, day: 21))  // written "2026-07-21T05.00.00Z"
        #expect(table.source == "KEHA-keskus, Työnvälitystilasto")
        #expect(table.areaDimension == 0)
        #expect(table.timeDimension == 1)
        #expect(table.cell("SSS", "2026M06", "TYOVOIMATK")?.value == 2_743_596)
        #expect(table.cell("SSS", "2026M06", "TYOTOSUUS")?.value == 12.8)
        #expect(table.cell("KU091", "2026M06", "TYOTTOMATLOPUSSA")?.value == 52_578)
        let suppressed = try #require(table.cell("KU020", "2026M06", "KOKEILULOP"))
        #expect(suppressed.value == nil && suppressed.status == "...")

        let lines = table.tidyCSV.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 9683 + 2)  // header, cells, and the empty string after the last newline
        #expect(lines[0] == "Alue,timeperiod_m,measure,value,status")
        #expect(lines[1] == "SSS,2026M06,HAKIJALOPUSSA,542318,")
        #expect(lines[4] == "SSS,2026M06,TYOTOSUUS,12.8,")
        #expect(lines.contains("KU020,2026M06,KOKEILULOP,,..."))
        #expect(lines[9683] == "ELYJO,2026M06,UUDETAVP,9244,")
    }

    @Test func jsonStatTable11s5() throws {
        let (cube, log) = TestData.statfinCube(TestData.populationFile)
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.format == .jsonStat)
        #expect(table.dimensions.map(\.id) == ["alue", "kuukausi", "tiedot"])
        #expect(table.dimensions.map(\.role) == [.geo, .time, .metric])
        #expect(table.cellCount == 308)
        #expect(table.values.reduce(0) { $0 + $1! } == 5_635_971)
        #expect(table.updated == CalendarDate(year: 2025, month: 5, day: 28))
        #expect(table.dimensions[0].categories.first { $0.code == "KU091" }?.label == "Helsinki")
        #expect(table.dimensions[2].categories[0].unit == StatisticsCube.Unit(label: "Number", decimals: 0))
        #expect(table.cell("KU091", "2024M12", "vaesto_kuukausi")?.value == 684_018)

        let lines = table.tidyCSV.split(separator: "\n")
        #expect(lines.count == 309)
        #expect(lines[0] == "alue,kuukausi,tiedot,value,status")
        #expect(lines[1] == "KU020,2024M12,vaesto_kuukausi,16387,")
    }

    @Test func pxTable13pz() throws {
        let (cube, log) = TestData.statfinCube(TestData.housingFile)
        #expect(log.diagnostics.isEmpty)
        let table = try #require(cube)
        #expect(table.format == .px)
        #expect(table.dimensions.map(\.id) == ["Vuosineljännes", "Alue", "Tiedot"])
        #expect(table.dimensions.map(\.categories.count) == [10, 5, 9])
        #expect(table.dimensions.map(\.role) == [.time, nil, .metric])
        #expect(table.cellCount == 450)
        #expect(table.updated == CalendarDate(year: 2024, month: 10, day: 29))
        let quarters = table.dimensions[0].categories
        #expect(quarters.map(\.code).last == "2024Q2")
        #expect(quarters.filter(\.isPreliminary).map(\.code) == ["2024Q1", "2024Q2"])
        #expect(quarters.last?.label == "2024Q2")
        #expect(table.dimensions[1].categories[1].label == "Pääkaupunkiseutu (PKS)")
        let measures = table.dimensions[2].categories
        #expect(measures[0].unit == StatisticsCube.Unit(label: "Prosentti", decimals: 1))
        #expect(measures[6].unit == StatisticsCube.Unit(label: "Lukumäärä", decimals: 0))
        #expect(table.cell("2022Q1", "ksu", "neljmuut")?.value == 0.3)
        #expect(table.cell("2022Q1", "ksu", "lkm_julk_viim")?.value == 19_831)
        #expect(table.cell("2022Q1", "pks", "neljmuut")?.value == -0.1)
        #expect(table.cell("2024Q2", "muu", "lkm_julk_rev")?.value == 988)

        let lines = table.tidyCSV.split(separator: "\n")
        #expect(lines.count == 451)
        #expect(lines[0] == "Vuosineljännes,Alue,Tiedot,value,status")
        #expect(lines[1] == "2022Q1,ksu,neljmuut,0.3,")
        #expect(lines[10] == "2022Q1,pks,neljmuut,-0.1,")
        #expect(lines[450] == "2024Q2,muu,lkm_julk_rev,988,")
    }
}
