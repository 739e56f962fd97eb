import Testing
@testable import cablegraph

@Suite struct SafeFileNameTests {
    @Test(arguments: [
        ("09BEIJING509", "09BEIJING509"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ("/tmp/x", "_tmp_x"),
        ("..", "cablegraph"),
        ("a b\\c\u{0}d", "a_b_c_d"),
        ("", "cablegraph"),
    ])
    func namesStayInTheirFolder(_ input: String, _ expected: String) {
        let name = SafeFileName.make(input)
        #expect(name == expected)
        #expect(!name.contains("/") && !name.hasPrefix("."))
    }
}
