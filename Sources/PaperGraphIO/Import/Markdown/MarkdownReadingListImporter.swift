import PaperGraphModel

/// Options for ``MarkdownReadingListImporter``.
public struct MarkdownReadingListOptions: Sendable, Hashable {
    /// Whether consecutive numbered entries within one section become prerequisite edges: each
    /// entry requires the one listed just before it (reason `listed before it in "<section>"`).
    public var orderAsPrerequisites: Bool

    public init(orderAsPrerequisites: Bool = false) {
        self.orderAsPrerequisites = orderAsPrerequisites
    }
}

/// Reads the Markdown reading lists people keep: headings, bulleted and numbered items, `**[n]**`
/// roadmap entries and tables, with read marks.
///
///     ## Seminal Architectures                      → topic
///     ### Attention                                 → topic, parent "Seminal Architectures"
///     - ✅ [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)   → read
///     - [Mamba](https://arxiv.org/abs/2312.00752) *TO READ*                     → unread
///
/// **Which items are papers.** Candidates are list items, numbered entries and table rows (prose,
/// images, HTML, badges and code are never read). A candidate is a paper when it shows so itself
/// (a read mark, a `(2017)` year, a year column, a link to arXiv, a DOI or a PDF), or when at
/// least half the candidates directly under its heading do (so a blog post in a list of papers
/// counts, and a list of web sites does not). Never papers: items linking only to anchors, other
/// Markdown pages or folders (tables of contents); items with nested items that show no sign
/// themselves (group labels); table rows without a link that show no sign themselves.
/// A paragraph holding only a mark (`*TO READ*`) applies to the item just before it.
///
/// **Topics.** Each heading with papers under it (directly or in sub-sections) becomes a topic
/// (so a title heading above the lists becomes the root topic); nested headings get the enclosing
/// heading's topic as parent. A heading whose own items only link to anchors or other pages (a
/// table of contents) is not a topic, and headings under it take the next enclosing topic. Leading section numbers
/// (`1.2 `) are dropped from names. A paper is tagged with its innermost heading's topic.
///
/// **Records.** Key: the title's slug, made unique within the file with `-2`, `-3`... (the arXiv
/// id, DOI and URL go in `identifiers`, so the builder merges the paper with other sources).
/// Kind: `.book` when the item says "book" or links a `book(s)` path, `.video` for YouTube and
/// Vimeo, `.blogPost` for blog hosts, else `.paper`. See ``MarkdownItemReader`` for titles,
/// years and marks.
public enum MarkdownReadingListImporter {
    /// Reads a file's bytes, checking they are UTF-8 (a byte order mark is dropped).
    ///
    /// - Throws: ``Diagnostic`` at the first invalid byte; nothing else makes a Markdown file unusable.
    /// - Complexity: O(n) in the file size.
    public static func read(bytes: [UInt8], path: String,
                            options: MarkdownReadingListOptions = .init()) throws(Diagnostic) -> ImportedLibrary {
        read(text: try TextInput.decodedText(bytes, path: path), path: path, options: options)
    }

    /// Reads Markdown text.
    ///
    /// - Returns: Papers and topics in document order, and a warning when nothing was found or an
    ///   item with a read mark or year had no title.
    /// - Complexity: O(n) in the text length.
    public static func read(text: String, path: String, options: MarkdownReadingListOptions = .init()) -> ImportedLibrary {
        var reader = Outline(path: path)
        reader.collect(MarkdownBlockScanner.blocks(in: text))
        return reader.library(options: options)
    }

    /// A heading's name without emphasis, links syntax or a leading section number (`1.2 `).
    static func headingName(_ text: String) -> String {
        let name = MarkdownInline.strippingEmphasis(MarkdownInline(parsing: text).plain)
        let number = name.prefix(while: { ($0.isASCII && $0.isNumber) || $0 == "." })
        guard !number.isEmpty, number.first?.isNumber == true, name.dropFirst(number.count).first == " " else { return name }
        return String(name.dropFirst(number.count)).trimmingWhitespace()
    }
}

/// The headings and candidate items of one document, and the decisions made on them.
private struct Outline {
    struct Section {
        var name: String
        var level: Int
        var parent: Int?
        var location: SourceLocation
        var hasPapers = false
        var topicKey: String?
    }

    struct Candidate {
        var item: ReadingListItem
        var section: Int?
        var numbered: Bool
        var isRow: Bool
        var hasChildren: Bool
        var location: SourceLocation
    }

    let path: String
    var sections: [Section] = []
    var candidates: [Candidate] = []
    var diagnostics: [Diagnostic] = []

    init(path: String) { self.path = path }

    mutating func collect(_ blocks: [MarkdownBlock]) {
        var open: [Int] = []
        var lastCandidateBlock = -2
        for (i, block) in blocks.enumerated() {
            let location = SourceLocation(file: path, line: block.line, column: block.column)
            switch block.kind {
            case .heading(let level):
                while let last = open.last, sections[last].level >= level { open.removeLast() }
                sections.append(Section(name: MarkdownReadingListImporter.headingName(block.text), level: level,
                                        parent: open.last, location: location))
                open.append(sections.count - 1)
            case .item(let indent, let numbered):
                var hasChildren = false
                if i + 1 < blocks.count, case .item(let next, _) = blocks[i + 1].kind, next > indent { hasChildren = true }
                candidates.append(Candidate(item: MarkdownItemReader.read(item: block.text), section: open.last,
                                            numbered: numbered, isRow: false, hasChildren: hasChildren, location: location))
                lastCandidateBlock = i
            case .tableRow(let cells, let header):
                guard let item = MarkdownItemReader.read(row: cells, header: header) else { continue }
                candidates.append(Candidate(item: item, section: open.last, numbered: false, isRow: true,
                                            hasChildren: false, location: location))
                lastCandidateBlock = i
            case .paragraph:
                guard lastCandidateBlock == i - 1, let mark = MarkdownItemReader.statusMark(ofParagraph: block.text),
                      let last = candidates.indices.last else { continue }
                if candidates[last].item.status == nil { candidates[last].item.status = mark }
                candidates[last].item.hasOwnEvidence = true
            }
        }
    }

    /// Whether at least half of the candidates directly under each section (index `sections.count`
    /// for text before the first heading) show by themselves that they name works.
    func readingListSections() -> [Bool] {
        var total = [Int](repeating: 0, count: sections.count + 1)
        var evidence = total
        for candidate in candidates where !candidate.item.isNavigation {
            let s = candidate.section ?? sections.count
            total[s] += 1
            if candidate.item.hasOwnEvidence { evidence[s] += 1 }
        }
        return zip(total, evidence).map { total, evidence in evidence > 0 && evidence * 2 >= total }
    }

    /// Sections whose own items all link only to anchors or other pages: tables of contents.
    func tableOfContentsSections() -> Set<Int> {
        var navigation: [Int: Bool] = [:]
        for candidate in candidates {
            guard let s = candidate.section else { continue }
            navigation[s] = (navigation[s] ?? true) && candidate.item.isNavigation
        }
        return Set(navigation.filter(\.value).keys)
    }

    func isPaper(_ candidate: Candidate, readingList: [Bool]) -> Bool {
        let item = candidate.item
        guard !item.isNavigation, !item.title.isEmpty else { return false }
        if candidate.hasChildren && !item.hasOwnEvidence { return false }
        if item.hasOwnEvidence { return true }
        return readingList[candidate.section ?? sections.count] && (!candidate.isRow || item.hasWorkLink)
    }

    mutating func library(options: MarkdownReadingListOptions) -> ImportedLibrary {
        let readingList = readingListSections()
        var chosen: [Candidate] = []
        var navigation: [Candidate] = []
        for candidate in candidates {
            if candidate.item.isNavigation { navigation.append(candidate) }
            if isPaper(candidate, readingList: readingList) {
                chosen.append(candidate)
                var s = candidate.section
                while let current = s, !sections[current].hasPapers {
                    sections[current].hasPapers = true
                    s = sections[current].parent
                }
            } else if candidate.item.title.isEmpty && candidate.item.hasOwnEvidence && !candidate.item.isNavigation {
                diagnostics.append(.skipped("item skipped: expected a title (link text, bold or quoted text), found none",
                                            at: candidate.location))
            }
        }
        var topics: [TopicRecord] = []
        var topicKeys = UniqueKeys()
        let contents = tableOfContentsSections()
        for i in sections.indices where sections[i].hasPapers && !sections[i].name.isEmpty && !contents.contains(i) {
            let key = topicKeys.claim(TitleNormalization.slug(sections[i].name))
            sections[i].topicKey = key
            topics.append(TopicRecord(key: key, name: sections[i].name, parent: namedTopic(from: sections[i].parent)?.key,
                                      location: sections[i].location))
        }
        var paperKeys = UniqueKeys()
        var papers: [PaperRecord] = []
        var lastNumbered: [Int: (key: String, index: Int)] = [:]
        for candidate in chosen {
            let item = candidate.item
            let key = paperKeys.claim(TitleNormalization.slug(item.title))
            let topic = namedTopic(from: candidate.section)
            var record = PaperRecord(key: key, title: item.title, year: item.year, topics: topic.map { [$0.key] } ?? [],
                                     identifiers: item.identifiers, kind: item.kind, status: item.status,
                                     location: candidate.location)
            if options.orderAsPrerequisites && candidate.numbered {
                let group = candidate.section ?? -1
                if let previous = lastNumbered[group] {
                    let reason = topic.map { "listed before it in \"\($0.name)\"" } ?? "listed before it"
                    record.prerequisites.append(PaperReference(previous.key, reason: reason, at: candidate.location))
                }
                lastNumbered[group] = (key, papers.count)
            }
            papers.append(record)
        }
        if let first = navigation.first {
            diagnostics.append(Diagnostic(.note, "\(navigation.count) item\(navigation.count == 1 ? "" : "s") skipped as navigation "
                                          + "(links to anchors or other pages, Subscribe/Follow links), the first here",
                                          at: first.location))
        }
        if papers.isEmpty {
            diagnostics.append(.warning("no papers found: expected list items, numbered entries or table rows that link to or name a paper",
                                        at: SourceLocation(file: path, line: 1, column: 1)))
        }
        // A list that marks what is read says, by leaving a paper unmarked, that it is unread.
        let source = RecordSource(isKeyed: false, isEditedByUser: true, marksReadStatus: papers.contains { $0.status == .read })
        return ImportedLibrary(papers: papers, topics: topics, diagnostics: diagnostics, source: source)
    }

    /// The topic of the nearest section, from `start` outwards, that has one.
    func namedTopic(from start: Int?) -> (key: String, name: String)? {
        var s = start
        while let current = s {
            if let key = sections[current].topicKey { return (key, sections[current].name) }
            s = sections[current].parent
        }
        return nil
    }
}

/// Hands out keys unique within one file: `slug`, then `slug-2`, `slug-3` ...
///
/// Remembers the next suffix to try for each base, so 20,000 items of one title take 20,000
/// probes, not 2 × 10⁸.
struct UniqueKeys {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]
    /// Keys probed, for tests of the complexity.
    private(set) var probes = OperationCounter()

    mutating func claim(_ base: String) -> String {
        var key = base
        var n = nextSuffix[base] ?? 2
        probes.add()
        while used.contains(key) {
            key = "\(base)-\(n)"
            n += 1
            probes.add()
        }
        if key != base { nextSuffix[base] = n }
        used.insert(key)
        return key
    }
}
