import Foundation

/// Colours and sizes shared by the visual formats (DOT, GEXF, Mermaid).
///
/// Clusters take the Okabe–Ito colour-blind-safe palette in order, cycling after seven; vermillion
/// is kept for the reading path and black for text, so neither is a cluster colour.
public enum ExportPalette {
    /// Cluster fill colours: orange, sky blue, bluish green, yellow, blue, reddish purple, grey.
    public static let clusters = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#CC79A7", "#999999"]
    /// The reading path's colour (vermillion).
    public static let path = "#D55E00"
    /// The fill of read papers when there are no clusters.
    public static let readFill = "#D9D9D9"

    /// The colour of cluster `c` (any integer; negative values wrap too).
    public static func color(forCluster c: Int) -> String {
        let n = clusters.count
        return clusters[((c % n) + n) % n]
    }

    /// The interactive map's colour of cluster `c` (0 the largest): the palette's six colours for the
    /// six largest clusters, its grey for every other one (so no two clusters share a colour).
    public static func mapColor(forCluster c: Int) -> String {
        c >= 0 && c < clusters.count - 1 ? clusters[c] : clusters[clusters.count - 1]
    }

    /// Black or white, whichever reads better on `hex` (by relative luminance).
    public static func textColor(on hex: String) -> String {
        let (r, g, b) = rgb(hex)
        func linear(_ c: Int) -> Double {
            let s = Double(c) / 255
            return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
        return luminance > 0.179 ? "#000000" : "#FFFFFF"
    }

    /// The red, green and blue components of `#RRGGBB`.
    public static func rgb(_ hex: String) -> (r: Int, g: Int, b: Int) {
        let digits = Array(hex.dropFirst())
        func component(_ i: Int) -> Int {
            guard digits.count >= i + 2 else { return 0 }
            return Int(String(digits[i..<(i + 2)]), radix: 16) ?? 0
        }
        return (component(0), component(2), component(4))
    }

    /// A function mapping each rank of the view to 0...1 (lowest to highest rank in the view);
    /// all ranks equal map to 0.5.
    ///
    /// - Complexity: O(N) to build, O(1) per call.
    static func rankScale(_ view: ExportView) -> @Sendable (Double) -> Double {
        let ranks = view.nodes.compactMap(\.rank).filter(\.isFinite)
        guard let low = ranks.min(), let high = ranks.max(), high > low else { return { _ in 0.5 } }
        return { r in r.isFinite ? min(1, max(0, (r - low) / (high - low))) : 0 }
    }

    /// `x` with at most two decimals, without trailing zeros: `1.5`, `12`, `0.33`.
    static func decimal(_ x: Double) -> String {
        let hundredths = Int((x * 100).rounded())
        let whole = hundredths / 100, frac = abs(hundredths % 100)
        let sign = hundredths < 0 && whole == 0 ? "-" : ""
        if frac == 0 { return "\(sign)\(whole)" }
        let fraction = frac % 10 == 0 ? "\(frac / 10)" : (frac < 10 ? "0\(frac)" : "\(frac)")
        return "\(sign)\(whole).\(fraction)"
    }
}
