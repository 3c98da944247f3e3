import PaperGraphIO
import PaperGraphModel

/// The names ``ReasonWording`` reads: papers' keys and display titles, authors' names, topics'
/// keys and names. A ``PaperGraph`` gives them, and so do a `.pgraph` file's columns.
protocol ReasonNames {
    func paperKey(_ paper: PaperID) -> String
    /// The title, or the key when the title is empty (``Paper/displayTitle``).
    func displayTitle(_ paper: PaperID) -> String
    func authorName(_ author: AuthorID) -> String
    func topicKey(_ topic: TopicID) -> String
    func topicName(_ topic: TopicID) -> String
}

extension PaperGraph: ReasonNames {
    func paperKey(_ paper: PaperID) -> String { self[paper].key }
    func displayTitle(_ paper: PaperID) -> String { self[paper].displayTitle }
    func authorName(_ author: AuthorID) -> String { self[author].name }
    func topicKey(_ topic: TopicID) -> String { self[topic].key }
    func topicName(_ topic: TopicID) -> String { self[topic].name }
}

extension PGraphRelatedColumns: ReasonNames {
    func paperKey(_ paper: PaperID) -> String { columns.key(paper.index) }
    func displayTitle(_ paper: PaperID) -> String { columns.row(paper.index).title }
}
