import Testing
@testable import PaperGraphIO

@Suite("SHA-256")
struct SHA256Tests {
    // Digests from FIPS 180-4 examples and Python's hashlib.
    @Test("known digests", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func vectors(message: String, hex: String) {
        #expect(SHA256.hexDigest(of: Array(message.utf8)) == hex)
    }

    @Test("every byte value, across block boundaries")
    func binary() {
        let bytes = (0..<768).map { UInt8($0 % 256) }
        #expect(SHA256.hexDigest(of: bytes) == "f3a25aa93aa2fbba28d79260535bbd6a5eb0fc1c24a8b0f04e12b484c1dfe363")
        #expect(SHA256.base64Digest(of: bytes) == "86JaqTqi+7oo15JgU1u9al6w/BwkqLDwThK0hMHf42M=")
    }

    @Test("base64 as a CSP source expects")
    func base64() {
        #expect(SHA256.base64Digest(of: Array("abc".utf8)) == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        #expect(SHA256.base64Digest(of: []) == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=")
    }
}
