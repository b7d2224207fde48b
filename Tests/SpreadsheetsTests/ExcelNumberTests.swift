import Testing

@testable import Spreadsheets

@Suite struct ExcelNumberTests {
    @Test(arguments: [
        ("1.3812345678E10", "13812345678"),
        ("1.3812345678E+10", "13812345678"),
        ("13812345678.0", "13812345678"),
        ("13812345678", "13812345678"),
        ("3", "3"),
        ("3.50", "3.5"),
        ("1.5E-3", "0.0015"),
        ("-2.5e1", "-25"),
        ("0", "0"),
        ("5.301021965030412e+17", "530102196503041200"),
        ("#N/A", "#N/A"),
    ])
    func storedNumbersComeBackAsTheDigitsTyped(stored: String, plain: String) {
        #expect(ExcelNumber.plainText(stored) == plain)
    }
}
