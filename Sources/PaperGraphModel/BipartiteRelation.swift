import GraphAlgorithms

/// The former name of ``CSRRelation`` (author → paper, paper → topic), kept while branches that
/// name it merge; new code says `CSRRelation`.
public typealias BipartiteRelation = CSRRelation
