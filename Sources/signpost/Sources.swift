import ArgumentParser
import Foundation
import SignpostHarvest

struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources", abstract: "The harvest sources: recipes in Crawlers/<id>.yml.",
        subcommands: [List.self, Validate.self, Show.self])

    struct Options: ParsableArguments {
        @OptionGroup var database: DatabaseOptions
        @Option(help: "Folder of recipes (default: ./Crawlers, or $SIGNPOST_CRAWLERS).") var crawlers: String?

        var folder: URL {
            if let crawlers { return URL(fileURLWithPath: crawlers) }
            if let env = ProcessInfo.processInfo.environment["SIGNPOST_CRAWLERS"] { return URL(fileURLWithPath: env) }
            let local = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Crawlers")
            if FileManager.default.fileExists(atPath: local.path) { return local }
            return database.seedDirectory?.deletingLastPathComponent().appendingPathComponent("Crawlers") ?? local
        }

        func loader() async throws -> RecipeLoader {
            RecipeLoader(taxonomy: try? await database.open(quiet: true).taxonomy())
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the recipes and whether each is valid.")
        @OptionGroup var options: Options

        func run() async throws {
            let loader = try await options.loader()
            let files = ((try? FileManager.default.contentsOfDirectory(atPath: options.folder.path)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
            for file in files {
                let (recipe, problems) = loader.load(file: options.folder.appendingPathComponent(file))
                let status = problems.isEmpty ? "ok" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
                print("\(recipe?.id ?? file)\t\(recipe?.type.rawValue ?? "?")\t\(recipe?.name ?? "")\t[\(status)]")
            }
        }
    }

    struct Validate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check recipes: unknown keys, XPath that does not compile, non-http(s) URLs, hosts outside the allow-list.")
        @OptionGroup var options: Options
        @Argument(help: "Recipe files (default: every recipe in the folder).") var files: [String] = []

        func run() async throws {
            let loader = try await options.loader()
            let urls = files.isEmpty
                ? ((try? FileManager.default.contentsOfDirectory(atPath: options.folder.path)) ?? []).filter { $0.hasSuffix(".yml") }.sorted()
                    .map { options.folder.appendingPathComponent($0) }
                : files.map { URL(fileURLWithPath: $0) }
            var count = 0
            for url in urls {
                for problem in loader.load(file: url).problems { print(problem); count += 1 }
            }
            if count > 0 { throw CLIError("\(count) problem\(count == 1 ? "" : "s") in \(urls.count) recipe\(urls.count == 1 ? "" : "s")") }
            print("\(urls.count) recipe\(urls.count == 1 ? "" : "s") valid")
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show one recipe as Signpost reads it.")
        @OptionGroup var options: Options
        @Argument(help: "Recipe id.") var id: String

        func run() async throws {
            let file = options.folder.appendingPathComponent("\(id).yml")
            let (recipe, problems) = try await options.loader().load(file: file)
            guard let recipe else { throw CLIError(problems.first?.description ?? "no recipe \(id)") }
            print("""
                \(recipe.id): \(recipe.name) [\(recipe.type.rawValue)]
                start:     \(recipe.startURLs.joined(separator: ", "))
                hosts:     \(recipe.allowedHosts.joined(separator: ", "))
                follow:    listing \(recipe.follow.listing ?? "—"); pagination \(recipe.follow.pagination ?? "—"); detail \(recipe.follow.detail ?? "—")
                fields:    \(recipe.fields.keys.sorted().joined(separator: ", "))
                categories: \(recipe.categories.count) mapped
                politeness: \(recipe.politeness.delaySeconds) s between requests, \(recipe.politeness.concurrency) at a time, at most \(recipe.politeness.maxPages) pages
                licence:   \(recipe.licence ?? "—")
                """)
            for problem in problems { print("problem: \(problem)") }
        }
    }
}
