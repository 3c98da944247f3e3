import Testing
import GraphAlgorithms
import PaperGraphEnrich
import PaperGraphIO
import PaperGraphModel
@testable import PaperGraphCLI

/// Options are declared once, typed: the default `--help` prints is the model's default the command
/// reads, and a malformed value is refused while parsing, naming the option.
@Suite("Typed options")
struct TypedOptionsTests {
    @Test("an absent option reads as the model's own default")
    func defaultsComeFromTheModel() throws {
        let rank = try ParsedArguments(["g.json"], spec: RankCommand.spec)
        let ranking = PaperRankingOptions()
        #expect(rank[RankCommand.damping] == ranking.damping)
        #expect(rank[RankCommand.tolerance] == ranking.tolerance)
        #expect(rank[RankCommand.maxIterations] == ranking.maxIterations)
        #expect(rank[RankCommand.method] == ranking.method)
        #expect(rank[RankCommand.top] == 20)
        #expect(rank[RankCommand.personalize].isEmpty)
        #expect(!rank[RankCommand.fromRead])

        let clusters = try ParsedArguments(["g.json"], spec: ClustersCommand.spec)
        #expect(clusters[ClustersCommand.seed] == TopicClusterOptions().seed)
        #expect(clusters[ClustersCommand.resolution] == TopicClusterOptions().resolution)
        #expect(clusters[ClustersCommand.minSize] == TopicClusterOptions().minSize)

        let generate = try ParsedArguments([], spec: GenerateCommand.spec)
        let synthetic = SyntheticCitationGraphOptions(paperCount: 1)
        #expect(generate[GenerateCommand.papers] == nil)
        #expect(generate[GenerateCommand.refs] == synthetic.referencesPerPaper)
        #expect(generate[GenerateCommand.seed] == synthetic.seed)
        #expect(generate[GenerateCommand.locality] == synthetic.topicLocality)

        let export = try ParsedArguments(["g.json"], spec: ExportCommand.spec)
        #expect(export[ExportCommand.depth] == ExportSelection().depth)
        #expect(export[ExportCommand.rankdir] == DOTWriter.Options().rankdir)
        #expect(export[ExportCommand.linksKey] == NodeLinkJSONWriter.Options().linksKey)
        #expect(export[ExportCommand.format] == nil)

        let enrich = try ParsedArguments(["g.json"], spec: EnrichCommand.spec)
        #expect(enrich[EnrichSettings.source] == EnrichOptions().sources)
        #expect(enrich[EnrichSettings.timeout] == RequestSession.defaultTimeout)
        #expect(enrich[EnrichSettings.retries] == RetryPolicy().maximumAttempts - 1)
    }

    @Test("given values are read typed, in any case for names")
    func givenValues() throws {
        let rank = try ParsedArguments(["g.json", "--damping", "0.5", "--method", "EXACT", "-n", "3",
                                        "--personalize", "a, b", "--personalize=c", "--from-read"], spec: RankCommand.spec)
        #expect(rank[RankCommand.damping] == 0.5)
        #expect(rank[RankCommand.method] == .exact)
        #expect(rank[RankCommand.top] == 3)
        #expect(rank[RankCommand.personalize] == ["a", "b", "c"])
        #expect(rank[RankCommand.fromRead])
        #expect(rank.isGiven(RankCommand.damping) && !rank.isGiven(RankCommand.tolerance))

        let enrich = try ParsedArguments(["g.json", "--source", "crossref,OpenAlex,crossref"], spec: EnrichCommand.spec)
        #expect(enrich[EnrichSettings.source] == [.crossref, .openalex])
        let export = try ParsedArguments(["g.json", "--compress", "gzip", "--layout", "year"], spec: ExportCommand.spec)
        #expect(export[ExportCommand.compress] == true)
        #expect(export[ExportCommand.layout] == .year)
    }

    @Test("a malformed value is a usage error naming the option, before any file is read", arguments: [
        (["rank", "missing.json", "--damping", "2"], "'--damping' expects a number from 0.0 to 0.999999, found '2'"),
        (["rank", "missing.json", "--top", "x"], "'--top' expects a whole number from 0 to 2147483647, found 'x'"),
        (["clusters", "missing.json", "--seed", "-1"], "'--seed' expects a whole number from 0 to"),
        (["enrich", "missing.json", "--connections", "0"], "'--connections' expects a whole number from 1 to 16, found '0'"),
        (["enrich", "missing.json", "--source", "openalex,arxiv"], "'--source' expects a comma-separated list"),
        (["export", "missing.json", "--format", "png"], "'png' is not a valid value for '--format'"),
        (["generate", "--papers", "10", "--locality", "nan"], "'--locality' expects a number from 0.0 to 1.0, found 'nan'"),
    ])
    func malformedValues(arguments: [String], message: String) {
        let run = runCLI(arguments)
        #expect(run.status == 64, "\(arguments)")
        #expect(run.err.contains(message), "\(run.err)")
        #expect(!run.err.contains("missing.json"), "the value is checked before the input is read")
    }

    @Test("every command's options have distinct names and short letters, and each default is a valid value")
    func declarationsAreConsistent() throws {
        for name in PaperGraphCLI.subcommandNames {
            let spec = try #require(PaperGraphCLI.command(named: name)).spec
            let names = spec.options.map(\.name), shorts = spec.options.compactMap(\.short)
            #expect(Set(names).count == names.count, "\(name): \(names)")
            #expect(Set(shorts).count == shorts.count, "\(name): \(shorts)")
            for option in spec.options {
                guard let text = option.defaultValue else { continue }
                if let allowed = option.allowedValues { #expect(allowed.contains(text), "\(name) --\(option.name)") }
                if let accepts = option.accepts { #expect(accepts(text), "\(name) --\(option.name) default '\(text)'") }
            }
        }
    }
}
