import Foundation
import SignpostCore

/// The shape of `Seed/directory/*.json`: organisations with their services.
struct SeedDirectoryFile: Decodable {
    struct Organisation: Decodable {
        var id: String
        var name: String
        var description: String?
        var url: String?
        var email: String?
        var phone: String?
        var services: [Service]
    }

    struct Service: Decodable {
        var id: String
        var name: String
        var description: String
        var kinds: [String]?
        var needs: [String]?
        var status: ServiceStatus?
        var phone: String?
        var email: String?
        var url: String?
        var cost: String?
        var delivery: [String]?
        var wheelchair_access: Bool?
        var languages: [String]?
        var eligibility: String?
        var service_area: String?
        var locations: [Location]?
        var schedules: [ScheduleRecord]?
        var opening_hours: String?
        var last_verified_at: String?
    }

    struct Location: Decodable {
        var name: String?
        var address: String?
        var postcode: String?
        var latitude: Double?
        var longitude: Double?
    }

    var area: String?
    var organisations: [Organisation]

    /// The file's services as records, each stamped with where it came from.
    func records(file: String) -> [ServiceRecord] {
        organisations.flatMap { org in
            let organisation = OrganisationRecord(externalID: org.id, name: org.name, description: org.description,
                                                  url: org.url, email: org.email, phone: org.phone)
            return org.services.map { s in
                ServiceRecord(
                    externalID: s.id, organisation: organisation, name: s.name, description: s.description,
                    kinds: s.kinds ?? [], needs: s.needs ?? [], status: s.status ?? .active,
                    phone: s.phone ?? org.phone, email: s.email, url: s.url, cost: s.cost, delivery: s.delivery ?? [],
                    wheelchairAccess: s.wheelchair_access, languages: s.languages ?? [], eligibility: s.eligibility,
                    serviceArea: s.service_area,
                    locations: (s.locations ?? []).map { l in
                        LocationRecord(name: l.name, address: l.address, postcode: l.postcode,
                                       point: l.latitude.flatMap { lat in l.longitude.map { GeoPoint(latitude: lat, longitude: $0) } })
                    },
                    schedules: s.schedules ?? [], openingHours: s.opening_hours, lastVerifiedAt: s.last_verified_at,
                    provenance: Provenance(source: "seed", url: "Seed/directory/\(file)"))
            }
        }
    }
}
