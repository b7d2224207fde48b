import CunzhanCore
import CunzhanSyncAPI

extension OpApplier {
    /// Refuses an op whose author may not write this kind of record (DESIGN.md §4: the server checks roles
    /// again). Transitions are checked by `RectificationWorkflow` instead.
    ///
    /// An append-only record typed in on behalf of the person it names (a supervision record's supervisor,
    /// as the demo data writes them) passes when that person may write it.
    func checkRole(_ op: Op, villageCode: String?, fields: [String: JSON]) async throws {
        guard let authorID = op.author else {
            guard EntityRules.allowsNoAuthor(op.entityType) else {
                throw Rejection(
                    code: .notAllowed, message: "\(EntityRules.name(op.entityType))必须由登录的用户记录，这条操作没有作者。")
            }
            return
        }
        let author = try await user(authorID)
        let capabilities = EntityRules.capabilities(for: op.entityType)
        if capabilities.contains(where: { Permissions.allows(author.role, $0) }) { return }
        if let actorField = EntityRules.actorField(op.entityType),
            case .string(let actorID) = fields[actorField] ?? .null,
            actorID != authorID, let actor = try? await user(actorID),
            capabilities.contains(where: { Permissions.allows(actor.role, $0) })
        {
            return
        }
        throw Rejection(
            code: .notAllowed, message: "“\(author.role.label)”没有记录\(EntityRules.name(op.entityType))的权限。")
    }

    /// A user as the server knows them (or as created earlier in this batch), or `notAllowed` when unknown
    /// or disabled.
    func user(_ id: String) async throws -> User {
        if let user = transaction.cachedUser(id) { return try enabled(user) }
        guard let known = try await transaction.entity(.user, id)?.fields ?? usersInBatch[id] else {
            throw Rejection(code: .notAllowed, message: "操作的作者（用户 \(id)）在服务器上不存在，请先同步新建该用户的操作。")
        }
        var fields = known
        fields["pinHash"] = .string("")
        fields["pinSalt"] = .string("")
        fields["pinIterations"] = .integer(0)
        let user = try EntityRules.decode(User.self, fields)
        transaction.remember(user, id: id)
        return try enabled(user)
    }

    private func enabled(_ user: User) throws(Rejection) -> User {
        guard !user.disabled else {
            throw Rejection(code: .notAllowed, message: "操作的作者已停用，不能再记录或办理。")
        }
        return user
    }
}
