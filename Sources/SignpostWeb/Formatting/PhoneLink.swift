/// A phone number shown as written and dialled from a `tel:` link.
struct PhoneLink: Sendable {
    let display: String
    let telHref: String

    init?(_ number: String?) {
        guard let number, !number.isEmpty else { return nil }
        let digits = number.filter { $0.isNumber || $0 == "+" }
        guard digits.count >= 3 else { return nil }
        display = number
        telHref = "tel:" + digits
    }
}
