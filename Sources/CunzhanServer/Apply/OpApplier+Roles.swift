import CunzhanCore
import CunzhanSyncAPI

extension OpApplier {
    /// Refuses an op whose author may not write this kind of record (DESIGN.md §4: the server checks roles
    /// again). Transitions are checked by `RectificationWorkflow` instead.
    func checkRole(_ op: Op, villageCode: String?, fields: [String: JSON]) async throws {
        guard let authorID = op.author else {
            guard EntityRules.allowsNoAuthor(op.entityType) else {
                throw Rejection(code: .notAllowed, message: "\(EntityRules.name(op.entityType))必须由登录的用户记录，这条操作没有作者。")
            }
            return
        }
        let author = try await user(authorID, for: op)
        guard EntityRules.capabilities(for: op.entityType).contains(where: { Permissions.allows(author.role, $0) })
        else {
            throw Rejection(
                code: .notAllowed, message: "“\(author.role.label)”没有记录\(EntityRules.name(op.entityType))的权限。")
        }
    }

    /// The author of `op` as the server knows them, or `notAllowed` when unknown or disabled.
    func user(_ id: String, for op: Op) async throws -> User {
        guard let record = try await transaction.entity(.user, id) else {
            throw Rejection(code: .notAllowed, message: "操作的作者（用户 \(id)）在服务器上不存在，请先同步新建该用户的操作。")
        }
        var fields = record.fields
        fields["pinHash"] = .string("")
        fields["pinSalt"] = .string("")
        fields["pinIterations"] = .integer(0)
        let user = try EntityRules.decode(User.self, fields)
        guard !user.disabled else {
            throw Rejection(code: .notAllowed, message: "操作的作者已停用，不能再记录或办理。")
        }
        return user
    }
}
