import Testing

@testable import TerminalUI
@testable import TerminalUINcurses

/// Bytes from the terminal assembled into characters, and malformed input costing one `.invalid`, no more.
@Suite struct UTF8InputDecoderTests {
    private func decode(_ bytes: [UInt8], flush: Bool = true) -> [NcursesInput] {
        var decoder = UTF8InputDecoder()
        var result = bytes.flatMap { decoder.feed($0) }
        if flush { result += decoder.flush() }
        return result
    }

    @Test func chineseTextArrivesCharacterByCharacter() {
        #expect(decode(Array("张三".utf8)) == [.event(.key(.character("张"))), .event(.key(.character("三")))])
        #expect(decode(Array("😀".utf8)) == [.event(.key(.character("😀")))])
    }

    @Test func asciiAndControlBytesGoThroughTheKeyDecoder() {
        #expect(
            decode([0x71, 0x13, 0x0D]) == [
                .event(.key(.character("q"))), .event(.key(.control("s"))), .event(.key(.enter)),
            ])
    }

    @Test func anInvalidByteIsOneInvalidEventAndTheNextKeyArrivesIntact() {
        #expect(decode([0xFF, 0x7A]) == [.event(.invalid), .event(.key(.character("z")))])
        #expect(decode([0x80, 0x7A]) == [.event(.invalid), .event(.key(.character("z")))])
    }

    @Test func aTruncatedSequenceFollowedByAKeyKeepsTheKey() {
        #expect(decode([0xE5, 0xBC, 0x71]) == [.event(.invalid), .event(.key(.character("q")))])
        #expect(decode([0xC3, 0xE5, 0xBC, 0xA0]) == [.event(.invalid), .event(.key(.character("张")))])
    }

    @Test func anUnfinishedCharacterIsInvalidOnlyWhenFlushed() {
        var decoder = UTF8InputDecoder()
        #expect(decoder.feed(0xE5).isEmpty)
        #expect(decoder.isInsideCharacter)
        #expect(decoder.flush() == [.event(.invalid)])
        #expect(decoder.flush().isEmpty)
    }

    @Test func overlongFormsAndSurrogatesAreInvalid() {
        #expect(decode([0xE0, 0x80, 0xAF]) == [.event(.invalid)])
        #expect(decode([0xED, 0xA0, 0x80]) == [.event(.invalid)])
        #expect(decode([0xC0, 0xAF]) == [.event(.invalid), .event(.invalid)])
    }
}
