/// How the program applies screen commands and answers dialogs.
extension Program {
    /// Applies `commands` returned by the screen with identity `screenID`.
    mutating func apply(_ commands: [ScreenCommand], from screenID: Int, depth: Int) {
        guard depth < Self.commandDepthLimit else { return }
        for command in commands {
            switch command {
            case .push(let screen):
                push(screen, commandDepth: depth + 1)
            case .pop:
                if stack.count > 1 {
                    stack.removeLast()
                    appearTop(depth: depth + 1)
                } else {
                    requestQuit()
                }
            case .replace(let screen):
                if !stack.isEmpty { stack.removeLast() }
                push(screen, commandDepth: depth + 1)
            case .quit:
                requestQuit()
            case .message(let title, let text):
                overlay = .message(title: title, text: text)
            case .confirm(let confirmation):
                overlay = .confirm(confirmation, askedBy: screenID)
            case .effect(let effect):
                deliver(effect.perform(), to: screenID, depth: depth + 1)
                refreshStatus?(&status)
            case .updateStatus(let change):
                change(&status)
            case .background(let task):
                mailbox.start(task, for: screenID)
            }
        }
    }

    /// Puts `screen` on top and lets it load what it needs.
    mutating func push(_ screen: any Screen, commandDepth: Int) {
        stack.append(Entry(id: nextEntryIDAndAdvance(), screen: screen))
        appearTop(depth: commandDepth)
    }

    private mutating func nextEntryIDAndAdvance() -> Int {
        defer { nextEntryID += 1 }
        return nextEntryID
    }

    private mutating func appearTop(depth: Int) {
        guard let top = stack.indices.last else { return }
        let id = stack[top].id
        apply(stack[top].screen.layout(in: contentRect), from: id, depth: depth)
        guard let index = stack.firstIndex(where: { $0.id == id }) else { return }
        apply(stack[index].screen.appear(), from: id, depth: depth)
    }

    /// Lays the top screen out again after the frame changed size.
    mutating func layoutTop() {
        guard let top = stack.indices.last, !isTooSmall else { return }
        apply(stack[top].screen.layout(in: contentRect), from: stack[top].id, depth: 0)
    }

    /// The area screens draw in: everything between the top bar and the key bar.
    var contentRect: Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2)) }

    /// Hands an action to the screen that asked for it; dropped when that screen has been closed since.
    mutating func deliver(_ action: any Sendable, to screenID: Int, depth: Int) {
        guard let index = stack.firstIndex(where: { $0.id == screenID }) else { return }
        let commands = stack[index].screen.deliver(action)
        apply(commands, from: screenID, depth: depth)
    }

    /// Keys go to the open box: help and messages close on any key, confirmations wait for yes or no.
    mutating func handleOverlay(_ event: InputEvent) {
        guard case .key(let key) = event, let current = overlay else { return }
        switch current {
        case .help, .message:
            overlay = nil
        case .confirm(let confirmation, let screenID):
            guard let answer = Self.answer(to: key) else { return }
            overlay = nil
            if answer {
                deliver(confirmation.yes, to: screenID, depth: 0)
            } else if let no = confirmation.no {
                deliver(no, to: screenID, depth: 0)
            }
        case .quitConfirmation:
            guard let answer = Self.answer(to: key) else { return }
            overlay = nil
            if answer { isFinished = true }
        }
    }

    /// Yes for Enter and Y, no for Esc and N, nil for any other key.
    static func answer(to key: Key) -> Bool? {
        switch key {
        case .enter, .character("y"), .character("Y"): true
        case .escape, .character("n"), .character("N"): false
        default: nil
        }
    }
}
