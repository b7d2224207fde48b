/// How the program delivers what background tasks post.
extension Program {
    /// True while a background task runs or its actions wait to be delivered.
    public var hasBackgroundWork: Bool { mailbox.isBusy }

    /// Delivers every action background tasks have posted so far; true when there was any.
    @discardableResult
    public mutating func deliverBackgroundActions() -> Bool {
        let posted = mailbox.takePosted()
        for (screenID, action) in posted { deliver(action, to: screenID, depth: 0) }
        return !posted.isEmpty
    }

    /// Waits for background tasks, delivering their actions, until none runs or `milliseconds` have passed
    /// (tests and scripted runs; the interactive loop keeps drawing instead).
    public mutating func settleBackgroundWork(milliseconds: Int = 10_000) {
        var waited = 0
        while mailbox.isBusy, waited < milliseconds {
            if !deliverBackgroundActions() {
                mailbox.wait(milliseconds: 10)
                waited += 10
            }
        }
        deliverBackgroundActions()
    }
}
