// swift-tools-version: 6.0
// Coverage-guided fuzz targets for PaperGraph's parsers: a package of its own, so that plain
// `swift build` and `swift test` of the main package never build them. Built by Fuzz/build.sh
// with -sanitize=fuzzer,address and linked by swiftc (see Fuzz/README.md).
import Foundation
import PackageDescription

/// The main package is `..`; its identity is its folder's name, whatever the checkout is called.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let formats = ["NativeJSON", "NodeLink", "Markdown", "BibTeX", "Table", "EdgeList", "Gzip", "S2", "OpenAlex", "CSLJSON", "PGraph"]

let package = Package(
    name: "PaperGraphFuzz",
    dependencies: [.package(path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [
            .product(name: "PaperGraphIO", package: root),
            .product(name: "PaperGraphModel", package: root),
        ]),
    ] + formats.map { .target(name: "Fuzz\($0)", dependencies: ["FuzzSupport", .product(name: "PaperGraphIO", package: root)], path: "Targets/\($0)") },
    swiftLanguageModes: [.v6]
)
