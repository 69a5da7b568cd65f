/// A dead end, said plainly.
struct ErrorPageModel {
    let chrome = PageChrome.resident
    let heading: String
    let message: String
}
