// swift-tools-version: 6.1
import PackageDescription

// Pipeline: read -> extract -> resolve -> graph (CableGraphCore, no I/O),
// export (CableGraphExport, libxml2), store (CableGraphStore, SQLite), CLI (cablegraph).
let package = Package(
    name: "cablegraph",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "CableGraphCore", targets: ["CableGraphCore"]),
        .library(name: "CableGraphExport", targets: ["CableGraphExport"]),
        .library(name: "CableGraphStore", targets: ["CableGraphStore"]),
        .executable(name: "cablegraph", targets: ["cablegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "CableGraphCore",
            resources: [.copy("Resources/Gazetteers")]
        ),
        .target(
            name: "CableGraphExport",
            dependencies: ["CableGraphCore", "CLibXML2"]
        ),
        .target(
            name: "CableGraphStore",
            dependencies: ["CableGraphCore", .product(name: "GRDB", package: "GRDB.swift"),
                           .product(name: "GRDBSQLite", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "cablegraph",
            dependencies: [
                "CableGraphCore",
                "CableGraphExport",
                "CableGraphStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "CableGraphCoreTests", dependencies: ["CableGraphCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CableGraphExportTests", dependencies: ["CableGraphExport", "CableGraphCore", "CLibXML2"]),
        .testTarget(name: "CableGraphStoreTests", dependencies: ["CableGraphStore", "CableGraphCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "CableGraphCLITests", dependencies: ["cablegraph", "CableGraphStore", "CableGraphCore"]),
    ]
)
