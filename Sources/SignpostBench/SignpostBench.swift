import ArgumentParser

@main
struct SignpostBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signpost-bench",
        abstract: "Benchmarks for Signpost: latency percentiles, throughput and memory at stated data sizes.",
        discussion: "Build in release: swift run -c release signpost-bench search --services 100000 (or oruk --services 100000)",
        subcommands: [SearchBenchmark.self, ORUKBenchmark.self])
}
