import Foundation

/// The ORUK validator's warnings that are not about one service: taxonomy terms and paging.
extension ORUKServiceMapper {
    /// A taxonomy_term's faults: the validator's `Warn` mock leaves out the required description
    /// and gives a term_uri that is no address.
    public static func termProblems(in json: [String: Any]) -> [String] {
        var problems: [String] = []
        if string(json["id"]) == nil { problems.append("id: missing") }
        if string(json["name"]) == nil { problems.append("name: missing") }
        if string(json["description"]) == nil { problems.append("description: missing") }
        if let uri = string(json["term_uri"]), !isWebAddress(uri) { problems.append("term_uri: not an absolute http(s) address: \(uri)") }
        return problems
    }

    /// A v3 page whose counts contradict each other: more pages than items could fill, a last
    /// page that is not the last, a size that is not the number of items. Harvesters that trust
    /// such totals stop early or loop, so the importer says so.
    public static func pageProblems(in json: [String: Any]) -> [String] {
        guard let contents = json["contents"] as? [Any] else { return [] }
        var problems: [String] = []
        let total = number(json["total_items"]).map(Int.init), pages = number(json["total_pages"]).map(Int.init)
        let page = number(json["page_number"]).map(Int.init), size = number(json["size"]).map(Int.init)
        if let size, size != contents.count { problems.append("size: \(size) but the page holds \(contents.count) items") }
        if let total, let pages, total >= 0, pages > max(total, 1) {
            problems.append("total_pages: \(pages) pages for \(total) item\(total == 1 ? "" : "s")")
        }
        if let page, let pages, let last = json["last_page"] as? Bool, last != (page >= pages) {
            problems.append("last_page: \(last) on page \(page) of \(pages)")
        }
        if let page, let first = json["first_page"] as? Bool, first != (page == 1) {
            problems.append("first_page: \(first) on page \(page)")
        }
        return problems
    }
}
