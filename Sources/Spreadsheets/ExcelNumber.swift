/// Turns the stored text of a numeric cell into the digits a person typed, exactly.
///
/// Spreadsheet programs store every number as a double and write it as its shortest decimal text, often in
/// scientific notation: a phone number typed as 13812345678 is stored as `1.3812345678E10`. Going through
/// `Double` would risk the last digits, so the decimal point is moved in the text instead.
///
///     ExcelNumber.plainText("1.3812345678E10") == "13812345678"
///     ExcelNumber.plainText("3.0") == "3"
///     ExcelNumber.plainText("1.5E-3") == "0.0015"
enum ExcelNumber {
    /// The number written without an exponent or trailing zeros; text that is not a number comes back as is.
    static func plainText(_ stored: String) -> String {
        let text = stored.trimmingCharacters(in: " ")
        var sign = ""
        var body = Substring(text)
        if body.first == "-" || body.first == "+" {
            if body.first == "-" { sign = "-" }
            body = body.dropFirst()
        }
        let parts = body.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissaAndExponent =
            parts.count == 2 ? parts : body.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = mantissaAndExponent[0]
        var exponent = 0
        if mantissaAndExponent.count == 2 {
            guard let value = Int(mantissaAndExponent[1]), abs(value) < 400 else { return stored }
            exponent = value
        }
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integerDigits = String(pieces[0])
        let fractionDigits = pieces.count == 2 ? String(pieces[1]) : ""
        let digits = integerDigits + fractionDigits
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return stored }
        var pointPosition = integerDigits.count + exponent
        var allDigits = digits
        if pointPosition < 0 {
            allDigits = String(repeating: "0", count: -pointPosition) + allDigits
            pointPosition = 0
        }
        if pointPosition > allDigits.count {
            allDigits += String(repeating: "0", count: pointPosition - allDigits.count)
        }
        var integerPart = String(allDigits.prefix(pointPosition)).drop { $0 == "0" }
        var fractionPart = Substring(allDigits.dropFirst(pointPosition))
        while fractionPart.last == "0" { fractionPart = fractionPart.dropLast() }
        if integerPart.isEmpty { integerPart = "0" }
        let result = fractionPart.isEmpty ? String(integerPart) : "\(integerPart).\(fractionPart)"
        return result == "0" ? "0" : sign + result
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
