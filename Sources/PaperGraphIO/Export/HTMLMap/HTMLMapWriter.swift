/// Writes the interactive map: one self-contained HTML file (page, style, script and data inline)
/// that works offline from a `file://` URL and makes no network request.
///
/// The page (`Resources/map.html`, `map.css`, `map.js`, embedded as ``HTMLMapResources``) draws the
/// papers on a canvas at the positions of ``HTMLMapContent``, with pan, zoom, search, filters and a
/// side panel; the data sits in a `<script type="application/json">` block (``HTMLMapData``).
/// A Content-Security-Policy meta tag allows nothing but the page's own script and style, by their
/// SHA-256 hashes: no fetch, no image, no font, no inline event handler, no other script.
///
///     let html = HTMLMapWriter.write(view, content: content, options: .init(title: "My field"))
public enum HTMLMapWriter {
    public struct Options: Sendable, Hashable {
        /// The page title. Default "PaperGraph map".
        public var title: String
        /// Leave read status and notes out of the file. Default false.
        public var isPublic: Bool

        public init(title: String = "PaperGraph map", isPublic: Bool = false) {
            self.title = title
            self.isPublic = isPublic
        }
    }

    /// The page's Content-Security-Policy for a script and a style with these texts.
    public static func contentSecurityPolicy(script: String, style: String) -> String {
        "default-src 'none'; script-src 'sha256-\(SHA256.base64Digest(of: Array(script.utf8)))'; "
            + "style-src 'sha256-\(SHA256.base64Digest(of: Array(style.utf8)))'; base-uri 'none'; form-action 'none'"
    }

    /// The HTML text (see ``write(_:content:options:to:)``).
    public static func write(_ view: ExportView, content: HTMLMapContent, options: Options = .init()) -> String {
        TextSink.text { write(view, content: content, options: options, to: &$0) }
    }

    /// Writes the page into `sink`: the template's pieces, then the data value by value.
    ///
    /// - Complexity: O(N + E + S) time for N papers, E edges and S characters of text in the view;
    ///   O(N) space besides the view and the page's resources, never the whole text.
    public static func write<S: ByteSink>(_ view: ExportView, content: HTMLMapContent, options: Options = .init(),
                                          to sink: inout S) {
        let values = [
            "CSP": htmlEscaped(contentSecurityPolicy(script: HTMLMapResources.script, style: HTMLMapResources.style)),
            "TITLE": htmlEscaped(options.title),
            "STYLE": HTMLMapResources.style,
            "SCRIPT": HTMLMapResources.script,
        ]
        fill(HTMLMapResources.page, into: &sink) { name, sink in
            if name == "DATA" {
                HTMLMapData.write(view, content: content, title: options.title, isPublic: options.isPublic, to: &sink)
                return true
            }
            guard let value = values[name] else { return false }
            sink.write(value)
            return true
        }
    }

    /// `template` with each `{{NAME}}` replaced by `values[NAME]` (see ``fill(_:into:_:)``).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        TextSink.text { sink in
            fill(template, into: &sink) { name, sink in
                guard let value = values[name] else { return false }
                sink.write(value)
                return true
            }
        }
    }

    /// Writes `template` into `sink` with each `{{NAME}}` replaced by what `value` writes for NAME
    /// (it returns false, writing nothing, for an unknown name, which is then kept as written), in
    /// one pass, so a value that contains `{{…}}` is never expanded again.
    static func fill<S: ByteSink>(_ template: String, into sink: inout S, _ value: (String, inout S) -> Bool) {
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            sink.write(rest[..<open.lowerBound])
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}"), value(String(after[..<close.lowerBound]), &sink) else {
                sink.write("{{")
                rest = after
                continue
            }
            rest = after[close.upperBound...]
        }
        sink.write(rest)
    }

    /// `s` escaped for HTML text and double-quoted attributes (as for XML), without control and
    /// bidirectional formatting characters.
    static func htmlEscaped(_ s: String) -> String { XMLEscaping.escaped(HTMLMapData.identifier(s)) }
}
