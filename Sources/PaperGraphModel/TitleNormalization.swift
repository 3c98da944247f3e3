/// Title and name folding used to recognise the same work written two ways.
///
/// Pure standard library (no Foundation string folding, which is not safe to call from several
/// threads at once on Linux).
public enum TitleNormalization {
    /// Folds case and Latin diacritics, reads `&` as "and", and keeps only letters and digits,
    /// single-spaced: `"Attention Is All You Need!"` → `"attention is all you need"`.
    ///
    /// - Complexity: O(n) in the length of the title.
    public static func normalizedTitle(_ title: String) -> String {
        if title.utf8.allSatisfy({ $0 < 0x80 }) { return normalizedASCIITitle(title) }
        var result = ""
        result.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for scalar in title.lowercased().unicodeScalars {
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                if let folded = latinFolding[scalar] {
                    result += folded
                } else {
                    result.unicodeScalars.append(scalar)
                }
            } else if properties.generalCategory == .nonspacingMark {
                continue
            } else if scalar == "&" {
                // "Safety & the Future" and "Safety and the Future" are one name.
                if !result.isEmpty { result.append(" ") }
                result += "and"
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// ``normalizedTitle(_:)`` of an ASCII title, byte by byte (the same result, without Unicode
    /// property lookups: letters lowercased, digits kept, `&` read as "and", the rest separators).
    private static func normalizedASCIITitle(_ title: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(title.utf8.count)
        var pendingSpace = false
        for b in title.utf8 {
            let lower = (0x41...0x5A).contains(b) ? b + 0x20 : b
            if (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) {
                if pendingSpace && !bytes.isEmpty { bytes.append(0x20) }
                pendingSpace = false
                bytes.append(lower)
            } else if b == UInt8(ascii: "&") {
                if !bytes.isEmpty { bytes.append(0x20) }
                bytes += Array("and".utf8)
                pendingSpace = true
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A URL- and file-friendly slug: `"Seminal Architectures"` → `"seminal-architectures"`.
    public static func slug(_ text: String) -> String {
        let words = normalizedTitle(text).split(separator: " ")
        return words.isEmpty ? text.lowercased() : words.joined(separator: "-")
    }

    /// A name with runs of white space folded into one space and ends trimmed.
    public static func foldedWhitespace(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        // ASCII: the white space is tab, line feed, vertical tab, form feed, carriage return, space.
        let words = text.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
        return words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// Lowercase Latin letters with diacritics and ligatures → their ASCII base letters.
    private static let latinFolding: [Unicode.Scalar: String] = [
        "à": "a",
        "á": "a",
        "â": "a",
        "ã": "a",
        "ä": "a",
        "å": "a",
        "ç": "c",
        "è": "e",
        "é": "e",
        "ê": "e",
        "ë": "e",
        "ì": "i",
        "í": "i",
        "î": "i",
        "ï": "i",
        "ñ": "n",
        "ò": "o",
        "ó": "o",
        "ô": "o",
        "õ": "o",
        "ö": "o",
        "ù": "u",
        "ú": "u",
        "û": "u",
        "ü": "u",
        "ý": "y",
        "ÿ": "y",
        "ā": "a",
        "ă": "a",
        "ą": "a",
        "ć": "c",
        "ĉ": "c",
        "ċ": "c",
        "č": "c",
        "ď": "d",
        "ē": "e",
        "ĕ": "e",
        "ė": "e",
        "ę": "e",
        "ě": "e",
        "ĝ": "g",
        "ğ": "g",
        "ġ": "g",
        "ģ": "g",
        "ĥ": "h",
        "ĩ": "i",
        "ī": "i",
        "ĭ": "i",
        "į": "i",
        "ĵ": "j",
        "ķ": "k",
        "ĺ": "l",
        "ļ": "l",
        "ľ": "l",
        "ń": "n",
        "ņ": "n",
        "ň": "n",
        "ō": "o",
        "ŏ": "o",
        "ő": "o",
        "ŕ": "r",
        "ŗ": "r",
        "ř": "r",
        "ś": "s",
        "ŝ": "s",
        "ş": "s",
        "š": "s",
        "ţ": "t",
        "ť": "t",
        "ũ": "u",
        "ū": "u",
        "ŭ": "u",
        "ů": "u",
        "ű": "u",
        "ų": "u",
        "ŵ": "w",
        "ŷ": "y",
        "ź": "z",
        "ż": "z",
        "ž": "z",
        "ơ": "o",
        "ư": "u",
        "ǎ": "a",
        "ǐ": "i",
        "ǒ": "o",
        "ǔ": "u",
        "ǖ": "u",
        "ǘ": "u",
        "ǚ": "u",
        "ǜ": "u",
        "ǟ": "a",
        "ǡ": "a",
        "ǧ": "g",
        "ǩ": "k",
        "ǫ": "o",
        "ǭ": "o",
        "ǰ": "j",
        "ǵ": "g",
        "ǹ": "n",
        "ǻ": "a",
        "ȁ": "a",
        "ȃ": "a",
        "ȅ": "e",
        "ȇ": "e",
        "ȉ": "i",
        "ȋ": "i",
        "ȍ": "o",
        "ȏ": "o",
        "ȑ": "r",
        "ȓ": "r",
        "ȕ": "u",
        "ȗ": "u",
        "ș": "s",
        "ț": "t",
        "ȟ": "h",
        "ȧ": "a",
        "ȩ": "e",
        "ȫ": "o",
        "ȭ": "o",
        "ȯ": "o",
        "ȱ": "o",
        "ȳ": "y",
        "ḁ": "a",
        "ḃ": "b",
        "ḅ": "b",
        "ḇ": "b",
        "ḉ": "c",
        "ḋ": "d",
        "ḍ": "d",
        "ḏ": "d",
        "ḑ": "d",
        "ḓ": "d",
        "ḕ": "e",
        "ḗ": "e",
        "ḙ": "e",
        "ḛ": "e",
        "ḝ": "e",
        "ḟ": "f",
        "ḡ": "g",
        "ḣ": "h",
        "ḥ": "h",
        "ḧ": "h",
        "ḩ": "h",
        "ḫ": "h",
        "ḭ": "i",
        "ḯ": "i",
        "ḱ": "k",
        "ḳ": "k",
        "ḵ": "k",
        "ḷ": "l",
        "ḹ": "l",
        "ḻ": "l",
        "ḽ": "l",
        "ḿ": "m",
        "ṁ": "m",
        "ṃ": "m",
        "ṅ": "n",
        "ṇ": "n",
        "ṉ": "n",
        "ṋ": "n",
        "ṍ": "o",
        "ṏ": "o",
        "ṑ": "o",
        "ṓ": "o",
        "ṕ": "p",
        "ṗ": "p",
        "ṙ": "r",
        "ṛ": "r",
        "ṝ": "r",
        "ṟ": "r",
        "ṡ": "s",
        "ṣ": "s",
        "ṥ": "s",
        "ṧ": "s",
        "ṩ": "s",
        "ṫ": "t",
        "ṭ": "t",
        "ṯ": "t",
        "ṱ": "t",
        "ṳ": "u",
        "ṵ": "u",
        "ṷ": "u",
        "ṹ": "u",
        "ṻ": "u",
        "ṽ": "v",
        "ṿ": "v",
        "ẁ": "w",
        "ẃ": "w",
        "ẅ": "w",
        "ẇ": "w",
        "ẉ": "w",
        "ẋ": "x",
        "ẍ": "x",
        "ẏ": "y",
        "ẑ": "z",
        "ẓ": "z",
        "ẕ": "z",
        "ẖ": "h",
        "ẗ": "t",
        "ẘ": "w",
        "ẙ": "y",
        "ạ": "a",
        "ả": "a",
        "ấ": "a",
        "ầ": "a",
        "ẩ": "a",
        "ẫ": "a",
        "ậ": "a",
        "ắ": "a",
        "ằ": "a",
        "ẳ": "a",
        "ẵ": "a",
        "ặ": "a",
        "ẹ": "e",
        "ẻ": "e",
        "ẽ": "e",
        "ế": "e",
        "ề": "e",
        "ể": "e",
        "ễ": "e",
        "ệ": "e",
        "ỉ": "i",
        "ị": "i",
        "ọ": "o",
        "ỏ": "o",
        "ố": "o",
        "ồ": "o",
        "ổ": "o",
        "ỗ": "o",
        "ộ": "o",
        "ớ": "o",
        "ờ": "o",
        "ở": "o",
        "ỡ": "o",
        "ợ": "o",
        "ụ": "u",
        "ủ": "u",
        "ứ": "u",
        "ừ": "u",
        "ử": "u",
        "ữ": "u",
        "ự": "u",
        "ỳ": "y",
        "ỵ": "y",
        "ỷ": "y",
        "ỹ": "y",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ı": "i",
    ]
}
