// swift-tools-version:6.1
import PackageDescription

// Dependencies point one way: signpost → SignpostServer → (SignpostStore, SignpostWeb) → SignpostCore.
// Versions are the ones this machine kind can resolve (see the env machine file).
let package = Package(
    name: "Signpost",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "signpost", targets: ["signpost"]),
        .executable(name: "signpost-bench", targets: ["SignpostBench"]),
    ],
    dependencies: [
        // `traits: []` skips swift-configuration; JSON routes still work.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Already in the graph through Hummingbird; named because the pages set headers it has no shorthand for.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(name: "CCurl", pkgConfig: "libcurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "SignpostCore"),
        .target(name: "SignpostStore", dependencies: [
            "SignpostCore",
            .product(name: "GRDB", package: "GRDB.swift"),
        ]),
        .target(name: "SignpostOpenReferral", dependencies: ["SignpostCore"]),
        .target(name: "SignpostHarvest", dependencies: [
            "SignpostCore", "SignpostStore", "SignpostOpenReferral", "CCurl", "CLibXML2",
            .product(name: "Yams", package: "Yams"),
        ]),
        // HTML pages: view models and Mustache templates, no HTTP and no database.
        .target(name: "SignpostWeb", dependencies: [
            "SignpostCore",
            .product(name: "Mustache", package: "swift-mustache"),
        ]),
        .target(name: "SignpostServer", dependencies: [
            "SignpostCore", "SignpostStore", "SignpostOpenReferral", "SignpostWeb",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "signpost", dependencies: [
            "SignpostCore", "SignpostStore", "SignpostServer", "SignpostHarvest", "SignpostOpenReferral",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "SignpostBench", dependencies: [
            "SignpostCore", "SignpostStore", "SignpostServer", "SignpostWeb", "SignpostHarvest", "SignpostOpenReferral",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .target(name: "TestSupport", dependencies: [
            "SignpostCore", "SignpostStore", "SignpostServer",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ], path: "Tests/TestSupport"),
        .testTarget(name: "SignpostCoreTests", dependencies: ["SignpostCore", "TestSupport"]),
        .testTarget(name: "SignpostStoreTests", dependencies: ["SignpostCore", "SignpostStore", "TestSupport"]),
        .testTarget(name: "SignpostHarvestTests", dependencies: [
            "SignpostHarvest", "SignpostOpenReferral", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .testTarget(name: "SignpostServerTests", dependencies: [
            "SignpostCore", "SignpostStore", "SignpostServer", "SignpostWeb", "TestSupport",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Mustache", package: "swift-mustache"),
            .product(name: "Logging", package: "swift-log"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
