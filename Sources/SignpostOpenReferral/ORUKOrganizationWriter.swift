import Foundation
import SignpostCore

/// Writes organisations as HSDS 3.0 (UK profile) organization objects. An organisation that came
/// from a feed is written back as the feed embedded it in its services.
public enum ORUKOrganizationWriter {
    /// The organization object (list shape when it is Signpost's own).
    public static func json(for organization: PublishedOrganization) -> [String: Any] {
        if let original = ORUKServiceWriter.object(organization.sourceDocument) { return original }
        // HSDS requires a description; Signpost may not have one, and the name is the honest fallback.
        var json: [String: Any] = ["id": organization.id, "name": organization.name,
                                   "description": organization.description ?? organization.name]
        if let url = organization.url, ORUKServiceMapper.isWebAddress(url) { json["website"] = url }
        if let email = organization.email, ORUKServiceMapper.isEmail(email) { json["email"] = email }
        return json
    }

    /// `/oruk/organizations/{id}`: the organisation with its services, full or in list shape.
    public static func json(for organization: PublishedOrganization, services: [[String: Any]]) -> [String: Any] {
        var json = self.json(for: organization)
        json["services"] = services
        return json
    }
}
