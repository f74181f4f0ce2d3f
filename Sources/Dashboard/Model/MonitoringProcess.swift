/// The annual cycle (vuosikello) of the monitoring process and its work plan.
public struct MonitoringProcess: Sendable {
    public struct CycleEvent: Sendable {
        public var month: Int
        public var event: LocalizedText
    }

    public struct Task: Sendable, Identifiable {
        public enum Status: String, Sendable, CaseIterable {
            case notStarted = "not-started"
            case inProgress = "in-progress"
            case done
        }

        public var id: String
        public var task: LocalizedText
        public var output: LocalizedText
        public var start: Period
        public var end: Period
        public var status: Status
    }

    public var cycle: [CycleEvent]
    public var workPlan: [Task]
    /// An optional note shown with the process (e.g. that the plan is illustrative).
    public var note: LocalizedText?
}
