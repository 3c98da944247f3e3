/// Why a paper is in a result (``NextPaper``, ``ReadingPath/Step``, ``RelatedPaper``), as data.
///
/// Results carry reasons, not sentences: the CLI words them in one place and other front ends
/// (JSON's `"why"`, the HTML map) render them their own way. `Docs/reasons.md` gives the JSON
/// shape of every case and today's wording.
public enum PaperReason: Sendable, Equatable, Hashable {
    // next
    /// It builds on (cites or needs) these read papers.
    case buildsOnRead([PaperID])
    /// These read papers cite it.
    case citedByRead([PaperID])
    /// It builds on nothing else in the graph.
    case startingPoint

    // path
    /// It is a paper the path leads to.
    case target
    /// These papers on the path cite it.
    case citedBy([PaperID])
    /// This paper on the path needs it as a prerequisite, with the prerequisite's own note.
    case prerequisiteOf(PaperID, String?)
    /// It leads to a target only through prerequisites the step limit left out.
    case leadsToOmitted

    // related (the subject is the paper the results are related to)
    /// This many papers cite both it and the subject.
    case coCitedBy(Int)
    /// It and the subject share this many references.
    case sharesReferences(Int)
    /// The subject cites this paper, which cites it (a reference of a reference; the rarest such middle paper).
    case referenceOfReference(PaperID)
    /// It cites this paper, which cites the subject (a citer of a citer; the rarest such middle paper).
    case citerOfCiter(PaperID)
    /// This paper, which shares references with the subject, cites it (a three-step path
    /// subject → reference ← this paper → it; the paper passing the most such evidence).
    case citedByCoupled(PaperID)
    /// The subject cites it.
    case citedBySubject
    /// It cites the subject.
    case citesSubject
    /// It shares these authors with the subject.
    case sameAuthor([AuthorID])
    /// It shares these topics with the subject.
    case sameTopic([TopicID])
    /// No named signal joins it to the subject: typically the walk reached it three or more citation
    /// steps away.
    case closeInCitationGraph
}
