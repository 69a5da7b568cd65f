import Foundation
import Hummingbird

/// Request context whose JSON encoder sorts keys, so responses are stable byte for byte.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    public var responseEncoder: JSONEncoder { SignpostCoreEncoder.make() }
}

import SignpostCore
enum SignpostCoreEncoder {
    static func make() -> JSONEncoder { JSONOutput.encoder() }
}
