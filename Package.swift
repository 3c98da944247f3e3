// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "PaperGraph",
    products: [
        .executable(name: "papergraph", targets: ["papergraph"]),
        .library(name: "PaperGraphModel", targets: ["PaperGraphModel"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .library(name: "PaperGraphIO", targets: ["PaperGraphIO"]),
        .library(name: "PaperGraphEnrich", targets: ["PaperGraphEnrich"]),
    ],
    targets: [
        // Domain-free graph algorithms over CSR adjacency with UInt32 ids.
        .target(name: "GraphAlgorithms"),
        // Papers, authors, topics, the immutable graph and its builder.
        .target(name: "PaperGraphModel", dependencies: ["GraphAlgorithms"]),
        // Importers, exporters and the native JSON format.
        .target(name: "PaperGraphIO", dependencies: ["PaperGraphModel", "GraphAlgorithms"]),
        // Fetching matches, references and metadata from OpenAlex, Semantic Scholar and Crossref.
        .target(name: "PaperGraphEnrich", dependencies: ["PaperGraphModel", "PaperGraphIO"]),
        // Argument parsing, help, subcommands and output formatting.
        .target(name: "PaperGraphCLI", dependencies: ["PaperGraphModel", "PaperGraphIO", "GraphAlgorithms", "PaperGraphEnrich"]),
        // The executable: a few lines that call PaperGraphCLI.
        .executableTarget(name: "papergraph", dependencies: ["PaperGraphCLI"]),
        // Release-mode benchmark phases driven by Benchmarks/run.sh; no tests run it.
        .executableTarget(name: "papergraph-bench", dependencies: ["GraphAlgorithms", "PaperGraphModel", "PaperGraphIO"],
                          path: "Benchmarks/Sources"),
        // A loopback HTTP/1.1 server answering like OpenAlex, Semantic Scholar and Crossref, with faults.
        .target(name: "LoopbackServer", dependencies: ["PaperGraphIO", "PaperGraphModel"], path: "Tests/LoopbackServer"),
        // The same server as a program, for the end-to-end step of .ci/run.
        .executableTarget(name: "papergraph-testserver", dependencies: ["LoopbackServer"], path: "Tests/TestServerMain"),
        // Seeded randomness, random graph generators and predicates shared by the tests.
        .target(name: "TestSupport", dependencies: ["GraphAlgorithms"], path: "Tests/TestSupport"),

        .testTarget(name: "GraphAlgorithmsTests", dependencies: ["GraphAlgorithms", "TestSupport"]),
        .testTarget(name: "PaperGraphModelTests", dependencies: ["PaperGraphModel", "TestSupport"]),
        .testTarget(name: "PaperGraphIOTests", dependencies: ["PaperGraphIO", "PaperGraphModel", "TestSupport"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "PaperGraphEnrichTests", dependencies: ["PaperGraphEnrich", "PaperGraphIO", "PaperGraphModel", "LoopbackServer"],
                    exclude: ["Fixtures"]),
        .testTarget(name: "PaperGraphCLITests", dependencies: ["PaperGraphCLI", "PaperGraphIO", "PaperGraphModel", "TestSupport",
                                                             "LoopbackServer"]),
    ],
    swiftLanguageModes: [.v6]
)
