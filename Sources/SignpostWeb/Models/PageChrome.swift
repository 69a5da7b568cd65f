/// What the layout needs from every page: which navigation item is current, and whether search
/// engines may index it (a shortlist is a private link, never to be indexed).
struct PageChrome {
    let findHelp: Bool
    let linkWorkers: Bool
    var noindex = false

    static let resident = PageChrome(findHelp: true, linkWorkers: false)
    static let linkWorker = PageChrome(findHelp: false, linkWorkers: true)
    static let privateLink = PageChrome(findHelp: false, linkWorkers: true, noindex: true)
}

/// One problem to fix, linked from the error summary to its field.
public struct FieldError: Sendable, Equatable {
    public let field: String
    public let message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}
