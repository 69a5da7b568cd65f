import ArgumentParser
import SignpostCore

@main
struct Signpost: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "signpost",
        abstract: "A community asset directory: what supports a need near a postcode.",
        discussion: """
            Signpost answers "what supports money worries near DD1 4HN" from a SQLite directory that is \
            seeded from Seed/ the first time it is used.

            Examples:
              signpost serve
              signpost search --postcode "DD1 4HN" --need money
              signpost search --postcode E3 --q "help with PIP forms"
              signpost needs
              signpost postcodes lookup "DD6 8AB"
            """,
        version: SignpostVersion.current,
        subcommands: [Serve.self, Search.self, Needs.self, Postcodes.self, SourcesCommand.self, Crawl.self, Import.self, Export.self, Db.self])
}
