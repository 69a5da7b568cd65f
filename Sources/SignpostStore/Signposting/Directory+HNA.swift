import GRDB
import SignpostCore

extension Directory {
    /// Services for each need behind an HNA's concerns, most pressing first (see `HNAPlan`).
    /// A group with little close by widens its radius (10 → 25 → 50 km) rather than come back
    /// empty; a service answering several needs is listed once, under the first, with the others
    /// in `alsoHelps`. All searches run in one read transaction.
    public func suggest(postcode: PostcodeQuery, concerns: [HNAConcern], perNeed: Int = 5) async throws -> HNASuggestions {
        let context = try context()
        let plan = try HNAPlan(concerns: concerns, taxonomy: context.taxonomy)
        let today = clock()
        return try await pool.read { db in
            let executor = SearchExecutor(context: context, db: db, today: today)
            guard let place = try executor.resolvePlace(.postcode(postcode)) else { throw SearchQueryError.postcodeNotFound(postcode.display) }
            var groups: [HNASuggestions.Group] = []
            var shownAt: [Int64: (group: Int, index: Int)] = [:]
            for need in plan.needs {
                var radius = SearchRequest.defaultRadiusKilometres
                var response = try executor.run(SearchRequest(place: .postcode(postcode), needs: [need.slug], radiusKilometres: radius, limit: perNeed * 3))
                for wider in [25.0, 50.0] where response.results.count < 3 {
                    radius = wider
                    response = try executor.run(SearchRequest(place: .postcode(postcode), needs: [need.slug], radiusKilometres: radius, limit: perNeed * 3))
                }
                var suggestions: [HNASuggestions.Suggestion] = []
                for result in response.results {
                    if let earlier = shownAt[result.service.id] {
                        groups[earlier.group].suggestions[earlier.index].alsoHelps.append(need.slug)
                        continue
                    }
                    guard suggestions.count < perNeed else { continue }
                    shownAt[result.service.id] = (groups.count, suggestions.count)
                    suggestions.append(.init(result: result, reason: HNASuggestions.Suggestion.reason(for: result, need: need.slug)))
                }
                groups.append(.init(need: need.slug, name: need.name, concerns: need.concerns, radiusKilometres: radius, suggestions: suggestions))
            }
            var notes: [String] = []
            if plan.urgent {
                notes.append("A safety concern was raised: if they are in danger or very unwell now, call 999. A high temperature on chemotherapy needs their 24-hour acute oncology line straight away.")
            }
            if plan.needs.contains(where: { context.taxonomy.need($0.slug)?.safety == .careTeam }) {
                notes.append("For symptoms and side effects, their care team or GP comes first; these community services can help alongside.")
            }
            return HNASuggestions(place: place, urgent: plan.urgent, notes: notes, groups: groups)
        }
    }
}
