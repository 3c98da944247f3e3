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

    /// The HTML text.
    ///
    /// - Complexity: O(N + E + S) for N papers, E edges and S characters of text in the view.
    public static func write(_ view: ExportView, content: HTMLMapContent, options: Options = .init()) -> String {
        let data = HTMLMapData.json(view, content: content, title: options.title, isPublic: options.isPublic)
        let values = [
            "CSP": htmlEscaped(contentSecurityPolicy(script: HTMLMapResources.script, style: HTMLMapResources.style)),
            "TITLE": htmlEscaped(options.title),
            "STYLE": HTMLMapResources.style,
            "DATA": data,
            "SCRIPT": HTMLMapResources.script,
        ]
        return fill(HTMLMapResources.page, values)
    }

    /// `template` with each `{{NAME}}` replaced by `values[NAME]`, in one pass, so a value that
    /// contains `{{…}}` is never expanded again.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            out += rest[..<open.lowerBound]
            let after = rest[open.upperBound...]
            guard let close = after.range(of: "}}"), let value = values[String(after[..<close.lowerBound])] else {
                out += "{{"
                rest = after
                continue
            }
            out += value
            rest = after[close.upperBound...]
        }
        return out + rest
    }

    /// `s` escaped for HTML text and double-quoted attributes (as for XML), without control and
    /// bidirectional formatting characters.
    static func htmlEscaped(_ s: String) -> String { XMLEscaping.escaped(HTMLMapData.identifier(s)) }
}
