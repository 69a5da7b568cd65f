import SignpostCore

/// The fields of a service a person may correct by hand (and a harvest must then leave alone).
public enum EditableField: String, CaseIterable, Sendable {
    case name, description, phone, email, url, cost, eligibility
    case openingHours = "opening_hours", serviceArea = "service_area"

    func value(in record: ServiceRecord) -> String? {
        switch self {
        case .name: return record.name
        case .description: return record.description
        case .phone: return record.phone
        case .email: return record.email
        case .url: return record.url
        case .cost: return record.cost
        case .eligibility: return record.eligibility
        case .openingHours: return record.openingHours
        case .serviceArea: return record.serviceArea
        }
    }

    func set(_ value: String?, in record: inout ServiceRecord) {
        switch self {
        case .name: record.name = value ?? record.name
        case .description: record.description = value ?? ""
        case .phone: record.phone = value
        case .email: record.email = value
        case .url: record.url = value
        case .cost: record.cost = value
        case .eligibility: record.eligibility = value
        case .openingHours: record.openingHours = value
        case .serviceArea: record.serviceArea = value
        }
    }
}

/// A harvest that disagreed with a hand edit.
public struct FieldConflict: Sendable, Equatable {
    public var serviceID: Int64
    public var field: String
    public var manualValue: String?
    public var harvestedValue: String?
    public var source: String?
    public var status: String
}
