/// Writes a view as GEXF 1.3 for Gephi (`xmlns="http://gexf.net/1.3"`); networkx's `read_gexf`
/// reads it too (networkx 3.x knows the 1.3 namespace and tries every version it knows).
///
///     <attributes class="node" mode="static"><attribute id="n2" title="year" type="integer"/></attributes>
///     <node id="vaswani2017" label="Attention Is All You Need">
///       <attvalues><attvalue for="n2" value="2017"/></attvalues>
///       <viz:color r="230" g="159" b="0"/><viz:size value="24"/>
///     </node>
///     <edge id="0" source="vaswani2017" target="bahdanau2014" label="cites">...</edge>
///
/// The node label is GEXF's own `label`, so `label` is not repeated as an attribute. Attributes are
/// declared with GEXF types (`string`, `integer`, `double`, `boolean`); lists are strings joined with
/// `; `. Clusters colour nodes (``ExportPalette``) and ranks size them (4 to 24), so Gephi shows them
/// before any layout. Edge ids are `0`, `1`, ... in view order (networkx keeps them as an `id` attribute).
public enum GEXFWriter {
    /// The GEXF document for `view` (see ``write(_:to:)``).
    public static func write(_ view: ExportView) -> String {
        TextSink.text { write(view, to: &$0) }
    }

    /// Writes the GEXF document for `view` into `sink`, node by node and edge by edge.
    ///
    /// - Complexity: O(N + E) time in the nodes and edges of the view (times their attribute
    ///   counts); O(largest element) space besides the view.
    public static func write<S: ByteSink>(_ view: ExportView, to sink: inout S) {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
          <meta><creator>papergraph</creator></meta>
          <graph defaultedgetype="directed" mode="static">

        """
        let nodeColumns = view.nodeColumns.filter { $0.name != "label" }, edgeColumns = view.edgeColumns
        var nodeKey: [String: String] = [:], edgeKey: [String: String] = [:]
        out += "    <attributes class=\"node\" mode=\"static\">\n"
        for (i, column) in nodeColumns.enumerated() {
            nodeKey[column.name] = "n\(i)"
            out += "      <attribute id=\"n\(i)\" title=\"\(column.name)\" type=\"\(gexfType(column.type))\"/>\n"
        }
        out += "    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n"
        for (i, column) in edgeColumns.enumerated() {
            edgeKey[column.name] = "e\(i)"
            out += "      <attribute id=\"e\(i)\" title=\"\(column.name)\" type=\"\(gexfType(column.type))\"/>\n"
        }
        out += "    </attributes>\n    <nodes>\n"
        let scale = ExportPalette.rankScale(view)
        for node in view.nodes {
            out += "      <node id=\"\(XMLEscaping.escaped(node.id))\" label=\"\(XMLEscaping.escaped(node.label))\">"
            out += "<attvalues>"
            for (name, value) in node.attributes where name != "label" {
                out += "<attvalue for=\"\(nodeKey[name] ?? name)\" value=\"\(XMLEscaping.escaped(value.text))\"/>"
            }
            out += "</attvalues>"
            if let cluster = node.cluster {
                let (r, g, b) = ExportPalette.rgb(ExportPalette.color(forCluster: cluster))
                out += "<viz:color r=\"\(r)\" g=\"\(g)\" b=\"\(b)\"/>"
            }
            if let rank = node.rank {
                out += "<viz:size value=\"\(ExportPalette.decimal(4 + 20 * scale(rank)))\"/>"
            }
            out += "</node>\n"
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        out += "    </nodes>\n    <edges>\n"
        for (i, edge) in view.edges.enumerated() {
            out += "      <edge id=\"\(i)\" source=\"\(XMLEscaping.escaped(view.nodes.id(at: edge.source)))\" "
                + "target=\"\(XMLEscaping.escaped(view.nodes.id(at: edge.target)))\" label=\"\(edge.kind.rawValue)\">"
            out += "<attvalues>"
            for (name, value) in edge.attributes {
                out += "<attvalue for=\"\(edgeKey[name] ?? name)\" value=\"\(XMLEscaping.escaped(value.text))\"/>"
            }
            out += "</attvalues></edge>\n"
            sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        sink.write(out)
    }

    private static func gexfType(_ type: ExportValueType) -> String {
        switch type {
        case .string: "string"
        case .int: "integer"
        case .double: "double"
        case .boolean: "boolean"
        }
    }
}
