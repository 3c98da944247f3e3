import PaperGraphModel

/// Turns the LaTeX in BibTeX values into plain Unicode text.
///
/// Accents in every spelling (`{\"u}`, `\"u`, `\'e`, `{\'\i}`, `\c{c}`, `\v{s}`, `\~n`, `\H o`)
/// become precomposed letters (`ü é í ç š ñ ő`); `\L \l \o \O \ss \aa \AA \ae \oe \i` their letters;
/// `\& \% \_ \$ \# \{ \}` their characters; `--` → –, `---` → —, `~` → a space; `\textendash`,
/// `\textemdash`, `\ldots`, quotes and a few symbols their characters. Other commands are dropped
/// and their arguments kept (`\emph{Deep}` → `Deep`); braces and `$` are removed; runs of white
/// space fold into one space.
///
///     LaTeXToUnicode.convert(#"Sch{\"o}lkopf and Fran\c{c}ois -- {T}ensor{F}low"#)
///     // "Schölkopf and François – TensorFlow"
enum LaTeXToUnicode {
    /// - Complexity: O(n) in the length of the text.
    static func convert(_ text: String) -> String {
        let chars = Array(text)
        var out = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            switch c {
            case "{", "}", "$":
                i += 1
            case "~":
                out.append(" ")
                i += 1
            case "-":
                var run = 0
                while i < chars.count, chars[i] == "-" { run += 1; i += 1 }
                out += run == 3 ? "—" : run == 2 ? "–" : String(repeating: "-", count: run)
            case "`" where i + 1 < chars.count && chars[i + 1] == "`":
                out.append("“")
                i += 2
            case "'" where i + 1 < chars.count && chars[i + 1] == "'":
                out.append("”")
                i += 2
            case "\\":
                i = command(chars, at: i, into: &out)
            default:
                out.append(c)
                i += 1
            }
        }
        return TitleNormalization.foldedWhitespace(out)
    }

    /// Reads the command starting at the backslash at `start`; returns the index after it.
    private static func command(_ chars: [Character], at start: Int, into out: inout String) -> Int {
        var i = start + 1
        guard i < chars.count else { return i }
        let first = chars[i]
        if let accent = symbolAccents[first] {
            let (base, next) = accentBase(chars, at: i + 1)
            out += compose(base, accent)
            return next
        }
        guard first.isLetter else {
            out += controlSymbols[first] ?? ""
            return i + 1
        }
        var name = ""
        while i < chars.count, chars[i].isLetter, chars[i].isASCII {
            name.append(chars[i])
            i += 1
        }
        if let accent = letterAccents[name], i < chars.count, chars[i] == "{" || chars[i] == " " {
            let (base, next) = accentBase(chars, at: i)
            out += compose(base, accent)
            return next
        }
        if let symbol = namedSymbols[name] {
            out += symbol
            while i < chars.count, chars[i] == " " { i += 1 }
            if i + 1 < chars.count, chars[i] == "{", chars[i + 1] == "}" { i += 2 }
        }
        return i
    }

    /// The letter an accent applies to (`u`, `{u}`, `{\i}`, ` u`), and the index after it.
    private static func accentBase(_ chars: [Character], at start: Int) -> (String, Int) {
        var i = start
        while i < chars.count, chars[i] == " " { i += 1 }
        var braced = false
        if i < chars.count, chars[i] == "{" {
            braced = true
            i += 1
        }
        var base = ""
        if i < chars.count, chars[i] == "\\" {
            i += 1
            while i < chars.count, chars[i].isLetter, chars[i].isASCII {
                base.append(chars[i])
                i += 1
            }
            base = base == "i" ? "i" : base == "j" ? "j" : namedSymbols[base] ?? base
        } else if i < chars.count, chars[i] != "}" {
            base = String(chars[i])
            i += 1
        }
        if braced {
            while i < chars.count, chars[i] == " " { i += 1 }
            if i < chars.count, chars[i] == "}" { i += 1 }
        }
        return (base, i)
    }

    /// The precomposed letter for `base` with `accent`, or base plus the combining mark.
    private static func compose(_ base: String, _ accent: Accent) -> String {
        if base.count == 1, let index = accent.bases.firstIndex(of: Character(base)) {
            let offset = accent.bases.distance(from: accent.bases.startIndex, to: index)
            return String(accent.composed[accent.composed.index(accent.composed.startIndex, offsetBy: offset)])
        }
        var s = base
        s.unicodeScalars.append(accent.combining)
        return s
    }

    struct Accent {
        var combining: Unicode.Scalar
        var bases: String
        var composed: String
    }

    static let acute = Accent(combining: "\u{301}", bases: "AaCcEeIiLlNnOoRrSsUuYyZzGg", composed: "ÁáĆćÉéÍíĹĺŃńÓóŔŕŚśÚúÝýŹźǴǵ")
    static let symbolAccents: [Character: Accent] = [
        "'": acute,
        "`": Accent(combining: "\u{300}", bases: "AaEeIiOoUuNn", composed: "ÀàÈèÌìÒòÙùǸǹ"),
        "^": Accent(combining: "\u{302}", bases: "AaCcEeGgHhIiJjOoSsUuWwYy", composed: "ÂâĈĉÊêĜĝĤĥÎîĴĵÔôŜŝÛûŴŵŶŷ"),
        "\"": Accent(combining: "\u{308}", bases: "AaEeIiOoUuYy", composed: "ÄäËëÏïÖöÜüŸÿ"),
        "~": Accent(combining: "\u{303}", bases: "AaNnOoIiUu", composed: "ÃãÑñÕõĨĩŨũ"),
        "=": Accent(combining: "\u{304}", bases: "AaEeIiOoUu", composed: "ĀāĒēĪīŌōŪū"),
        ".": Accent(combining: "\u{307}", bases: "CcEeGgIZz", composed: "ĊċĖėĠġİŻż"),
    ]
    static let letterAccents: [String: Accent] = [
        "c": Accent(combining: "\u{327}", bases: "CcSsTtGgKkLlNnRrEe", composed: "ÇçŞşŢţĢģĶķĻļŅņŖŗȨȩ"),
        "v": Accent(combining: "\u{30C}", bases: "CcDdEeNnRrSsTtZzAaIiOoUuGgKk", composed: "ČčĎďĚěŇňŘřŠšŤťŽžǍǎǏǐǑǒǓǔǦǧǨǩ"),
        "u": Accent(combining: "\u{306}", bases: "AaEeGgIiOoUu", composed: "ĂăĔĕĞğĬĭŎŏŬŭ"),
        "H": Accent(combining: "\u{30B}", bases: "OoUu", composed: "ŐőŰű"),
        "k": Accent(combining: "\u{328}", bases: "AaEeIiUu", composed: "ĄąĘęĮįŲų"),
        "r": Accent(combining: "\u{30A}", bases: "AaUu", composed: "ÅåŮů"),
        "d": Accent(combining: "\u{323}", bases: "", composed: ""),
        "b": Accent(combining: "\u{331}", bases: "", composed: ""),
        "t": Accent(combining: "\u{361}", bases: "", composed: ""),
    ]
    static let namedSymbols: [String: String] = [
        "i": "ı", "j": "ȷ", "l": "ł", "L": "Ł", "o": "ø", "O": "Ø", "ss": "ß", "aa": "å", "AA": "Å",
        "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "dh": "ð", "DH": "Ð", "th": "þ", "TH": "Þ",
        "textendash": "–", "textemdash": "—", "ldots": "…", "dots": "…", "textellipsis": "…",
        "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
        "textregistered": "®", "texttrademark": "™", "copyright": "©", "textcopyright": "©", "S": "§", "P": "¶",
        "pounds": "£", "euro": "€", "textasciitilde": "~", "textbackslash": "\\", "textunderscore": "_",
        "times": "×", "LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "textdegree": "°", "textbar": "|",
    ]
    static let controlSymbols: [Character: String] = [
        "&": "&", "%": "%", "_": "_", "$": "$", "#": "#", "{": "{", "}": "}", " ": " ", ",": " ", ";": " ",
        ":": " ", "!": "", "-": "", "/": "", "\\": " ", "@": "",
    ]
}
