import Foundation
import SignpostCore

/// Turns a detail page into a `ServiceRecord` using the recipe's XPath per field, normalising
/// what it finds (postcode, phone, URL, whitespace) and mapping the source's categories to needs
/// and kinds. Unmapped pages are classified from their words when stored.
struct DetailExtractor {
    let recipe: Recipe

    func record(from document: HTMLDocument, url: String, fetchedAt: String) -> ServiceRecord? {
        func first(_ field: String) -> String? {
            guard let xpath = recipe.fields[field], let node = document.select(xpath)?.first else { return nil }
            let text = node.text
            return text.isEmpty ? nil : text
        }
        guard let name = first("name") else { return nil }
        let labels = recipe.fields["categories"].flatMap { document.select($0) }?.map(\.text).filter { !$0.isEmpty } ?? []
        var needs: [String] = [], kinds: [String] = []
        for label in labels {
            guard let mapping = recipe.categories[label.lowercased()] else { continue }
            needs += mapping.needs.filter { !needs.contains($0) }
            kinds += mapping.kinds.filter { !kinds.contains($0) }
        }
        let organisationName = first("organisation") ?? recipe.name
        let postcode = first("postcode").flatMap { try? Postcode($0) }?.normalised
        let address = first("address")
        var locations: [LocationRecord] = []
        if postcode != nil || address != nil {
            locations.append(LocationRecord(name: nil, address: address, postcode: postcode ?? address.flatMap(Self.postcode(in:))))
        }
        let website = first("website").map { document.resolve($0) ?? $0 }
        return ServiceRecord(
            externalID: "\(recipe.id):\(url)",
            organisation: OrganisationRecord(externalID: "\(recipe.id):org:\(Self.slug(organisationName))", name: organisationName),
            name: name, description: first("description") ?? "", kinds: kinds, needs: needs,
            phone: first("phone").map(Self.phone), email: first("email").map(Self.email), url: website,
            cost: first("cost"), eligibility: first("eligibility"), serviceArea: first("service_area"),
            locations: locations, openingHours: first("opening_hours"),
            provenance: Provenance(source: recipe.id, url: url, fetchedAt: fetchedAt))
    }

    /// "0191    498 0456" → "0191 498 0456"; "+44 191…" kept as written but tidied.
    static func phone(_ raw: String) -> String { raw.collapsingWhitespace() }

    static func email(_ raw: String) -> String {
        raw.replacingOccurrences(of: "mailto:", with: "").trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// A postcode written inside an address line.
    static func postcode(in text: String) -> String? {
        let words = text.uppercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        for (i, word) in words.enumerated() where i + 1 < words.count {
            if let postcode = try? Postcode(String(word) + " " + words[i + 1]) { return postcode.normalised }
        }
        return nil
    }

    static func slug(_ text: String) -> String {
        TextNormaliser.words(text).joined(separator: "-")
    }
}
