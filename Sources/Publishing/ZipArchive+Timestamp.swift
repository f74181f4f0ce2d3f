extension ZipArchive {
    /// A modification time in the MS-DOS form ZIP uses: local time without a time zone, 1980 to 2107, in
    /// two-second steps. Passed in by the caller (for example the data's publication date) so that archives are
    /// reproducible.
    public struct Timestamp: Sendable, Equatable {
        /// The packed time: hour << 11 | minute << 5 | second / 2.
        public let dosTime: UInt16
        /// The packed date: (year - 1980) << 9 | month << 5 | day.
        public let dosDate: UInt16

        /// A timestamp, or nil outside 1980...2107 or for an impossible date or time. Odd seconds are rounded
        /// down, as the format stores two-second steps.
        public init?(year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0) {
            guard (1980...2107).contains(year), PublicationDate(year: year, month: month, day: day) != nil,
                (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
            else { return nil }
            dosTime = UInt16(hour << 11 | minute << 5 | second / 2)
            dosDate = UInt16((year - 1980) << 9 | month << 5 | day)
        }

        /// Midnight at the start of `date`, or nil outside 1980...2107.
        public init?(_ date: PublicationDate) {
            self.init(year: date.year, month: date.month, day: date.day)
        }
    }
}
