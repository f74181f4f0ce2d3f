/// Formats a number for people, in the page language: `format(12.5, 1)` might give "12,5 %".
///
/// The second argument is the number of fraction digits to show. Charts pass the caller's `decimals`
/// for data values, and as many as the tick step needs for axis ticks (0 for a step of 5, 1 for 0.5).
public typealias ValueFormat = @Sendable (_ value: Double, _ fractionDigits: Int) -> String
